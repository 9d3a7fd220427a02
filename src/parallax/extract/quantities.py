"""Quantities: numbers that count or measure something, with bound, range and unit.

"tussen 70.000 en 75.000 mensen" → 70000–75000 people; "4,85 miljard dollar" → 4.85e9
USD; "Meer dan de helft" → more than 0.5 (fraction); "sixfold" → factor 6. Years, dates,
times and ages used as labels are not quantities. All words come from ``[numbers]`` and
``[units]`` in the lang files.
"""

from __future__ import annotations

from dataclasses import dataclass

from parallax.extract.numbers import NumberRules, factor_value, number_rules, parse_numeral
from parallax.extract.tokens import Token, phrase_at, phrase_before, tokenize
from parallax.model import Quantity

UNIT_LOOKAHEAD = 3


@dataclass
class _Number:
    value: float
    start: int  # token index of the first token
    end: int  # token index after the last token
    kind: str = "number"  # number | word | fraction | factor | partitive


def _read_number(tokens: list[Token], i: int, rules: NumberRules, text: str) -> _Number | None:
    tok = tokens[i]
    if tok.text[0].isdigit():
        value = parse_numeral(tok.text, rules)
        if value is None:
            return None
        end = i + 1
        # "3 239", "14 000": thousands grouped with a space
        while (
            end < len(tokens) and len(tokens[end].text) == 3
            and tokens[end].text.isdigit() and tokens[end].start - tokens[end - 1].end == 1
            and tok.text.isdigit() and len(tok.text) <= 3
        ):
            value = value * 1000 + float(tokens[end].text)
            end += 1
        return _Number(value, i, end)
    lower = tok.lower
    if lower not in rules.words and lower not in rules.fractions.by_first and (
        lower not in rules.scale_fractions.by_first
    ) and ("-" not in lower and not tok.text.casefold().endswith(rules.factor_suffixes)):
        return None  # (most words: no branch below can read them)
    part = _part_of_scale(tokens, i, rules)
    if part is not None:
        return part
    n, fraction = phrase_at(tokens, i, rules.fractions)
    if n:
        return _Number(float(fraction), i, i + n, "fraction")
    hyphenated = _hyphenated(tok.lower, rules)
    if hyphenated is not None:
        return _Number(hyphenated[0], i, i + 1, hyphenated[1])
    factor = factor_value(tok.text, rules)
    if factor is not None:
        return _Number(factor, i, i + 1, "factor")
    if tok.lower in rules.words:
        value = rules.words[tok.lower]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # "one"/"een"/"un" are articles far more often than numbers: only with a scale,
        # or before a partitive ("one of the injured", "Einer der Verletzten"), counting
        n = phrase_at(tokens, i + 1, rules.partitive)[0] if value == 1 else 0
        if n and not (i + 1 + n < len(tokens) and tokens[i + 1 + n].text[:1].isdigit()):
            return _Number(value, i, i + 1 + n, "partitive")
        if value == 1 and not (nxt and phrase_at(tokens, i + 1, rules.scales)[0]):
            return None
        if value >= 20 and tok.lower.endswith(("s", "en", "es", "e", "ات")) and value in (
            20, 24, 200, 2000
        ):
            return None  # "hundreds", "duizenden": vague, not a count
        return _Number(value, i, i + 1, "word")
    return None


def _part_of_scale(tokens: list[Token], i: int, rules: NumberRules) -> _Number | None:
    """"half a million", "medio millón", "eine halbe Million", "medio centenar": a part of
    a scale word or of a collective number word (a number word of ten or more)."""
    n, part = phrase_at(tokens, i, rules.scale_fractions)
    if not n or i + n >= len(tokens):
        return None
    m, scale = phrase_at(tokens, i + n, rules.scales)
    if m:
        return _Number(float(part) * float(scale), i, i + n + m, "word")
    whole = rules.words.get(tokens[i + n].lower)
    if whole is not None and whole >= 10:
        return _Number(float(part) * whole, i, i + n + 1, "word")
    return None


