"""`voice-session app`: the page's server in the background, and on the main thread the sessions it asks for.

Sessions run on the main thread, as from the terminal, so Ctrl+C and SIGTERM close the record the same way;
the page is just another Face of the one runner. The server thread only reads snapshots, lists past
sessions and hands requests over.
"""

from __future__ import annotations

import queue
import re
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from voice_session.config import Settings
from voice_session.errors import UserError
from voice_session.live import LiveAudio, LiveOptions, Metered, gate_tail_s, open_speaker, run_live
from voice_session.modes import Playback, SimulationOptions, simulate
from voice_session.web.hub import Hub
from voice_session.web.server import WebServer

KINDS = ("session", "timer", "demo", "check")
VOICES = {"auto": "Natural voice (Piper)", "system": "System voice", "none": "No voice, text on screen only"}
NAME_CHARS = 40


@dataclass(frozen=True)
class AppOptions:
    live: LiveOptions = field(default_factory=LiveOptions)
    """The devices, the folder for sessions and the journal; the page chooses names, exercise and voice."""
    port: int = 0
    """0: any free port."""
    open_browser: bool = True
    demo_speed: float = 1.0
    """The page's demo at this many times real time (played aloud only at 1)."""
    first: dict[str, Any] | None = None
    """A session to start at once (`run --ui web`, `timer --ui web`), as the page would ask for it."""


class App:
    def __init__(self, settings: Settings, options: AppOptions) -> None:
        self.settings, self.options = settings, options
        self.hub = Hub()
        self._requests: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._busy = threading.Lock()
        self._checked = False
        self.sessions = Path(options.live.sessions_dir)

    # ---- the main thread ----

    def serve(self) -> int:
        server = WebServer(self.hub, self, self.options.port)
        server.start()
        print(f"voice-session is open at {server.url}", flush=True)
        print("Keep this window open during sessions; Ctrl+C here (or Close on the page) closes it.", flush=True)
        if self.options.open_browser:
            _open_in_browser(server.url)
        try:
            if self.options.first is not None and (problem := self.start(self.options.first, from_page=False)):
                raise UserError(problem)
            while True:
                try:
                    request = self._requests.get(timeout=0.25)  # short waits: Ctrl+C is felt at once
                except queue.Empty:
                    continue
                if request is None:
                    return 0
                try:
                    self._run(request)
                finally:
                    self._busy.release()
        finally:
            server.stop()

    def _run(self, request: dict[str, Any]) -> None:
        kind = request["kind"]
        self.hub.begin(kind)
        try:
            if kind == "check":
                self._check()
                return
            result = self._demo(request) if kind == "demo" else self._live(request)
        except UserError as err:
            self.hub.update(view="start", busy="", notice=str(err))
            return
        except Exception as err:  # the record is closed by then; the page says what happened and goes on
            print(f"voice-session: error: {type(err).__name__}: {err}", file=sys.stderr, flush=True)
            self.hub.update(view="start", busy="", notice=f"The session stopped with an error ({err}). "
                            "Its record so far is kept in the history.")
            return
        self.hub.update(view="end", busy="", ended={"folder": result.folder.name,
                                                     "reason": result.outcome.reason.replace("_", " ")})

    def _live(self, request: dict[str, Any]):  # type: ignore[no-untyped-def]
        options = replace(self.options.live, exercise=request["exercise"], names=",".join(request["names"]),
                          voice=request["voice"], out=request.get("out"),
                          mode="timer" if request["kind"] == "timer" else "run", input_path=request.get("input"),
                          recognition=request["kind"] == "session", mic_check=not self._checked)
        return run_live(options, self.settings, self.hub.face())

    def _demo(self, request: dict[str, Any]):  # type: ignore[no-untyped-def]
        from voice_session.demo import SCENARIO
        from voice_session.speech.voices import make_voice

        speaker = None
        if self.options.demo_speed == 1.0 and request["voice"] != "none":
            try:
                speaker = open_speaker(self.options.live.output_device, request["voice"])
            except UserError as err:
                self.hub.update(notice=f"No speaker ({err}): the demo is shown without sound.")
        try:
            options = SimulationOptions(scenario=str(SCENARIO), sessions_dir=str(self.sessions),
                                        playback=Playback(self.options.demo_speed, speaker))
            return simulate(options, self.settings, make_voice(request["voice"]), display=self.hub.face())
        finally:
            if speaker is not None:
                speaker.close()

    def _check(self) -> None:
        """The spoken microphone check, with the page's level meter moving as it listens."""
        from voice_session.mic_check import HEARD, QUIET, SILENT, spoken_check
        from voice_session.speech.mouth import Mouth, PromptCache
        from voice_session.speech.voices import make_voice

        live = self.options.live
        audio = LiveAudio.open(live.device, live.output_device, live.voice)  # the same devices a session opens
        try:
            mouth = Mouth(PromptCache(make_voice(live.voice)), audio.sink, gate_tail_s(self.settings, audio.sink))
            result = spoken_check(Metered(audio.mic, self.hub.meter), mouth, self.settings)  # type: ignore[arg-type]
        finally:
            audio.close()
        self._checked = result.heard
        said = {"heard": HEARD, "silent": SILENT}.get(result.verdict, QUIET)
        self.hub.update(busy="", check={"verdict": result.verdict, "said": said, "peak_dbfs": result.peak_dbfs})

    # ---- asked by the server's thread ----

    def start(self, request: dict[str, Any], from_page: bool = True) -> str | None:
        """Checks what the page asked for and queues it; a problem comes back as one sentence. The command
        line's first session may name an exercise file and a session folder; the page only built-in ones."""
        kind = request.get("kind")
        if kind not in KINDS:
            return "unknown request"
        clean: dict[str, Any] = {"kind": kind, "voice": request.get("voice") or self.options.live.voice}
        if clean["voice"] not in VOICES:
            return "unknown voice"
        if kind in ("session", "timer"):
            from voice_session.session.script import builtin_names

            names = [str(n).strip() for n in request.get("names") or []]
            if len(names) != 2 or not all(names):
                return "Please write both of your names."
            if names[0].lower() == names[1].lower():
                return "Please write two different names."
            if any(len(n) > NAME_CHARS or "," in n for n in names):
                return f"Names can be up to {NAME_CHARS} letters, without commas."
            if from_page and request.get("exercise") not in builtin_names():
                return "Please choose an exercise."
            clean.update(names=names, exercise=request.get("exercise"))
            if not from_page:  # the command line may also name the session's folder and a recording to play
                clean.update(out=request.get("out"), input=request.get("input"))
        if not self._busy.acquire(blocking=False):
            return "A session is already running; end it first."
        self._requests.put(clean)
        return None

    def quit(self) -> None:
        self._requests.put(None)

    def home(self) -> dict[str, Any]:
        from voice_session.session.script import builtin_names, load_exercise

        exercises = []
        for name in builtin_names():
            ex = load_exercise(name)
            exercises.append({"name": name, "title": ex.title, "description": ex.description,
                              "minutes": ex.duration_min})
        first = self.options.first or {}
        return {"exercises": exercises, "voices": VOICES, "voice": self.options.live.voice,
                "names": first.get("names") or [], "sessions": list_sessions(self.sessions),
                "journal": journal_entries(self.options.live.journal)}

    def report(self, name: str) -> str | None:
        return session_report(self.sessions, name)


