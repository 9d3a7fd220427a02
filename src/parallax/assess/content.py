"""The reported content of a claim: its sentence without the attribution around it.

"Human Rights Watch has denounced that Azerbaijan has used cluster bombs …" → "Azerbaijan
has used cluster bombs …"; "…, waarschuwde Amnesty International dinsdag." → the part
before the cue. Comparing contents rather than whole sentences keeps who-said-it and
scene-setting clauses from hiding that two articles report the same fact.
"""

from __future__ import annotations

import re

from parallax.model import Claim

_COMPLEMENTIZERS = {"that", "dat", "dass", "que", "qu’", "qu'", "che", "أن", "إن"}
_CUT_BEFORE = re.compile(r"[,;:“”\"«»„]\s*\S*\s*$")


def claim_content(text: str, claim: Claim) -> str:
    cue = claim.attribution.cue
    if not cue:
        return text
    lower = text.casefold()
    at = lower.find(cue.casefold())
    if at < 0:
        return text
    before, after = text[:at].strip(), text[at + len(cue) :].strip()
    if len(after) > len(before):
        words = after.split()
        # skip the speaker phrase after an inverted cue is not possible here; skip a
        # complementizer after "said that"
        while words and words[0].casefold().strip(",") in _COMPLEMENTIZERS:
            words = words[1:]
        content = " ".join(words)
    else:
        content = before.rstrip(" ,;:“”\"«»„-–—")
        # "…, waarschuwde": drop the speaker phrase that may precede the cue after a comma
        cut = max(content.rfind(","), content.rfind("”"), content.rfind("»"))
        if cut > len(content) // 2:
            content = content[:cut]
    return content if len(content.split()) >= 3 else text
