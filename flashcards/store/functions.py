"""SQL expressions that each database engine spells its own way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Float, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.roles import ExpressionElementRole


class days_between(FunctionElement[float]):
    """`later - earlier` in days, as a float (NULL when either is NULL)."""

    type = Float()
    inherit_cache = True
    name = "days_between"

    def __init__(
        self, later: ExpressionElementRole[Any], earlier: ExpressionElementRole[Any]
    ) -> None:
        super().__init__(later, earlier)


def _arguments(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    later, earlier = element.clauses
    return compiler.process(later, **kw), compiler.process(earlier, **kw)


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"(julianday({later}) - julianday({earlier}))"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"


class like_any_case(FunctionElement[bool]):
    """`text LIKE pattern ESCAPE '\\'`, ignoring case as far as the engine can.

    SQLite's LIKE ignores the case of ASCII letters only; PostgreSQL's ILIKE that of every
    letter its locale knows.  (A plain ilike() would make SQLite call lower() on each row.)
    """

    type = Boolean()
    inherit_cache = True
    name = "like_any_case"

    def __init__(self, text: ExpressionElementRole[Any], pattern: str) -> None:
        super().__init__(text, literal(pattern))


@compiles(like_any_case, "sqlite")
def _like_sqlite(element: like_any_case, compiler: SQLCompiler, **kw: Any) -> str:
    text, pattern = _arguments(element, compiler, **kw)
    return f"({text} LIKE {pattern} ESCAPE '\\')"


@compiles(like_any_case, "postgresql")
def _like_postgresql(element: like_any_case, compiler: SQLCompiler, **kw: Any) -> str:
    text, pattern = _arguments(element, compiler, **kw)
    return f"({text} ILIKE {pattern} ESCAPE '\\')"
