"""Checking: validation, cross-references and quote verification, every error at once."""
