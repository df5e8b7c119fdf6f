"""Safety language: pause requests, overwhelm, resume, and crisis (session/crisis.py). Never diagnoses, only notices."""

from __future__ import annotations

import re
from enum import Enum

from voice_session.session.crisis import Level, Meaning, assess
from voice_session.session.listening import words
from voice_session.session.regex import rx


class Signal(Enum):
    PAUSE = "pause"
    OVERWHELMED = "overwhelmed"
    RESUME = "resume"
    CRISIS = "crisis"
    ASK = "ask"
    """Weaker evidence of danger (meaning only, worrying everyday words): ask whether everyone is safe."""
    CHECK_IN = "check_in"
    """Close to crisis language, or a borderline line (grief after a suicide, past abuse): a gentle check-in."""


_OVERWHELMED = (r"\boverwhelmed\b", r"\bflooded\b", r"\bi can'?t do this( right now| anymore)?\b",
                r"\bthis is too much\b", r"\bit'?s too much\b", r"\bi'?m shaking\b", r"\bi can'?t breathe\b")
_PAUSE_ANYWHERE = (r"\btime ?out\b", r"\bi need a break\b", r"\bcan we (take a )?(pause|break|stop)\b",
                   r"\blet'?s (take a )?(pause|break|stop)\b", r"\bplease stop\b", r"\bstop the (session|exercise)\b",
                   r"\bpause (the )?(session|exercise)\b", r"\bneed a minute\b")
_PAUSE_SHORT = ("pause", "stop", "wait", "hold on", "break")
_RESUME = ("continue", "resume", "let's continue", "let's go on", "go on", "i'm ready", "ready", "we're ready",
           "let's keep going", "keep going", "carry on", "start again")


def classify(text: str, meaning: Meaning | None = None) -> Signal | None:
    """The strongest safety signal in an utterance, or None. Crisis wins over everything; a check-in over nothing."""
    found = assess(text, meaning)
    if found is not None and found.level is Level.CRISIS:
        return Signal.CRISIS
    if found is not None and found.level is Level.ASK:
        return Signal.ASK
    asked = request(text)
    if asked is None and found is not None:
        return Signal.CHECK_IN
    return asked


def request(text: str) -> Signal | None:
    """What an utterance asks of the session, crisis aside (the engine judges that once, with crisis.assess):
    pause, a break for someone overwhelmed, or resume."""
    lowered = text.lower().replace("’", "'")
    if any(rx(p).search(lowered) for p in _OVERWHELMED):
        return Signal.OVERWHELMED
    if any(rx(p).search(lowered) for p in _PAUSE_ANYWHERE):
        return Signal.PAUSE
    said = " ".join(words(lowered))
    # 'stop' or 'pause' alone counts; inside a sentence ("I wish you'd stop checking") it does not.
    if len(said.split()) <= 3 and any(rx(rf"\b{p}\b").search(said) for p in _PAUSE_SHORT):
        return Signal.PAUSE
    if len(said.split()) <= 5 and any(rx(rf"\b{re.escape(p)}\b").search(said) for p in _RESUME):
        return Signal.RESUME
    return None


HELP_TEXT = (
    "If anyone is in danger right now, call your local emergency number: 911 in the US and Canada, "
    "112 in Europe, 999 in the UK. For thoughts of suicide or self-harm, call or text 988 in the US, "
    "or call Samaritans on 116 123 in the UK and Ireland. For abuse at home, the US National Domestic "
    "Violence Hotline is 1-800-799-7233, and the UK National Domestic Abuse Helpline is 0808 2000 247."
)


