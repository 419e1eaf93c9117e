"""Writes the bad inputs of this folder (run it again to regenerate them).

The larger cases (a 10 MB message, a folder of 1,000 files, a missing path, an
unreadable file) are made by tests/test_bad_inputs.py in a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
FINNISH = (
    "Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Sopisiko puhelu "
    "torstaina kello 10?\n\nTerveisin\nLeena Mäkinen\n"
)
HEADERS = "From: Leena <leena@example.com>\nTo: Mikko <mikko@example.com>\nSubject: Varasto\n"


def multipart_bomb(depth: int = 3000) -> bytes:
    """Thousands of nested multipart parts around one text part."""
    head = HEADERS + "MIME-Version: 1.0\n"
    opening, closing = [], []
    for i in range(depth):
        opening.append(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n')
        closing.append(f"\n--b{i}--\n")
    text = "Content-Type: text/plain; charset=utf-8\n\n" + FINNISH
    return (head + "".join(opening) + text + "".join(reversed(closing))).encode()


def main() -> None:
    files: dict[str, bytes] = {
        "binary.txt": bytes(range(256)) * 8,
        "pdf_renamed.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "utf16_bom.txt": FINNISH.encode("utf-16"),  # with its byte-order mark
        # UTF-8 with a stray byte and a truncated sequence: not a legacy charset
        "invalid_utf8.txt": FINNISH.encode()
        + "Lisätietoja löydät liitteestä".encode()
        + b"\xff \xc3.\n",
        "latin1_no_charset.eml": (HEADERS + "\n" + FINNISH).encode("iso-8859-1"),
        "cp1252_no_charset.eml": (
            HEADERS + "\n" + FINNISH + "Hinta 490 \u20ac \u2013 sis. alv\n"
        ).encode("cp1252"),
        "truncated_mime.eml": (
            HEADERS
            + 'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="x"\n\n'
            + "--x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + "SGVpIE1pa2tvLAoKSHVvbWFzaW4sIGV0dMOkIGxhYWplbm5hdHRlIHZhcmFzdG9hbm5lIFZhbnRhYWxs"
        ).encode(),
        "multipart_bomb.eml": multipart_bomb(),
        "only_punctuation.txt": b"!!! ??? ... ,,, ;;; --- ***\n",
        "only_merge_tags.txt": b"{{etunimi}} {{sukunimi}}\n\n*|FNAME|* [Yritys]\n",
        "nul_bytes.txt": FINNISH.encode().replace(b"Mikko", b"Mi\x00kko"),
        "empty.txt": b"",
        "crlf_mixed.txt": FINNISH.replace("\n", "\r\n", 3).encode(),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
