"""The couple's web page: who may ask (guard and server), what the page is told (hub, events), and the page
itself in a real Chromium: the demo from the start screen, the turn changing hands, pause, resume, end, the
report and the history."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from voice_session.session.engine import SessionEngine
from voice_session.session.events import Key
from voice_session.session.script import load_exercise
from voice_session.web.app import App, AppOptions, list_sessions, session_report
from voice_session.web.guard import COOKIE, Guard
from voice_session.web.hub import Hub
from voice_session.web.server import WebServer

from .browser import chromium, close, screenshot
from .helpers import converse

PORT = 8765
GUARD = Guard("k" * 32, PORT)
HERE = f"http://127.0.0.1:{PORT}"


@pytest.mark.parametrize(("method", "host", "origin", "token", "status"), [
    ("GET", f"127.0.0.1:{PORT}", None, "k" * 32, 200),                    # the page itself
    ("GET", f"localhost:{PORT}", None, "k" * 32, 200),
    ("POST", f"127.0.0.1:{PORT}", HERE, "k" * 32, 200),                   # a button on the page
    ("POST", f"127.0.0.1:{PORT}", f"http://localhost:{PORT}", "k" * 32, 200),
    ("GET", f"127.0.0.1:{PORT}", None, None, 401),                        # no key: another local user
    ("GET", f"127.0.0.1:{PORT}", None, "", 401),
    ("GET", f"127.0.0.1:{PORT}", None, "k" * 31 + "x", 403),              # a wrong key
    ("GET", f"evil.example:{PORT}", None, "k" * 32, 421),                 # DNS rebinding
    ("GET", "127.0.0.1:9999", None, "k" * 32, 421),                       # another port's name
    ("GET", None, None, "k" * 32, 421),
    ("POST", f"127.0.0.1:{PORT}", "http://evil.example", "k" * 32, 403),  # another site in the same browser
    ("POST", f"127.0.0.1:{PORT}", "null", "k" * 32, 403),                 # a sandboxed frame or a file
    ("POST", f"127.0.0.1:{PORT}", None, "k" * 32, 403),                   # a change not from a page at all
    ("GET", f"127.0.0.1:{PORT}", "http://evil.example", "k" * 32, 403),   # a foreign page reading the stream
])
def test_guard_rules(method: str, host: str | None, origin: str | None, token: str | None, status: int) -> None:
    verdict = GUARD.check(method, host, origin, token)
    assert verdict.status == status, verdict
    assert verdict.allowed == (status == 200)
    assert verdict.why or verdict.allowed


def test_every_run_has_a_new_key() -> None:
    keys = {Guard.new(1).token for _ in range(20)}
    assert len(keys) == 20 and all(len(k) >= 32 for k in keys)


class Backend:
    """Stands in for the app: records what the server handed over."""

    def __init__(self) -> None:
        self.started: list[dict[str, Any]] = []
        self.quits = 0

    def home(self) -> dict[str, Any]:
        return {"sessions": []}

    def report(self, name: str) -> str | None:
        return "<h1>report</h1>" if name == "2026-01-01_120000_daily-checkin" else None

    def start(self, request: dict[str, Any]) -> str | None:
        self.started.append(request)
        return None if request.get("kind") == "demo" else "Please write both of your names."

    def quit(self) -> None:
        self.quits += 1


@pytest.fixture()
def served():  # type: ignore[no-untyped-def]
    hub, backend = Hub(), Backend()
    server = WebServer(hub, backend)
    server.start()
    yield server, hub, backend
    server.stop()


def ask(server: WebServer, method: str, path: str, body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    sent = {"Host": f"127.0.0.1:{server.port}", **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        sent.setdefault("Content-Type", "application/json")
    connection.request(method, path, body=data, headers=sent)
    return connection.getresponse()


def cookie(server: WebServer) -> dict[str, str]:
    return {"Cookie": f"{COOKIE}={server.guard.token}"}


def page(server: WebServer) -> dict[str, str]:
    return {**cookie(server), "Origin": f"http://127.0.0.1:{server.port}"}


def test_server_refuses_strangers_with_the_right_status(served) -> None:  # type: ignore[no-untyped-def]
    server, hub, backend = served
    token = server.guard.token
    assert ask(server, "GET", "/api/home").status == 401
    assert ask(server, "GET", "/").status == 401
    assert ask(server, "GET", "/static/app.js").status == 401  # the page's own files too
    assert ask(server, "GET", "/api/home?token=" + "x" * len(token)).status == 403
    assert ask(server, "GET", "/api/home", headers={**cookie(server), "Host": f"rebound.example:{server.port}"}
               ).status == 421
    cross = ask(server, "POST", "/api/key", {"key": "p"}, {**cookie(server), "Origin": "https://evil.example"})
    assert cross.status == 403
    assert ask(server, "POST", "/api/key", {"key": "p"}, cookie(server)).status == 403  # no Origin at all
    assert ask(server, "POST", "/api/quit", {}, {"Origin": f"http://127.0.0.1:{server.port}"}).status == 401
    assert hub.poll() == [] and backend.quits == 0  # nothing refused reached the session
    # the server is on the loopback interface only
    assert server._sockets[0].getsockname()[0] == "127.0.0.1"


def test_first_visit_moves_the_key_into_a_private_cookie(served) -> None:  # type: ignore[no-untyped-def]
    server, _, _ = served
    first = ask(server, "GET", f"/?token={server.guard.token}")
    assert first.status == 303 and first.getheader("Location") == "/"  # the address bar loses the key
    set_cookie = first.getheader("Set-Cookie") or ""
    assert f"{COOKIE}={server.guard.token}" in set_cookie
    assert "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie
    again = ask(server, "GET", "/", headers=cookie(server))
    assert again.status == 200
    html = again.read().decode()
    assert "<main" in html and "http" not in re.sub(r"https?://www\.w3\.org[^\"]*", "", html)  # nothing remote
    assert "frame-ancestors 'none'" in (again.getheader("Content-Security-Policy") or "")
    assert again.getheader("Referrer-Policy") == "no-referrer"
    assert ask(server, "GET", "/static/app.css", headers=cookie(server)).status == 200


def test_buttons_reach_the_session_as_keys(served) -> None:  # type: ignore[no-untyped-def]
    server, hub, backend = served
    for key in ("p", "space", "m", "q"):
        assert ask(server, "POST", "/api/key", {"key": key}, page(server)).status == 200
    assert ask(server, "POST", "/api/key", {"key": "x"}, page(server)).status == 400
    assert ask(server, "POST", "/api/key", None, page(server)).status == 415  # not JSON
    assert hub.poll() == ["p", "space", "m", "q"]
    refused = ask(server, "POST", "/api/start", {"kind": "session"}, page(server))
    assert refused.status == 409 and json.loads(refused.read())["error"].startswith("Please")
    assert ask(server, "POST", "/api/start", {"kind": "demo"}, page(server)).status == 202
    assert [r["kind"] for r in backend.started] == ["session", "demo"]
    assert ask(server, "GET", "/api/sessions/2026-01-01_120000_daily-checkin", headers=cookie(server)).status == 200
    assert ask(server, "GET", "/api/sessions/..", headers=cookie(server)).status == 404
    assert ask(server, "GET", "/api/sessions/%2e%2e%2fetc", headers=cookie(server)).status == 404
    assert ask(server, "POST", "/api/quit", {}, page(server)).status == 200 and backend.quits == 1


def test_the_live_state_is_pushed_as_it_changes(served) -> None:  # type: ignore[no-untyped-def]
    server, hub, _ = served
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", "/api/events", headers={"Host": f"127.0.0.1:{server.port}", **cookie(server)})
    stream = connection.getresponse()
    assert stream.status == 200 and stream.getheader("Content-Type") == "text/event-stream"

    def next_event() -> dict[str, Any]:
        while True:
            line = stream.readline().decode()
            if line.startswith("data: "):
                return json.loads(line[6:])

    assert next_event()["view"] == "start"
    engine = SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"))
    hub.begin("session")
    face = hub.face()
    face.watch(engine)  # type: ignore[misc]
    converse("speaker-listener", [("wait", 1.0)], max_s=15.0, engine=engine)  # the program's opening prompts
    assert engine.listening_to == "A" and engine.phase.value == "running"
    states = []
    started = time.monotonic()
    for t in np.arange(15.0, 16.0, 0.03):  # the runner's frames, numpy's types and all
        face.meter(t, np.full(480, 3000, dtype=np.int16), np.bool_(True), np.bool_(False))  # type: ignore[misc]
    time.sleep(0.15)
    face.display.show(16.0, "voice-session", "Sam, what is on your mind?")
    while time.monotonic() - started < 5:
        state = next_event()
        states.append(state)
        if state["session"] and state["session"]["prompt"]:
            break
    last = states[-1]
    assert last["view"] == "session" and last["session"]["name"] == "Sam"
    assert last["session"]["role"] == "speaker" and last["session"]["partner"] == "A"
    assert last["meter"]["speaking"] is True and last["meter"]["level"] > 0.5
    assert last["session"]["lines"][-1]["text"] == "Sam, what is on your mind?"
    engine.handle(Key(17.0, "p"))
    face.keys()  # type: ignore[misc]  the runner's next poll takes the state again
    hub.press("m")
    face.keys()  # type: ignore[misc]
    while True:
        state = next_event()
        if state["session"]["phase"] == "paused":
            break
    assert state["session"]["muted"] is True
    connection.close()


def test_the_app_checks_what_the_page_asks(tmp_path: Path) -> None:
    app = App(settings=None, options=AppOptions())  # type: ignore[arg-type]
    names = {"kind": "session", "exercise": "daily-checkin", "voice": "none"}
    assert app.start({**names, "names": ["Sam", ""]}) == "Please write both of your names."
    assert app.start({**names, "names": ["Sam", "sam"]}) == "Please write two different names."
    assert "without commas" in (app.start({**names, "names": ["Sam", "A,B"]}) or "")
    assert app.start({**names, "names": ["Sam", "Alex"], "exercise": "/etc/passwd"}) == "Please choose an exercise."
    assert app.start({**names, "names": ["Sam", "Alex"], "voice": "loud"}) == "unknown voice"
    assert app.start({"kind": "format-disk"}) == "unknown request"
    assert app.start({**names, "names": ["Sam", "Alex"]}) is None
    assert app.start({"kind": "demo"}) == "A session is already running; end it first."


def test_history_lists_sessions_and_shows_reports_inline(tmp_path: Path) -> None:
    from voice_session.cli import main

    folder = tmp_path / "sessions" / "2026-02-03_201500_daily-checkin"
    assert main(["simulate", "daily-checkin", "--recording", str(Path(__file__).parent.parent / "audio_fixtures" /
                                                                 "clips" / "silence.wav"),
                 "--voice", "none", "--out", str(folder), "--quiet"]) == 0
    listed = list_sessions(tmp_path / "sessions")
    assert [s["folder"] for s in listed] == [folder.name]
    assert listed[0]["when"] == "2026-02-03 20:15" and listed[0]["title"] == "Daily check-in"
    html = session_report(tmp_path / "sessions", folder.name)
    assert html is not None and "<table>" in html and "data:image/png;base64," in html
    assert 'style="' not in html  # the page's policy allows no inline styles
    assert session_report(tmp_path / "sessions", "../sessions") is None
    assert session_report(tmp_path / "sessions", "nothing-here") is None


# ---- the page in a real browser ----


def _start_app(folder: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "voice_session", "app", "--no-browser", "--dir",
                                str(folder / "sessions"), *extra], cwd=folder, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line)
    if not found:
        process.kill()
        raise AssertionError(f"no address in: {line!r}")
    return process, found[0]


@pytest.mark.slow
def test_the_demo_from_the_start_screen_in_chromium(tmp_path: Path) -> None:
    """From a folder that is not the checkout: the demo's couple ships with the package."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chromium()
    process, url = _start_app(tmp_path, "--demo-speed", "4", "--voice", "piper")
    try:
        wait = WebDriverWait(driver, 90, poll_frequency=0.05)
        shown = lambda element_id: driver.find_element(By.ID, element_id).is_displayed()  # noqa: E731
        text = lambda element_id: driver.find_element(By.ID, element_id).text  # noqa: E731
        driver.get(url)
        wait.until(lambda d: shown("start"))
        assert "token" not in driver.current_url  # the key left the address bar for a cookie
        assert driver.find_elements(By.CSS_SELECTOR, "#exercises input[type=radio]")  # exercises as cards
        screenshot(driver, "web-1-start")
        driver.find_element(By.ID, "demo").click()
        wait.until(lambda d: shown("session"))
        wait.until(lambda d: text("who") == "Sam")
        assert "speaker" in text("role")
        assert driver.find_element(By.ID, "who").get_attribute("class") == "who partner-A"
        assert re.fullmatch(r"\d\d:\d\d", text("elapsed")) and text("limit").startswith("limit")
        assert "Sam" in driver.find_element(By.ID, "announce").get_attribute("textContent")  # the live region
        assert not shown("transcript")  # hidden until asked for
        screenshot(driver, "web-2-sam-speaks")
        wait.until(lambda d: text("who") == "Alex")
        assert "listener" in text("role")
        assert "Alex's turn" in driver.find_element(By.ID, "announce").get_attribute("textContent")
        screenshot(driver, "web-3-alex-reflects")
        # pause with the keyboard alone, resume with the button
        driver.find_element(By.TAG_NAME, "main").send_keys("p")
        wait.until(lambda d: shown("paused"))
        assert text("pause").startswith("Resume")
        screenshot(driver, "web-4-paused")
        driver.find_element(By.ID, "pause").click()
        wait.until(lambda d: not shown("paused"))
        driver.find_element(By.TAG_NAME, "main").send_keys("t")
        wait.until(lambda d: shown("transcript") and "Sam:" in text("lines"))
        # end asks first; "Go on" keeps the session
        driver.find_element(By.ID, "end").click()
        wait.until(lambda d: shown("confirm-end"))
        screenshot(driver, "web-5-end-asks-first")
        driver.find_element(By.ID, "end-no").click()
        time.sleep(0.5)
        assert shown("session")
        driver.find_element(By.TAG_NAME, "main").send_keys("q")
        wait.until(lambda d: shown("confirm-end"))
        driver.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)  # from "Go on" to "End the session"
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        wait.until(lambda d: shown("ended"))
        wait.until(lambda d: "Turns" in text("report") and "Listening" in text("report"))
        assert "ended by user" in text("ended-reason")
        assert driver.find_element(By.CSS_SELECTOR, "#report img").get_attribute("src").startswith("data:image/png")
        screenshot(driver, "web-6-report")
        driver.find_element(By.ID, "nav-history").click()
        wait.until(lambda d: shown("history") and "Repair conversation" in text("sessions"))
        assert "Sam & Alex" in text("sessions")
        screenshot(driver, "web-7-history")
        driver.find_element(By.CSS_SELECTOR, "#sessions button").click()
        wait.until(lambda d: shown("history-report") and "Turns" in text("history-report"))
        screenshot(driver, "web-8-history-report")
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not severe, severe  # no script error, nothing the page's policy had to block
    finally:
        close(driver)
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=30)[0]
    assert process.returncode == 130, output
    assert "Traceback" not in output, output
    assert "token" not in output.split("\n", 1)[1]  # the key is printed once, to open the page, never again
    folders = list((tmp_path / "sessions").glob("*_repair-conversation"))
    assert len(folders) == 1
    events = [json.loads(line) for line in (folders[0] / "events.jsonl").read_text().splitlines()]
    kinds = [e["event"] for e in events]
    assert "paused" in kinds and "resumed" in kinds, kinds
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "ended_by_user"
    keys = [e["key"] for e in events if e["event"] == "key"]
    assert keys.count("p") == 2 and keys[-1] == "q"  # the page's presses, recorded as the terminal's keys


