"""The commands about sound: `transcribe` (a recording to text, who said what), `check` (the microphone),
`voices` (the program's voices)."""

from __future__ import annotations

import argparse
import json
import sys

from voice_session.cli import settings_from, stderr_console, voice_from


def cmd_transcribe(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from voice_session.audio.sources import WavSource
    from voice_session.record.transcript import format_time
    from voice_session.speech.files import SpokenBy, transcribe_source
    from voice_session.speech.transcribe import WhisperTranscriber

    settings = settings_from(args)
    source = WavSource(args.file)
    transcriber = WhisperTranscriber(settings)
    if (source.duration_s > 30 and sys.stderr.isatty()) or (source.duration_s > 30 and args.progress):
        with Progress(TextColumn("transcribing"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                      TimeRemainingColumn(), transient=True, console=stderr_console()) as bar:
            task = bar.add_task("", total=source.duration_s)
            results = transcribe_source(source, transcriber, settings,
                                        lambda s: bar.update(task, completed=s))
    else:
        results = transcribe_source(source, transcriber, settings)
    voices = _speakers(source.samples, results, transcriber, args.speakers) if args.speakers else None
    labelled = voices or [SpokenBy(r, -1, 0.0) for r in results]
    # Speech the guard did not trust is shown too, marked, so nothing said disappears without a trace.
    kept = [v for v in labelled if v.result.transcript.text or v.result.transcript.doubtful]
    if args.json:
        print(json.dumps([_utterance_json(v) for v in kept], indent=2))
    else:
        for v in kept:
            r, t = v.result, v.result.transcript
            marked = t.text or f"{t.doubtful} (unclear: {t.rejected})"
            who = f"Speaker {v.speaker + 1}: " if v.speaker >= 0 else ""
            print(f"[{format_time(r.start_s)}–{format_time(r.end_s)}] {who}{marked}")
        if not kept:
            print("(no speech found)", file=sys.stderr)
    return 0


def _speakers(samples, results, transcriber, count: int):  # type: ignore[no-untyped-def]
    """Each utterance's speaker (split where the voice changes), or None, said once, without the model."""
    from voice_session.speech.files import who_said_what
    from voice_session.speech.voiceprint import VoiceEncoder, VoiceModelMissing

    try:
        encoder = VoiceEncoder()
    except VoiceModelMissing as err:
        print(f"voice-session: warning: the speaker model is unavailable ({err}); utterances are not labelled "
              "with speakers (reinstall voice-session to restore it)", file=sys.stderr)
        return None
    return who_said_what(samples, results, transcriber, encoder.embed, count)


def _utterance_json(v) -> dict:  # type: ignore[no-untyped-def,type-arg]
    r = v.result
    return {"start": round(r.start_s, 2), "end": round(r.end_s, 2),
            **({"speaker": f"Speaker {v.speaker + 1}", "speaker_sure": v.sure} if v.speaker >= 0 else {}),
            "text": r.transcript.text or r.transcript.doubtful, "confidence": r.transcript.confidence,
            **({"low_confidence": True, "reason": r.transcript.rejected} if not r.transcript.text else {})}


def speaker_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= 8:
        raise argparse.ArgumentTypeError(f"--speakers wants a number of people from 1 to 8, not {text!r}")
    return count


def cmd_check(args: argparse.Namespace) -> int:
    from voice_session.session.script import ScriptError, load_exercise

    failed = 0
    for name in args.files:
        try:
            exercise = load_exercise(name)
        except ScriptError as err:
            failed += 1
            print(f"{err.path}: {len(err.problems)} problem{'s' if len(err.problems) != 1 else ''}")
            for problem in err.problems:
                print(f"  {problem}")
            continue
        print(f"{name}: ok ({exercise.title}, {len(exercise.steps)} steps, about {exercise.duration_min} min)")
    return 1 if failed else 0


def cmd_voices(args: argparse.Namespace) -> int:
    from voice_session.speech.voices import available_voices

    if args.say is None:
        for v in available_voices():
            rate = f"{v.sample_rate_hz} Hz" if v.sample_rate_hz else "-"
            print(f"{v.backend:<7} {v.voice:<34} {v.language:<8} {rate:<9} {v.licence}")
        return 0
    import numpy as np

    from voice_session.audio.decode import write_wav

    voice = voice_from(args)
    audio = list(voice.sentences(args.say))
    if not audio:
        print(args.say)
        return 0
    samples = np.concatenate(audio)
    if args.out:
        write_wav(args.out, samples)
        print(f"wrote {args.out} ({len(samples) / 16000:.1f} s, 16 kHz mono, voice {voice.name})")
    else:
        import time

        from voice_session.audio.sinks import SpeakerSink

        sink = SpeakerSink()
        sink.play(samples, 0.0)
        time.sleep(len(samples) / 16000 + 0.3)
        sink.close()
    return 0
