"""Where the engine's rows go, and what it tells the terminal: Parquet and CSV sinks, the progress
line.

In: Arrow tables of figure rows as the workers send them. Out: a Parquet
dataset written a few row groups at a time (:class:`DatasetSink`), one CSV
file (:class:`CsvSink`, written as :func:`analysis.io.tables.write_table`
would), and a progress line on stderr when it is a terminal
(:class:`Progress`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..io.tables import write_csv
from ..schema import FIGURES, empty

__all__ = ["CsvSink", "DatasetSink", "GROUP_ROWS", "PART_ROWS", "Progress", "SCHEMA"]

SCHEMA = pa.Schema.from_pandas(empty(FIGURES), preserve_index=False)
GROUP_ROWS = 65_536  # rows per Parquet row group
PART_ROWS = 1_000_000  # rows per Parquet part file


class DatasetSink:
    """Writes Arrow tables into ``folder/part-NNNNN.parquet`` as they come, a few row groups at a
    time."""

    def __init__(self, folder: Path, group_rows: int = GROUP_ROWS, part_rows: int = PART_ROWS):
        self.folder, self.group_rows, self.part_rows = folder, min(group_rows, part_rows), part_rows
        self.buffer: list[pa.Table] = []
        self.buffered = self.rows = self.part_written = self.parts = 0
        self.writer: pq.ParquetWriter | None = None

    def add(self, table: pa.Table) -> None:
        if table.num_rows:
            self.buffer.append(table)
            self.buffered += table.num_rows
            self.rows += table.num_rows
        if self.buffered >= self.group_rows:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        table = pa.concat_tables(self.buffer)
        self.buffer, self.buffered = [], 0
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.folder / f"part-{self.parts:05d}.parquet", SCHEMA)
            self.parts += 1
        self.writer.write_table(table, row_group_size=self.group_rows)
        self.part_written += table.num_rows
        if self.part_written >= self.part_rows:
            self.writer.close()
            self.writer, self.part_written = None, 0

    def close(self) -> None:
        self._flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        if self.parts == 0:  # no figure at all: one empty part keeps the schema
            pq.write_table(SCHEMA.empty_table(), self.folder / "part-00000.parquet")
            self.parts = 1


class CsvSink:
    """Appends tables to one CSV file with a header, as :func:`analysis.io.tables.write_table` would
    write them at once."""

    def __init__(self, path: Path):
        self.path = path
        self.rows = 0
        self.fh = open(path, "w", newline="", encoding="utf-8")
        write_csv(empty(FIGURES), self.fh)

    def add(self, table: pa.Table) -> None:
        if table.num_rows:
            write_csv(table.to_pandas(), self.fh, header=False)
            self.rows += table.num_rows

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.close()


# --------------------------------------------------------------------------
# Progress
# --------------------------------------------------------------------------


class Progress:
    """One status line on stderr (documents, MB/s, errors), redrawn at most 5 times a second; silent
    off a terminal."""

    def __init__(
        self, total_files: int, enabled: bool | None = None, stream=None, label: str = "figures"
    ):
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled, self.total, self.label = enabled, total_files, label
        self.files = self.docs = self.bytes = self.errors = 0
        self.t0 = time.perf_counter()
        self.last = 0.0

    def update(self, files: int, docs: int, nbytes: int, errors: int) -> None:
        self.files += files
        self.docs += docs
        self.bytes += nbytes
        self.errors += errors
        if self.enabled and time.perf_counter() - self.last >= 0.2:
            self._draw()

    def _draw(self) -> None:
        self.last = now = time.perf_counter()
        elapsed = max(now - self.t0, 1e-9)
        share = self.files / self.total if self.total else 1.0
        bar = "#" * int(share * 20)
        line = (
            f"{self.label} [{bar:<20}] {self.files:,}/{self.total:,} files  {self.docs:,} "
            "documents  "
            f"{self.bytes / 1e6:,.1f} MB  {self.bytes / 1e6 / elapsed:.2f} MB/s  {self.errors:,} "
            "errors  "
            f"{int(elapsed) // 60}:{int(elapsed) % 60:02d}"
        )
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
