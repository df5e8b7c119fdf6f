"""The page's HTTP server: Tornado on 127.0.0.1, in a thread of its own, for one run of the program.

Routes (every one behind the guard):
  GET  /                     the page (the first visit carries ?token=…: it becomes a cookie, and the address
                             loses it)
  GET  /static/…             its script and style sheet
  GET  /api/home             exercises, voices, past sessions, the journal
  GET  /api/events           the live state, as server-sent events, several a second while it changes
  GET  /api/sessions/NAME    one past session's report, as HTML to show inline
  POST /api/start            {"kind": "session" | "timer" | "demo" | "check", names, exercise, voice}
  POST /api/key              {"key": "space" | "p" | "n" | "r" | "m" | "q"}: the same keys as the terminal
  POST /api/quit             closes the program
"""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any, Protocol

from voice_session.errors import UserError
from voice_session.web.guard import COOKIE, Guard
from voice_session.web.hub import Hub

STATIC = Path(__file__).resolve().parent / "static"
HEADERS = {
    # everything the page needs comes from here; nothing may frame it, nothing leaves with a referrer
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class Backend(Protocol):
    """What the server asks of the app."""

    def home(self) -> dict[str, Any]: ...
    def report(self, name: str) -> str | None: ...
    def start(self, request: dict[str, Any]) -> str | None: ...
    def quit(self) -> None: ...


class WebServer:
    def __init__(self, hub: Hub, backend: Backend, port: int = 0) -> None:
        import tornado.netutil

        self.hub, self.backend = hub, backend
        try:
            self._sockets = tornado.netutil.bind_sockets(port, "127.0.0.1")
        except OSError as err:
            raise UserError(f"cannot listen on 127.0.0.1:{port} ({err.strerror}); choose another with --port, "
                            "or --port 0 for any free one") from None
        self.port = self._sockets[0].getsockname()[1]
        self.guard = Guard.new(self.port)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="web", daemon=True)

    @property
    def url(self) -> str:
        """The address to open: it carries this run's key."""
        return f"http://127.0.0.1:{self.port}/?token={self.guard.token}"

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _serve(self) -> None:
        import tornado.httpserver

        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        server = tornado.httpserver.HTTPServer(_application(self))
        server.add_sockets(self._sockets)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            server.stop()
            loop.close()


def _plain(value: Any) -> Any:
    """numpy's numbers and bools as JSON's (a session's figures come from numpy now and then)."""
    item = getattr(value, "item", None)
    if item is None:
        raise TypeError(f"{type(value).__name__} cannot be shown on the page")
    return item()


def _application(owner: WebServer):  # type: ignore[no-untyped-def]
    import tornado.web

    class Guarded(tornado.web.RequestHandler):
        def set_default_headers(self) -> None:
            for name, value in HEADERS.items():
                self.set_header(name, value)

        def prepare(self) -> None:
            given = self.get_cookie(COOKIE) or self.get_query_argument("token", None)
            verdict = owner.guard.check(self.request.method or "GET", self.request.headers.get("Host"),
                                        self.request.headers.get("Origin"), given)
            if not verdict.allowed:
                self.set_status(verdict.status)
                self.set_header("Content-Type", "text/plain; charset=utf-8")
                self.finish(f"voice-session: {verdict.why}\n")

        def body_json(self) -> dict[str, Any]:
            if not self.request.headers.get("Content-Type", "").startswith("application/json"):
                raise tornado.web.HTTPError(415)
            try:
                data = json.loads(self.request.body or b"{}")
            except ValueError:
                raise tornado.web.HTTPError(400) from None
            if not isinstance(data, dict):
                raise tornado.web.HTTPError(400)
            return data

        def write_error(self, status_code: int, **kwargs: Any) -> None:
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(f"voice-session: {self._reason}\n")

    class Page(Guarded):
        def get(self) -> None:
            if self.get_query_argument("token", None):  # the first visit: the key moves into a cookie
                self.set_cookie(COOKIE, owner.guard.token, httponly=True, samesite="Strict", path="/")
                self.redirect("/", status=303)
                return
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish((STATIC / "index.html").read_bytes())

    class Static(Guarded, tornado.web.StaticFileHandler):
        pass

    class Icon(Guarded):
        def get(self) -> None:
            self.set_header("Content-Type", "image/svg+xml")
            self.finish((STATIC / "icon.svg").read_bytes())

    class Home(Guarded):
        def get(self) -> None:
            self.finish(owner.backend.home())

    class Report(Guarded):
        def get(self, name: str) -> None:
            html = owner.backend.report(name)
            if html is None:
                raise tornado.web.HTTPError(404)
            self.finish({"html": html})

    class Events(Guarded):
        async def get(self) -> None:
            self.set_header("Content-Type", "text/event-stream")
            seen = -1
            quiet = 0.0
            while not self.request.connection.stream.closed():  # type: ignore[union-attr]
                version, state = owner.hub.snapshot()
                if version != seen or quiet >= 10.0:  # unchanged: a comment now and then keeps it open
                    self.write(f"data: {json.dumps(state, default=_plain)}\n\n" if version != seen
                               else ": still here\n\n")
                    seen, quiet = version, 0.0
                    try:
                        await self.flush()
                    except tornado.iostream.StreamClosedError:
                        return
                await asyncio.sleep(0.1)
                quiet += 0.1

    class Start(Guarded):
        def post(self) -> None:
            problem = owner.backend.start(self.body_json())
            if problem:
                self.set_status(409)
                self.finish({"error": problem})
            else:
                self.set_status(202)
                self.finish({"ok": True})

    class Press(Guarded):
        def post(self) -> None:
            if not owner.hub.press(str(self.body_json().get("key", ""))):
                raise tornado.web.HTTPError(400)
            self.finish({"ok": True})

    class Quit(Guarded):
        def post(self) -> None:
            owner.backend.quit()
            self.finish({"ok": True})

    import tornado.iostream

    return tornado.web.Application(
        [
            (r"/", Page),
            (r"/favicon.ico", Icon),
            (r"/static/(.*)", Static, {"path": str(STATIC)}),
            (r"/api/home", Home),
            (r"/api/events", Events),
            (r"/api/sessions/([A-Za-z0-9_.\-]+)", Report),
            (r"/api/start", Start),
            (r"/api/key", Press),
            (r"/api/quit", Quit),
        ],
        # nothing about a request (its address carries the key) is written anywhere
        log_function=lambda handler: None,
        compress_response=False,
        xsrf_cookies=False,  # the guard checks Origin and the cookie is SameSite=Strict
    )