@pytest.mark.slow
def test_the_page_reflows_at_double_zoom_and_respects_reduced_motion(tmp_path: Path) -> None:
    """200 % zoom on a 1280-pixel screen leaves a 640-pixel page: nothing may need sideways scrolling."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chromium(640, 800)
    process, url = _start_app(tmp_path, "--voice", "none")
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        driver.get(url)
        wait = WebDriverWait(driver, 30)
        wait.until(lambda d: d.find_element(By.ID, "start").is_displayed()
                   and d.find_elements(By.CSS_SELECTOR, "#exercises .card"))
        width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
        transition = driver.execute_script(
            "return getComputedStyle(document.querySelector('.meter .fill')).transitionDuration")
        assert transition == "0s"
        labels = driver.execute_script(
            "return [...document.querySelectorAll('input, select')].filter(e => e.type !== 'radio')"
            ".map(e => e.labels.length)")
        assert labels and all(labels), labels  # every field has a label a screen reader reads out
        screenshot(driver, "web-9-zoom-200")
        driver.find_element(By.ID, "name-a").send_keys("Sam")
        driver.find_element(By.ID, "start-button").click()
        wait.until(lambda d: "both of your names" in d.find_element(By.ID, "start-problem").text)
        assert driver.switch_to.active_element.get_attribute("id") == "name-b"  # focus goes where the fix is
    finally:
        close(driver)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert process.returncode == 143


@pytest.mark.slow
def test_demo_runs_from_any_folder(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "voice_session", "demo", "--voice", "none", "--out",
                             str(tmp_path / "demo")], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "Sam:" in result.stdout and "Alex:" in result.stdout
    assert (tmp_path / "demo" / "report.html").exists()


class PageClient:
    """What the page does, over plain HTTP: read the address a running program printed, follow its event
    stream, press its buttons."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        found = re.search(r"127\.0\.0\.1:(\d+)/\?token=(\S+)", process.stdout.readline())
        assert found, "no address printed"
        self.port, token = int(found[1]), found[2]
        self.headers = {"Host": f"127.0.0.1:{self.port}", "Cookie": f"{COOKIE}={token}"}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request("GET", "/api/events", headers=self.headers)
        self.stream = connection.getresponse()

    def states(self, within_s: float) -> Iterator[dict[str, Any]]:
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            line = self.stream.readline().decode()
            if line.startswith("data: "):
                yield json.loads(line[6:])

    def post(self, path: str, body: dict[str, Any]) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("POST", path, body=json.dumps(body), headers={
            **self.headers, "Origin": f"http://127.0.0.1:{self.port}", "Content-Type": "application/json"})
        return connection.getresponse().status


