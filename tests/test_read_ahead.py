"""Work started before the session needs it, live: each transcript's sentences read by the text model on the
transcriber's thread, and the engine's readings run once while the welcome plays. Neither may change what the
session decides, nor fail it."""

from __future__ import annotations

import threading
import time

import numpy as np

from tests.listening_set import conflict, crisis
from voice_session.session import listening, paraphrase, safety
from voice_session.session.crisis import assess, read_by_meaning
from voice_session.session.regex import rx
from voice_session.session.warm_up import warm_up
from voice_session.speech.stream import StreamingTranscriber
from voice_session.speech.transcribe import Transcript
from voice_session.text.model import TextModel
from voice_session.text.understanding import load_understanding


class _Words:
    """A transcriber that writes what it is told to."""

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)

    def transcribe(self, samples: np.ndarray) -> Transcript:
        return Transcript(self.texts.pop(0), 0.9)


def _all_results(stream: StreamingTranscriber, count: int) -> list[str]:
    out: list[str] = []
    deadline = time.monotonic() + 10
    while len(out) < count and time.monotonic() < deadline:
        out += [r.transcript.text for r in stream.results()]
        time.sleep(0.005)
    return out


def test_each_transcripts_words_are_read_ahead_after_they_are_handed_over() -> None:
    read: list[str] = []
    stream = StreamingTranscriber(_Words("I felt alone at dinner.", "", "Over to you."), read.append)
    for i in range(3):
        stream.submit(i, i + 1, np.zeros(1600, dtype=np.int16))
    assert _all_results(stream, 3) == ["I felt alone at dinner.", "", "Over to you."]
    stream.close()
    assert read == ["I felt alone at dinner.", "Over to you."]  # words only: nothing to read in silence


def test_a_read_ahead_that_fails_costs_nothing_but_the_head_start() -> None:
    def broken(text: str) -> None:
        raise RuntimeError("the text model went away")

    stream = StreamingTranscriber(_Words("One.", "Two."), broken)
    for i in range(2):
        stream.submit(i, i + 1, np.zeros(1600, dtype=np.int16))
    assert _all_results(stream, 2) == ["One.", "Two."]
    assert stream.pending == 0
    stream.close()


def test_sentences_read_ahead_are_the_ones_the_crisis_reading_asks_for() -> None:
    meaning = load_understanding(warn=False)
    assert meaning is not None
    text = "Yeah, mostly. I keep thinking everyone would be better off without me, honestly."
    meaning.prepare(read_by_meaning(text))
    before = meaning.model.encoder.hidden_many
    asked: list[int] = []
    meaning.model.encoder.hidden_many = lambda batch: asked.append(len(batch)) or before(batch)  # type: ignore[method-assign]
    try:
        found = assess(text, meaning)
    finally:
        meaning.model.encoder.hidden_many = before  # type: ignore[method-assign]
    assert asked == []  # everything it read by meaning was read already
    assert found is not None and found.level.value in ("ask", "crisis")
    assert read_by_meaning("Yeah, mostly.") == []  # too short to mean anything by meaning


def test_the_text_model_gives_the_same_vectors_when_two_threads_ask_at_once() -> None:
    alone, shared = TextModel(), TextModel()
    texts = [text for _, text in crisis("tuning")[:12] + conflict("tuning")[:12]]
    expected = alone.embed(texts)
    found: dict[int, np.ndarray] = {}

    def ask(half: int) -> None:
        found[half] = shared.embed(texts[half::2])

    threads = [threading.Thread(target=ask, args=(half,)) for half in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert np.array_equal(found[0], expected[0::2]) and np.array_equal(found[1], expected[1::2])


def test_after_the_warm_up_answering_a_hand_off_compiles_nothing() -> None:
    rx.cache_clear()  # as a session starts (other tests compiled them already)
    warm_up(None)
    before = rx.cache_info().misses
    said = "That's all, over to you."
    safety.classify(said)
    listening.cues(said)
    listening.says_nothing_more("No, that's all. Over to you.")
    listening.parse_answer("Yes, mostly, but you missed the part about the dishes.")
    paraphrase.points("I felt alone when you were on your phone at dinner. That's all, over to you.")
    safety.request("Okay, let's continue.")
    assert rx.cache_info().misses == before
