"""A story child started while the parent holds SIGTERM and SIGINT (analysis.io.outputs.
signals_held) takes them again (analysis.pipeline.take_signals), so a stopped run's terminate
reaches it: a forkserver started inside the held block hands its children the blocked mask."""

from __future__ import annotations

import multiprocessing
import signal

import pytest

from analysis.io.outputs import signals_held
from analysis.pipeline import take_signals


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
