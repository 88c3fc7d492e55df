"""Signals a run holds off while it does what must not be left half done, and takes back.

:func:`signals_held` defers SIGTERM and SIGINT over a block (an output swap, a child process's
start); :func:`take_signals` unblocks them in a child process started inside such a block.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from typing import Iterator

__all__ = ["HELD_SIGNALS", "signals_held", "take_signals"]

HELD_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def signals_held() -> Iterator[None]:
    """SIGTERM and SIGINT wait while the block runs (a swap is never left half done, a child
    process is never started unrecorded); then they arrive.

    Two holds: the thread's mask keeps the kernel from delivering them to this thread, and in
    the main thread their Python handlers are replaced by a note of the signal, re-raised after
    the block. The mask alone is not enough: the kernel hands a process's signal to any thread
    that does not block it (pyarrow's, a notebook's), and Python then runs the handler in the
    main thread at once, inside the block (a story child started unrecorded wrote its folder
    after the stopped run had removed it)."""
    noted: list[int] = []
    replaced = _note_signals(noted)
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
    except (AttributeError, ValueError):  # pragma: no cover - not POSIX
        previous = None
    try:
        yield
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        for signum, handler in replaced.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(noted):
            signal.raise_signal(signum)


def _note_signals(noted: list[int]) -> dict[int, object]:
    """In the main thread, replace the held signals' Python handlers by one that notes the
    signal in ``noted``; the handlers replaced (other threads run no handlers: nothing to do)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return {}
    replaced = {}
    for signum in HELD_SIGNALS:
        handler = signal.getsignal(signum)
        if handler is not None:  # None: set outside Python, it could not be put back
            replaced[signum] = signal.signal(signum, lambda sig, frame: noted.append(sig))
    return replaced


def take_signals() -> None:
    """Unblock SIGTERM and SIGINT in this process (a child started inside :func:`signals_held`
    inherits them blocked)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_SIGNALS)
