"""Project paths, anchored at the repository root (nothing is read at import time)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"

# One process is one core: numpy's BLAS would start a thread per core for matrices of a few hundred rows,
# which spin more than they compute. The command line (and the benchmarks that time it) set these
# before numpy is first imported, unless the environment already does.
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
