"""The ears and the mouth: voice activity, endpointing, transcription, voices."""
