"""Query a figures table larger than memory with DuckDB, without loading it into pandas.

Entry point: :func:`open_figures` ``(source) -> FiguresStore``. ``source`` is
one of:

- a Parquet dataset written by ``python -m analysis figures ... --out X.parquet``
  (a folder of part files) or a single ``.parquet`` file: DuckDB reads it on
  disk, column by column, so the corpus may be far larger than memory;
- a figures ``.csv`` table (read into memory with :func:`analysis.io.read_figures`);
- a DataFrame with the :data:`analysis.schema.FIGURES` columns.

The store only queries: it never extracts. :func:`analysis.scale.figures_source`
turns a folder of articles into a dataset first (with the engine), so a
notebook takes one ``source`` parameter and works the same on the seeds folder
and on a dataset of millions of articles. The store's view is called
``figures``; :meth:`FiguresStore.sql` runs any query on it and returns the
(small) result as a DataFrame. The ready-made aggregations return tidy
DataFrames too:

- :meth:`FiguresStore.per_kind_and_source`: figures per source and kind
  (source = document, or any column of a ``sources.csv`` manifest, e.g. ``outlet``);
- :meth:`FiguresStore.top_subjects`: the most reported subjects;
- :meth:`FiguresStore.value_distribution`: count, min, quartiles, max and mean
  of the values per subject, kind and unit (NaN values left out, quartiles
  interpolated linearly as ``pandas.Series.quantile`` does).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import duckdb
import pandas as pd

from ..io.tables import read_figures

__all__ = ["FiguresStore", "open_figures"]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _parquet_files(path: Path) -> list[str] | None:
    """The Parquet files of a dataset folder or file, or None when ``path`` is not Parquet."""
    if path.is_file() and path.suffix.lower() == ".parquet":
        return [str(path)]
    if path.is_dir():
        parts = sorted(str(p) for p in path.rglob("*.parquet") if not p.name.startswith((".", "_")))
        return parts or None
    return None


class FiguresStore:
    """A DuckDB connection with a ``figures`` view over a figures table; see the module
    docstring."""

    def __init__(self, source, *, memory_limit: str | None = None, threads: int | None = None):
        config = {}
        if memory_limit:
            config["memory_limit"] = memory_limit
        if threads:
            config["threads"] = int(threads)
        self.con = duckdb.connect(":memory:", config=config)
        self.source = source
        self.on_disk = False
        if isinstance(source, pd.DataFrame):
            self._register(source)
            return
        items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
        if len(items) == 1:
            path = Path(items[0])
            files = _parquet_files(path)
            if files is not None:
                listed = ", ".join(_quote(f) for f in files)
                self.con.execute(f"CREATE VIEW figures AS SELECT * FROM read_parquet([{listed}])")
                self.on_disk = True
                return
            if path.is_file() and path.suffix.lower() == ".csv":
                self._register(read_figures(path))
                return
        raise TypeError(
            f"{source}: not a figures table (a Parquet dataset or file, a figures .csv or a "
            "DataFrame); "
            "extract the articles first with analysis.scale.figures_source or `python -m analysis "
            "figures`"
        )

    def _register(self, frame: pd.DataFrame) -> None:
        self._frame = frame  # DuckDB scans it in place; keep it alive
        self.con.register("_figures_frame", frame)
        self.con.execute("CREATE VIEW figures AS SELECT * FROM _figures_frame")

    # -- plumbing ---------------------------------------------------------

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        """Run ``query`` (it may use the ``figures`` view) and return the result as a DataFrame."""
        return self.con.execute(query, params or []).df()

    def count(self) -> int:
        """Number of figure mentions."""
        return int(self.con.execute("SELECT count(*) FROM figures").fetchone()[0])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "FiguresStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def _tidy(
        frame: pd.DataFrame, strings: Iterable[str], ints: Iterable[str] = ()
    ) -> pd.DataFrame:
        for c in strings:
            frame[c] = frame[c].fillna("").astype("string")
        for c in ints:
            frame[c] = frame[c].astype("int64")
        return frame.reset_index(drop=True)

    # -- aggregations ------------------------------------------------------

    def per_kind_and_source(self, by: str = "doc", manifest=None) -> pd.DataFrame:
        """Figures per source and kind: columns ``[by, kind, figures]``, sorted by source and kind.

        ``by`` is ``"doc"`` (default) or a column of ``manifest``, a
        ``sources.csv`` table (path or DataFrame with a ``file`` column) whose
        file names, without extension, are the document ids. Documents the
        manifest does not list count under an empty source.
        """
        if by == "doc":
            query = (
                "SELECT doc, kind, count(*) AS figures FROM figures GROUP BY ALL ORDER BY doc, kind"
            )
            return self._tidy(self.sql(query), ["doc", "kind"], ["figures"])
        if manifest is None:
            raise ValueError(f"grouping by {by!r} needs a manifest (sources.csv) with that column")
        if not isinstance(manifest, pd.DataFrame):
            manifest = pd.read_csv(
                manifest, dtype="string", keep_default_na=False, encoding="utf-8-sig"
            )
        if by not in manifest.columns or "file" not in manifest.columns:
            raise KeyError(f"manifest needs columns 'file' and {by!r}")
        sources = pd.DataFrame(
            {
                "doc": manifest["file"].map(lambda f: Path(str(f)).stem).astype(str),
                "source": manifest[by].fillna("").astype(str),
            }
        ).drop_duplicates("doc")
        self.con.register("_sources", sources)
        try:
            query = (
                "SELECT ifnull(s.source, '') AS source, f.kind, count(*) AS figures FROM figures f "
                "LEFT JOIN _sources s ON f.doc = s.doc GROUP BY ALL ORDER BY source, kind"
            )
            frame = self.sql(query).rename(columns={"source": by})
        finally:
            self.con.unregister("_sources")
        return self._tidy(frame, [by, "kind"], ["figures"])

    def top_subjects(self, n: int = 20, kind: str | None = None) -> pd.DataFrame:
        """The ``n`` most reported subjects: ``[subject, figures, documents]`` (documents that
        report it).

        Empty subjects are left out; ties are broken by subject. ``kind``
        limits the count to one kind of figure.
        """
        where = "WHERE subject <> ''" + (" AND kind = ?" if kind else "")
        query = (
            "SELECT subject, count(*) AS figures, count(DISTINCT doc) AS documents FROM figures "
            f"{where} "
            "GROUP BY subject ORDER BY figures DESC, subject LIMIT ?"
        )
        frame = self.sql(query, ([kind] if kind else []) + [int(n)])
        return self._tidy(frame, ["subject"], ["figures", "documents"])

    def value_distribution(
        self, subjects: Iterable[str] | None = None, kind: str | None = None, top: int = 20
    ) -> pd.DataFrame:
        """Distribution of the stated values per ``(subject, kind, unit)``.

        Columns ``subject, kind, unit, n, min, p25, median, p75, max, mean``
        (values in the table's ``value`` column; NaN left out). ``subjects``
        picks the subjects, else the ``top`` subjects with most values are
        used. Sorted by ``n`` (descending), then subject, kind, unit.
        """
        conditions = ["subject <> ''", "value IS NOT NULL", "NOT isnan(value)"]
        params: list = []
        if kind:
            conditions.append("kind = ?")
            params.append(kind)
        if subjects is not None:
            subjects = list(subjects)
            if not subjects:
                return self._tidy(
                    self.sql(
                        "SELECT '' AS subject, '' AS kind, '' AS unit, 0 AS n, 0.0 AS min, 0.0 AS "
                        "p25, 0.0 AS median, 0.0 AS p75, 0.0 AS max, 0.0 AS mean LIMIT 0"
                    ),
                    ["subject", "kind", "unit"],
                    ["n"],
                )
            conditions.append(f"subject IN ({', '.join('?' for _ in subjects)})")
            params.extend(subjects)
        where = " AND ".join(conditions)
        chosen = (
            ""
            if subjects is not None
            else (
                f"AND subject IN (SELECT subject FROM figures WHERE {where} GROUP BY subject "
                "ORDER BY count(*) DESC, subject LIMIT ?)"
            )
        )
        if subjects is None:
            params = params + params + [int(top)]
        query = (
            "SELECT subject, kind, unit, count(*) AS n, min(value) AS min, quantile_cont(value, "
            "0.25) AS p25, "
            "quantile_cont(value, 0.5) AS median, quantile_cont(value, 0.75) AS p75, max(value) AS "
            "max, "
            f"avg(value) AS mean FROM figures WHERE {where} {chosen} GROUP BY subject, kind, unit "
            "ORDER BY n DESC, subject, kind, unit"
        )
        return self._tidy(self.sql(query, params), ["subject", "kind", "unit"], ["n"])


def open_figures(
    source, *, memory_limit: str | None = None, threads: int | None = None
) -> FiguresStore:
    """Open a figures table (Parquet dataset, CSV, articles folder or DataFrame) for DuckDB queries.

    ``memory_limit`` (e.g. ``"1GB"``) caps DuckDB's memory; past it, DuckDB
    spills to disk. See the module docstring for the sources and queries.
    """
    return FiguresStore(source, memory_limit=memory_limit, threads=threads)
