import pytest

from parallax.extract.temporal import find_dates


@pytest.mark.parametrize(
    ("code", "sentence", "published", "expected"),
    [
        ("nl", "waarschuwde Amnesty International dinsdag.", "2020-10-08",
         [("dinsdag", "2020-10-06")]),
        ("en", "revealed this Thursday by the president", "2020-10-23",
         [("Thursday", "2020-10-22")]),
        ("en", "it reported a few weeks ago", "2020-10-23", [("a few weeks ago", "2020-10-02")]),
        ("es", "el 1 de marzo de 2020 y ayer", "2020-03-05",
         [("1 de marzo de 2020", "2020-03-01"), ("ayer", "2020-03-04")]),
        ("de", "am 3. Oktober", "2019-10-10", [("3. Oktober", "2019-10-03")]),
        ("fr", "hier soir, selon le ministre", None, [("hier", None)]),
        ("nl", "In 2016 hadden de contracten", None, [("2016", "2016")]),
    ],
)
def test_dates(code: str, sentence: str, published: str | None,
               expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(sentence, 0, len(sentence), code, published)
    assert [(sentence[d.start : d.end], d.value) for d in found] == expected
