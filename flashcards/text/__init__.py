"""The language layer below the builder and the quizzes: folding, sentences, lemmas, phrases."""
