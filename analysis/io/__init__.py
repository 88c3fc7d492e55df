"""Files in, tables out: the corpus loader, the manifest, safe table writing and owned output
folders.

In: article files and folders (and a ``sources.csv`` manifest beside them).
Out: the documents and errors tables (:func:`load_corpus`), and tables written
atomically (:func:`write_table`) into outputs that the commands own
(:mod:`.outputs`). Input files are opened read-only and never modified.
"""

from .corpus import DEFAULT_MAX_BYTES, Corpus, discover_files, iter_documents, load_corpus
from .tables import read_figures, write_table

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Corpus",
    "discover_files",
    "iter_documents",
    "load_corpus",
    "read_figures",
    "write_table",
]
