"""Sealing what the build cache holds, so that a build trusts only what a build of its own wrote.

Every value in the cache is stored with an HMAC-SHA256 of its name and bytes, made with a key
the cache does not hold: BRIEFING_CACHE_KEY when set (CI passes a repository secret, so a
cache restored from the shared store is trusted across runs), else a random key made once in
the user's configuration folder. A value whose seal does not match was not written by a build
with this key: the cache is damaged, or made up, and the build starts afresh. Unsealed bytes
are then still loaded only as plain data (safe_pickle).
"""
from __future__ import annotations

import hashlib
import hmac
import os
from functools import cache
from pathlib import Path

KEY_ENV = "BRIEFING_CACHE_KEY"
SEAL_BYTES = 32


class BrokenSeal(KeyError):
    """A cached value that no build with this key wrote."""


@cache
def cache_key() -> bytes:
    """The key cached values are sealed with: from BRIEFING_CACHE_KEY, else the user's own."""
    given = os.environ.get(KEY_ENV)
    if given:
        return hashlib.sha256(given.encode()).digest()
    folder = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "briefing"
    path = folder / "cache-key"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(os.urandom(32).hex())
        return bytes.fromhex(path.read_text().strip())


def seal(key: bytes, name: str, value: bytes) -> bytes:
    return hmac.new(key, name.encode() + b"\0" + value, hashlib.sha256).digest() + value


def unseal(key: bytes, name: str, sealed: bytes) -> bytes:
    mac, value = sealed[:SEAL_BYTES], sealed[SEAL_BYTES:]
    if not hmac.compare_digest(mac, hmac.new(key, name.encode() + b"\0" + value, hashlib.sha256).digest()):
        raise BrokenSeal(f"build cache: {name!r} was not written by a build with this key")
    return value
