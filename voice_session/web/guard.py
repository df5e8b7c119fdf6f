"""Who may talk to the page's server: pure rules, table-tested.

The server listens on 127.0.0.1 only, but that alone is not enough: another user of the same computer can
reach it, a web site open in the same browser can post to it, and a site can rebind its own name to
127.0.0.1 (DNS rebinding). So every request must carry this run's random token (in the URL the program
opens, then in a cookie the page cannot read), name this server in its Host header, and, when it changes
anything, come from this server's own page (its Origin header).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

COOKIE = "voice_session_token"
SAFE_METHODS = ("GET", "HEAD")


@dataclass(frozen=True)
class Verdict:
    status: int
    """200: go on; otherwise the HTTP status to refuse with."""
    why: str = ""

    @property
    def allowed(self) -> bool:
        return self.status == 200


ALLOWED = Verdict(200)


@dataclass(frozen=True)
class Guard:
    token: str
    port: int

    @classmethod
    def new(cls, port: int) -> Guard:
        return cls(secrets.token_urlsafe(24), port)

    @property
    def origins(self) -> tuple[str, ...]:
        return (f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}")

    def check(self, method: str, host: str | None, origin: str | None, token: str | None) -> Verdict:
        """`token` is the one the request carries (its cookie, or the URL's on the first visit)."""
        if host is None or f"http://{host.lower()}" not in self.origins:
            return Verdict(421, "this server answers only to 127.0.0.1 and localhost")  # DNS rebinding
        if origin is not None and origin.lower() not in self.origins:
            return Verdict(403, "requests from other sites are refused")
        if method not in SAFE_METHODS and origin is None:
            return Verdict(403, "changes are taken only from the page itself")
        if not token:
            return Verdict(401, "open the address voice-session printed: it carries this run's key")
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            return Verdict(403, "wrong key: open the address voice-session printed for this run")
        return ALLOWED
