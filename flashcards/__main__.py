"""Run the app with `python -m flashcards`."""

from flashcards.cli.main import main

raise SystemExit(main())