@pytest.mark.slow
def test_the_timer_on_the_page(tmp_path: Path) -> None:
    """`timer --ui web`: the therapist's timer on the page, a virtual couple standing in for the microphone; the
    page's space passes the floor and its end reaches the engine as the terminal's keys do, and Ctrl+C then closes
    the program."""
    from .conftest import FIXTURES

    process = subprocess.Popen(
        [sys.executable, "-m", "voice_session", "timer", "--ui", "web", "--no-browser", "--no-speech-recognition",
         "--voice", "none", "--names", "Maya,Jon", "--input", str(FIXTURES / "daily/scenario.toml"),
         "--out", str(tmp_path / "timed"), "daily-checkin"],
        cwd=tmp_path, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        page = PageClient(process)
        seen: list[str] = []
        for state in page.states(within_s=60):
            name = (state.get("session") or {}).get("name")
            if name and name not in seen:
                seen.append(name)
                if name == "Maya":  # Maya holds the floor: the therapist passes it on from the page
                    assert page.post("/api/key", {"key": "space"}) == 200
            if seen == ["Maya", "Jon"]:
                break
        assert seen == ["Maya", "Jon"], seen  # the floor went from one to the other, on the page
        assert page.post("/api/key", {"key": "q"}) == 200
        state = next(state for state in page.states(within_s=60) if state["view"] == "end")
        assert state["ended"]["folder"] == "timed"
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=30)[0]
    assert process.returncode == 130, output
    events = [json.loads(line) for line in (tmp_path / "timed" / "events.jsonl").read_text().splitlines()]
    ended = next(e for e in events if e["event"] == "turn_ended")
    assert ended["partner"] == "A" and ended["reason"] == "key", ended  # passed from the page, not at the time limit
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "ended_by_user"
    assert not [e for e in events if e["event"] == "utterance" and e.get("text")]  # timed, never transcribed


