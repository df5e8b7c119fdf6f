"""voice-session: local, offline, spoken guided sessions for couples."""

import os

# onnxruntime (Piper's voice, Silero's speech check) uploads telemetry from version 1.29 on unless this is set
# before it first loads: a device id and an event queue under ~/.cache/Microsoft, then DNS and HTTPS to
# Microsoft. Every entry point (the command, `python -m voice_session`, scripts, tests) imports this package
# first, so setting it here covers them all; it is forced, not defaulted, because nothing may leave the machine.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
# numpy's OpenBLAS keeps a worker thread per core spinning for a while after every matrix product: on a 2-core
# laptop that is the other core taken from the voice and the audio callbacks, for products of a few hundred
# rows that one thread computes as fast (the turn model's 50 ms judgement cost 100 ms of CPU). One thread,
# unless the user says otherwise; set before numpy first loads, for the same reason as above.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
