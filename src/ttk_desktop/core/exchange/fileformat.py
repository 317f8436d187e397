"""The office data file (``.ttkx``): versioned, encrypted to recipients, signed, compressed.

Layout, outermost first::

    b"TTKX" | format version (1 byte) | age ciphertext (X25519 recipients)
      plaintext: b"TTKS" | header length (4 bytes, big-endian) | header (JSON)
                 | Ed25519 signature (64 bytes) | payload (zlib-compressed)

Only the magic and the format version are in clear: nothing personal (the
office code, counts and dates are inside, encrypted). The signature covers the
header and the payload, so a file changed after it was written is refused even
by a holder of the recipients' key. age authenticates every chunk of the
ciphertext, so a flipped or cut byte fails decryption before anything is read.
Everything is decrypted and decompressed in memory, within fixed bounds that do
not depend on what the file says about itself.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ttk_desktop.core.i18n import translate

MAGIC = b"TTKX"
FORMAT_VERSION = 1
INNER_MAGIC = b"TTKS"
SIGNATURE_BYTES = 64
MAX_FILE_BYTES = 256 * 2**20  # a 50,000-person office's full export is a few MB
MAX_PAYLOAD_BYTES = 384 * 2**20  # decompressed; keeps a merge within its memory budget
MAX_HEADER_BYTES = 64 * 1024
COMPRESSION_LEVEL = 6


class DataFileProblem(Exception):
    """Why a file cannot be read, as a sentence for a person (no file name: the caller adds it)."""


def _tr(text: str, /, **values: object) -> str:
    return translate("Exchange", text, **values)


@dataclass(frozen=True)
class OpenedFile:
    """A data file decrypted and verified: its header, payload and signer's public key."""

    header: dict[str, Any]
    payload: bytes  # decompressed
    public_key: Ed25519PublicKey
    format_version: int


def pack(
    header: dict[str, Any],
    payload: bytes,
    signer: Ed25519PrivateKey,
    recipients: list[pyrage.x25519.Recipient],
) -> bytes:
    """The bytes of a data file holding ``payload`` (uncompressed) for ``recipients``."""
    body = zlib.compress(payload, COMPRESSION_LEVEL)
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signed = INNER_MAGIC + struct.pack(">I", len(head)) + head
    signature = signer.sign(signed + body)
    plaintext = signed + signature + body
    return MAGIC + bytes([FORMAT_VERSION]) + pyrage.encrypt(plaintext, recipients)


def check_outer(data: bytes) -> int:
    """The file's format version; raises DataFileProblem if it is not ours or too new."""
    if len(data) > MAX_FILE_BYTES:
        raise DataFileProblem(
            _tr(
                "The file is larger than any TTK Desktop data file ({size} MB).",
                size=len(data) // 2**20,
            )
        )
    if len(data) < len(MAGIC) + 1 or not data.startswith(MAGIC):
        raise DataFileProblem(_tr("This is not a TTK Desktop data file."))
    version = data[len(MAGIC)]
    if version > FORMAT_VERSION:
        raise DataFileProblem(
            _tr(
                "This file was written by a newer version of TTK Desktop (format {version}). "
                "Update the program to merge it.",
                version=version,
            )
        )
    if version < 1:
        raise DataFileProblem(_tr("This is not a TTK Desktop data file."))
    return version


def unpack(data: bytes, identities: list[pyrage.x25519.Identity]) -> OpenedFile:
    """Decrypt, verify and decompress a data file, all in memory.

    Raises:
        DataFileProblem: not ours, too new, for another key, damaged or cut
            short, or changed after it was signed.
    """
    version = check_outer(data)
    try:
        plaintext = pyrage.decrypt(data[len(MAGIC) + 1 :], identities)
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise DataFileProblem(
                _tr(
                    "This file cannot be opened with this key: it was sent to another key, "
                    "or its beginning is damaged."
                )
            ) from exc
        raise DataFileProblem(
            _tr("The file is damaged or incomplete (cut short while copying?). Ask for it again.")
        ) from exc
    start = len(INNER_MAGIC) + 4
    if len(plaintext) < start or not plaintext.startswith(INNER_MAGIC):
        raise DataFileProblem(_tr("The file is damaged inside. Ask for it again."))
    (head_len,) = struct.unpack(">I", plaintext[len(INNER_MAGIC) : start])
    if head_len > MAX_HEADER_BYTES or len(plaintext) < start + head_len + SIGNATURE_BYTES:
        raise DataFileProblem(_tr("The file is damaged inside. Ask for it again."))
    head = plaintext[start : start + head_len]
    signature = plaintext[start + head_len : start + head_len + SIGNATURE_BYTES]
    body = plaintext[start + head_len + SIGNATURE_BYTES :]
    try:
        header = json.loads(head)
        public_key = Ed25519PublicKey.from_public_bytes(_b64(header["signer"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileProblem(_tr("The file is damaged inside. Ask for it again.")) from exc
    try:
        public_key.verify(signature, plaintext[: start + head_len] + body)
    except InvalidSignature as exc:
        raise DataFileProblem(
            _tr("The file's signature does not match: it was changed after it was written.")
        ) from exc
    return OpenedFile(header, _decompress(body), public_key, version)


def _b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _decompress(body: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(body, MAX_PAYLOAD_BYTES)
    except zlib.error as exc:
        raise DataFileProblem(_tr("The file is damaged inside. Ask for it again.")) from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise DataFileProblem(
            _tr(
                "The file holds more than a data file may ({size} MB unpacked).",
                size=MAX_PAYLOAD_BYTES // 2**20,
            )
        )
    return out