def test_the_history_shows_the_journal_open_items_first(tmp_path: Path) -> None:
    from voice_session.journal import Journal
    from voice_session.web.app import journal_entries

    assert journal_entries(tmp_path / "none.sqlite3") is None  # no journal: the page says it starts later
    journal = Journal(tmp_path / "journal.sqlite3")
    item = {"event": "journal_item", "person": "Alex", "to": "Sam"}
    journal.take_in("monday", "alex+sam", ("Sam", "Alex"), [
        {**item, "kind": "win", "text": "We laughed at dinner."},
        {**item, "kind": "promise", "text": "I'll check in before bed when a joke hurts."},
    ])
    journal.close()
    entries = journal_entries(tmp_path / "journal.sqlite3")
    assert entries is not None
    assert [(e["kind"], e["open"]) for e in entries] == [("promise", True), ("win", False)]
    assert entries[0]["person"] == "Alex" and entries[0]["to"] == "Sam" and entries[0]["status"] == "open"


@pytest.mark.slow
@pytest.mark.live
def test_the_pages_microphone_check_hears_a_hello(tmp_path: Path) -> None:
    """On a virtual sound card: the start screen's check listens, moves the meter, and says it heard."""
    from .conftest import CLIPS
    from .pulse import Pulse, PulseUnavailable

    try:
        pulse = Pulse(tmp_path / "pulse")
    except PulseUnavailable as err:
        pytest.skip(f"no PulseAudio here: {err}")
    process = subprocess.Popen([sys.executable, "-m", "voice_session", "app", "--no-browser", "--voice", "none",
                                "--dir", str(tmp_path / "sessions")], env=pulse.env, cwd=tmp_path, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        page = PageClient(process)
        assert page.post("/api/start", {"kind": "check"}) == 202
        time.sleep(1.0)  # the welcome (on screen: no voice) comes first, then it listens
        pulse.play_into_microphone(CLIPS / "confirm_yes.wav")
        loudest = 0.0
        state: dict[str, Any] = {}
        for state in page.states(within_s=30):
            loudest = max(loudest, (state.get("meter") or {}).get("level", 0.0))
            if state.get("check"):
                break
        assert state.get("check", {}).get("verdict") == "heard", state
        assert loudest > 0.3  # the meter moved with the voice
        assert state["view"] == "start" and not state["busy"]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
        pulse.stop()
    assert process.returncode == 130
    assert not (tmp_path / "sessions").exists() or not any((tmp_path / "sessions").iterdir())  # a check keeps nothing
