"""Renders a session's report.html in headless Chromium to a PNG, to look at it as a person would.

Usage: python scripts/render_report.py SESSION_FOLDER [OUT.png]   (needs Debian's chromium package)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def render(report: Path, out: Path, width: int = 1400, height: int = 1100) -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        raise SystemExit("render_report: Chromium not found; install it with `apt-get install chromium`")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--window-size={width},{height}", f"--screenshot={out}",
             report.resolve().as_uri()],
            check=True, capture_output=True, timeout=60,
        )
    return out


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else folder / "report-screenshot.png"
    print(render(folder / "report.html", target))
