"""Records in .cache/ sealed with a key that lives outside the project.

`.cache/` is restored from CI caches and can be written by anyone who can write the
checkout, so what it says is trusted only when it carries a MAC made with this machine's
key: a forged verdict could skip checks, a forged notes entry could print a wrong citation.
The key is kept in the user's state folder (never in the project, never in a CI cache), or
given as BRIEFBUILD_CACHE_KEY (a CI secret, which pull requests from forks do not get).
A record sealed with another key is only a miss: the work is done again.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from functools import lru_cache
from pathlib import Path

KEY_ENV = "BRIEFBUILD_CACHE_KEY"
_MAC_LEN = 64  # hex sha256


def key_file() -> Path:
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(state) / "briefbuild" / "cache-key"


@lru_cache(maxsize=1)
def key() -> bytes:
    given = os.environ.get(KEY_ENV)
    if given:
        return hashlib.sha256(given.encode("utf-8")).digest()
    path = key_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(os.urandom(32))
    except FileExistsError:
        pass
    except OSError:
        return os.urandom(32)  # no writable home: records live as long as this process
    try:
        value = path.read_bytes()
    except OSError:
        return os.urandom(32)
    return value if len(value) == 32 else os.urandom(32)


def _mac(data: bytes, label: str) -> bytes:
    # The label (a record's key) is sealed with it: a record copied under another key's name, from
    # this project or another one on the machine, is a miss, never the value of that key.
    signed = label.encode("utf-8") + b"\0" + data if label else data
    return hmac.new(key(), signed, hashlib.sha256).hexdigest().encode("ascii")


def seal(data: bytes, label: str = "") -> bytes:
    return _mac(data, label) + b"\n" + data


def unseal(blob: bytes, label: str = "") -> bytes | None:
    """The record's bytes, or None when its MAC is not this key's (forged, another machine's, or
    the record of another label)."""
    mac, data = blob[:_MAC_LEN], blob[_MAC_LEN + 1:]
    if blob[_MAC_LEN:_MAC_LEN + 1] != b"\n":
        return None
    return data if hmac.compare_digest(mac, _mac(data, label)) else None


def opened(blob: bytes, label: str = "") -> bytes:
    """unseal, raising ValueError for a record this key did not seal (callers treat it as damaged)."""
    data = unseal(blob, label)
    if data is None:
        raise ValueError("not sealed with this machine's cache key")
    return data
