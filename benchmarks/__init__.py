"""Benchmarks and peer comparisons, outside the library's import graph
(run: ``python -m benchmarks``)."""
