"""Property tests: hostile input never crashes or hangs the ingest path."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.model import Article, IngestError, SourceItem
from parallax.pipeline import default_pipeline

PIPELINE = default_pipeline()
PAGE = (
    "<html><head><title>Titel</title><meta charset='utf-8'></head><body><nav>Home</nav>"
    "<article><h1>Kop</h1><p>De rechtengroep zegt dat het verboden wapentuig is afgevuurd.</p>"
    "<p>Lees meer</p><table><tr><td>1</td></tr></table></article></body></html>"
)
ENCODINGS = ["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig", "cp1250", "koi8-r"]
FUZZ = settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow])


def _check(item: SourceItem) -> None:
    result = PIPELINE.process(item)
    assert isinstance(result, Article | IngestError)
    if isinstance(result, IngestError):
        assert result.reason and "\n" not in result.reason
    else:
        assert result.text.strip()
        for s in result.sentences:
            assert 0 <= s.start < s.end <= len(result.text)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["text", "html"]))
def test_random_bytes(data: bytes, fmt: str) -> None:
    _check(SourceItem("fuzz", data, fmt))  # type: ignore[arg-type]


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(ENCODINGS), st.sampled_from(["text", "html"]))
def test_random_text_in_random_encodings(text: str, encoding: str, fmt: str) -> None:
    data = text.encode(encoding, errors="replace")
    _check(SourceItem("fuzz", data, fmt))  # type: ignore[arg-type]


@FUZZ
@given(st.data())
def test_mutated_html(data: st.DataObject) -> None:
    page = PAGE
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(st.sampled_from(["cut", "insert", "dup"]))
        i = data.draw(st.integers(0, len(page)))
        if op == "cut":
            page = page[:i] + page[i + data.draw(st.integers(1, 40)) :]
        elif op == "insert":
            junk = data.draw(st.sampled_from(["<", ">", "</p>", "<div", "\x00", "&#", "<!--"]))
            page = page[:i] + junk + page[i:]
        else:
            page = page[:i] + page[i : i + 60] + page[i:]
    _check(SourceItem("fuzz.html", page.encode("utf-8", "surrogatepass"), "html"))
