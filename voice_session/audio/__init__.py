"""Audio in and out: frames, files, microphone, speakers."""
