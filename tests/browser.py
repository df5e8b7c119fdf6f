"""Headless Debian Chromium through its chromedriver, for the web page's tests (never a downloaded browser)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
"""Where the browser tests leave their pictures (git ignores it); look at them after a change to the page."""


def chromium(width: int = 1280, height: int = 900, zoom: float = 1.0):  # type: ignore[no-untyped-def]
    """A headless Chromium, or a skip saying why there is none."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("Chromium or chromedriver is not installed (scripts/setup_system.sh installs Debian's "
                    "chromium and chromium-driver)")
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="voice-session-chromium-")
    # No network of its own: no background fetches, no component updates, no sign-in, no QUIC probes.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
                 f"--user-data-dir={profile}", f"--window-size={width},{height}",
                 f"--force-device-scale-factor={zoom}"):
        options.add_argument(flag)
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never look for a driver online
    try:
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    except WebDriverException as err:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium could not start here: {str(err).splitlines()[0]}")
    driver.profile_dir = profile  # type: ignore[attr-defined]
    return driver


def close(driver) -> None:  # type: ignore[no-untyped-def]
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def screenshot(driver, name: str) -> Path:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
