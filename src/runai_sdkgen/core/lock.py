"""`specs/lock.json`: what each release's snapshot is pinned to.

Per product and release: where the spec came from (never with credentials), the sha256 of the
raw snapshot bytes and of the normalized spec, the snapshot size, when it was fetched, and the
HTTP validators (ETag / Last-Modified) for conditional requests. A release fetched from
documentation pages also records every page: its URL, the sha256 of its Markdown, the
operations its blocks define, and its own validators. Written with sorted keys and
atomically, so an unchanged lock re-renders to identical bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.errors import ToolkitError

LOCK_FORMAT = 1
LOCK_FILE_NAME = "lock.json"


@dataclass(frozen=True)
class LockedPage:
    """One documentation page (or the index listing them) as fetched.

    `url` is the page URL, redacted; `sha256` is of its Markdown form as downloaded;
    `operations` are the ones its blocks define (`GET /api/v1/tenants`), in page order.
    """

    url: str
    sha256: str
    operations: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"sha256": self.sha256, "url": self.url}
        if self.operations:
            data["operations"] = list(self.operations)
        if self.etag is not None:
            data["etag"] = self.etag
        if self.last_modified is not None:
            data["last_modified"] = self.last_modified
        return data


@dataclass(frozen=True)
class LockedSource:
    """`kind` as in the manifest (or `embedded` for a snapshot pinned as its own upstream);
    `urls` already redacted; `path` for file sources; `pages` and `index` for docs sources."""

    kind: str
    urls: tuple[str, ...] = ()
    path: str | None = None
    pages: tuple[LockedPage, ...] = ()
    index: LockedPage | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.urls:
            data["urls"] = list(self.urls)
        if self.path is not None:
            data["path"] = self.path
        if self.pages:
            data["pages"] = [page.to_json() for page in self.pages]
        if self.index is not None:
            data["index"] = self.index.to_json()
        return data

    def page_of(self) -> dict[str, str]:
        """Operation (`GET /api/v1/tenants`) -> the URL of the page that defines it."""
        return {operation: page.url for page in self.pages for operation in page.operations}


@dataclass(frozen=True)
class LockEntry:
    snapshot: str
    source: LockedSource
    raw_sha256: str
    normalized_sha256: str
    size: int
    fetched_at: str
    etag: str | None = None
    last_modified: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "fetched_at": self.fetched_at,
            "normalized_sha256": self.normalized_sha256,
            "raw_sha256": self.raw_sha256,
            "size": self.size,
            "snapshot": self.snapshot,
            "source": self.source.to_json(),
        }
        if self.etag is not None:
            data["etag"] = self.etag
        if self.last_modified is not None:
            data["last_modified"] = self.last_modified
        return data


@dataclass
class Lock:
    """product -> release label -> entry. Entries of releases not touched are kept verbatim."""

    path: Path
    entries: dict[str, dict[str, LockEntry]] = field(default_factory=dict)
    # Set by set_entry: a run that pins nothing must not create or touch the file.
    changed: bool = False

    def entry(self, product: str, release: str) -> LockEntry | None:
        return self.entries.get(product, {}).get(release)

    def set_entry(self, product: str, release: str, entry: LockEntry) -> None:
        self.entries.setdefault(product, {})[release] = entry
        self.changed = True

    def render(self) -> str:
        document = {
            "lock_format": LOCK_FORMAT,
            "products": {
                product: {label: entry.to_json() for label, entry in releases.items()}
                for product, releases in self.entries.items()
            },
        }
        return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def write(self) -> bool:
        """Write the lock if an entry was set and the rendering differs; report if it did."""
        if not self.changed:
            return False
        text = self.render()
        try:
            if self.path.read_text(encoding="utf-8") == text:
                return False
        except FileNotFoundError:
            pass
        atomic_write_text(self.path, text)
        return True


def lock_path_for(specs_dir: Path) -> Path:
    return specs_dir / LOCK_FILE_NAME


def load_lock(path: Path) -> Lock:
    """Read the lock; a missing file is an empty lock (nothing pinned yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Lock(path=path)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ToolkitError(f"{path}: not valid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(document, dict) or document.get("lock_format") != LOCK_FORMAT:
        raise ToolkitError(f"{path}: lock_format must be {LOCK_FORMAT}")
    products = document.get("products")
    if not isinstance(products, dict):
        raise ToolkitError(f"{path}: 'products' must be an object")
    lock = Lock(path=path)
    for product, releases in products.items():
        if not isinstance(releases, dict):
            raise ToolkitError(f"{path}: products.{product} must be an object")
        for label, raw in releases.items():
            lock.set_entry(product, label, _parse_entry(path, f"products.{product}.{label}", raw))
    lock.changed = False
    return lock


def _parse_entry(path: Path, where: str, raw: Any) -> LockEntry:
    if not isinstance(raw, dict):
        raise ToolkitError(f"{path}: {where} must be an object")

    def text(key: str, *, optional: bool = False) -> Any:
        value = raw.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ToolkitError(f"{path}: {where}.{key} must be a string")
        return value

    size = raw.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ToolkitError(f"{path}: {where}.size must be a non-negative integer")
    source = raw.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("kind"), str):
        raise ToolkitError(f"{path}: {where}.source.kind must be a string")
    urls = source.get("urls", [])
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise ToolkitError(f"{path}: {where}.source.urls must be a list of strings")
    source_path = source.get("path")
    if source_path is not None and not isinstance(source_path, str):
        raise ToolkitError(f"{path}: {where}.source.path must be a string")
    pages = source.get("pages", [])
    if not isinstance(pages, list):
        raise ToolkitError(f"{path}: {where}.source.pages must be a list")
    index = source.get("index")
    return LockEntry(
        snapshot=text("snapshot"),
        source=LockedSource(
            kind=source["kind"],
            urls=tuple(urls),
            path=source_path,
            pages=tuple(
                _parse_page(path, f"{where}.source.pages[{n}]", page)
                for n, page in enumerate(pages)
            ),
            index=None if index is None else _parse_page(path, f"{where}.source.index", index),
        ),
        raw_sha256=text("raw_sha256"),
        normalized_sha256=text("normalized_sha256"),
        size=size,
        fetched_at=text("fetched_at"),
        etag=text("etag", optional=True),
        last_modified=text("last_modified", optional=True),
    )


def _parse_page(path: Path, where: str, raw: Any) -> LockedPage:
    if not isinstance(raw, dict):
        raise ToolkitError(f"{path}: {where} must be an object")
    for key in ("url", "sha256"):
        if not isinstance(raw.get(key), str):
            raise ToolkitError(f"{path}: {where}.{key} must be a string")
    operations = raw.get("operations", [])
    if not isinstance(operations, list) or not all(isinstance(o, str) for o in operations):
        raise ToolkitError(f"{path}: {where}.operations must be a list of strings")
    for key in ("etag", "last_modified"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise ToolkitError(f"{path}: {where}.{key} must be a string")
    return LockedPage(
        url=raw["url"],
        sha256=raw["sha256"],
        operations=tuple(operations),
        etag=raw.get("etag"),
        last_modified=raw.get("last_modified"),
    )
