"""Crisis language by words: broad patterns in nine groups, on text with contractions spelled out.

Written to catch how people really say these things (plainly, indirectly, with a plan, about a partner or a
child), and to leave alone what only sounds like them ("this job is killing me", "I would never hurt you",
"I cut my finger chopping onions"). A negation just before a harm word ("never", "not", "would not") turns
a match off; a negated thought of suicide ("I'm not suicidal, just tired of everything") is not a crisis but
is worth a gentle check-in, which `BORDERLINE` also covers. The patterns themselves are in crisis_patterns.py.
"""

from __future__ import annotations

import re
from functools import cache

from voice_session.session.crisis_patterns import ASKED_GROUPS, BORDERLINE, FIGURES, GROUPS, MASKED, WORRYING
from voice_session.session.regex import rx

_CONTRACTIONS = (
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"), (r"\bain't\b", "is not"),
    (r"\bshan't\b", "shall not"), (r"n't\b", " not"), (r"\bi'm\b", "i am"), (r"'re\b", " are"), (r"'ve\b", " have"),
    (r"'ll\b", " will"), (r"'d\b", " would"), (r"\b(he|she|it|that|there|what|who)'?s been\b", r"\1 has been"),
    (r"\b(he|she|it|that|there|what|who)'s\b", r"\1 is"),
    (r"\bgonna\b", "going to"), (r"\bwanna\b", "want to"), (r"\bgotta\b", "got to"), (r"\bkinda\b", "kind of"),
    (r"\bim\b", "i am"), (r"\bdont\b", "do not"), (r"\bcant\b", "can not"), (r"\bwont\b", "will not"),
    (r"\bive\b", "i have"), (r"\b(was|is|did|does|do|were|are|could|would|should|has|have|had)nt\b", r"\1 not"),
    (r"\bill\b(?= (kill|hurt|hit|end|do|make|stab|shoot))", "i will"),
    # as Whisper may write them, without the apostrophe: "hes going to kill me", "if i leave hell kill me"
    (r"\b(he|she)s\b", r"\1 is"), (r"\b(you|they)re\b", r"\1 are"),
    *((rf"\b{said}\b(?= (?:kill|hurt|hit|stab|shoot|strangle|choke|find|burn|break|end))", meant)
      for said, meant in (("hell", "he will"), ("shell", "she will"), ("theyll", "they will"), ("youll", "you will"))),
    (r"\bid\b(?= (?:rather|sooner|kill|hurt|be better|never|cut|end))", "i would"),
)
_MISHEARD = (
    (r"\b(my|your|him|her|them|our)\s+(self|selves)\b", r"\1\2"), (r"\bwith out\b", "without"),
    (r"\bover dose", "overdose"), (r"\bbe a life\b", "be alive"), (r"\bself[- ]?arm(ing|ed|s)?\b", r"self harm\1"),
    (r"\bstep ed\b", "stepdad"),
    (r"\b(to|gonna|wanna|going to) and it all\b", r"\1 end it all"),
    (r"\b(about|of|commit|committing|attempted|attempt|attempting) (?:sewer|sue a|soo) ?side\b", r"\1 suicide"),
    (r"\bheard myself(?= (?:again last night|on my (?:arms?|legs?|wrists?|stomach|thighs?)|with (?:a|the|my) "
     r"(?:knife|blade|razor|lighter)))", "hurt myself"),
)
"""Words as tiny.en may mishear or split them ("my self", "over dose", "i want to and it all", "self-arming", "my step
Ed"), put back where what follows leaves no doubt."""


_DISFLUENT = (
    (r",?\s*\b(?:um+|uh+|erm+|er|uhm+|hmm+|mm+)\b\s*,?", " "),
    (r",\s*(?:like|you know|i mean)\s*,", " "), (r"^\s*(?:like|so like),\s*", ""),
    (r"\b([a-z']+(?: [a-z']+){1,3})(?:\s*,?\s+\1\b)+", r"\1"), (r"\b([a-z']+)(?:\s*,\s*\1\b)+", r"\1"),
    (r"\b(i|he|she|they|we|you|my|his|her|your|the|a|to|it)(?:\s+\1\b)+", r"\1"),
)
"""Speech as people say it and Whisper writes it: fillers ("um", "uh"), a "like" or "you know" set off by commas, and
words said twice while the speaker gathers themselves ("he, he hit me", "she's gonna, she's gonna kill me", "I I took")
taken out, so the words read as meant. A word said twice on purpose ("I left the gas on on purpose", "had had") is
kept: a single word is taken as repeated only across a comma, or when it is a pronoun, an article or "to". Read with
them left in, 10 of 15 dangers said that way were only asked about by meaning and, without the text model, missed."""


