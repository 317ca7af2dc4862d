"""Remembered work, kept per visitor rather than per process.

Suggestions, reading grades and template renderings repeat a great deal as
a mother types (the same sentences come back on every keystroke). Keeping
them in a process-wide cache would hold one visitor's sentences where every
visitor's requests run, so instead each visitor brings her own `Memo` (the
app keeps one in session state) and the work is remembered inside it:

    with helper.remembering(memo):
        report = helper.analyze(draft)

Without one, each call to `analyze` or `rewrite` remembers only within itself.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Callable, Hashable, Iterator, TypeVar

T = TypeVar("T")

_ACTIVE: ContextVar["Memo | None"] = ContextVar("gentle_draft_memo", default=None)


class Memo:
    """Bounded tables of remembered results, one per kind of work."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._tables: dict[str, dict[Hashable, object]] = {}

    def recall(self, table: str, fn: Callable[..., T], args: tuple[Hashable, ...]) -> T:
        """`fn(*args)`, worked out once and kept in `table` (no closure per call: a hot path)."""
        found = self._tables.get(table)
        if found is None:
            found = self._tables[table] = {}
        elif args in found:
            return found[args]  # type: ignore[return-value]
        value = fn(*args)
        if len(found) >= self.size:
            del found[next(iter(found))]  # the oldest goes first
        found[args] = value
        return value

    def __len__(self) -> int:
        return sum(len(t) for t in self._tables.values())


@contextmanager
def remembering(memo: Memo | None = None) -> Iterator[Memo]:
    """Remember work in `memo` for the calls inside the block. Nested blocks
    keep the outer memo, so one call inside another shares it."""
    active = _ACTIVE.get()
    if active is not None and memo is None:
        yield active
        return
    memo = memo if memo is not None else Memo()
    token = _ACTIVE.set(memo)
    try:
        yield memo
    finally:
        _ACTIVE.reset(token)


def remembered(table: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorate a pure function of hashable arguments: inside `remembering`,
    its results are kept in the active memo; outside, it simply runs."""

    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        @wraps(fn)
        def inner(*args: Hashable) -> T:
            memo = _ACTIVE.get()
            return fn(*args) if memo is None else memo.recall(table, fn, args)

        return inner

    return decorate
