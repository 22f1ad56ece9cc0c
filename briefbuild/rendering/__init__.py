"""Rendering: composing a brief, citing its sources, HTML and PDF."""