def normalize(text: str) -> str:
    """Lower case, straight apostrophes, contractions spelled out, fillers and repeated words taken out, punctuation
    to spaces (commas kept)."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    for pattern, replacement in (*_CONTRACTIONS, *_MISHEARD):
        text = rx(pattern).sub(replacement, text)
    text = rx(r"[^a-z0-9',]+").sub(" ", text)
    for pattern, replacement in _DISFLUENT:
        text = rx(pattern).sub(replacement, text)
    text = text.replace("'", "")
    return " " + rx(r"\s+").sub(" ", text).strip() + " "


Patterns = tuple[re.Pattern[str], ...]

_NEGATION = re.compile(r"\b(?:never|not|no longer|nobody|no one)\b(?:\s+\w+){0,3}\s*$")
_NEGATED_OK = ("suicidal thoughts", "suicidal thoughts said indirectly", "self-harm", "health in danger", "threats",
               "violence", "harm to children", "fear for safety", "violent words said in anger",
               "thoughts of harming someone")
"""Groups a negation switches off ("I would never hurt you", "I am not going to kill myself")."""

_NEGATION_IS_PART = re.compile(r"^\s*(?:do not|does not|did not|will not|would not|not|never|no)\b")


@cache
def _compiled() -> tuple[dict[str, Patterns], Patterns, Patterns]:
    """Compiled at the first sentence, not at start-up (some 480 patterns: about 160 ms, which the program's first
    word need not wait for). A live session has them compiled on a thread of its own while it speaks its welcome
    (session/warm_up.py): a first utterance that hands the turn over is then answered without that wait."""
    groups = {group: tuple(re.compile(p) for p in patterns) for group, patterns in GROUPS.items()}
    return groups, tuple(re.compile(p) for p in MASKED + FIGURES), tuple(re.compile(p) for p in BORDERLINE)


def crisis_group(sentence: str) -> tuple[str, bool] | None:
    """(group, negated) of the first crisis pattern in a normalized sentence, or None; explicit groups first, so a
    sentence with explicit crisis language in it is never only asked about (see ASKED_GROUPS)."""
    negated_hit: tuple[str, bool] | None = None
    groups = _compiled()[0]
    sentence = _unmasked(sentence)
    for group, patterns in sorted(groups.items(), key=lambda item: item[0] in ASKED_GROUPS):
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                before = sentence[: match.start()]
                negated = (group in _NEGATED_OK and not _NEGATION_IS_PART.match(match.group(0))
                           and _NEGATION.search(before.split(",")[-1]) is not None)
                if not negated:
                    return group, False
                negated_hit = negated_hit or (group, True)
    return negated_hit


def borderline(sentence: str) -> bool:
    return any(p.search(sentence) for p in _compiled()[2])


@cache
def _worrying() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in WORRYING)


def worrying(sentence: str) -> bool:
    """Words that are not crisis language in themselves but could be danger said in everyday words (means within
    reach, a warning, goodbye letters, control of money or keys): the program asks rather than guesses."""
    plain = _unmasked(sentence)  # once, not once a pattern: it runs every figure of speech over the sentence
    return any(p.search(plain) for p in _worrying())


def _unmasked(sentence: str) -> str:
    """The sentence with its figures of speech blanked out, so that no crisis pattern reads them."""
    for mask in _compiled()[1]:
        sentence = mask.sub(" _ ", sentence)
    return sentence


def figurative(sentence: str) -> bool:
    """A figure of speech that borrows violent or deathly words ("you're dead meat if…", "I could kill you for
    that", "my boss will murder me"): meaning alone must not make danger of it."""
    return any(p.search(sentence) for p in _figures())


@cache
def _figures() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in FIGURES)


_JOKE_MARK = re.compile(r"(?:,|\s)\s*(?:(?:i am |only |just |totally )*(?:joking|kidding)|jk|j k|(?:ha){2,}|lol|lmao)"
                        r"(?:,? (?:obviously|of course))?\s*$")
_OWN_INTENT = re.compile(r"\bi (?:am going to|am gonna|will|would|would rather|could|might|am about to|want to|"
                         r"wanna)\b")
_EXASPERATED = re.compile(r"^\s*(?:u+gh+|u*rgh+|a+rgh+|omg|oh my god|oh god)\b")
"""A groan at the start ("Ugh, I want to die, I forgot to send the form again"): exasperation, as a joke is. Not "God"
alone: "God help me, I want to die" is a prayer."""
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|him|her|them)\b")
_NO_JOKE = re.compile(r"\b(?:not|never|no) (?:\w+ )?(?:joking|kidding|joke)\b")
_INTENT_GROUPS = frozenset(("plans or means", "suicidal thoughts", "threats"))


def said_as_a_joke(sentence: str, group: str) -> bool:
    """Someone's own intent of harm, taken back as a joke at the sentence's end ("one more spreadsheet and I'm
    going to throw myself in front of a bus, joking"), or begun with a groan ("ugh, I want to die"): a hyperbole
    nobody wrote a figure for, or a real thought laughed off; either way the program asks rather than stops. Never a
    blow told, nor what someone else said."""
    return (group in _INTENT_GROUPS and bool(_JOKE_MARK.search(sentence) or _EXASPERATED.search(sentence))
            and bool(_OWN_INTENT.search(sentence))
            and not _SOMEONE_ELSE.search(sentence) and not _NO_JOKE.search(sentence))
