"""Quotation marks followed across sentences."""

from hypothesis import given
from hypothesis import strategies as st

from parallax.extract.quotations import continues_quotation, open_quotes


def test_marks_pair_by_their_opener() -> None:
    assert open_quotes("Er sagte: „Das ist keine Warnung.") == ("„",)
    assert open_quotes("Er sagte: „Das ist keine Warnung.“") == ()
    assert open_quotes("Sie riefen «Tod den USA» und zogen ab.") == ()
    assert open_quotes("He said “we are leaving”.") == ()
    assert open_quotes('She said "no".') == ()
    # Spanish sites close with the opening mark: “¡Pagarán un PRECIO MUY GRANDE!“
    assert open_quotes("“¡Pagarán un PRECIO MUY GRANDE!“, tuiteó el presidente.") == ()


def test_a_sentence_closing_what_the_one_before_opened_continues_it() -> None:
    before = open_quotes("Chamenei wies die Anschuldigungen zurück: «Seien Sie doch mal logisch.")
    assert before == ("«",)
    assert continues_quotation("Fakt ist, dass die Völker die USA hassen», sagte er.", before)
    # a sentence that opens a quotation of its own starts afresh
    assert not continues_quotation("«Fakt ist, dass die Völker die USA hassen», sagte er.",
                                   before)
    # one that leaves the quotation open has not finished it
    assert not continues_quotation("Fakt ist, dass die Völker die USA hassen.", before)
    assert not continues_quotation("Fakt ist, dass die Völker die USA hassen».", ())


def test_too_many_open_marks_are_not_trusted() -> None:
    assert open_quotes("“a “b “c “d") == ()


MARKS = "ab .„“”«»\""


@given(st.text(alphabet=MARKS, max_size=40), st.text(alphabet=MARKS, max_size=40))
def test_following_two_pieces_is_following_their_join(a: str, b: str) -> None:
    joined = open_quotes(a + b)
    assert len(joined) <= 3
    if sum(ch in "„“«»\"" for ch in a + b) <= 3:  # never more open than the cap
        assert joined == open_quotes(b, open_quotes(a))
