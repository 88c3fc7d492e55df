"""A package's entry points loaded on first use (PEP 562: a module's ``__getattr__``), so that
importing the package costs nothing until one is read: ``analysis`` names the pipeline's entry
points, ``analysis.scale`` its engine and store, and the command line sets the number
libraries' threads (:mod:`analysis.scale.threads`) before numpy is imported. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

__all__ = ["lazy_getattr"]


def lazy_getattr(package: str, table: dict[str, tuple[str, str]]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports ``table``'s names on first use:
    name -> (module, attribute)."""

    def __getattr__(name: str) -> object:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attr = table[name]
        return getattr(import_module(module), attr)

    return __getattr__
