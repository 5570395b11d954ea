"""Live preview: `mkdocs serve` reloads the browser when docs/ changes; we regenerate
docs/ whenever an article, a sidecar or the taxonomy changes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

POLL_SECONDS = 1.0


def _snapshot(folder: Path, taxonomy: Path) -> dict[str, tuple[float, int]]:
    """Every entry of the articles folder and the taxonomy, by (mtime, size); links and
    files that vanish while being looked at included, never followed."""
    found = {}
    try:
        names = [folder / name for name in os.listdir(folder)]
    except OSError:
        names = []
    for path in [*names, taxonomy]:
        try:
            st = os.lstat(path)
        except OSError:
            continue
        found[str(path)] = (st.st_mtime, st.st_size)
    return found


def _regenerate(generate) -> None:
    """A build whatever happens: an error is shown and the preview keeps running."""
    try:
        generate()
    except Exception as error:  # noqa: BLE001 - the preview must outlive any one build
        traceback.print_exc()  # a bug, shown as one
        print(f"briefing serve: the build failed ({type(error).__name__}: {error}); "
              "fix the file and save again", file=sys.stderr)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(args, generate) -> int:
    folder, taxonomy = Path(args.articles), Path(args.topics)
    _regenerate(generate)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # Not strict: a preview shows warnings (even the server's own request log, which
    # would abort a strict rebuild) and carries on.
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-f", args.config,
                               "--dev-addr", args.dev_addr], env=env)
    seen = _snapshot(folder, taxonomy)
    # Stopped by SIGTERM (a process manager, `timeout`) as well as Ctrl-C: stop the server too.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = _snapshot(folder, taxonomy)
            if now != seen:
                seen = now
                print("articles changed: regenerating docs/", file=sys.stderr)
                _regenerate(generate)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    if server.returncode not in (0, -signal.SIGTERM, -signal.SIGINT):
        print(f"briefing serve: the preview server stopped (exit {server.returncode}); is "
              f"{args.dev_addr} already in use? (--dev-addr to move it)", file=sys.stderr)
        return 1
    return 0
