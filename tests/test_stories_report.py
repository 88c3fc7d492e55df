"""`report` on a folder of several stories: the index page and a report per story; on one story: the
usual report.

Corpora are invented (tests/test_stories.py's stories). The notebook run is a
one-cell notebook, so each story's report costs one kernel start, not the
full report.
"""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.batch.reports import is_mixed
from analysis.present.index import BACK_TO_INDEX, INDEX_NAME, index_html, linked_to_index
from tests.test_stories import SINGLES_TEXT, STORIES_TEXT, _write


def _quick_notebook(folder):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    params = nbformat.v4.new_code_cell(
        'corpus: str = "x"  # articles\ntitle: str = ""  # title\nout: str = "o"  # out'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("print(title)")]
    path = folder / "quick.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize(
    "sizes, mixed",
    [
        ([3, 3], True),  # two stories of several articles
        ([3, 1, 1], False),  # one story and two stray articles: one story
        ([5], False),  # one story
        ([1, 1], False),  # two articles that share nothing: nothing to index
        ([2, 2, 1], True),
        # a crawl of unrelated articles, none about the story of another: a report of them all
        # compared articles of other stories (one check set one article's share against another
        # article's total); each gets its own report
        ([1, 1, 1], True),
        ([1] * 10, True),
        ([2, 1, 1, 1], False),  # one story of two among strays stays one report, as before
    ],
)
def test_is_mixed_cases(sizes, mixed):
    ids = [f"S{k}" for k, size in enumerate(sizes) for _ in range(size)]
    assert is_mixed(pd.DataFrame({"story_id": ids})) is mixed


def test_index_html_escapes_titles_and_links_each_story_report():
    table = pd.DataFrame(
        [
            {
                "story_id": "S0001",
                "title": "<script>x</script>",
                "n_documents": 2,
                "outlets": "A; B",
                "first_report": "",
                "last_report": "",
                "top_figures": "",
                "disagreements": "",
            }
        ]
    )
    page = index_html(table, "crawl")
    assert "<script>x" not in page and "&lt;script&gt;x" in page
    assert 'href="stories/S0001/report.html"' in page


def _story(sid: str, disagreements: str = "") -> dict:
    return {
        "story_id": sid,
        "title": f"invented story {sid}",
        "n_documents": 2,
        "outlets": "A; B",
        "first_report": "",
        "last_report": "",
        "top_figures": "",
        "disagreements": disagreements,
    }


@pytest.mark.parametrize(
    "disagreements, column, sentence",
    [
        # 'differs' (times unknown) is no conflict: the sentence says what is absent (bug: 'the
        # outlets disagree on no figure' above key figures marked 'differs')
        (["", ""], False, "in none of them do two outlets contradict each other at one known time"),
        (["", "tickets sold"], True, ""),
    ],
)
def test_the_index_shows_the_disagreements_column_only_when_a_story_has_one(
    disagreements, column, sentence
):
    table = pd.DataFrame([_story(f"S{k}", d) for k, d in enumerate(disagreements)])
    page = index_html(table, "crawl")
    assert ("<th>disagreements</th>" in page) is column
    assert (sentence in page) if sentence else ("in none of them" not in page)


@pytest.mark.parametrize(
    "sizes, lead",
    [
        ([3, 2], "2 stories, most-covered first"),
        (
            [3, 1, 1],
            "3 stories, most-covered first (2 are single articles no other article is about)",
        ),
        ([2, 1], "2 stories, most-covered first (1 is a single article no other article is about)"),
        ([1, 1, 1], "3 stories, each a single article no other article is about"),
    ],
)
def test_the_index_says_how_many_articles_belong_to_no_other_story(sizes, lead):
    """Bug: ten articles of ten stories were listed as stories like the others, unsaid."""
    rows = []
    for k, size in enumerate(sizes):
        rows.append(_story(f"S{k}") | {"n_documents": size})
    page = index_html(pd.DataFrame(rows), "crawl")
    assert f"<p>{lead}" in page
    assert ("single article" in page) is (min(sizes) == 1)


@pytest.mark.parametrize(
    "column, value, shown",
    [
        ("outlets", "", "not named"),
        ("first_report", "", "not given"),
        ("outlets", "A; B", "A; B"),
        ("first_report", "2031-03-04", '<span class="day">2031-03-04</span>'),
    ],
)
def test_an_index_cell_with_nothing_known_says_so(column, value, shown):
    """Bug: a crawl without a manifest had blank outlets and report days on the index while each
    story's report named its outlets (from the file names) and its days."""
    page = index_html(pd.DataFrame([_story("S0") | {column: value}]), "crawl")
    assert f"<td>{shown}</td>" in page


