"""Live preview: `mkdocs serve` reloads the browser when docs/ changes; we regenerate
docs/ whenever an article, a sidecar or the taxonomy changes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 1.0


def _snapshot(folder: Path, taxonomy: Path) -> dict[str, tuple[float, int]]:
    paths = [*folder.glob("*.txt"), *folder.glob("*.yml"), taxonomy]
    return {str(p): (p.stat().st_mtime, p.stat().st_size) for p in paths if p.exists()}


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(args, generate) -> int:
    folder, taxonomy = Path(args.articles), Path(args.topics)
    generate()
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
                generate()
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return 0
