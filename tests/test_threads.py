"""One thread of the number libraries per process (analysis/scale/threads.py): applied where the
user set nothing, left alone where the user set a variable, in this process and in the engine's
workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from analysis.scale.threads import THREAD_VARIABLES, thread_settings

ALL_ONE = {name: "1" for name in THREAD_VARIABLES}


@pytest.mark.parametrize(
    "environ,expected",
    [
        ({}, ALL_ONE),
        ({"OPENBLAS_NUM_THREADS": "4"}, {"MKL_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}),
        ({"OMP_NUM_THREADS": "2"}, {"OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}),
        ({name: "3" for name in THREAD_VARIABLES}, {}),
    ],
    ids=["nothing-set", "openblas-set", "omp-set", "all-set"],
)
def test_thread_settings_give_one_thread_to_each_variable_the_user_left_unset(environ, expected):
    assert thread_settings(environ) == expected


def _clean_env(**user: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    return {**env, **user}


def _run(code: str, root, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


LOADED_THEN_LIMITED = """
import json, os, numpy
from sklearn.feature_extraction.text import HashingVectorizer
from threadpoolctl import threadpool_info
from analysis.scale.threads import limit_threads
pools = lambda: sorted({(i["internal_api"], i["num_threads"]) for i in threadpool_info()})
before = pools()
added = limit_threads()
print(json.dumps({"before": before, "after": pools(), "added": sorted(added)}))
"""


@pytest.mark.parametrize(
    "user,limited,kept",
    [
        ({}, ["openblas", "openmp"], []),
        ({"OPENBLAS_NUM_THREADS": "2"}, ["openmp"], ["openblas"]),
        ({"OMP_NUM_THREADS": "2"}, ["openblas"], ["openmp"]),
    ],
    ids=["nothing-set-all-limited", "openblas-set-kept", "omp-set-kept"],
)
def test_limit_threads_limits_the_loaded_libraries_the_user_left_alone(root, user, limited, kept):
    """numpy and scikit-learn imported first (their pools started): limit_threads brings the pools
    no variable of the user's sizes to one thread, and leaves the others as they started."""
    out = _run(LOADED_THEN_LIMITED, root, _clean_env(**user))
    after = {api: n for api, n in out["after"]}
    before = {api: n for api, n in out["before"]}
    assert {api: after[api] for api in limited} == {api: 1 for api in limited}
    assert {api: after[api] for api in kept} == {api: before[api] for api in kept}
    assert out["added"] == sorted(set(THREAD_VARIABLES) - set(user))


def worker_threads(_: int) -> dict:
    """In a worker of the engine: its thread variables and its OpenBLAS pools' sizes."""
    from threadpoolctl import threadpool_info

    blas = sorted({i["num_threads"] for i in threadpool_info() if i["internal_api"] == "openblas"})
    return {"env": {name: os.environ.get(name) for name in THREAD_VARIABLES}, "openblas": blas}


IN_WORKERS = """
import json
from analysis.scale.tasks import map_tasks
from tests.test_threads import worker_threads
print(json.dumps(list(map_tasks(worker_threads, [0, 1], jobs=2))))
"""


@pytest.mark.parametrize(
    "user,env,openblas",
    [
        ({}, ALL_ONE, [1]),
        ({"OPENBLAS_NUM_THREADS": "2"}, {**ALL_ONE, "OPENBLAS_NUM_THREADS": "2"}, None),
    ],
    ids=["nothing-set-one-thread", "user-value-reaches-the-workers"],
)
def test_the_engines_workers_run_one_thread_unless_the_user_set_a_variable(
    root, user, env, openblas
):
    results = _run(IN_WORKERS, root, _clean_env(**user))
    assert [r["env"] for r in results] == [env, env]
    if openblas is not None:
        assert [r["openblas"] for r in results] == [openblas, openblas]
