"""A private PulseAudio daemon with null sinks: a real virtual sound card for live tests.

`mic_feed`: what a test plays there, the program hears as its microphone (the default source is
mic_feed.monitor). `spk`: the program's speaker (the default sink); a loopback plays spk back into
mic_feed, as a laptop's speakers reach its microphone, so the half-duplex gate is really tested.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path


class PulseUnavailable(Exception):
    pass


class Pulse:
    def __init__(self, folder: Path) -> None:
        if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
            raise PulseUnavailable("pulseaudio and pulseaudio-utils are not installed (make test installs them)")
        runtime = folder / "runtime"
        home = folder / "home"
        runtime.mkdir(mode=0o700, parents=True)
        home.mkdir()
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home),
                    "PULSE_RUNTIME_PATH": str(runtime / "pulse")}
        self.env.pop("PULSE_SERVER", None)
        started = subprocess.run(
            ["pulseaudio", "-D", "--exit-idle-time=-1", "-n", "--disallow-exit=no",
             "--load=module-null-sink sink_name=mic_feed", "--load=module-null-sink sink_name=spk",
             "--load=module-native-protocol-unix"],
            env=self.env, capture_output=True, text=True, timeout=30, check=False,
        )
        if not self._wait_ready():
            raise PulseUnavailable(f"pulseaudio did not start: {started.stderr.strip()[-300:]}")
        self.pactl("set-default-source", "mic_feed.monitor")
        self.pactl("set-default-sink", "spk")

    def _wait_ready(self) -> bool:
        for _ in range(50):
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True, check=False).returncode == 0:
                return True
            time.sleep(0.1)
        return False

    def pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, check=True).stdout

    def loop_speaker_into_microphone(self) -> None:
        self.pactl("load-module", "module-loopback", "source=spk.monitor", "sink=mic_feed", "latency_msec=40",
                   "adjust_time=0")

    def play_into_microphone(self, wav: Path) -> None:
        subprocess.run(["paplay", "-d", "mic_feed", str(wav)], env=self.env, check=True, timeout=120)

    def record_speaker(self, wav: Path) -> subprocess.Popen:  # type: ignore[type-arg]
        return subprocess.Popen(["parecord", "-d", "spk.monitor", "--file-format=wav", "--rate=16000",
                                 "--channels=1", str(wav)], env=self.env)

    def record_microphone(self, wav: Path) -> subprocess.Popen:  # type: ignore[type-arg]
        """What the program's microphone hears (the partners' clips, and the speaker when it is looped in), as
        one recording: a latency measured on it is one a person in the room would measure."""
        return subprocess.Popen(["parecord", "-d", "mic_feed.monitor", "--file-format=wav", "--rate=16000",
                                 "--channels=1", str(wav)], env=self.env)

    def stop(self) -> None:
        subprocess.run(["pulseaudio", "--kill"], env=self.env, capture_output=True, check=False, timeout=30)
