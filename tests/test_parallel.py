"""The worker pool and the background child keep results and their order, and a child
that fails leaves the work to be done here."""
import os
import time

from build_tools.parallel import Background, parallel_imap, parallel_map


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


def mark_slowly(path) -> None:
    time.sleep(0.01)
    path.touch()


def test_workers_start_at_once_and_stop_when_their_results_are_closed(tmp_path):
    marks = [tmp_path / f"{n}" for n in range(400)]  # 2 workers, 0.01 s each: about 2 s in all
    results = parallel_imap(mark_slowly, marks, workers=2)
    time.sleep(0.3)  # nothing taken yet, but the workers are busy
    started = sum(path.exists() for path in marks)
    assert started > 0
    results.close()
    stopped = sum(path.exists() for path in marks)
    time.sleep(0.3)
    assert sum(path.exists() for path in marks) == stopped < len(marks)


def test_results_come_in_order_when_taken_late():
    results = parallel_imap(square, range(300), workers=2)
    time.sleep(0.2)
    assert list(results) == [n * n for n in range(300)]
