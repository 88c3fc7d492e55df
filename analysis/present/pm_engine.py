"""A papermill engine whose kernels talk over local IPC sockets: ``papermill --engine newsfigures``.

Plain ``papermill NOTEBOOK OUT`` starts the kernel over TCP, and ipykernel then
warns on every start that its traffic is unencrypted. The ``report`` command
avoids that by passing :class:`~analysis.present.kernel.LocalKernelManager` to
papermill; the papermill command line cannot take a kernel manager class, but
it can take an engine by name. This engine is papermill's own nbclient engine
with that kernel manager, registered under the name ``newsfigures`` (the
``papermill.engine`` entry point in ``pyproject.toml``), so
``papermill --engine newsfigures NOTEBOOK OUT`` runs the notebook exactly as
before with no warning to hide.
"""

from __future__ import annotations

from papermill.engines import NBClientEngine

from .kernel import LocalKernelManager

__all__ = ["LocalIPCEngine"]


class LocalIPCEngine(NBClientEngine):
    """papermill's nbclient engine, its kernels started by :class:`LocalKernelManager` (IPC
    transport)."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
        kwargs.setdefault("kernel_manager_class", LocalKernelManager)
        return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
