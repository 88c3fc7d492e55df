"""The kernel manager every notebook run uses: the kernel talks over local IPC sockets, not TCP.

Over TCP, ipykernel warns on every start that its traffic is unencrypted
("Kernel is running over TCP without encryption"). A kernel started by this
project only ever talks to the process that started it, on the same machine,
so :class:`LocalKernelManager` starts it with ``transport="ipc"``: Unix
sockets in a private temporary folder (mode 0700, removed when the kernel
is cleaned up), so concurrent kernels never share a socket and nothing is
written to the notebook's folder. The
warning is then never raised (nothing is hidden). Kernels are asked to shut
down without the SIGINT jupyter_client sends first, which made ipykernel log
"KeyboardInterrupt caught in kernel" now and then. Pass the class to papermill
or nbclient as ``kernel_manager_class``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

__all__ = ["LocalKernelManager"]


class LocalKernelManager(AsyncKernelManager):
    """An :class:`~jupyter_client.manager.AsyncKernelManager` (what nbclient uses) whose kernels use IPC transport."""

    def __init__(self, **kwargs):
        kwargs.setdefault("transport", "ipc")
        if kwargs["transport"] == "ipc" and "ip" not in kwargs:
            self._socket_dir = tempfile.mkdtemp(prefix="nf-kernel-")
            kwargs["ip"] = str(Path(self._socket_dir) / "k")  # sockets k-<port>; short: Unix paths are limited
        super().__init__(**kwargs)

    async def _async_interrupt_kernel(self) -> None:
        # jupyter_client interrupts a kernel before asking it to shut down; ours are idle by then (a cell
        # that timed out was interrupted by nbclient already), and the SIGINT only makes ipykernel log
        # "KeyboardInterrupt caught in kernel". Shut down, do not interrupt.
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        folder = getattr(self, "_socket_dir", None)
        if folder and not restart:
            shutil.rmtree(folder, ignore_errors=True)
