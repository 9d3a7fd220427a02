"""One person counted by an article, in sentences of the dev corpus."""

import pytest

from parallax.extract.casualties import find_casualties
from parallax.extract.quantities import find_quantities


def _found(text: str, code: str) -> list[tuple[str, str | None]]:
    taken = find_quantities(text, 0, len(text), code)
    return [(text[q.start : q.end], q.unit)
            for q in find_casualties(text, 0, len(text), code, taken)]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "Iran killed an American contractor, wounding many.",
         [("an American contractor", "deaths")]),
        ("en", "The US strike was in retaliation for a rocket attack on an Iraq base by the "
               "group that killed an American contractor and wounded four US service members.",
         [("an American contractor", "deaths")]),
        ("de", "Am vergangenen Freitag waren bei Raketenangriffen auf eine irakische "
               "Militärbasis in Kirkuk ein dort stationierter US-Angestellter und vier "
               "amerikanische Soldaten verletzt worden.",
         [("ein dort stationierter US-Angestellter", "injured")]),
        ("es", "Un interno fue detenido en posesión de un arma de fuego.",
         [("Un interno", "arrests")]),
        ("es", "La dependencia agregó que tras la riña las autoridades detuvieron a un preso "
               "con un arma de fuego.", [("un preso", "arrests")]),
        # no casualty in the person's own clause: a speaker, not a count
        ("en", "A journalist reported that 5 people died.", []),
        ("en", "A man said the soldiers were killed.", []),
        ("en", "An official visited the base where troops were stationed.", []),
    ],
)
def test_one_person_counted_by_an_article(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, code) == expected


def test_a_figure_already_found_is_not_counted_again() -> None:
    text = "An attack killed a soldier and 12 civilians."
    taken = find_quantities(text, 0, len(text), "en")
    found = find_casualties(text, 0, len(text), "en", taken)
    assert [(text[q.start : q.end], q.value) for q in found] == [("a soldier", 1.0)]
    assert all(not (q.start < f.end and f.start < q.end) for q in taken for f in found)


def test_a_negative_determiner_counts_nobody() -> None:
    # laprensa.com.ni (dev, s18): the only outlet to say so, a claim in its own right
    text = "Ningún guardia o policía resultó herido en los disturbios."
    found = find_casualties(text, 0, len(text), "es", [])
    assert [(text[q.start : q.end], q.value, q.unit) for q in found] == [
        ("Ningún guardia", 0.0, "injured")]
    # "no" counts only before a person with a casualty in the clause
    assert find_casualties("No agreement was killed off.", 0, 28, "en", []) == []
