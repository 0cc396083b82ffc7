"""The store on a PostgreSQL server: schema, serial transactions, clear errors."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import inspect, select

from flashcards.errors import StoreError
from flashcards.store.database import Database, display_url, head_revision
from flashcards.store.models import Setting


def test_a_new_database_is_migrated_to_head(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        assert db.is_postgresql and db.path is None
        assert db.current_revision() == head_revision()
        with db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert {"decks", "cards", "articles", "review_log", "settings"} <= tables
    finally:
        db.close()
    Database(pg_url).close()  # opening again changes nothing


def test_transactions_of_two_clients_run_one_after_the_other(pg_url: str) -> None:
    first, second = Database(pg_url), Database(pg_url)
    inside = threading.Event()
    seen: list[str] = []

    def hold() -> None:
        with first.begin() as session:
            session.add(Setting(key="who", value="first"))
            session.flush()
            inside.set()
            time.sleep(0.5)

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(10)
    started = time.monotonic()
    with second.begin() as session:  # waits for the other client's transaction to end
        seen.append(session.scalar(select(Setting.value).where(Setting.key == "who")) or "")
    waited = time.monotonic() - started
    holder.join()
    first.close()
    second.close()
    assert seen == ["first"] and waited > 0.2


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    url = "postgresql://learner:s3cret@127.0.0.1:1/flashcards"
    with pytest.raises(StoreError) as caught:
        Database(url)
    message = str(caught.value)
    assert "\n" not in message and "s3cret" not in message
    assert message.startswith("postgresql://learner:***@127.0.0.1:1/flashcards: ")


def test_other_engines_are_refused_by_name() -> None:
    with pytest.raises(StoreError, match=r"^mysql://u:\*\*\*@h/db: unsupported database"):
        Database("mysql://u:pw@h/db")


def test_display_url_hides_the_password_and_the_driver() -> None:
    shown = display_url("postgresql+psycopg://me:pw@db.example:5432/cards")
    assert shown == "postgresql://me:***@db.example:5432/cards"
    on_socket = display_url("postgresql+psycopg://me@/cards?host=/run/postgresql")
    assert on_socket == "postgresql://me@/cards?host=/run/postgresql"