_LEAD = r"^\s*(?:(?:um+|uh+|mm+|hmm+|ha+|oh|oh god|well|honestly|i mean|look|so)\s*[,.?!]*\s*)*"
"""What people say before their answer ("Mm, not really", "Honestly? No")."""
_SAFE = (r"\b(?:safe|fine|okay|ok|alright|all right|good)\b", r"\bfigure of speech\b",
         r"\b(?:just|only) (?:an? )?(?:expression|saying|joke|joking|venting|words|exaggerating|angry|frustrated)\b",
         r"\b(?:did not|didn't|never) mean (?:it|that)\b",
         r"\b(?:was|were|i'm|i am) (?:just |only )?(?:joking|kidding|exaggerating|venting|being dramatic|messing)\b",
         r"\bnot (?:actually|really) going to (?:kill|hurt|hit|harm)\b",
         r"\b(?:nobody|no one|no-one)(?: is|'s)? (?:in danger|going to (?:hurt|get hurt|harm))\b",
         r"\bnot (?:serious|literally|literal|in (?:any )?danger)\b")
_UNSAFE = (r"\bnot (?:really |totally |entirely |very |completely |always |feeling )?(?:safe|fine|okay|ok|alright|"
           r"all right|good)\b",
           r"\b(?:do not|don't|dont|never) (?:really |always |totally |quite )?feel (?:safe|okay|ok|alright|all right|"
           r"good)\b",
           r"\b(?<!not )(?<!never )(?<!nobody is )(?<!no one is )(?<!nobody's )(?<!no one's )(?:scared|afraid|"
           r"frightened|terrified|unsafe|in danger|worried|nervous|uneasy|on edge)\b",
           r"\b(?:help me|need help)\b",
           r"\b(?:i do not know|i don't know|i dunno|not sure|not certain|rather not say|can't say|cannot say|"
           r"can not say|can't answer|cannot answer|can not answer|can't talk|cannot talk)\b",
           r"\b(?:with|while) (?:him|her|them) (?:here|in the room|listening|right here|sitting here)\b",
           r"\bnot (?:right )?now\b",
           # a no at the start, unless what follows takes it back ("No, no, we're fine", "God, no, I didn't mean it")
           _LEAD + r"(?:no|nope|not really|maybe not)\b(?!(?:,? no)*[,.!]? (?:(?:we|i)(?:'re|'m| are| am) (?:safe|"
           r"fine|okay|ok|alright|good)|(?:i )?(?:did not|didn't|never) mean|(?:nobody|no one)(?: is|'s)|(?:i'm|i am) "
           r"not (?:actually|really|literally) going to|(?:it was|it's|that was) (?:just|only)|of course not))")
_HEDGED = (r"\b(?:kind of|kinda|sort of|sorta|i guess|i suppose|i think so|probably|mostly|for now|physically|"
           r"more or less|enough|define)\b",
           r"\b(?:we are|i am|we're|i'm|it is|it's) (?:okay |fine |safe )?now\s*[.!?]*\s*$")
"""Half an answer ("Yeah, kind of", "Safe enough, I suppose", "Physically, yes", "We are now"): not the clear yes the
session goes on after."""
_YES = _LEAD + (r"(?:yes|yeah|yep|yup|of course|absolutely|totally|sure|definitely)\b|(?:we are|we're|i am|i'm)"
                r"(?=\s*[,.!]*\s*(?:$|yes|yeah|we are|both|safe|fine|ok|okay|all good))")
"""A yes; "we are" and "I am" only as the whole answer ("We are.", "I am, yes"): "I'm worried about…" is not one."""


def safety_answer(text: str) -> bool | None:
    """An answer to "are you, and everyone at home, safe right now?": True (safe), False (not safe), or None
    (no clear answer). Worry wins, wherever it is said: "No", "not really", "I'm scared", "I don't know", "I'm fine but
    I don't feel safe at home", "I'm safe, but I'm not sure about the kids" are not safe; "No, no, we're fine, it's
    just an expression" is. A hedged yes ("kind of", "I guess", "physically, yes") is no clear answer."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    if not lowered:
        return None
    if any(rx(p).search(lowered) for p in _UNSAFE):
        return False
    if any(rx(p).search(lowered) for p in _HEDGED):
        return None
    if any(rx(p).search(lowered) for p in _SAFE) or rx(_YES).search(lowered):
        return True
    return None
