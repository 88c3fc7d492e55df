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

:func:`stop_kernels` stops every kernel this process started, at once: the
``report`` command calls it on SIGTERM or Ctrl-C (each kernel is interrupted,
then killed after :data:`KERNEL_GRACE` seconds), so it never waits for a
running notebook.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterable

from jupyter_client.manager import AsyncKernelManager

__all__ = ["KERNEL_GRACE", "LocalKernelManager", "allow_kernels", "stop_kernels"]

KERNEL_GRACE = 1.0  # seconds an interrupted kernel has to stop before it is killed

_LIVE: dict[int, str | None] = {}  # kernel process id -> its socket folder
_GUARD = threading.Lock()
_DOOMED: set[int] = set()  # threads of a stopped run: a kernel they start is stopped at once


class LocalKernelManager(AsyncKernelManager):
    """An :class:`~jupyter_client.manager.AsyncKernelManager` (what nbclient uses) whose kernels use
    IPC transport."""

    def __init__(self, **kwargs):
        kwargs.setdefault("transport", "ipc")
        if kwargs["transport"] == "ipc" and "ip" not in kwargs:
            self._socket_dir = tempfile.mkdtemp(prefix="nf-kernel-")
            kwargs["ip"] = str(
                Path(self._socket_dir) / "k"
            )  # sockets k-<port>; short: Unix paths are limited
        super().__init__(**kwargs)

    async def _async_launch_kernel(self, kernel_cmd, **kw) -> None:
        folder = getattr(self, "_socket_dir", None)
        if folder and "stderr" not in kw:
            # the kernel process's own stderr (not its cells': those come over IOPub) goes to a log
            # beside its sockets: a kernel stopped while it starts would print Python's
            # KeyboardInterrupt traceback there
            kw["stderr"] = open(Path(folder) / "kernel.log", "ab")
        await super()._async_launch_kernel(kernel_cmd, **kw)
        if "stderr" in kw and hasattr(kw["stderr"], "close"):
            kw["stderr"].close()  # the kernel holds its own copy
        pid = getattr(self.provisioner, "pid", None)
        if pid:
            with _GUARD:
                _LIVE[pid] = getattr(self, "_socket_dir", None)
            if threading.get_ident() in _DOOMED:  # started while its run was being stopped
                stop_kernels(grace=0)

    async def _async_interrupt_kernel(self) -> None:
        # jupyter_client interrupts a kernel before asking it to shut down; ours are idle by then (a
        # cell that timed out was interrupted by nbclient already), and the SIGINT only makes
        # ipykernel log "KeyboardInterrupt caught in kernel". Shut down, do not interrupt.
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        with _GUARD:
            _LIVE.pop(getattr(self.provisioner, "pid", None) or 0, None)
        await super()._async_cleanup_resources(restart=restart)
        folder = getattr(self, "_socket_dir", None)
        if folder and not restart:
            shutil.rmtree(folder, ignore_errors=True)


def _gone(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        return done == pid
    except ChildProcessError:  # not our child (or reaped already)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


def _signal(pid: int, sig: int) -> None:
    try:
        os.killpg(os.getpgid(pid), sig) if os.getpgid(pid) == pid else os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def allow_kernels() -> None:
    """Forget the threads of stopped runs (a new run in the same process starts)."""
    _DOOMED.clear()


def stop_kernels(grace: float = KERNEL_GRACE, threads: Iterable[int] = ()) -> int:
    """Interrupt every kernel this process started and kill those still running after ``grace`` s;
    return how many.

    Kernels that the ``threads`` (idents) start after this call are stopped as they start. Socket
    folders are removed.
    """
    _DOOMED.update(threads)
    with _GUARD:
        live = dict(_LIVE)
        _LIVE.clear()
    for pid in live:
        _signal(pid, signal.SIGINT)
    deadline = time.monotonic() + grace
    waiting = set(live)
    while waiting and time.monotonic() < deadline:
        waiting = {pid for pid in waiting if not _gone(pid)}
        time.sleep(0.05)
    for pid in waiting:
        _signal(pid, signal.SIGKILL)
    for folder in live.values():
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
    return len(live)
