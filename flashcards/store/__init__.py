"""Persistence: SQLAlchemy models, the database engine and Alembic migrations (no Qt)."""
