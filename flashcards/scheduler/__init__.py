"""Spaced-repetition scheduling with FSRS: pure functions of state and time (no Qt, no SQL)."""