def _compound(tokens: list[Token], j: int, value: float, scale: float,
              rules: NumberRules) -> tuple[float, int]:
    """"272 milyon 446 bin", "4 milyar 450 milyon", "2 millones 300 mil": a figure written
    in parts, each with a smaller scale than the one before."""
    while j + 1 < len(tokens) and tokens[j].text.isdigit() and len(tokens[j].text) <= 3:
        n, smaller = phrase_at(tokens, j + 1, rules.scales)
        if not n or float(smaller) >= scale:
            break
        scale = float(smaller)
        value += float(tokens[j].text) * scale
        j += 1 + n
    return value, j


def _hyphenated(word: str, rules: NumberRules) -> tuple[float, str] | None:
    """"two-thirds" → (0.667, fraction); "twenty-five" → (25, word)."""
    first, dash, second = word.partition("-")
    if not dash or first not in rules.words:
        return None
    fraction = rules.fractions.get((second,))
    if fraction is not None:
        return rules.words[first] * float(fraction), "fraction"
    if second in rules.words and rules.words[first] >= 20 and rules.words[second] < 10:
        return rules.words[first] + rules.words[second], "word"
    return None


def _is_date_or_time(tokens: list[Token], num: _Number, rules: NumberRules) -> bool:
    after = tokens[num.end] if num.end < len(tokens) else None
    after2 = tokens[num.end + 1] if num.end + 1 < len(tokens) else None
    before = tokens[num.start - 1] if num.start > 0 else None
    before2 = tokens[num.start - 2] if num.start > 1 else None
    if after and after.lower in rules.months:
        return True
    if after and after.text in ".:" and after2 and (
        after2.lower in rules.months or after2.text.isdigit()
    ):
        return True
    if after and after.lower == "de" and after2 and after2.lower in rules.months:
        return True
    if before and before.lower in rules.months:
        return True
    if before and before.text == ":" and before2 and before2.text.isdigit():
        return True  # the minutes of "11:30"
    return bool(before and before.lower == "de" and before2 and before2.lower in rules.months)


def _unit_after(
    tokens: list[Token], j: int, rules: NumberRules
) -> tuple[str | None, int, str | None]:
    """(unit, token index after the counted noun, the noun) within a few words of ``j``."""
    head = None
    for k in range(j, min(len(tokens), j + UNIT_LOOKAHEAD)):
        tok = tokens[k]
        if not tok.is_word or tok.text[:1].isdigit():
            break  # "In 2019 died 300 people": the noun is the next number's
        if head is None:
            head = tok.text
        unit = rules.units.get(tok.lower)
        if unit:
            return unit, k + 1, tok.text
    return None, j, head


def _half_at(tokens: list[Token], j: int, rules: NumberRules) -> int:
    """The length of a half phrase at ``j`` ("y media", "and a half"), 0 if there is none
    or it opens a figure of its own ("y medio centenar": and fifty)."""
    n, _ = phrase_at(tokens, j, rules.halves)
    after = j + n
    if n and after < len(tokens) and (tokens[after].lower in rules.words
                                      or phrase_at(tokens, after, rules.scales)[0]):
        return 0
    return n


def _code_before(tokens: list[Token], i: int, rules: NumberRules) -> bool:
    """A currency code, in capitals, right before token ``i``: "USD 5 million"."""
    if i == 0 or not tokens[i - 1].text.isupper():
        return False
    return phrase_at(tokens, i - 1, rules.currencies)[0] == 1


