"""Italian, Portuguese, Russian, Ukrainian, Turkish and Polish: number formats, bounds,
scale words and sources in news-style sentences."""

import pytest

from parallax.extract.attributions import attribute_sentence
from parallax.extract.quantities import find_quantities
from parallax.extract.tokens import tokenize


@pytest.mark.parametrize(
    ("code", "sentence", "expected"),
    [
        ("it", "Secondo la Protezione civile, almeno 120 persone sono morte e oltre 2.500 "
               "sono rimaste ferite.",
         [("almeno 120 persone", 120, "at_least", "people"), ("oltre 2.500 sono", 2500,
                                                              "more_than", None)]),
        ("pt", "Cerca de 3 mil pessoas ficaram desabrigadas, segundo a Defesa Civil.",
         [("Cerca de 3 mil pessoas", 3000, None, "people")]),
        ("ru", "По данным МЧС, более 1,5 тыс. человек были эвакуированы, сообщает ТАСС.",
         [("более 1,5 тыс. человек", 1500, "more_than", "people")]),
        ("uk", "За даними ДСНС, понад 200 людей евакуювали з прифронтових сіл.",
         [("понад 200 людей", 200, "more_than", "people")]),
        ("tr", "Valilik açıklamasına göre ihracat yüzde 228 arttı.",
         [("yüzde 228", 2.28, None, "fraction")]),
        ("pl", "Według policji co najmniej 15 osób zginęło, a ponad 40 zostało rannych.",
         [("co najmniej 15 osób", 15, "at_least", "people"),
          ("ponad 40 zostało rannych", 40, "more_than", "injured")]),
    ],
)
def test_quantities(code: str, sentence: str, expected: list[tuple[object, ...]]) -> None:
    found = [(sentence[q.start : q.end], q.value, q.bound, q.unit)
             for q in find_quantities(sentence, 0, len(sentence), code)]
    assert found == expected


@pytest.mark.parametrize(
    ("code", "sentence", "speaker", "via"),
    [
        ("it", "Secondo la Protezione civile, almeno 120 persone sono morte.",
         "Protezione civile", []),
        ("pt", "Cerca de 3 mil pessoas ficaram desabrigadas, segundo a Defesa Civil.",
         "Defesa Civil", []),
        ("ru", "По данным МЧС, более 1,5 тыс. человек были эвакуированы, сообщает ТАСС.",
         "МЧС", ["ТАСС"]),
        ("uk", "За даними ДСНС, понад 200 людей евакуювали з прифронтових сіл.", "ДСНС", []),
        ("tr", "Valilik açıklamasına göre 7 göçmenin cesedi bulundu.", "Valilik", []),
        ("pl", "Według policji co najmniej 15 osób zginęło.", "policji", []),
    ],
)
def test_sources(code: str, sentence: str, speaker: str, via: list[str]) -> None:
    found = attribute_sentence(sentence, tokenize(sentence), code)
    assert found.speaker is not None
    assert (found.speaker.name or found.speaker.text, found.channels) == (speaker, via)
