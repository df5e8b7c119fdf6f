"""Builds audio_fixtures/: partner clips (Piper voices, one set on espeak-ng), noise, silence, a long monologue.

Deterministic: Piper runs with its noise zeroed, espeak-ng is deterministic, noise uses fixed seeds.
Run `make fixtures` (or `python scripts/make_fixtures.py`) after changing the texts; commit the WAVs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voice_session.audio.chimes import chime  # noqa: E402
from voice_session.audio.decode import write_wav  # noqa: E402
from voice_session.audio.frames import SAMPLE_RATE  # noqa: E402
from voice_session.speech.voices import EspeakVoice, PiperVoice, Voice  # noqa: E402

OUT = ROOT / "audio_fixtures"
CLIPS = OUT / "clips"

# The couple's voices: partner A is the Piper voice as it is, partner B the same voice pitched up
# 300 cents and a little quicker, so the two are easy to tell apart; the espeak-ng pair keeps that path tested.
VOICES: dict[str, dict[str, object]] = {
    "A": {"engine": "piper", "pitch_cents": 0, "speed": 1.0},
    "B": {"engine": "piper", "pitch_cents": 300, "speed": 1.05},
    "A_espeak": {"engine": "espeak-ng", "voice": "en-us", "pitch": 35, "speed": 150},
    "B_espeak": {"engine": "espeak-ng", "voice": "en-gb", "pitch": 70, "speed": 165},
}

PAUSE = "<pause {:.1f}>"

# name: (voice, [text or pause seconds, ...])
SPEECH_CLIPS: dict[str, tuple[str, list[str | float]]] = {
    "hurt_dinner": ("A", ["I felt really unheard when you checked your phone at dinner."]),
    "thinking_pause": ("A", [
        "When you came home late on Friday, I was worried.", 1.5,
        "And then I felt hurt that you did not call me.",
    ]),
    "hand_off": ("B", [
        "I have been so tired from work, and I miss our weekends together.", 0.6, "That's all, over to you.",
    ]),
    "paraphrase_good": ("B", [
        "I heard that you felt unheard when I was on my phone during dinner.",
    ]),
    "paraphrase_poor": ("B", ["You said dinner was not great."]),
    "rebuttal": ("B", ["But that's not true, I only checked it once."]),
    "confirm_yes": ("A", ["Yes, that's it exactly."]),
    "confirm_partly": ("A", ["Yeah, mostly, but you missed the part about the dishes."]),
    "crisis": ("A", ["Sometimes I feel like I want to hurt myself."]),
    "pause_request": ("B", ["Can we take a time out, please?"]),
    "espeak_hurt": ("A_espeak", ["I felt hurt when you forgot my birthday."]),
    "espeak_reply": ("B_espeak", ["I heard that you felt hurt when I forgot your birthday."]),
}

MONOLOGUE = [
    "I want to talk about how the last few months have felt for me.",
    "Since your new job started, you leave early and you come home late.",
    "Most evenings you eat in front of your laptop, and I eat alone at the table.",
    "I know the job matters to you, and I am proud of how hard you work.",
    "But I miss the way we used to cook together on Sunday afternoons.",
    "When I try to tell you about my day, you nod, but your eyes stay on the screen.",
    "Last Thursday I told you my sister was in the hospital, and you asked me the next day what was wrong.",
    "That hurt more than I let you see.",
    "I started to feel like a roommate instead of a partner.",
    "I do not want to blame you for all of it.",
    "I have pulled away too, because it felt safer than asking and being ignored.",
    "I stopped planning our weekends, and I stopped telling you when I was sad.",
    "What I need is some time each week that belongs only to us.",
    "Maybe one dinner without phones, and a walk on Saturday mornings.",
    "I also need you to tell me when work is overwhelming, so I am not guessing.",
    "When you go quiet, I imagine that you are angry with me, and then I get anxious.",
    "I would rather hear that you are stressed than sit with silence.",
    "I still love you, and I want us to feel close again.",
    "That is why I wanted us to do this exercise tonight.",
    "I want you to understand how lonely the evenings have been.",
    "And I want to hear what has been hard for you, too.",
    "Some nights I lie awake and wonder whether you still want this as much as I do.",
    "I think you do, and I think we both got busy and tired.",
    "So I am asking for small things, not a big change all at once.",
    "Thank you for listening to me for this long.",
]


def make_voice(key: str) -> Voice:
    spec = dict(VOICES[key])
    if spec.pop("engine") == "piper":
        return PiperVoice(float(spec["pitch_cents"]), float(spec["speed"]), deterministic=True)
    return EspeakVoice(str(spec["voice"]), int(spec["pitch"]), int(spec["speed"]))  # type: ignore[arg-type]


def speak(voice: Voice, parts: list[str | float], gap_s: float = 0.35) -> tuple[np.ndarray, str]:
    """Sentences with short breaths between them, and the given longer pauses; returns audio and its text."""
    audio: list[np.ndarray] = [silence(0.3)]
    words: list[str] = []
    for part in parts:
        if isinstance(part, float):
            audio.append(silence(part))
            continue
        for sentence in voice.sentences(part):
            audio.extend([sentence, silence(gap_s)])
        words.append(part)
    audio.append(silence(0.3))
    return np.concatenate(audio), " ".join(words)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.int16)


def noise_clips() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    n = 4 * SAMPLE_RATE
    white = rng.normal(0, 1, n)
    fan = np.convolve(white, np.ones(40) / 40, mode="same")  # low rumble, like a fan or fridge
    breath = np.zeros(n)
    for start in (0.4, 1.9, 3.2):  # three soft breaths: shaped, band-limited noise
        i = int(start * SAMPLE_RATE)
        length = int(0.6 * SAMPLE_RATE)
        envelope = np.sin(np.linspace(0, np.pi, length)) ** 2
        breath[i : i + length] = np.convolve(rng.normal(0, 1, length), np.ones(6) / 6, mode="same") * envelope
    clicks = np.zeros(n)
    clicks[rng.integers(0, n, 12)] = 1.0
    program_chimes = np.concatenate([silence(0.5), chime("your_turn"), silence(0.8), chime("warning"),
                                     silence(0.8), chime("wrap_up"), silence(0.5)]).astype(np.float64) / 32768
    return {
        "noise_fan": _scaled(fan, 0.05),
        "noise_white": _scaled(white, 0.02),
        "noise_breath": _scaled(breath, 0.08),
        "noise_clicks": _scaled(clicks + 0.002 * white, 0.3),
        "chimes": _scaled(program_chimes, 0.25),
        "silence": silence(3.0),
    }


def _scaled(x: np.ndarray, peak: float) -> np.ndarray:
    x = x / (np.max(np.abs(x)) or 1.0) * peak
    return (x * 32767).astype(np.int16)


def main() -> None:
    CLIPS.mkdir(parents=True, exist_ok=True)
    voices: dict[str, Voice] = {}
    lines = ["# Generated by scripts/make_fixtures.py: what each clip says (empty text: no speech).", ""]
    for name, (voice_key, parts) in SPEECH_CLIPS.items():
        voice = voices.setdefault(voice_key, make_voice(voice_key))
        audio, text = speak(voice, parts)
        write_wav(CLIPS / f"{name}.wav", audio)
        lines += _entry(name, voice_key, text, audio, [p for p in parts if isinstance(p, float)])
    audio, text = speak(voices["A"], [*MONOLOGUE], gap_s=0.5)
    write_wav(CLIPS / "monologue.wav", audio)
    lines += _entry("monologue", "A", text, audio, [])
    for name, audio in noise_clips().items():
        write_wav(CLIPS / f"{name}.wav", audio)
        lines += _entry(name, "", "", audio, [])
    (CLIPS / "manifest.toml").write_text("\n".join(lines))
    print(f"wrote {len(list(CLIPS.glob('*.wav')))} clips to {CLIPS}")


def _entry(name: str, who: str, text: str, audio: np.ndarray, pauses: list[float]) -> list[str]:
    voice = VOICES.get(who, {})
    return [
        "[[clip]]",
        f'name = "{name}"',
        f'file = "{name}.wav"',
        f'who = "{who.split("_")[0]}"',
        f'voice = "{voice.get("engine", "")}"',
        f'text = "{text}"',
        f"duration_s = {len(audio) / SAMPLE_RATE:.2f}",
        f"pauses_s = {pauses}",
        "",
    ]


if __name__ == "__main__":
    main()