def _label_before(tokens: list[Token], i: int) -> bool:
    """An abbreviation in capitals right before token ``i``, with only a space between,
    names what follows as a label ("CO 2", "MH 17"), not a count."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (before.end < tokens[i].start and 2 <= len(before.text) <= 5
            and before.text.isalpha() and before.text.isupper())


def _change_unit(tokens: list[Token], first: int, j: int, rules: NumberRules,
                 text: str) -> str | None:
    """The unit of the figure a change goes to, which the figure it starts from shares:
    "von 25 auf 20 Prozent", "from 25 to 20 percent" ("fraction" for a percentage)."""
    if first == 0 or tokens[first - 1].lower not in rules.range_start:
        return None
    if j + 1 >= len(tokens) or tokens[j].lower not in rules.change_join | rules.range_join:
        return None
    target = _read_number(tokens, j + 1, rules, text)
    if target is None or target.kind != "number" or target.end >= len(tokens):
        return None
    after = tokens[target.end]
    if after.text in ("%", "٪") or phrase_at(tokens, target.end, rules.percent)[0]:
        return "fraction"
    return rules.units.get(after.lower)


def _parenthesised(tokens: list[Token], i: int, j: int) -> bool:
    """The number of tokens ``i``..``j`` stands alone in brackets after a word: "(9)"."""
    return (i >= 2 and j < len(tokens) and tokens[i - 1].text == "("
            and tokens[j].text == ")" and tokens[i - 2].is_word)


def _name_before(tokens: list[Token], bracket: int) -> bool:
    """Two capitalised words before the bracket at ``bracket``: a full name, after which
    a bracketed number is an age ("Klaudia Tanner (49)")."""
    return bracket >= 2 and all(tokens[k].is_word and tokens[k].is_capitalised
                                for k in (bracket - 1, bracket - 2))


def _counts_next(tokens: list[Token], j: int, rules: NumberRules) -> bool:
    """What follows the number at once makes it a count or a measure: a counted noun, a
    scale, a percent or a currency ("UNO 70.000 Vertriebene", "NATO 30 Staaten")."""
    if j >= len(tokens):
        return False
    return (tokens[j].lower in rules.units or tokens[j].text in ("%", "٪")
            or any(phrase_at(tokens, j, phrases)[0]
                   for phrases in (rules.scales, rules.percent, rules.currencies)))


def find_quantities(text: str, start: int, end: int, code: str | None) -> list[Quantity]:
    """Quantities in ``text[start:end]`` (a sentence), with offsets into ``text``."""
    rules = number_rules(code)
    tokens = tokenize(text[start:end], start)
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        num = _read_number(tokens, i, rules, text)
        if num is None:
            i += 1
            continue
        quantity, i = _build(tokens, num, rules, text)
        if quantity is not None:
            found.append(quantity)
    return found


def _build(
    tokens: list[Token], num: _Number, rules: NumberRules, text: str
) -> tuple[Quantity | None, int]:
    if num.kind == "number" and _is_date_or_time(tokens, num, rules):
        return None, num.end
    if (num.kind == "number" and _label_before(tokens, num.start)
            and not _code_before(tokens, num.start, rules)
            and not _counts_next(tokens, num.end, rules)):
        return None, num.end  # part of a name: "CO 2", "MH 17 crash", "PM 10"
    first = num.start
    value, value_max = num.value, None
    j = num.end
    # scale words: "4,85 miljard", "2.5 million", "350 ألف"
    n, scale = phrase_at(tokens, j, rules.scales)
    step = 1.0  # what a half is half of: one, or the scale ("dos millones y medio")
    if n and num.kind in ("number", "word"):
        value *= float(scale)
        step = float(scale)
        j += n
        value, j = _compound(tokens, j, value, float(scale), rules)
    n = _half_at(tokens, j, rules)
    half = bool(n) and num.kind in ("number", "word")
    if half:  # "two and a half hours", "dos millones y medio"
        value += 0.5 * step
        j += n
    # fractions of a count: "negen tiende", "two thirds"
    n, fraction = phrase_at(tokens, j, rules.fractions)
    if n and num.kind == "word":
        value *= float(fraction)
        j += n
        num.kind = "fraction"
    # ranges: "70.000 en 75.000", "5-7", "between 3 and 4"
    if j + 1 < len(tokens) and tokens[j].lower in rules.range_join:
        other = _read_number(tokens, j + 1, rules, text)
        if other is not None and other.kind == num.kind:
            upper = other.value
            k = other.end
            n, scale = phrase_at(tokens, k, rules.scales)
            if n:
                upper *= float(scale)
                k += n
                if value < upper / 100:
                    value *= float(scale)
            if upper > value:
                value_max, j = upper, k
    if first > 0 and tokens[first - 1].lower in rules.range_start and value_max is not None:
        first -= 1
    unit: str | None = None
    of: str | None = None
    # percent and currency
    n, _ = phrase_at(tokens, j, rules.percent)
    n_before, _ = phrase_before(tokens, first, rules.percent_before)
    if n or (j < len(tokens) and tokens[j].text in ("%", "٪")):
        n = n or 1
        value, value_max = value / 100, (value_max / 100 if value_max else None)
        unit, j = "fraction", j + n
    elif n_before:
        value, value_max = value / 100, (value_max / 100 if value_max else None)
        unit, first = "fraction", first - n_before
    elif num.start > 0 and tokens[num.start - 1].text in rules.currency_symbols:
        unit = rules.currency_symbols[tokens[num.start - 1].text]
        first = min(first, num.start - 1)
    elif _code_before(tokens, num.start, rules):  # "USD 5 million"
        unit = phrase_at(tokens, num.start - 1, rules.currencies)[1]
        first = min(first, num.start - 1)
    else:
        joined = int(j < len(tokens) and tokens[j].lower in rules.currency_joiners)
        n, currency = phrase_at(tokens, j + joined, rules.currencies)
        if n:
            unit, j = currency, j + joined + n
    if unit is None and num.kind == "fraction":
        unit = "fraction"
    if unit is None and num.kind == "factor":
        unit = "factor"
    if unit is None and value_max is None:
        changed = _change_unit(tokens, first, j, rules, text)
        if changed is not None:  # "von 25 auf 20 Prozent": 25 is a percentage too
            unit, first = changed, first - 1
            if unit == "fraction":
                value /= 100
    if unit is None and _parenthesised(tokens, num.start, j):
        noun = tokens[num.start - 2]
        if noun.lower in rules.units:  # "Frauen (9) als Männer (8)"
            unit, of, first, j = rules.units[noun.lower], noun.text, num.start - 2, j + 1
        elif _name_before(tokens, num.start - 1) and value.is_integer():
            return None, num.end  # an age by a name: "Klaudia Tanner (49)"
    if unit is None or unit == "fraction":
        noun_unit, after, head = _unit_after(tokens, j, rules)
        if unit is None and noun_unit:
            unit, j = noun_unit, after
        of = head if unit != "fraction" or head is None else None
        if unit is None:
            of = head
            if head is not None and j < len(tokens) and tokens[j].text == head:
                j += 1  # the span covers what is counted: "zwei Wochen", "20 minutes"
    counted = unit is not None or (of is not None and tokens[j - 1].text == of)
    n = _half_at(tokens, j, rules)
    if n and not half and value_max is None and counted and unit != "fraction" \
            and num.kind in ("number", "word"):
        value += 0.5 * step  # after what it counts: "dos horas y media", "un an et demi"
        j += n
    # bound and approximation words before the number (or before the range)
    bound, approx, nearly = None, False, False
    k = first
    for _ in range(2):
        n, b = phrase_before(tokens, k, rules.bounds)
        if n and bound is None:
            bound, k = b, k - n
            continue
        n, word = phrase_before(tokens, k, rules.approx)
        if n and not approx:
            approx, nearly, k = True, word.casefold() in rules.nearly, k - n
            continue
        break
    first = k
    # a number word counts only with what it counts ("five bases", "vier Ministerien"),
    # and a capitalised one is a name ("Medio Oriente")
    if num.kind in ("word", "fraction") and tokens[num.start].is_capitalised and num.start > 0:
        return None, num.end
    if num.kind == "word" and unit is None and of is None and bound is None and not approx:
        return None, num.end
    if num.kind == "partitive" and unit is None:
        return None, num.end  # "one of the reasons": no count of anything we count
    # a bare year ("In 2016", "the 2008 treaty", "bis 2019", "hasta 2030") is a date, not
    # a quantity
    year_like = (num.kind == "number" and value_max is None and bound in (None, "up_to")
                 and not approx and value.is_integer() and 1800 <= value <= 2100)
    if year_like and (unit is None or (num.start > 0 and rules.units.get(
            tokens[num.start - 1].lower) == "years")):
        return None, num.end  # "im Jahr 2019 starben …": the year names a time
    if (unit is None and first == num.start and num.start > 0
            and tokens[num.start - 1].lower in rules.label_articles):
        return None, num.end  # "le retour aux 90 km/h", "la mesure du 80 km/h": a name
    end_char = tokens[j - 1].end
    following = text[tokens[num.end - 1].end : tokens[num.end - 1].end + 12].casefold()
    if rules.age_suffixes and following.startswith(rules.age_suffixes):
        return None, num.end
    return (
        Quantity(
            start=tokens[first].start, end=end_char, value=value, value_max=value_max,
            bound=bound, approx=approx, nearly=nearly and bound is None, unit=unit, of=of,
        ),
        max(j, num.end),
    )
