from parallax.framing.features import words
from parallax.framing.lexicon import LOADED, NAME_CALLING, lexicon_matches, token_hits


def _matched(text: str, code: str) -> list[tuple[str, str]]:
    toks = words(text)
    return [(" ".join(t.text for t in toks[a:b]), technique)
            for a, b, technique in lexicon_matches(toks, code)]


def test_prefix_suffix_and_phrase_entries() -> None:
    text = "Het regime sprak van een bloedbad, gesteund door de joodse lobby en een schurkenstaat."
    found = _matched(text, "nl")
    assert ("bloedbad", LOADED) in found
    assert ("joodse lobby", NAME_CALLING) in found
    assert ("schurkenstaat", NAME_CALLING) in found


def test_each_language_has_its_own_words() -> None:
    spanish = "El régimen cometió una masacre brutal contra civiles."
    assert {t for _, t in _matched(spanish, "es")} == {LOADED, NAME_CALLING}
    assert _matched(spanish, "nl") == []
    hits = token_hits(words("Die Regierung sprach von Völkermord."), "de")
    assert hits == [None, None, None, None, "LL"]


def test_neutral_news_text_has_no_matches() -> None:
    text = "The ministry said 12 people were injured in Tuesday's storm in the north."
    assert _matched(text, "en") == []
