"""Meaning of what partners say: a small offline sentence-embedding model (all-MiniLM-L6-v2, int8 ONNX)."""
