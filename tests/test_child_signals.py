"""SIGTERM and SIGINT held over a block (analysis.io.signals): a story child started inside it
takes them again (take_signals), so a stopped run's terminate reaches it (a forkserver started
inside the held block hands its children the blocked mask); a signal the kernel hands another
thread still waits for the block's end."""

from __future__ import annotations

import multiprocessing
import signal

import pytest

from analysis.io.signals import signals_held, take_signals


def _blocked_after(take: bool, queue) -> None:
    if take:
        take_signals()
    queue.put(sorted(int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, [])))


@pytest.mark.parametrize("take, blocked", [(False, True), (True, False)])
def test_a_child_started_while_signals_are_held_takes_them_again(take, blocked):
    # a spawned child inherits the mask its parent has when it starts, as the forkserver does
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    with signals_held():
        child = ctx.Process(target=_blocked_after, args=(take, queue))
        child.start()
    mask = queue.get(timeout=60)
    child.join()
    held = {int(signal.SIGTERM), int(signal.SIGINT)}
    assert (held <= set(mask)) is blocked


class _Stopped(BaseException):
    pass


def _raise_stopped(signum, frame):
    raise _Stopped()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_the_kernel_hands_another_thread_still_waits_for_the_held_block(signum):
    # a thread started before the block does not block the signal (as pyarrow's or a notebook's
    # threads do not), so the kernel delivers it there and Python runs the handler in the main
    # thread at once: inside the block, unless the block holds the handler too
    import os
    import threading
    import time

    idle = threading.Event()
    thread = threading.Thread(target=idle.wait)
    thread.start()
    previous = signal.signal(signum, _raise_stopped)
    steps = []
    try:
        with pytest.raises(_Stopped):
            with signals_held():
                os.kill(os.getpid(), signum)
                time.sleep(0.3)
                steps.append("block done")
            steps.append("after the block")
    finally:
        signal.signal(signum, previous)
        idle.set()
        thread.join()
    assert steps == ["block done"]


class _DroppedStop:
    """An object whose finalizer raises ``exc``: Python hands that to sys.unraisablehook."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __del__(self) -> None:
        raise self.exc


@pytest.mark.parametrize("stop, resent", [("Terminated", True), ("ValueError", False)])
def test_a_stop_raised_in_a_finalizer_is_sent_again_other_errors_are_not(stop, resent):
    # a SIGTERM whose handler ran inside a __del__ was printed and dropped: the run went on
    import sys
    import time

    from analysis.__main__ import Terminated, _stop_again

    exc = Terminated() if stop == "Terminated" else ValueError("a finalizer's own error")
    got = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: got.append(signum))
    hook, sys.unraisablehook = sys.unraisablehook, _stop_again
    try:
        _DroppedStop(exc)  # collected at once: its finalizer raises
        deadline = time.monotonic() + 3
        while not got and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        sys.unraisablehook = hook
        signal.signal(signal.SIGTERM, previous)
    assert got == ([signal.SIGTERM] if resent else [])
