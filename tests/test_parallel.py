"""The worker pool and the background child keep results and their order, and a child
that fails leaves the work to be done here."""
import os

from build_tools.parallel import Background, parallel_map


def square(n: int) -> int:
    return n * n


def test_parallel_map_keeps_order_over_many_items():
    items = list(range(500))  # enough to start workers
    assert parallel_map(square, items, workers=2) == [n * n for n in items]


def test_background_returns_what_the_call_returns():
    job = Background(sorted, [3, 1, 2])
    assert job.result() == [1, 2, 3]
    assert job.result() == [1, 2, 3]  # asked again: the same, not computed again


def pid_then_crash_in_child(parent: int) -> int:
    if os.getpid() != parent:
        os._exit(1)  # the child dies without sending anything
    return 42


def test_a_failed_child_leaves_the_call_to_this_process():
    assert Background(pid_then_crash_in_child, os.getpid()).result() == 42
