"""Keys: headquarters' age key pair, each database's Ed25519 signing key, fingerprints.

Only the libraries' documented high-level calls: age X25519 identities and
scrypt passphrase encryption through pyrage, Ed25519 through ``cryptography``.
Keys and passphrases never appear in a message or a log.
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.exchange.errors import ExchangeError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

PUBLIC_NAME, PRIVATE_NAME = "hq.pub", "hq.key"
RECIPIENTS_SETTING = "exchange_recipients"


def _tr(text: str, /, **values: object) -> str:
    return translate("Exchange", text, **values)


def fingerprint(data: bytes | str) -> str:
    """A short, readable fingerprint of a public key: 8 groups of 4 hex digits."""
    raw = data.encode("ascii") if isinstance(data, str) else data
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` readable by its owner only (never replacing an existing key)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def init_keys(out_dir: Path, passphrase: str) -> tuple[Path, Path]:
    """Create headquarters' key pair: ``hq.pub`` (one line) and ``hq.key`` (passphrase-protected).

    Raises:
        ExchangeError: the folder already holds a key, or the passphrase is too short.
    """
    if len(passphrase) < 8:
        raise ExchangeError(_tr("The passphrase must have at least 8 characters."))
    out_dir.mkdir(parents=True, exist_ok=True)
    public, private = out_dir / PUBLIC_NAME, out_dir / PRIVATE_NAME
    if public.exists() or private.exists():
        raise ExchangeError(
            _tr(
                "{folder} already holds a key pair; a new one would make every file sent to "
                "the old one unreadable. Choose another folder.",
                folder=out_dir,
            )
        )
    identity = x25519.Identity.generate()
    _write_private(private, age_passphrase.encrypt(str(identity).encode("ascii"), passphrase))
    public.write_text(str(identity.to_public()) + "\n", encoding="ascii")
    return public, private


def load_identity(path: Path, passphrase: str) -> x25519.Identity:
    """Headquarters' private key from its file.

    Raises:
        ExchangeError: the file is missing, not a key, or the passphrase is wrong.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(
            _tr("The key file {path} cannot be read: {reason}.", path=path, reason=exc.strerror)
        ) from exc
    try:
        text = age_passphrase.decrypt(data, passphrase).decode("ascii").strip()
        return x25519.Identity.from_str(text)
    except Exception as exc:  # pyrage raises its own errors, with no useful text for a person
        raise ExchangeError(
            _tr("The passphrase is wrong, or {path} is not a TTK Desktop private key.", path=path)
        ) from exc


def parse_recipient(text: str) -> x25519.Recipient:
    """A headquarters public key from its one-line text ("age1...").

    Raises:
        ExchangeError: the text is not such a key.
    """
    line = text.strip()
    try:
        return x25519.Recipient.from_str(line)
    except Exception as exc:
        raise ExchangeError(
            _tr(
                "This is not a headquarters public key (it starts with age1 and is one line): "
                "{start}",
                start=line[:12] + ("…" if len(line) > 12 else ""),
            )
        ) from exc


def read_recipient_file(path: Path) -> str:
    """The one-line public key held in ``path``, checked."""
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError as exc:
        raise ExchangeError(
            _tr("The key file {path} cannot be read: {reason}.", path=path, reason=exc.strerror)
        ) from exc
    parse_recipient(text)
    return text


def stored_recipients(db: Database) -> list[str]:
    """The headquarters public keys this office sends its files to (Settings)."""
    value = db.setting(RECIPIENTS_SETTING) or ""
    return [line.strip() for line in value.splitlines() if line.strip()]


def add_recipient(db: Database, text: str) -> str:
    """Add a headquarters public key (pasted text or a file's line); returns its fingerprint."""
    db.require(Action.MANAGE_KEYS)
    line = text.strip()
    parse_recipient(line)
    keys = stored_recipients(db)
    if line not in keys:
        db.set_setting(RECIPIENTS_SETTING, "\n".join([*keys, line]))
    return fingerprint(line)


def remove_recipient(db: Database, text: str) -> None:
    db.require(Action.MANAGE_KEYS)
    keys = [k for k in stored_recipients(db) if k != text.strip()]
    db.set_setting(RECIPIENTS_SETTING, "\n".join(keys))


def database_id(db: Database) -> str:
    """This database's own id in data files (made at first use)."""
    value = db.setting("database_id")
    if value is None:
        value = uuid.uuid4().hex
        db.set_setting("database_id", value)
    return value


def signing_key(db: Database) -> Ed25519PrivateKey:
    """This database's signing key, created at first use."""
    value = db.setting("signing_key")
    if value is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        db.set_setting("signing_key", base64.b64encode(raw).decode("ascii"))
        return key
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(value))


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes_raw()).decode("ascii")