@pytest.mark.parametrize(
    "skipped, said",
    [
        ([], ""),
        (
            [("/crawl/empty.txt", "empty file"), ("/crawl/<b>.txt", "binary file")],
            "2 files could not be read and are in no story: /crawl/empty.txt (empty file); "
            "/crawl/&lt;b&gt;.txt (binary file).",
        ),
        ([("/crawl/x.txt", "empty file")], "1 file could not be read"),
    ],
)
def test_the_index_names_each_file_that_could_not_be_read(skipped, said):
    """Bug: an empty, a binary and a Latin-1 file in a crawl were dropped from its report
    unsaid (the report of one story names them in its caveats)."""
    page = index_html(pd.DataFrame([_story("S0"), _story("S1")]), "crawl", skipped=skipped)
    assert (said in page) if said else ("could not be read" not in page)


@pytest.mark.parametrize("n", [3, 5_000])
def test_the_index_names_a_bounded_number_of_unreadable_files_and_counts_the_rest(n):
    """Bug: a crawl of 5,000 unreadable files put all 5,000 names in one paragraph of the
    index; it names the first MAX_SKIPPED_NAMED and says how many more stderr names."""
    from analysis.present.index import MAX_SKIPPED_NAMED

    skipped = [(f"/crawl/f{k:05d}.bin", "binary file") for k in range(n)]
    page = index_html(pd.DataFrame([_story("S0"), _story("S1")]), "crawl", skipped=skipped)
    named = min(n, MAX_SKIPPED_NAMED)
    assert page.count("(binary file)") == named
    assert f"{n:,} files could not be read" in page
    assert (f"and {n - named:,} more" in page) is (n > named)


@pytest.mark.parametrize("column, shown", [("outlets", "not named"), ("first_report", "not given")])
@pytest.mark.parametrize("missing", [float("nan"), None])
def test_an_index_cell_read_back_as_nan_says_nothing_is_known(column, shown, missing):
    """Bug: a stories table read back from stories.csv (blank cells read as NaN) showed 'nan'
    on the index where the table written gives 'not named'."""
    page = index_html(pd.DataFrame([_story("S0") | {column: missing}]), "crawl")
    assert f"<td>{shown}</td>" in page and ">nan<" not in page and ">None<" not in page


@pytest.mark.parametrize("failed", [{}, {"S1": "notebook report failed in cell 3"}])
def test_the_index_links_only_the_reports_that_were_written(failed):
    """Bug: a story whose report failed still linked to a report that does not exist."""
    table = pd.DataFrame([_story("S0"), _story("S1")])
    page = index_html(table, "crawl", failed)
    assert 'href="stories/S0/report.html"' in page
    assert ('href="stories/S1/report.html"' in page) is not failed
    assert ("report failed: notebook report failed in cell 3" in page) is bool(failed)


@pytest.mark.parametrize(
    "stories, listed, more",
    [
        (3, 3, ""),
        (5, 3, "2 more stories are not listed here"),
    ],
)
def test_index_html_lists_the_most_covered_stories_and_points_to_the_table_for_the_rest(
    monkeypatch, stories, listed, more
):
    from analysis.present import index

    monkeypatch.setattr(index, "INDEX_ROWS", 3)
    table = pd.DataFrame(
        [
            {
                "story_id": f"S{k:04d}",
                "title": f"story {k}",
                "n_documents": 9 - k,
                "outlets": "",
                "first_report": "",
                "last_report": "",
                "top_figures": "",
                "disagreements": "",
            }
            for k in range(1, stories + 1)
        ]
    )
    page = index.index_html(table, "crawl")
    assert page.count('<a href="stories/') == listed
    assert (more in page) if more else ("more stories" not in page)


def test_report_on_a_folder_of_two_stories_writes_the_index_and_a_report_per_story(
    tmp_path, capsys
):
    texts = {f"{s}_{k}": t for s in ("quarry", "ferry") for k, t in enumerate(STORIES_TEXT[s])}
    folder = _write(tmp_path / "crawl", texts)
    out = tmp_path / "out"
    assert (
        main(
            [
                "report",
                str(folder),
                "--out",
                str(out),
                "--notebooks",
                str(_quick_notebook(tmp_path)),
            ]
        )
        == 0
    )
    # a second run replaces the index and the stories' reports it wrote
    assert (
        main(
            [
                "report",
                str(folder),
                "--out",
                str(out),
                "--notebooks",
                str(_quick_notebook(tmp_path)),
            ]
        )
        == 0
    )
    page = (out / INDEX_NAME).read_text(encoding="utf-8")
    stories = pd.read_csv(out / "stories.csv", dtype=str, keep_default_na=False)
    assert stories["n_documents"].tolist() == ["3", "3"]
    for sid in stories["story_id"]:
        assert f'href="stories/{sid}/report.html"' in page
        assert (out / "stories" / sid / "report.html").is_file()
        # each story's report links back to the index it is one of
        story_page = (out / "stories" / sid / "report.html").read_text(encoding="utf-8")
        assert story_page.count('href="../../index.html"') == 1
    assert not (out / "report.html").exists()


