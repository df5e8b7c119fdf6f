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


_SAFE = (r"\b(?:safe|fine|okay|ok|alright|all right|good)\b", r"\bfigure of speech\b", r"\b(?:just|only) (?:an? )?"
         r"(?:expression|saying|joke|joking|venting|words|exaggerating|angry|frustrated)\b",
         r"\b(?:did not|didn't|never) mean (?:it|that)\b", r"\b(?:was|were|i'm|i am) (?:just |only )?joking\b",
         r"\bnobody (?:is|was) in danger\b", r"\bnot (?:serious|literally|literal)\b")
_UNSAFE = (r"\bnot (?:really |totally |entirely |very |completely )?(?:safe|fine|okay|ok|alright|all right|good)\b",
           r"\b(?:scared|afraid|frightened|terrified|unsafe|in danger|help me|need help)\b",
           r"^\s*(?:no|nope|not really|i do not know|i don't know|maybe not)\b"
           r"(?!,? (?:no,? )?(?:we|i)(?:'re|'m| are| am) (?:safe|fine|okay|ok|alright))")
_YES = r"^\s*(?:yes|yeah|yep|yup|yes we are|we are|we're|i am|i'm|of course|absolutely|totally|sure|definitely)\b"


def safety_answer(text: str) -> bool | None:
    """An answer to "are you, and everyone at home, safe right now?": True (safe), False (not safe), or None
    (no clear answer). Worry wins: "No", "not really", "I'm scared" are not safe, even beside a "fine";
    "No, no, we're fine, it's just an expression" is safe."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    if not lowered:
        return None
    if any(rx(p).search(lowered) for p in _UNSAFE):
        return False
    if any(rx(p).search(lowered) for p in _SAFE) or rx(_YES).search(lowered):
        return True
    return None
