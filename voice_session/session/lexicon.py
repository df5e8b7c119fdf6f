"""The words listening support looks for: stop words, synonyms, answers and hand-offs (English)."""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
    hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just
    let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
    out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this those through
    to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
    where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
    you've your yours yourself yourselves really feel felt feeling feels like said say says heard hear
    hearing think thought know get got go going went want wanted thing things something anything everything
    lot kind sort maybe even still yeah yes okay oh well right now always never much many time times way
    made make makes one two also back told tell telling saying part parts bit
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
"""Words that carry little of what a speaker meant; paraphrase coverage ignores them."""

SYNONYMS = {
    "unheard": "ignor",
    "ignored": "ignor",
    "dismissed": "ignor",
    "invisible": "ignor",
    "unseen": "ignor",
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "texting": "phone",
    "scrolling": "phone",
    "sad": "sad",
    "down": "sad",
    "unhappy": "sad",
    "upset": "upset",
    "hurt": "hurt",
    "hurts": "hurt",
    "angry": "angri",
    "mad": "angri",
    "furious": "angri",
    "annoyed": "angri",
    "frustrated": "angri",
    "scared": "afraid",
    "afraid": "afraid",
    "frightened": "afraid",
    "worried": "worri",
    "anxious": "worri",
    "nervous": "worri",
    "tired": "tire",
    "exhausted": "tire",
    "worn": "tire",
    "dinner": "meal",
    "lunch": "meal",
    "breakfast": "meal",
    "supper": "meal",
    "meal": "meal",
    "lonely": "alon",
    "alone": "alon",
    "isolated": "alon",
    "job": "work",
    "work": "work",
    "office": "work",
    "kids": "child",
    "children": "child",
    "partner": "partner",
    "spouse": "partner",
}

PARTLY = (
    r"\bmostly\b",
    r"\bpartly\b",
    r"\bpartially\b",
    r"\bkind of\b",
    r"\bsort of\b",
    r"\bsome of it\b",
    r"\bhalf\b",
    r"\balmost\b",
    r"\bnot quite\b",
    r"\bnot exactly\b",
    r"\bnot completely\b",
    r"\bnot entirely\b",
    r"\b(yes|yeah|yep) but\b",
    r"\bclose\b",
    r"\ba bit\b",
    r"\bsomewhat\b",
    r"\bmissed\b",
    r"\bpart of it\b",
    r"\bmore or less\b",
    r"\bmost of it\b",
    r"\bnot everything\b",
    r"\bpretty close\b",
    r"\bsome of that\b",
)
"""Answers that mean partly (checked first: 'yes, but…' is partly)."""
NO = (
    r"^\s*no\b",
    r"\bnope\b",
    r"\bnot really\b",
    r"\bnot at all\b",
    r"\bthat'?s not it\b",
    r"\bwrong\b",
    r"\bthat'?s not what i\b",
    r"\bnot what i (said|meant)\b",
    r"\bno[,.]",
    r"\bdidn'?t get it\b",
)
YES = (
    r"^\s*(yes|yeah|yep|yup|ya|sure)\b",
    r"\bexactly\b",
    r"\bthat'?s right\b",
    r"\bthat'?s it\b",
    r"\bcorrect\b",
    r"\byou got it\b",
    r"\bspot on\b",
    r"\babsolutely\b",
    r"\bpretty much\b",
    r"\bdefinitely\b",
    r"\bperfect\b",
    r"\bthat'?s true\b",
    r"\byes\b",
    r"\bright\b",
    r"\bi think so\b",
    r"\bthey did\b",
    r"\bhe did\b",
    r"\bshe did\b",
    r"\buh-?huh\b",
    r"\bmm-?hmm\b",
)

HANDOFFS = (
    "that's it",
    "that is it",
    "that's about it",
    "go ahead",
    "i'm done",
    "i am done",
    "over to you",
    "that's all",
    "that is all",
    "your turn",
    "i'm finished",
    "i am finished",
    "that's it for me",
    "back to you",
    "that's everything",
    "you can go",
)
"""Spoken hand-offs that end a turn when they close an utterance."""
HANDING_OVER = ("go ahead", "over to you", "your turn", "back to you", "you can go")
"""The hand-offs that give the floor to the other partner: the last thing a speaker says. The others ("that's
all", "I'm done") close what they said, and are often followed by one of these after a breath."""
TRAILING = {"thanks", "now", "for", "okay", "ok", "please", "then", "so"}
"""Polite words that may follow a hand-off ('that's all for now, thanks')."""
