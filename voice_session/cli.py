"""The voice-session command: argument parsing and one-line errors; the work lives in other modules."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from voice_session import __version__
from voice_session.config import Settings
from voice_session.errors import UserError
from voice_session.record.lines import Line

Command = Callable[[argparse.Namespace], int]


def settings_from(args: argparse.Namespace) -> Settings:
    changes = {}
    for name in ("model", "turn_silence_s", "vad_aggressiveness", "beam_size"):
        value = getattr(args, name, None)
        if value is not None:
            changes[name] = value
    if getattr(args, "fixed_turn_silence", False):
        changes["judge_turn_ends"] = False
    return Settings(**changes)


def cmd_exercises(args: argparse.Namespace) -> int:
    from voice_session.session.script import builtin_names, load_exercise

    for name in builtin_names():
        ex = load_exercise(name)
        print(f"{name:<22} {ex.title:<28} ~{ex.duration_min:>2} min  {ex.description}")
    return 0


def voice_from(args: argparse.Namespace, ready: bool = True):  # type: ignore[no-untyped-def]
    from voice_session.speech.voices import make_voice

    return make_voice(getattr(args, "voice", None) or "auto", getattr(args, "rate", None), ready=ready)


def cmd_simulate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from voice_session.modes import SimulationOptions, simulate
    from voice_session.runner import QuietDisplay

    journal = Path(args.journal) if args.journal else None  # simulations keep no journal unless asked
    options = SimulationOptions(exercise=args.exercise, scenario=args.scenario, recording=args.recording,
                                names=args.names, out=args.out, journal=journal, couple=args.couple)
    result = simulate(options, settings_from(args), voice_from(args, ready=False),
                      display=QuietDisplay() if args.quiet else None)
    print(f"\nSession ended ({result.outcome.reason}) after {result.outcome.duration_s / 60:.1f} simulated minutes.")
    print(f"Record: {result.folder}/   (events.jsonl, transcript.md, report.md, report.html)")
    if result.program_wav:
        print(f"Listen: {result.program_wav}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from voice_session.demo import SCENARIO
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.record.transcript import format_time
    from voice_session.runner import QuietDisplay

    scenario = Path(args.scenario) if args.scenario else SCENARIO
    if not scenario.exists():
        raise UserError(f"{scenario}: scenario not found; leave out --scenario for the built-in demo couple")
    print("voice-session demo: a simulated repair conversation between Sam and Alex (offline, no sound card).")
    print("Synthesizing the couple's voices and running the session…", flush=True)
    result = simulate(SimulationOptions(scenario=str(scenario), out=args.out),
                      settings=settings_from(args), voice=voice_from(args, ready=False), display=QuietDisplay())
    events, _ = read_events(result.folder / "events.jsonl")
    print()
    for e in events:
        if e["event"] == Line.PROMPT:
            print(f"[{format_time(e['t'])}] voice-session: {e['text']}")
        elif e["event"] == Line.UTTERANCE:
            print(f"[{format_time(e['start'])}] {e['person']}: {e['text']}")
        elif e["event"] == Line.TURN_ENDED and e.get("purpose") in ("turn", "paraphrase"):
            print(f"            ({e['person']}'s {e['purpose']}: {e['duration']:.1f} s, ended by {e['reason']})")
        elif e["event"] == Line.ROLES_SWAPPED:
            print(f"            (roles swapped: {e['speaker']} holds the floor)")
    print(f"\nSession {result.outcome.reason}: {result.outcome.duration_s / 60:.1f} minutes of conversation.")
    print(f"Record:  {result.folder}/   (events.jsonl, transcript.md, report.html)")
    print(f"Listen:  {result.program_wav}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from voice_session.live import run_live

    options = _live_options(args)
    if args.ui == "web":
        from voice_session.modes import parse_names
        from voice_session.web.app import App, AppOptions

        first = {"kind": "session" if options.recognition else "timer", "names": list(parse_names(options.names)),
                 "exercise": options.exercise, "voice": options.voice, "out": options.out,
                 "input": options.input_path}
        return App(settings_from(args), AppOptions(options, args.port, not args.no_browser, first=first)).serve()
    result = run_live(options, settings_from(args))
    print(f"Session ended ({result.outcome.reason.replace('_', ' ')}).")
    print(f"Record: {result.folder}/   (events.jsonl, transcript.md, report.md, report.html)")
    return 130 if result.outcome.reason == "interrupted" else 0


def cmd_app(args: argparse.Namespace) -> int:
    from voice_session.cli_records import journal_path
    from voice_session.live import LiveOptions
    from voice_session.web.app import App, AppOptions

    if not 0.5 <= args.demo_speed <= 20:
        raise UserError(f"--demo-speed {args.demo_speed} is out of range; give 1 (real time) up to 20")
    live = LiveOptions(voice=args.voice or "auto", sessions_dir=args.dir, device=args.device,
                       output_device=args.output_device, keep_audio=args.keep_audio,
                       journal=None if args.no_journal else journal_path(args), couple=args.couple,
                       headphones=args.headphones)
    return App(settings_from(args), AppOptions(live, args.port, not args.no_browser, args.demo_speed)).serve()


def stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _live_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from voice_session.cli_records import journal_path
    from voice_session.live import LiveOptions

    return LiveOptions(args.exercise, args.names, args.voice or "auto", args.out, device=args.device,
                       output_device=args.output_device, keep_audio=args.keep_audio, mic_check=not args.no_mic_check,
                       recognition=not args.no_speech_recognition, input_path=args.input, mode=args.command,
                       journal=None if args.no_journal else journal_path(args), couple=args.couple,
                       headphones=args.headphones)


def _live_arguments(p: argparse.ArgumentParser) -> None:
    """What `run` and `timer` share: the exercise, the couple, the devices, the record."""
    p.add_argument("exercise", nargs="?", default="speaker-listener", help="built-in name or .toml file")
    p.add_argument("--names", help='the two partners, partner A first: "Sam,Alex"')
    p.add_argument("--out", help="session folder (default sessions/<date>_<exercise>/)")
    p.add_argument("--device", help="microphone (name or number; see `python -m sounddevice`)")
    p.add_argument("--output-device", help="speaker (name or number)")
    p.add_argument("--keep-audio", action="store_true", help="also save the audio (off by default, for privacy)")
    p.add_argument("--input", metavar="FILE",
                   help="play a scenario .toml or a recording as the microphone, in real time")
    _journal_options(p)
    p.add_argument("--no-journal", action="store_true", help="neither read nor write the couple's journal")
    p.add_argument("--headphones", action="store_true",
                   help="the program's voice cannot reach the microphone: listen all the time, no echo canceller")
    _web_options(p)
    p.add_argument("--ui", choices=["terminal", "web"], default="terminal",
                   help="terminal: the view in this terminal (default); web: the page in your browser")
    _speech_options(p)
    _voice_options(p)
    p.set_defaults(func=cmd_run)


def _web_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=0, help="the page's port on 127.0.0.1 (default: any free one)")
    p.add_argument("--no-browser", action="store_true", help="print the page's address instead of opening it")


def build_parser() -> argparse.ArgumentParser:
    # the commands about sound and about records live in modules of their own, which use the helpers above
    from voice_session.cli_records import cmd_forget, cmd_journal, cmd_report, cmd_sessions
    from voice_session.cli_sound import cmd_check, cmd_transcribe, cmd_voices, speaker_count

    parser = argparse.ArgumentParser(
        prog="voice-session",
        description="Spoken, offline guided sessions for couples (speaker-listener and more).",
    )
    parser.add_argument("--version", action="version", version=f"voice-session {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("transcribe", help="print the timed utterances of an audio file")
    p.add_argument("file", help="audio file: WAV (any PCM or float), FLAC, MP3, M4A, OGG")
    p.add_argument("--json", action="store_true", help="print JSON instead of text lines")
    p.add_argument("--speakers", type=speaker_count, metavar="N",
                   help="label each utterance with who said it, for N people (2 for a couple's session); an "
                        "utterance in which the voice changes is split there")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    _speech_options(p)
    p.set_defaults(func=cmd_transcribe)

    p = sub.add_parser("run", help="a live session with the microphone and speakers")
    _live_arguments(p)
    p.add_argument("--no-mic-check", action="store_true", help="skip the 'say hello' microphone check")
    p.set_defaults(no_speech_recognition=False)

    p = sub.add_parser("timer", help="the therapist's turn timer and guide, driven from the keyboard")
    _live_arguments(p)
    p.add_argument("--no-speech-recognition", action="store_true",
                   help="time turns and show who is talking, without transcribing anything")
    p.set_defaults(no_mic_check=True)

    p = sub.add_parser("app", help="the couple's page in your browser: sessions, the demo, past reports, journal")
    p.add_argument("--dir", default="sessions", help="where sessions are kept (default sessions/)")
    p.add_argument("--device", help="microphone (name or number; see `python -m sounddevice`)")
    p.add_argument("--output-device", help="speaker (name or number)")
    p.add_argument("--keep-audio", action="store_true", help="also save the audio (off by default, for privacy)")
    p.add_argument("--headphones", action="store_true", help="the program's voice cannot reach the microphone")
    _journal_options(p)
    p.add_argument("--no-journal", action="store_true", help="neither read nor write the couple's journal")
    _web_options(p)
    p.add_argument("--demo-speed", type=float, default=1.0, metavar="TIMES",
                   help="play the page's demo this many times faster than real time (silent above 1)")
    _speech_options(p)
    _voice_options(p)
    p.set_defaults(func=cmd_app)

    p = sub.add_parser("simulate", help="run a session from a scenario or a recording on a simulated clock")
    p.add_argument("exercise", nargs="?", help="built-in name or .toml file (default: the scenario's)")
    p.add_argument("--scenario", help="audio_fixtures/<name>/scenario.toml")
    p.add_argument("--recording", help="one continuous recording of a session")
    p.add_argument("--names", help='"Sam,Alex"')
    p.add_argument("--out", help="session folder")
    p.add_argument("--quiet", action="store_true", help="do not print the session as it runs")
    _journal_options(p, "keep a journal in this file (simulations keep none unless asked)")
    _speech_options(p)
    _voice_options(p)
    p.set_defaults(func=cmd_simulate)

    p = sub.add_parser("demo", help="a simulated repair conversation with a virtual couple")
    p.add_argument("--scenario", help="another virtual couple's scenario.toml (default: Sam and Alex, built in)")
    p.add_argument("--out", help="session folder")
    _speech_options(p)
    _voice_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="validate exercise files")
    p.add_argument("files", nargs="+", help="exercise .toml files or built-in names")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("exercises", help="list the built-in exercises")
    p.set_defaults(func=cmd_exercises)

    p = sub.add_parser("report", help="rebuild a session's reports from its events.jsonl")
    p.add_argument("folder", help="a session folder")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("sessions", help="list past sessions")
    p.add_argument("--dir", default="sessions", help="where sessions are kept (default sessions/)")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("forget", help="delete a session completely (and its part of the journal)")
    p.add_argument("folder", nargs="?", help="a session folder")
    p.add_argument("--journal", dest="journal_all", action="store_true", help="delete the whole journal instead")
    p.add_argument("--journal-file", dest="journal", metavar="FILE", help="the journal (default: beside the sessions)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("journal", help="the couple's promises, requests, supportive actions and small wins")
    _journal_options(p)
    p.add_argument("--names", help='show one couple: "Sam,Alex"')
    p.add_argument("--done", type=int, metavar="N", help="mark entry N done")
    p.add_argument("--drop", type=int, metavar="N", help="drop entry N (no longer wanted)")
    p.add_argument("--add", metavar="DIR", help="take a session's promises and reviews into the journal again")
    p.set_defaults(func=cmd_journal)

    p = sub.add_parser("voices", help="list voices, or speak a sample")
    p.add_argument("--say", metavar="TEXT", help="speak this text (or write it with --out)")
    p.add_argument("--out", help="write the sample to this WAV file (16 kHz mono)")
    _voice_options(p)
    p.set_defaults(func=cmd_voices)
    return parser


def _journal_options(p: argparse.ArgumentParser, help_file: str = "the journal file (default: "
                     "sessions/journal.sqlite3, or $VOICE_SESSION_JOURNAL)") -> None:
    p.add_argument("--journal", metavar="FILE", help=help_file)
    p.add_argument("--couple", metavar="NAME", help="whose journal entries (default: the two names)")


def _voice_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--voice", choices=["piper", "system", "none"],
                   help="the program's voice (default: piper, falling back to system, then text only)")
    p.add_argument("--rate", type=int, metavar="WPM", help="speaking rate, words per minute")


def _speech_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="Whisper model name (tiny.en is bundled) or a CTranslate2 model folder")
    p.add_argument("--turn-silence", dest="turn_silence_s", type=float, metavar="SECONDS",
                   help="silence that ends a turn when how it was said does not settle it (default 2.0)")
    p.add_argument("--fixed-turn-silence", action="store_true",
                   help="end every turn after that silence alone, never sooner after a finished sentence or later "
                        "inside an unfinished one")
    p.add_argument("--vad", dest="vad_aggressiveness", type=int, choices=range(4), metavar="0-3",
                   help="voice activity detection aggressiveness (default 2)")
    p.add_argument("--beam-size", type=int, help="Whisper beam size (default 1)")


def main(argv: Sequence[str] | None = None) -> int:
    from voice_session import shutdown

    shutdown.install()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
        code = int(args.func(args))
        shutdown.stop_if_signalled()  # the command went on although a signal came: it was swallowed
        return code
    except KeyboardInterrupt as err:
        return _stopped(shutdown.exit_code(err))
    except BrokenPipeError:
        return 0
    except Exception as err:
        if shutdown.signalled() is not None:  # the error came of the stop (a module cut off mid-import)
            return _stopped(shutdown.signalled())  # type: ignore[arg-type]
        if isinstance(err, UserError):
            print(f"voice-session: error: {err}", file=sys.stderr)
            return err.exit_code
        return _internal_error(err)


INTERNAL_ERROR = 70
"""The exit code of a bug in voice-session itself (EX_SOFTWARE)."""


def _internal_error(err: Exception) -> int:
    """A bug, not a mistake of the person at the keyboard: one line for them, and the whole traceback in a private
    file for whoever fixes it (a session's record is closed by then, ended "error", as far as it went)."""
    import traceback

    from voice_session.record.log import DIR_MODE, replace_private
    from voice_session.speech.prompt_store import cache_folder

    report = cache_folder() / "last-error.txt"
    try:
        report.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        replace_private(report, "".join(traceback.format_exception(err)))
        where = f"; the details are in {report}, please send them with your report"
    except OSError:  # nowhere to keep it: printed instead
        traceback.print_exception(err)
        where = ""
    said = (str(err).strip().splitlines() or [""])[0]
    print(f"voice-session: internal error ({type(err).__name__}: {said}){where}. Any session's record is kept as far "
          "as it went.", file=sys.stderr)
    return INTERNAL_ERROR


def run() -> None:
    """The command itself (the `voice-session` script and `python -m voice_session`): `main`, then the exit."""
    from voice_session import shutdown

    code = main()
    if shutdown.signalled() is not None:
        # A Ctrl-C that lands while a compiled module runs Python code of its own (pybind11 does, loading the
        # models) leaves the interpreter set to end itself by SIGINT at exit, although the stop was handled and
        # the record closed: the process ended with -2, not 130, about one start in six. The stop is complete
        # here, so the exit code is given as is.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


def _stopped(code: int) -> int:
    from voice_session import shutdown

    print(f"voice-session: {'stopped (SIGTERM)' if code == shutdown.SIGTERM_EXIT else 'interrupted'}",
          file=sys.stderr)
    return code


if __name__ == "__main__":
    run()
