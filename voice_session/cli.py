"""The voice-session command: argument parsing and one-line errors; the work lives in other modules."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from voice_session import __version__
from voice_session.config import Settings
from voice_session.errors import UserError

Command = Callable[[argparse.Namespace], int]


def _settings(args: argparse.Namespace) -> Settings:
    changes = {}
    for name in ("model", "turn_silence_s", "vad_aggressiveness", "beam_size"):
        value = getattr(args, name, None)
        if value is not None:
            changes[name] = value
    return Settings(**changes)


def cmd_transcribe(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from voice_session.audio.sources import WavSource
    from voice_session.speech.files import format_time, transcribe_source
    from voice_session.speech.transcribe import WhisperTranscriber

    settings = _settings(args)
    source = WavSource(args.file)
    transcriber = WhisperTranscriber(settings)
    if (source.duration_s > 30 and sys.stderr.isatty()) or (source.duration_s > 30 and args.progress):
        with Progress(TextColumn("transcribing"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                      TimeRemainingColumn(), transient=True, console=_stderr_console()) as bar:
            task = bar.add_task("", total=source.duration_s)
            results = transcribe_source(source, transcriber, settings,
                                        lambda s: bar.update(task, completed=s))
    else:
        results = transcribe_source(source, transcriber, settings)
    kept = [r for r in results if r.transcript.text]
    if args.json:
        print(json.dumps([{"start": round(r.start_s, 2), "end": round(r.end_s, 2), "text": r.transcript.text,
                           "confidence": r.transcript.confidence} for r in kept], indent=2))
    else:
        for r in kept:
            print(f"[{format_time(r.start_s)}–{format_time(r.end_s)}] {r.transcript.text}")
        if not kept:
            print("(no speech found)", file=sys.stderr)
    return 0


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voice-session",
        description="Spoken, offline guided sessions for couples (speaker-listener and more).",
    )
    parser.add_argument("--version", action="version", version=f"voice-session {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("transcribe", help="print the timed utterances of an audio file")
    p.add_argument("file", help="audio file: WAV (any PCM or float), FLAC, MP3, M4A, OGG")
    p.add_argument("--json", action="store_true", help="print JSON instead of text lines")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    _speech_options(p)
    p.set_defaults(func=cmd_transcribe)
    return parser


def _speech_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="Whisper model name (tiny.en is bundled) or a CTranslate2 model folder")
    p.add_argument("--turn-silence", dest="turn_silence_s", type=float, metavar="SECONDS",
                   help="silence that ends a turn (default 2.0)")
    p.add_argument("--vad", dest="vad_aggressiveness", type=int, choices=range(4), metavar="0-3",
                   help="voice activity detection aggressiveness (default 2)")
    p.add_argument("--beam-size", type=int, help="Whisper beam size (default 1)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except UserError as err:
        print(f"voice-session: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("voice-session: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
