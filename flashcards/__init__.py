"""flashcards: bilingual flashcards and quizzes from business articles, scheduled with FSRS."""

__version__ = "0.1.0"
