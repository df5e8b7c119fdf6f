"""Importing sounddevice and finding devices, turning PortAudio failures into one-line errors."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from voice_session.errors import UserError

PORTAUDIO_FIX = (
    "install PortAudio: `sudo apt-get install libportaudio2` (Debian/Ubuntu) or `brew install portaudio` (macOS)"
)


def sounddevice() -> ModuleType:
    """The sounddevice module, or a UserError that says what to install."""
    try:
        import sounddevice as sd
    except (OSError, ImportError):
        raise UserError(f"PortAudio library not found; {PORTAUDIO_FIX}") from None
    _quiet_alsa()
    return sd


_ALSA_QUIET: list[object] = []
"""The no-op error handler given to ALSA, once."""


def _quiet_alsa() -> None:
    """On Linux, ALSA prints a line to stderr at every buffer underrun it recovers from ("ALSA lib pcm.c:…
    snd_pcm_recover"): on a busy laptop, hundreds a session. They say nothing a couple can act on, and when
    stderr is a pipe nobody reads (a launcher, a test), its writer blocks with stderr's lock held and the
    program hangs at exit. The session's own record says when audio was dropped."""
    if _ALSA_QUIET or not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("asound")
    if name is None:
        return
    try:
        alsa = ctypes.CDLL(name)
        # A C function that does nothing with what it is given, not a Python callback: ALSA calls its handler
        # from the audio thread, which may still run while the interpreter shuts down. On Linux's calling
        # conventions the caller cleans up the arguments, so extra ones are simply ignored.
        handler = ctypes.CDLL(None).sched_yield
        alsa.snd_lib_error_set_handler(handler)
    except (OSError, AttributeError):
        return
    _ALSA_QUIET.append(handler)


def input_device(device: str | int | None = None) -> dict[str, Any]:
    """The input device to record from, or a UserError naming the fix."""
    sd = sounddevice()
    try:
        info = sd.query_devices(device, kind="input")
    except (sd.PortAudioError, ValueError) as err:
        raise UserError(
            f"no microphone found ({err}); plug one in or choose one with --device "
            "(list them with `python -m sounddevice`)"
        ) from None
    if int(info.get("max_input_channels", 0)) < 1:
        raise UserError(f"device {info.get('name')!r} cannot record; choose an input with --device")
    return dict(info)


def output_device(device: str | int | None = None) -> dict[str, Any]:
    """The output device to play to, or a UserError naming the fix."""
    sd = sounddevice()
    try:
        info = sd.query_devices(device, kind="output")
    except (sd.PortAudioError, ValueError) as err:
        raise UserError(
            f"no speaker found ({err}); connect one, choose one with --output-device, or use --voice none"
        ) from None
    return dict(info)


CLOSE_WAIT_S = 2.0
"""How long closing a stream may take before the program goes on without it."""


def close_stream(stream: Any, wait_s: float = CLOSE_WAIT_S) -> None:
    """Stops a PortAudio stream at once and closes it, from a helper thread that is waited for at most `wait_s`.

    A stream is stopped with abort, not stop: stop waits for the sound system to play out its buffer, and on a
    busy machine PulseAudio's drain never came back (the session's record was complete, the process hung in
    `stop` for minutes). What was still to be said has been waited for before this (the runner's drain)."""
    import threading

    def close() -> None:
        try:
            stream.abort()
            stream.close()
        except Exception:  # a vanished device must not hide how the session ended
            pass

    closer = threading.Thread(target=close, daemon=True, name="close-audio")
    closer.start()
    closer.join(wait_s)
    if closer.is_alive():  # PortAudio is stuck: its own exit handler would stop (drain) the stream and hang too
        import atexit

        sd = sounddevice()
        atexit.unregister(getattr(sd, "_exit_handler", lambda: None))
