"""Bytes to text: charset detection, binary detection, size limits."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from pitchlint.errors import InputError

DEFAULT_MAX_CHARS = 200_000

# Formats that are sometimes renamed .txt by mistake; named in the error.
_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was not declared and not UTF-8


def decode_bytes(
    data: bytes, *, declared: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Decoded:
    """Decode ``data`` as text or raise :class:`InputError` with a clear reason.

    Order: BOM, the declared charset, UTF-8, then Windows-1252 (a superset of
    ISO-8859-1 for printable text, common in Finnish mail). Line ends are
    normalised to ``\\n``; offsets of findings refer to the returned text.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"not a text file: looks like {what}")
    decoded = _decode(data, declared)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise InputError("not a text file: contains binary data (NUL or control bytes)")
    if not text.strip():
        raise InputError("empty message: nothing to lint")
    if len(text) > max_chars:
        raise InputError(
            f"message is {len(text):,} characters, over the limit of {max_chars:,}; "
            "raise it with --max-chars or `max-chars` in the config"
        )
    return Decoded(text, decoded.encoding, decoded.guessed)


def _decode(data: bytes, declared: str | None) -> Decoded:
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc).lstrip("\ufeff"), enc, False)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc} despite its byte-order mark: {exc}") from exc
    if declared:
        try:
            return Decoded(data.decode(declared), declared.lower(), False)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common in mail; fall through to detection
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated copy, a stray byte) is not a
    # legacy charset: decoding all of it as Windows-1252 would garble every "ä".
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if sum(1 for ch in lenient if ord(ch) > 127) - broken > broken:
        return Decoded(lenient, "utf-8 with invalid bytes replaced", True)
    return Decoded(data.decode("windows-1252", errors="replace"), "windows-1252", True)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20_000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return bad / len(sample)
