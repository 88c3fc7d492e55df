"""The manifest: ``sources.csv`` beside the articles, what is known about each source, checked.

In: a folder. Out: :func:`read_manifest` (the table as strings, or None) and
:func:`manifest_rows` (file name -> row, and the problems found). Each date
column (:data:`MANIFEST_DATES`) must hold a real ISO date within
:data:`MANIFEST_YEARS`; any other value is ignored (emptied) with a warning
naming the line and the value, and the article is kept. A file described on
two lines keeps the first, with a warning.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

import pandas as pd

__all__ = [
    "MANIFEST_DATES",
    "MANIFEST_NAME",
    "MANIFEST_YEARS",
    "ManifestError",
    "manifest_date_ok",
    "manifest_rows",
    "read_manifest",
]

MANIFEST_NAME = "sources.csv"
MANIFEST_DATES = ("published", "reference_date")
# a plausible publication year: the 18th century's newspapers onwards, to next year (a time zone
# ahead, a date set in advance)
MANIFEST_YEARS = (1700, datetime.date.today().year + 1)
ISO_DATE = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[T ][0-9:.+\-Z]*)?)?)?$"
)


class ManifestError(ValueError):
    """A manifest that cannot be used at all (no 'file' column)."""


def read_manifest(folder: str | os.PathLike) -> pd.DataFrame | None:
    """Read ``folder/sources.csv`` as strings (empty cells stay empty), or None."""
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return None
    manifest = pd.read_csv(path, dtype="string", keep_default_na=False, encoding="utf-8-sig")
    if "file" not in manifest.columns:
        raise ManifestError(f"{path}: manifest has no 'file' column")
    return manifest


def manifest_rows(folder: str | os.PathLike) -> tuple[dict[str, dict], list[str]]:
    """file name -> manifest row (strings) for ``folder``, and the problems found in the manifest.

    A date column value that is not a real ISO date in :data:`MANIFEST_YEARS`
    is emptied (the article is kept) with a warning naming its line; a file
    described twice keeps its first row, with a warning.
    """
    try:
        manifest = read_manifest(folder)
    except (ValueError, UnicodeDecodeError) as exc:
        return {}, [f"manifest ignored: {exc}"]
    if manifest is None:
        return {}, []
    rows: dict[str, dict] = {}
    lines: dict[str, int] = {}
    problems = []
    for line, row in enumerate(manifest.to_dict("records"), start=2):  # line 1 is the header
        for name in MANIFEST_DATES:
            value = str(row.get(name) or "").strip()
            if value and not manifest_date_ok(value):
                problems.append(
                    f"warning: line {line}: {name} {value!r} is not a real ISO date (YYYY, "
                    f"YYYY-MM or YYYY-MM-DD) in {MANIFEST_YEARS[0]}-{MANIFEST_YEARS[1]}; "
                    "ignored, the article is kept"
                )
                row[name] = ""
        if row["file"] in rows:
            problems.append(
                f"warning: lines {lines[row['file']]} and {line} both describe {row['file']!r}; "
                f"the first is used"
            )
            continue
        rows[row["file"]], lines[row["file"]] = row, line
    return rows, problems


def manifest_date_ok(value: str) -> bool:
    """Whether ``value`` is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, a time after it allowed) in
    MANIFEST_YEARS."""
    m = ISO_DATE.match(value)
    if not m:
        return False
    year, month, day = int(m["year"]), int(m["month"] or 1), int(m["day"] or 1)
    if not MANIFEST_YEARS[0] <= year <= MANIFEST_YEARS[1]:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