def test_report_on_a_crawl_names_its_unreadable_file_on_the_index(tmp_path, capsys):
    texts = {f"{s}_{k}": t for s in ("quarry", "ferry") for k, t in enumerate(STORIES_TEXT[s])}
    folder = _write(tmp_path / "crawl", texts)
    (folder / "blank.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["report", str(folder), "--out", str(out), "--notebooks"]
    assert main(argv + [str(_quick_notebook(tmp_path))]) == 0
    page = (out / INDEX_NAME).read_text(encoding="utf-8")
    assert "1 file could not be read and is in no story" in page
    assert f"{folder / 'blank.txt'} (empty file)" in page
    assert f"skipped {folder / 'blank.txt'}: empty file" in capsys.readouterr().err


def test_a_story_whose_article_is_gone_costs_only_its_own_report(tmp_path, capsys, monkeypatch):
    import analysis.batch.reports as reports

    texts = {f"{s}_{k}": t for s in ("quarry", "ferry") for k, t in enumerate(STORIES_TEXT[s])}
    folder = _write(tmp_path / "crawl", texts)
    render = reports.render_report

    def vanishing(files, *args, **kwargs):  # an article deleted while the crawl was rendered
        if any("ferry" in str(f) for f in files):
            raise FileNotFoundError(f"{files[0]}: no such file or folder")
        return render(files, *args, **kwargs)

    monkeypatch.setattr(reports, "render_report", vanishing)
    out = tmp_path / "out"
    argv = ["report", str(folder), "--out", str(out), "--notebooks"]
    assert main(argv + [str(_quick_notebook(tmp_path))]) == 1  # one story failed
    page = (out / INDEX_NAME).read_text(encoding="utf-8")
    assert "no such file or folder" in page
    stories = pd.read_csv(out / "stories.csv", dtype=str, keep_default_na=False)
    assert (
        sum((out / "stories" / sid / "report.html").is_file() for sid in stories["story_id"]) == 1
    )


def test_report_on_one_story_with_a_stray_article_writes_the_usual_report(tmp_path, capsys):
    texts = {f"quarry_{k}": t for k, t in enumerate(STORIES_TEXT["quarry"])} | {
        "single_0": SINGLES_TEXT[0]
    }
    folder = _write(tmp_path / "story", texts)
    out = tmp_path / "out"
    assert (
        main(
            [
                "report",
                str(folder),
                "--out",
                str(out),
                "--notebooks",
                str(_quick_notebook(tmp_path)),
            ]
        )
        == 0
    )
    assert (out / "report.html").is_file()
    assert not (out / INDEX_NAME).exists() and not (out / "stories").exists()
    assert "index.html" not in (out / "report.html").read_text(encoding="utf-8")  # no index


@pytest.mark.parametrize(
    "n_documents, notebooks, run",
    [
        (
            3,
            ("01_figures", "02_sources", "03_timeline", "report"),
            ("01_figures", "02_sources", "03_timeline", "report"),
        ),
        (1, ("01_figures", "02_sources", "03_timeline", "report"), ("report",)),
        (1, ("elsewhere/report.ipynb", "01_figures"), ("elsewhere/report.ipynb",)),
        (1, ("01_figures",), ("01_figures",)),  # no report notebook asked for: all of them
    ],
)
def test_a_crawls_story_of_one_article_runs_only_the_report_notebook(n_documents, notebooks, run):
    """Slow step: every one-article story of a crawl ran four notebooks for a page comparing
    outlets it does not have."""
    from analysis.batch.reports import story_notebooks

    assert story_notebooks(n_documents, notebooks) == run


@pytest.mark.parametrize("day", ["2031-03-04", "2031-03"])
def test_the_index_keeps_a_report_day_on_one_line(day):
    """Bug: 'first report' and 'last report' broke after the hyphen ('2031-' / '03-04')."""
    story = _story("S0") | {"first_report": day, "last_report": day}
    page = index_html(pd.DataFrame([story]), "crawl")
    assert page.count(f'<span class="day">{day}</span>') == 2 and ".day{white-space:nowrap}" in page


@pytest.mark.parametrize(
    "page, linked",
    [
        # the exported report opens <main> inside <body>: the link is its first line
        (
            '<html><body class="jp-Notebook"><main><h1>T</h1></main></body></html>',
            f'<html><body class="jp-Notebook"><main>{BACK_TO_INDEX}<h1>T</h1></main></body></html>',
        ),
        # a page without <main>: the link opens the body
        (
            "<html><body><p>x</p></body></html>",
            f"<html><body>{BACK_TO_INDEX}<p>x</p></body></html>",
        ),
        # a page that links the index already is left as it is
        (
            f"<html><body><main>{BACK_TO_INDEX}</main></body></html>",
            f"<html><body><main>{BACK_TO_INDEX}</main></body></html>",
        ),
    ],
)
def test_a_story_report_of_a_crawl_gets_one_link_back_to_the_index(page, linked):
    assert linked_to_index(page) == linked
    assert 'href="../../index.html"' in BACK_TO_INDEX
