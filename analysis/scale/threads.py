"""How many threads the number libraries start in each process of a run: one, unless the user says.

numpy and scipy call OpenBLAS, and scikit-learn OpenMP; each starts a pool of one thread per core
when it loads. The pipeline's processes already fill the cores (one process with ``-j 1``, ``N``
workers with ``-j N``), and its matrices are small (a block of a few hundred mentions), so the
extra threads spin more than they compute and take the core another process needs. Measured
(docs/accuracy.md, 'one thread per process'): reconciling the 2,000 generated articles of
``benchmarks bounds`` in one process took 4.96 to 8.23 s of wall clock and 6.9 to 7.1 s of CPU
with a thread per core, 4.70 to 5.19 s and 4.7 to 5.1 s with one; the same work in four tasks on
two workers 5.37 s best against 3.39 s (an earlier measurement of a whole ``facts`` run of 2,000
articles: 79 s against 62 s).

:func:`limit_threads` is the one place this is set. It gives every variable of
:data:`THREAD_VARIABLES` the user left unset the value :data:`THREADS_PER_PROCESS` (so that a
library loaded later, in this process or in a worker it starts, reads it), and limits the
libraries already loaded to it through threadpoolctl (a dependency of scikit-learn). A variable
the user set wins, for its own libraries: ``OPENBLAS_NUM_THREADS=2`` leaves OpenBLAS two threads
and OpenMP one. The command line calls it before anything imports numpy; the engine calls it where
it chooses its workers and in each worker it starts; the report's story child calls it first.
Stdlib only, so that the command line can import it before numpy.
"""

from __future__ import annotations

import os
import sys
from typing import Mapping

__all__ = ["THREADS_PER_PROCESS", "THREAD_VARIABLES", "limit_threads", "thread_settings"]

THREADS_PER_PROCESS = 1  # one process is one core: see the module docstring for the measurement

# the standard variables that size the libraries' pools (the OpenBLAS, MKL and OpenMP documentation)
# and threadpoolctl's name of the library each one sizes
THREAD_VARIABLES = {
    "OPENBLAS_NUM_THREADS": "openblas",
    "MKL_NUM_THREADS": "mkl",
    "OMP_NUM_THREADS": "openmp",
}

# modules whose import loads a thread pool: when none is imported, there is nothing to limit now
_POOLED = ("numpy", "scipy", "sklearn")


def thread_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """The variables of :data:`THREAD_VARIABLES` that ``environ`` leaves unset, each given
    :data:`THREADS_PER_PROCESS`: what a process started with ``environ`` should add."""
    return {name: str(THREADS_PER_PROCESS) for name in THREAD_VARIABLES if name not in environ}


def limit_threads() -> dict[str, str]:
    """One thread per process for the number libraries of this process and of the processes it
    starts, except where the user set a variable; returns the variables it set (see the module
    docstring)."""
    added = thread_settings(os.environ)
    os.environ.update(added)
    if added and any(name in sys.modules for name in _POOLED):
        from threadpoolctl import ThreadpoolController

        pools = ThreadpoolController().select(internal_api=[THREAD_VARIABLES[n] for n in added])
        pools.limit(limits=THREADS_PER_PROCESS)
    return added
