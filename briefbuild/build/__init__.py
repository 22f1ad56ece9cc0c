"""Building: the engine, the manifest of what was built from what, the typesetting workers, progress."""