def list_sessions(base: Path) -> list[dict[str, Any]]:
    """Past sessions, newest first, as the history shows them."""
    from voice_session.record.log import read_events, session_folders
    from voice_session.record.stats import clock, session_stats

    found = []
    for folder in reversed(session_folders(base)):
        try:
            events, _ = read_events(folder / "events.jsonl")
        except UserError:
            continue
        stats = session_stats(events)
        found.append({"folder": folder.name, "when": _when(folder), "title": stats.title,
                      "names": list(stats.names), "duration": clock(stats.duration_s),
                      "ended": stats.ended.replace("_", " ")})
    return found


def _when(folder: Path) -> str:
    """From the folder's name (2026-11-24_193005_…), or for a folder named with --out, when it was written."""
    import time

    named = re.match(r"(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})\d{2}_", folder.name)
    if named:
        return f"{named[1]} {named[2]}:{named[3]}"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime((folder / "events.jsonl").stat().st_mtime))


def session_report(base: Path, name: str) -> str | None:
    """One session's report as HTML to show inline; None when `name` is not a session folder in `base`."""
    from voice_session.record.log import read_events
    from voice_session.record.report import report_body
    from voice_session.record.stats import session_stats
    from voice_session.record.timeline import timeline_png

    folder = base / name
    if "/" in name or name.startswith(".") or not (folder / "events.jsonl").is_file():
        return None
    events, _ = read_events(folder / "events.jsonl")
    stats = session_stats(events)
    picture = folder / "timeline.png"
    png = picture.read_bytes() if picture.is_file() else timeline_png(events, stats.names)
    # the page allows no inline styles: table alignment becomes a class its style sheet knows
    return re.sub(r' style="text-align:(left|right|center)"', r' class="align-\1"', report_body(stats, png))


def journal_entries(path: Path | None) -> list[dict[str, Any]] | None:
    """Every couple's journal entries, open ones first; None when there is no journal."""
    from voice_session.journal import OPEN, Journal

    if path is None or not path.is_file():
        return None
    journal = Journal(path)
    try:
        entries = journal.entries()
    finally:
        journal.close()
    shown = [{"id": e.id, "couple": couple, "kind": e.kind, "person": e.person, "to": e.to, "text": e.text,
              "status": e.status.replace("_", " "), "open": e.status in OPEN, "date": e.said_at[:10]}
             for couple, e in entries]
    return sorted(shown, key=lambda e: not e["open"])


def _open_in_browser(url: str) -> None:
    import webbrowser

    threading.Thread(target=webbrowser.open, args=(url,), name="browser", daemon=True).start()
