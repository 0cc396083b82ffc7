"""Deck builder: reads articles, groups translations and makes cards (no Qt, no SQL)."""
