"""The engine's own lines (the exercises hold the rest): warm, plain, short."""

from __future__ import annotations

REPROMPT = "Take your time, {name}. Whenever you're ready."
REASK = "Sorry, I didn't catch that. {name}, was that a yes, a no, or partly?"
WRAP_UP = "{name}, please finish your thought."
CHUNK_PAUSE = "Thank you, {speaker}. Let's pause there, so {listener} can reflect what you've said so far."
RETRY = "{listener}, please try again. What did you hear {speaker} say?"
RETRY_HINT = "You may have missed the part about {missed}."
RETRY_POINT = "You may have missed this part, when {speaker} said: {missed}."
LANDED = "Thank you. {speaker}, you were heard."
GAVE_UP = "Thank you both for trying. Getting it exactly right is hard. Let's move on."
RESUME = "Okay, let's continue."
FLOOR_REMINDER = "{listener}, {speaker} still has the floor. You'll have your turn to answer."
LET_LISTENER_TRY = "{speaker}, let {listener} try to say it back, in their own words."
PAUSE_LINES = {
    "key": "Paused. Press P, or say continue, when you're ready.",
    "pause": "Okay, let's pause here. Take the time you need. When you're both ready, say continue, or press P.",
    "overwhelmed": (
        "Let's stop here for now. When feelings run this high, a real break helps: about {minutes} minutes, "
        "each doing something calming on your own. When you're both ready, say continue, or press P."
    ),
    "silence": "Let's pause for now. When you're ready, say continue, or press P.",
    "microphone": "The microphone has stopped working, so I've paused. I'll keep trying for a little while.",
}
CRISIS_STOP = (
    "I'm going to stop the exercise here. What was just said matters more than any exercise. "
    "Please take care of each other's safety first. When you are both safe, you can come back to this another "
    "day, and it may help to have a counsellor with you."
)
SAFETY_ASK = (
    "{name}, I'd like to pause for a moment. I heard: \"{sentence}\". I'm asking because I want you both to be "
    "okay, not because anyone did anything wrong. Are you, and everyone at home, safe right now?"
)
SAFETY_ASK_SOMEONE = (
    "I'd like to pause for a moment. I heard: \"{sentence}\". I'm asking because I want you both to be okay, not "
    "because anyone did anything wrong. Are you both, and everyone at home, safe right now?"
)
SAFETY_THANKS = "Thank you for telling me. Let's go on where we were."
SAFETY_SECOND = (
    "I've now heard more than once something that worries me, so I'm going to stop the exercise here, to be safe."
)
CHECK_IN = (
    "Before we go on: some of what was said sounded heavy. If either of you feels unsafe, or has thoughts of "
    "harming yourself, say pause at any time, and I'll tell you where to find help."
)


def summary_text(names: dict[str, str], turns: list, paraphrases: list[tuple[int, bool]]) -> str:
    """'Sam spoke for 2 minutes over 3 turns; …; 2 of 3 paraphrases landed.'"""
    parts = []
    for partner in ("A", "B"):
        own = [t for t in turns if t.partner == partner and t.purpose in ("turn", "checkin", "clarify")]
        seconds = sum(t.end_s - t.start_s for t in own)
        parts.append(f"{names[partner]} held the floor {len(own)} time{'s' if len(own) != 1 else ''}, "
                     f"for {_duration(seconds)}")
    text = "; ".join(parts) + "."
    if paraphrases:
        landed = sum(1 for _, ok in paraphrases if ok)
        text += f" {landed} of {len(paraphrases)} paraphrases landed."
    return text


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if minutes == 0:
        return f"{secs} seconds"
    return f"{minutes} minute{'s' if minutes != 1 else ''}" + (f" {secs} seconds" if secs else "")
