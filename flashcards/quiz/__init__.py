"""Quizzes beyond flipping a card: typed answers, multiple choice and sorting statements."""
