"""Scale: extraction of corpora of any size (the engine), DuckDB queries over its result (store).

In: article files or folders, or a figures dataset. Out:
:func:`extract_corpus` writes a figures table (CSV, or a Parquet dataset
streamed from worker processes or a Dask cluster); :func:`open_figures`
queries one without loading it; :func:`figures_source` gives a notebook one
thing to query whether it was handed articles or a dataset.
Loaded on first use (as :mod:`analysis`'s entry points), so that the command line can import
:mod:`.threads` before numpy.
"""

from ..lazy import lazy_getattr

_LAZY = {
    "extract_corpus": ("analysis.scale.engine", "extract_corpus"),
    "FiguresStore": ("analysis.scale.store", "FiguresStore"),
    "open_figures": ("analysis.scale.store", "open_figures"),
    "figures_source": ("analysis.scale.source", "figures_source"),
}

__all__ = sorted(_LAZY)

__getattr__ = lazy_getattr(__name__, _LAZY)
