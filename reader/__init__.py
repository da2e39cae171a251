"""Reader: an Arabic-first desktop reader for articles in right-to-left languages."""

__version__ = "0.1.0"
