"""Resource limits every spec must stay within before any stage works on it.

A spec is untrusted input: a huge file, a deeply nested document or a YAML alias bomb ("billion
laughs": a few hundred bytes that expand to billions of nodes) must stop quickly with one clear
line instead of exhausting memory or the stack. The real Run:ai specs are about 1.6 MB, 15 levels
deep and 36,000 nodes, so the limits leave an order of magnitude of headroom.

`$ref`s are checked here too: only local references (`#/...`) are allowed, so no stage ever
fetches a URL or reads a file a spec points at (no SSRF, no local file disclosure through a spec),
and every reference must name something that exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from runai_sdkgen.errors import ToolkitError

MAX_SPEC_BYTES = 16 * 1024 * 1024
MAX_NESTING_DEPTH = 64
# Nodes counted as if every YAML alias were expanded: that is what JSON serialization produces.
MAX_EXPANDED_NODES = 2_000_000
# Hops of a `$ref` that points at another `$ref`.
MAX_REF_CHAIN = 32


def check_size(size: int, origin: str) -> None:
    if size > MAX_SPEC_BYTES:
        raise ToolkitError(
            f"{origin}: {size} bytes is larger than the {MAX_SPEC_BYTES} byte limit for a spec"
        )


def _pointer(path: tuple[str | int, ...]) -> str:
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "/" + "/".join(escaped) if path else "(root)"


def _walk(document: Any) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every node with its JSON path, depth first, iteratively (no recursion limit to hit)."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, dict):
            stack.extend(((*path, str(key)), value) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*path, i), item) for i, item in reversed(list(enumerate(node))))


def _children(node: Any) -> list[tuple[str | int, Any]]:
    if isinstance(node, dict):
        return [(str(key), value) for key, value in node.items()]
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def check_shape(document: Any, origin: str) -> None:
    """Nesting depth and expanded size, as JSON serialization would see them.

    A YAML anchor used many times is one shared object: its size and height are computed once
    and reused (so an alias bomb is measured in microseconds, not expanded); an alias to its own
    ancestor (a cycle no JSON can hold) is refused.
    """
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(document, (), False)]
    while stack:
        node, path, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            children = [child for _, child in _children(node)]
            sizes[key] = 1 + sum(sizes.get(id(child), 1) for child in children)
            heights[key] = 1 + max((heights.get(id(child), 0) for child in children), default=0)
            if sizes[key] > MAX_EXPANDED_NODES:
                raise ToolkitError(
                    f"{origin}: more than {MAX_EXPANDED_NODES} nodes once YAML aliases are "
                    f"expanded (an alias bomb?) at {_pointer(path)}"
                )
            continue
        if len(path) + heights.get(key, 0) > MAX_NESTING_DEPTH:
            raise ToolkitError(
                f"{origin}: nesting deeper than {MAX_NESTING_DEPTH} levels at "
                f"{_pointer(path[:MAX_NESTING_DEPTH])}/..."
            )
        if key in open_nodes:
            raise ToolkitError(f"{origin}: a YAML alias at {_pointer(path)} contains itself")
        if key in sizes or not isinstance(node, dict | list):
            continue
        open_nodes.add(key)
        stack.append((node, path, True))
        stack.extend((child, (*path, part), False) for part, child in _children(node))


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _target(document: Any, ref: str) -> tuple[bool, Any]:
    node = document
    for token in ref.removeprefix("#/").split("/") if ref != "#" else []:
        key = _unescape(token)
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False, None
    return True, node


def check_refs(document: Any, origin: str) -> None:
    """Every `$ref` is local, resolves, and does not chain endlessly through other `$ref`s."""
    for path, node in _walk(document):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        ref = node["$ref"]
        where = _pointer((*path, "$ref"))
        if not isinstance(ref, str):
            raise ToolkitError(f"{origin}: $ref at {where} is not a string")
        if not ref.startswith("#"):
            raise ToolkitError(
                f"{origin}: $ref at {where} points outside the document ({ref[:100]!r}); "
                "only local references (#/...) are allowed: bundle the spec first"
            )
        seen = {ref}
        while True:
            found, target = _target(document, ref)
            if not found:
                raise ToolkitError(f"{origin}: $ref at {where} points at nothing ({ref[:100]!r})")
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                break
            ref = target["$ref"]
            if not ref.startswith("#"):
                break
            if ref in seen:
                raise ToolkitError(f"{origin}: $ref at {where} is a cycle of references ({ref!r})")
            seen.add(ref)
            if len(seen) > MAX_REF_CHAIN:
                raise ToolkitError(
                    f"{origin}: $ref at {where} chains through more than {MAX_REF_CHAIN} references"
                )
