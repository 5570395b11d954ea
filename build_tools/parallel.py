"""Run a pure function over many items on every core, in order.

Worth it only for many items: a worker costs tens of milliseconds to start, so
small batches run in this process. BRIEFING_WORKERS=N caps the workers (1: none).
Shared read-only state (a compiled matcher, say) goes to each worker once through
`context`, not with every item.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from functools import partial
from typing import Callable, Iterable, Iterator

MIN_ITEMS = 64
# A forked worker shares its parent's memory until it writes to it, and merely reading
# a Python object writes its reference count: a long-lived worker ends up copying most
# of the parent. Retiring each worker after this many items (a fresh fork costs a few
# milliseconds) bounds that copy, and so peak memory (PERFORMANCE.md), at no cost in time.
ITEMS_PER_WORKER = 1024
_context = None
_items: list = []  # in a worker: the items of its map, inherited when it forks (only indexes travel)


def _call(fn: Callable, chunk: range) -> list:
    return [fn(_items[i]) for i in chunk]


def context():
    """The shared state given to parallel_map, inside a worker or here."""
    return _context


def _set_context(value, items=None) -> None:
    global _context, _items
    _context, _items = value, items


def parallel_imap(fn: Callable, items: Iterable, shared=None, workers: int | None = None) -> Iterator:
    """fn(item) for each item, in order, yielded as they come (so results need not all fit in
    memory). The workers start at once: this process may do other work before taking results."""
    items = list(items)
    workers = workers or int(os.environ.get("BRIEFING_WORKERS") or 0) or os.cpu_count() or 1
    if workers < 2 or len(items) < MIN_ITEMS:
        return _here(fn, items, shared)
    size = max(1, min(64, len(items) // (workers * 8)))
    chunks = [range(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    # fork: workers inherit the loaded modules, `shared` and the items (the initializer's
    # arguments are not pickled); only results come back. Freezing the garbage collector
    # first keeps it from touching (and so copying) inherited memory.
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(workers, _set_context, (shared, items),
                                                    maxtasksperchild=max(1, ITEMS_PER_WORKER // size))
    return _PoolResults(pool, pool.imap(partial(_call, fn), chunks))


def _here(fn: Callable, items: list, shared) -> Iterator:
    for item in items:
        _set_context(shared)  # again for each item: another map may have run in between
        yield fn(item)


class _PoolResults:
    """The results of a map running in a pool, in order; `close` (or dropping it) stops the
    workers, so none goes on writing after its build gave up."""

    def __init__(self, pool, chunks: Iterator[list]):
        self._pool, self._chunks, self._chunk = pool, chunks, iter(())

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for result in self._chunk:
                return result
            try:
                self._chunk = iter(next(self._chunks))
            except BaseException:  # StopIteration at the end, or a worker's error
                self.close()
                raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None
            gc.unfreeze()

    def __del__(self):
        self.close()


def parallel_map(fn: Callable, items: Iterable, shared=None, workers: int | None = None) -> list:
    return list(parallel_imap(fn, items, shared, workers))


class Background:
    """fn(*args) run in a forked child while this process goes on (on the other core); its
    result comes back pickled through a pipe when asked for. If the child fails, the call
    is made here instead."""

    def __init__(self, fn: Callable, *args):
        self._call = partial(fn, *args)
        read, write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: compute, send, leave without running the parent's clean-ups
            os.close(read)
            try:
                with os.fdopen(write, "wb") as out:
                    pickle.dump(self._call(), out, protocol=pickle.HIGHEST_PROTOCOL)
            finally:
                os._exit(0)
        os.close(write)
        self._read = read
        self._done = False

    def result(self):
        if not self._done:
            with os.fdopen(self._read, "rb") as handle:
                data = handle.read()
            os.waitpid(self._pid, 0)
            try:
                self._value = pickle.loads(data)
            except Exception:  # the child failed: do it here
                self._value = self._call()
            self._done = True
        return self._value

    def __del__(self):
        if not getattr(self, "_done", True):  # never asked: close the pipe, so the child stops
            os.close(self._read)
            os.waitpid(self._pid, 0)
