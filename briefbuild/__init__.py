"""briefbuild: policy briefs from YAML sources, with verified quotes, to PDF and HTML."""

__version__ = "0.1.0"
