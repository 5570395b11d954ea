"""Run a command and report its wall time and peak memory, worker processes included.

Memory is the proportional set size (PSS) summed over the process tree: pages a
forked worker still shares with its parent count once, not once per process.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_pss_kb(root: int) -> int:
    """Proportional memory of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack += [child for child, parent in parents.items() if parent == pid]
    return total


def run_measured(cmd: list[str], cwd, env=None) -> tuple[float, float, str]:
    """(seconds, peak resident MB of the whole process tree, stderr); raises if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    peak, done = [0], threading.Event()

    def sample():  # never waits on the child itself: wait4 below must reap it
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_pss_kb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read()
    _, status, _ = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: content diagnostics, still a full run
        raise RuntimeError(f"{cmd} failed ({process.returncode}):\n{stderr[-2000:]}")
    # Not ru_maxrss: on Linux it counts the forked copy of this (large) process before exec.
    return seconds, peak[0] / 1024, stderr
