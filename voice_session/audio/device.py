"""Importing sounddevice and finding devices, turning PortAudio failures into one-line errors."""

from __future__ import annotations

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
    return sd


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
