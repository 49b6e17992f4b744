"""The test suite's cost per test in CPU time, a pytest plugin: on a shared machine a test's wall
time moves with the other jobs (a default run took 6 to 16 minutes of wall time at load 4 to 12),
its CPU time much less. A test's CPU is this process's user + system time over the test's set-up,
call and tear-down, plus that of the new processes it started and waited for.

    PYTHONPATH=$PWD/src:$PWD/benchmarks python -m pytest -q -p suite_cpu            # the default run
    PYTHONPATH=$PWD/src:$PWD/benchmarks SUITE_CPU=cpu.tsv python -m pytest -q -p suite_cpu -m slow

prints the total and the 25 costliest tests at the end (`SUITE_CPU_TOP` to change it); with
`SUITE_CPU=FILE`, every test's `cpu<TAB>wall<TAB>test id` goes to FILE, costliest first.
"""
from __future__ import annotations

import os
import time

import pytest

_rows: list[tuple[float, float, str]] = []


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    cpu, wall = _cpu(), time.perf_counter()
    yield
    _rows.append((_cpu() - cpu, time.perf_counter() - wall, item.nodeid))


def pytest_terminal_summary(terminalreporter):
    rows = sorted(_rows, reverse=True)
    out = os.environ.get("SUITE_CPU")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.writelines(f"{c:.3f}\t{w:.3f}\t{n}\n" for c, w, n in rows)
    write = terminalreporter.write_line
    write(f"suite_cpu: {len(rows)} tests, CPU {sum(r[0] for r in rows):.1f} s, wall {sum(r[1] for r in rows):.1f} s")
    for c, w, n in rows[:int(os.environ.get("SUITE_CPU_TOP", "25"))]:
        write(f"{c:7.2f} s CPU {w:7.2f} s wall  {n}")
