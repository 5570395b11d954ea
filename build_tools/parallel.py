"""Run a pure function over many items on every core, in order.

Worth it only for many items: a worker costs tens of milliseconds to start, so
small batches run in this process. BRIEFING_WORKERS=N caps the workers (1: none). Shared read-only state (a compiled matcher,
say) goes to each worker once through `context`, not with every item.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Callable, Iterable, Iterator

MIN_ITEMS = 64
_context = None


def context():
    """The shared state given to parallel_map, inside a worker or here."""
    return _context


def _set_context(value) -> None:
    global _context
    _context = value


def parallel_imap(fn: Callable, items: Iterable, shared=None, workers: int | None = None) -> Iterator:
    """fn(item) for each item, in order, yielded as they come (so results need not all fit in memory)."""
    items = list(items)
    workers = workers or int(os.environ.get("BRIEFING_WORKERS") or 0) or os.cpu_count() or 1
    if workers < 2 or len(items) < MIN_ITEMS:
        _set_context(shared)
        yield from map(fn, items)
        return
    chunk = max(1, min(64, len(items) // (workers * 8)))
    # fork: workers inherit the loaded modules and `shared` without pickling it. Freezing
    # the garbage collector first keeps it from touching (and so copying) inherited memory.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers, _set_context, (shared,)) as pool:
            yield from pool.imap(fn, items, chunksize=chunk)
    finally:
        gc.unfreeze()


def parallel_map(fn: Callable, items: Iterable, shared=None, workers: int | None = None) -> list:
    return list(parallel_imap(fn, items, shared, workers))
