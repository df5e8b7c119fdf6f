"""The terminal side: keys and views."""
