"""Commands beyond build: watch, serve, look, doctor, export."""
