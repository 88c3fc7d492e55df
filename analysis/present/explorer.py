"""Explore one story in JupyterLab with ipywidgets: pick a story, filter facts, select a fact or an
outlet.

Entry point: ``Explorer(source)`` (a story folder written by the ``report``
command, or a folder of articles read once) displayed as the last line of a
cell. It shows a box to pick another story, status filters (agree, updated,
differs, conflict, single), the facts by salience, the selected fact's panel
(:func:`.explore.fact_html`: series chart on the story clock, every outlet's
sentence with the figure marked and a link to its document, why, conflicts)
and the selected outlet's scorecard. Everything is computed once per story
(:func:`.explore.explore_data`); a selection only formats rows.

Without a widget frontend (papermill, nbval, an HTML export) the same cell
shows static HTML: the fact list and the panel of the most salient fact
(:meth:`Explorer.static_html`), because the display carries both the widget
and the HTML and a frontend picks the richest it can render.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Sequence

from .explore import (
    GROUPS,
    ExploreData,
    explore_data,
    fact_choice,
    fact_html,
    facts_table,
    filter_facts,
    outlet_html,
)
from .html import table
from .story import Story, open_story

__all__ = ["Explorer", "LIST_ROWS"]

LIST_ROWS = 14  # facts visible in the list at once
DEFAULT_GROUPS = tuple(GROUPS)


class Explorer:
    """The explorer of one story (see the module doc); ``source`` is a path or a :class:`Story`."""

    def __init__(self, source: str | os.PathLike | Story, base: str | os.PathLike | None = None):
        self.base = base
        self._widgets = None
        self._cache: dict[str, str] = {}
        self.load(source)

    # ---- state, no widgets: what the tests drive
    def load(self, source: str | os.PathLike | Story) -> ExploreData:
        """Read (or take) a story and build its tables once; the selection goes to the most salient
        fact."""
        story = source if isinstance(source, Story) else open_story(source)
        self.data = explore_data(story, self.base)
        self.groups = list(DEFAULT_GROUPS)
        self._cache.clear()
        self.fact_id = self.data.facts["fact_id"].iloc[0] if len(self.data.facts) else ""
        self.outlet = self.data.scorecard["outlet"].iloc[0] if len(self.data.scorecard) else ""
        if self._widgets is not None:
            self._refresh_list()
        return self.data

    def choices(self) -> list[tuple[str, str]]:
        """(line shown, fact id) of the facts the filters let through, most salient first."""
        shown = filter_facts(self.data.facts, self.groups)
        return [(fact_choice(r), r.fact_id) for r in shown.itertuples(index=False)]

    def select(self, fact_id: str) -> str:
        """Select a fact; return its panel's HTML (formatted once, then cached)."""
        self.fact_id = fact_id
        if fact_id not in self._cache:
            self._cache[fact_id] = fact_html(self.data, fact_id)
        return self._cache[fact_id]

    def select_outlet(self, outlet: str) -> str:
        self.outlet = outlet
        return outlet_html(self.data, outlet)

    def static_html(self, top: int = 15) -> str:
        """What a reader without widgets sees: the fact list, the most salient fact's panel, the
        scorecards."""
        parts = [
            f"<h3>{html.escape(self.data.name)}: facts by salience</h3>",
            table(facts_table(self.data, None, top)).data,
        ]
        if self.fact_id:
            parts.append(fact_html(self.data, self.fact_id))
        parts.append(
            "<h4>Outlet scorecard</h4>" + table(self.data.scorecard.drop(columns=["doc"])).data
        )
        return "".join(parts)

    # ---- widgets
    def widget(self):
        """The ipywidgets box (built on first use)."""
        if self._widgets is None:
            self._build()
        return self._widgets["box"]

    def _build(self) -> None:
        """Make the widgets, wire their events to the selection methods, lay them out."""
        import ipywidgets as w

        self._widgets = _make_widgets(w)
        ws = self._widgets
        ws["open"].on_click(self._on_open)
        for t in ws["filters"]:
            t.observe(self._on_filter, "value")
        ws["facts"].observe(self._on_fact, "value")
        ws["outlets"].observe(self._on_outlet, "value")
        ws["box"] = _layout(w, ws)
        self._refresh_list()

    def _on_open(self, _) -> None:
        ws = self._widgets
        try:
            self.load(ws["path"].value.strip())
        except Exception as exc:  # show the problem in the page; the last story stays
            ws["status"].value = f"<p style='color:#D55E00'>{html.escape(str(exc))}</p>"

    def _on_filter(self, _) -> None:
        self.groups = [t.description for t in self._widgets["filters"] if t.value]
        self._refresh_list()

    def _on_fact(self, change) -> None:
        if change["new"]:
            self._widgets["panel"].value = self.select(change["new"])

    def _on_outlet(self, change) -> None:
        if change["new"]:
            self._widgets["card"].value = self.select_outlet(change["new"])

    def _refresh_list(self) -> None:
        ws = self._widgets
        options = self.choices()
        ws["status"].value = (
            f"<p>{html.escape(self.data.name)}: {len(options)} of {len(self.data.facts)} facts, "
            f"{len(self.data.scorecard)} outlets</p>"
        )
        ws["facts"].options = options
        ids = [v for _, v in options]
        ws["facts"].value = self.fact_id if self.fact_id in ids else (ids[0] if ids else None)
        if ws["facts"].value:
            ws["panel"].value = self.select(ws["facts"].value)
        ws["outlets"].options = list(self.data.scorecard["outlet"])
        if self.outlet in ws["outlets"].options:
            ws["outlets"].value = self.outlet
            ws["card"].value = self.select_outlet(self.outlet)

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The widget for a widget frontend, and the static HTML for every other reader."""
        bundle = self.widget()._repr_mimebundle_(include=include, exclude=exclude) or {}
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data = dict(data)
        data["text/html"] = self.static_html()
        data["text/plain"] = f"Explorer of {self.data.name}: {len(self.data.facts)} facts"
        return data


def _make_widgets(w) -> dict:
    """The explorer's widgets by name (``w``: the ipywidgets module), with their CSS classes."""
    path = w.Text(
        placeholder="story folder, or a folder of articles", layout=w.Layout(width="28em")
    )
    path.add_class("nf-path")
    filters = [
        w.ToggleButton(value=True, description=g, layout=w.Layout(width="7em"))
        for g in DEFAULT_GROUPS
    ]
    facts = w.Select(options=[], rows=LIST_ROWS, layout=w.Layout(width="100%"))
    facts.add_class("nf-facts")
    panel = w.HTML()
    panel.add_class("nf-panel")
    outlets = w.Dropdown(description="Outlet", options=[])
    outlets.add_class("nf-outlets")
    return dict(
        path=path,
        open=w.Button(description="Open story"),
        facts=facts,
        panel=panel,
        outlets=outlets,
        card=w.HTML(),
        status=w.HTML(),
        filters=filters,
    )


def _layout(w, ws: dict):
    """Path and button; status; filters; the fact list beside the panel; outlet and its card."""
    return w.VBox(
        [
            w.HBox([ws["path"], ws["open"]]),
            ws["status"],
            w.HBox(ws["filters"]),
            w.HBox(
                [
                    w.VBox([ws["facts"]], layout=w.Layout(width="34%")),
                    w.VBox([ws["panel"]], layout=w.Layout(width="66%")),
                ]
            ),
            ws["outlets"],
            ws["card"],
        ]
    )


def explore(source: str | os.PathLike | Sequence[str | os.PathLike]) -> Explorer:
    """An :class:`Explorer` of ``source`` (a story folder, or articles)."""
    return Explorer(
        source if isinstance(source, (str, os.PathLike)) else [str(Path(p)) for p in source]
    )
