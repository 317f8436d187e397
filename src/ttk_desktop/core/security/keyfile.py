"""The key file beside a protected database: its key, wrapped once per account.

Each account's copy of the random database key is encrypted with AES-256-GCM
(``cryptography``'s AEAD API) under a key stretched from that account's
password by Argon2id (argon2-cffi), with a salt of its own. Adding an account
or changing a password rewraps one copy; the database itself is never
re-encrypted. The GCM tag is what tells a right password from a wrong one, so
no separate password hash is kept; the account name is bound as associated
data, so a copy cannot be moved to another name.

The file also counts wrong passwords per account, for the growing delay (see
``core/security/login.py``). It is JSON, written atomically (temporary file,
then rename), readable by its owner only.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ttk_desktop.core.db.connect import KEY_BYTES, key_file_path
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate

FORMAT = 1
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class StretchCost:
    """Argon2id's cost; stored with each copy so that a later change keeps old copies usable."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024  # RFC 9106's second recommended option
    parallelism: int = 4


DEFAULT_COST = StretchCost()


class KeyFileError(TtkError):
    """The key file is missing, unreadable or not ours."""


@dataclass(frozen=True)
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    cost: StretchCost

    def to_json(self) -> dict[str, Any]:
        return {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.ciphertext),
            "time_cost": self.cost.time_cost,
            "memory_kib": self.cost.memory_kib,
            "parallelism": self.cost.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        return cls(
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["wrapped"]),
            cost=StretchCost(
                int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"])
            ),
        )


@dataclass
class Failures:
    """Wrong passwords in a row for one account, and when the last one was typed."""

    count: int = 0
    last: float = 0.0


@dataclass
class KeyFile:
    accounts: dict[str, WrappedKey] = field(default_factory=dict)
    failures: dict[str, Failures] = field(default_factory=dict)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _stretch(password: str, salt: bytes, cost: StretchCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _associated(name: str) -> bytes:
    return b"ttk-desktop database key\x00" + name.encode("utf-8")


def wrap(
    database_key: bytes, name: str, password: str, cost: StretchCost | None = None
) -> WrappedKey:
    """Encrypt ``database_key`` for ``name`` under a key stretched from ``password``."""
    cost = cost or DEFAULT_COST
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(_stretch(password, salt, cost)).encrypt(
        nonce, database_key, _associated(name)
    )
    return WrappedKey(salt, nonce, ciphertext, cost)


def unwrap(wrapped: WrappedKey, name: str, password: str) -> bytes | None:
    """The database key, or None when ``password`` is not this account's."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_stretch(password, wrapped.salt, wrapped.cost)).decrypt(
            wrapped.nonce, wrapped.ciphertext, _associated(name)
        )
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def burn_time(password: str) -> None:
    """Spend what a real check costs, so an unknown name answers as slowly as a known one."""
    _stretch(password, b"\x00" * SALT_BYTES, DEFAULT_COST)


def read_key_file(database: Path) -> KeyFile:
    """The key file of ``database``.

    Raises:
        KeyFileError: it is missing or not a key file of ours.
    """
    path = key_file_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("format")
        accounts = {
            str(name): WrappedKey.from_json(entry) for name, entry in data["accounts"].items()
        }
        failures = {
            str(name): Failures(int(entry["count"]), float(entry["last"]))
            for name, entry in data.get("failures", {}).items()
        }
    except FileNotFoundError as exc:
        raise KeyFileError(
            translate(
                "Security",
                "The key file {path} is missing. The database cannot be opened without it: "
                "copy it back from the backup folder (it is saved beside every backup).",
                path=path,
            )
        ) from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(
            translate(
                "Security",
                "The key file {path} is damaged or not a TTK Desktop key file. Copy it back "
                "from the backup folder (it is saved beside every backup).",
                path=path,
            )
        ) from exc
    return KeyFile(accounts, failures)


def write_key_file(database: Path, keys: KeyFile) -> None:
    """Replace the key file of ``database`` atomically (owner-only permissions)."""
    path = key_file_path(database)
    data = {
        "format": FORMAT,
        "accounts": {name: wrapped.to_json() for name, wrapped in sorted(keys.accounts.items())},
        "failures": {
            name: {"count": entry.count, "last": entry.last}
            for name, entry in sorted(keys.failures.items())
            if entry.count
        },
    }
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
