"""Walking offset/limit pages until the last one, each item yielded once.

A page is whatever a list operation returns: a bare list, a JSON object, or a generated attrs
model. Its items are its one list-valued field; the walk stops on an empty page, a page shorter
than `limit`, once `offset` reaches a total count (`totalRecords`/`total`...) when the page has one,
or when the page says where the next page starts (`next`, `pagination.nextOffset`) and that does
not move forward.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

DEFAULT_PAGE_SIZE = 100
TOTAL_FIELDS = ("totalRecords", "total_records", "totalCount", "total_count", "total")
NEXT_FIELDS = ("next", "next_", "nextOffset", "next_offset")
PAGINATION_FIELDS = ("pagination",)
IGNORED_FIELDS = frozenset({"additional_properties"})


@dataclasses.dataclass(frozen=True)
class PageView:
    """What the walk needs from a page: its items, a total count and a next offset if given."""

    items: list[Any]
    total: int | None
    next_offset: int | None


def _fields(value: object) -> Mapping[str, Any] | None:
    if isinstance(value, Mapping):
        return value
    attrs_fields = getattr(type(value), "__attrs_attrs__", None)
    if attrs_fields is not None:
        return {field.name: getattr(value, field.name) for field in attrs_fields}
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _first_int(fields: Mapping[str, Any], names: tuple[str, ...]) -> int | None:
    for name in names:
        number = _as_int(fields.get(name))
        if number is not None:
            return number
    return None


def page_view(page: object) -> PageView:
    """Read items, total and next offset from a page; raises TypeError if it has no item list."""
    if isinstance(page, list):
        return PageView(page, None, None)
    fields = _fields(page)
    if fields is None:
        raise TypeError(f"a page must be a list, a mapping or an attrs model, not {type(page)!r}")
    lists = [
        value
        for name, value in fields.items()
        if isinstance(value, list) and name not in IGNORED_FIELDS
    ]
    if len(lists) != 1:
        raise TypeError(f"a page needs exactly one list field, found {len(lists)}")
    next_offset = _first_int(fields, NEXT_FIELDS)
    for name in PAGINATION_FIELDS:
        nested = _fields(fields.get(name))
        if nested is not None and next_offset is None:
            next_offset = _first_int(nested, NEXT_FIELDS)
    return PageView(lists[0], _first_int(fields, TOTAL_FIELDS), next_offset)


def _advance(view: PageView, offset: int, limit: int) -> int | None:
    """The offset of the page after `view`, or None when `view` was the last page."""
    count = len(view.items)
    if count == 0 or count < limit:
        return None
    following = offset + count
    if view.next_offset is not None:
        if view.next_offset <= offset:
            return None
        following = view.next_offset
    if view.total is not None and following >= view.total:
        return None
    return following


def iterate_pages(
    fetch: Callable[[int, int], object], *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0
) -> Iterator[Any]:
    """Yield every item of every page; `fetch(offset, limit)` returns one page."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    current: int | None = offset
    while current is not None:
        view = page_view(fetch(current, limit))
        yield from view.items
        current = _advance(view, current, limit)


async def aiterate_pages(
    fetch: Callable[[int, int], Awaitable[object]],
    *,
    limit: int = DEFAULT_PAGE_SIZE,
    offset: int = 0,
) -> AsyncIterator[Any]:
    """The async twin of iterate_pages."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    current: int | None = offset
    while current is not None:
        view = page_view(await fetch(current, limit))
        for item in view.items:
            yield item
        current = _advance(view, current, limit)
