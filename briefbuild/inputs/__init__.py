"""Inputs: reading YAML and text files into typed models."""
