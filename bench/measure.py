"""Run a command and report its wall time and peak memory (its own, via wait4)."""
from __future__ import annotations

import os
import subprocess
import time


def run_measured(cmd: list[str], cwd, env=None) -> tuple[float, float, str]:
    """(seconds, peak resident MB, stderr) for one run of cmd; raises if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: content diagnostics, still a full run
        raise RuntimeError(f"{cmd} failed ({process.returncode}):\n{stderr[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, stderr
