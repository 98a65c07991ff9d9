"""Alongside: a private, local-first companion for when your partner resists therapy."""

__version__ = "0.1.0"
