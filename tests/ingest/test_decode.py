import codecs

import pytest

from parallax.ingest.decode import MAX_DOCUMENT_BYTES, bytes_to_text
from parallax.pipeline import Rejected

DUTCH = "Meer dan de helft van de bevolking zou nu op de vlucht zijn, zegt de ombudsman."
SPANISH = "Según la organización, más de cinco mil personas han huido de la región."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (DUTCH.encode("utf-8"), DUTCH),
        (codecs.BOM_UTF8 + DUTCH.encode("utf-8"), DUTCH),
        (DUTCH.encode("utf-16"), DUTCH),
        (SPANISH.encode("cp1252"), SPANISH),
        (SPANISH.encode("latin-1"), SPANISH),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, expected: str) -> None:
    text, _ = bytes_to_text(data)
    assert text == expected


def test_declared_html_charset_wins_over_guessing() -> None:
    page = "<html><head><meta charset='windows-1250'></head><body>Zażółć gęślą jaźń</body></html>"
    text, encoding = bytes_to_text(page.encode("cp1250"))
    assert "Zażółć gęślą jaźń" in text
    assert encoding == "cp1250"


def test_binary_is_refused_with_a_reason() -> None:
    with pytest.raises(Rejected, match="binary"):
        bytes_to_text(bytes(range(256)) * 50)


def test_truncated_utf16_is_refused() -> None:
    with pytest.raises(Rejected, match="utf-16"):
        bytes_to_text(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")


def test_oversized_document_is_refused() -> None:
    with pytest.raises(Rejected, match="too large"):
        bytes_to_text(b"a" * (MAX_DOCUMENT_BYTES + 1))
