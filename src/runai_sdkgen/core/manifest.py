"""The release manifest (`specs/releases.toml`): products, their releases, and where specs live.

The release label always comes from here, never from a spec's `info.version` (real Run:ai specs
say "latest").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from runai_sdkgen.core.fsutil import shown_path
from runai_sdkgen.errors import ToolkitError

SourceKind = Literal["embedded", "url", "urls", "file", "docs"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("embedded", "url", "urls", "file", "docs")
# Source kinds read over the network; only these can fall back to the embedded snapshot.
NETWORK_KINDS: tuple[SourceKind, ...] = ("url", "urls", "docs")
RELEASE_LABEL = re.compile(r"^[0-9]+\.[0-9]+$")
PRODUCT_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
PACKAGE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Source:
    """Where a release's spec comes from upstream.

    `embedded`: no machine-readable upstream exists; the snapshot in specs/ is the source of
    truth (`docs` names the human-readable pages it was written from).
    `url`: one spec document. `urls`: per-tag fragments bundled into one spec. `file`: a local
    path, relative to the manifest's folder.
    `docs`: documentation pages whose Markdown form (page URL + `.md`) embeds one OpenAPI block
    per operation: `pages` are absolute page URLs (the manifest may give them relative to
    `base`, a folder URL ending in `/`), `index` an optional llms.txt or sitemap that lists more
    of them (only pages under `base`, or under the index's own folder, are taken from it).
    `fallback = "embedded"` (network kinds only): the snapshot in specs/ stands in for upstream
    when fetch runs `--offline`, so a release can be refreshed from upstream and still be
    rebuilt and re-pinned without a network.
    """

    kind: SourceKind
    urls: tuple[str, ...] = ()
    path: str | None = None
    docs: tuple[str, ...] = ()
    base: str | None = None
    pages: tuple[str, ...] = ()
    index: str | None = None
    fallback: Literal["embedded"] | None = None

    @property
    def offline(self) -> bool:
        """Whether the snapshot can stand in for upstream (embedded, or an embedded fallback)."""
        return self.kind == "embedded" or self.fallback == "embedded"


@dataclass(frozen=True)
class Release:
    product: str
    label: str
    build: int
    snapshot: Path
    source: Source

    @property
    def version(self) -> str:
        """The wheel version: `<release>.<build>`; `2.23.N` serves product release 2.23."""
        return f"{self.label}.{self.build}"

    @property
    def key(self) -> str:
        return f"{self.product}/{self.label}"


@dataclass(frozen=True)
class Product:
    name: str
    title: str
    distribution: str
    package: str
    releases: tuple[Release, ...]

    def release(self, label: str) -> Release:
        for release in self.releases:
            if release.label == label:
                return release
        known = ", ".join(r.label for r in self.releases)
        raise ToolkitError(f"unknown release {label!r} of product {self.name!r} (known: {known})")

    def labels(self) -> list[str]:
        return [r.label for r in self.releases]


@dataclass(frozen=True)
class Manifest:
    path: Path
    products: dict[str, Product]

    @property
    def specs_dir(self) -> Path:
        return self.path.parent

    def product(self, name: str) -> Product:
        try:
            return self.products[name]
        except KeyError:
            known = ", ".join(sorted(self.products))
            raise ToolkitError(
                f"unknown product {name!r} in {self.path} (known: {known})"
            ) from None


def release_sort_key(label: str) -> tuple[int, ...]:
    return tuple(int(part) for part in label.split("."))


def load_manifest(path: Path) -> Manifest:
    # Relative to the current folder where it can be: messages name it the way the user would.
    path = Path(shown_path(path))
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ToolkitError(f"{path}: manifest not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ToolkitError(f"{path}: not valid TOML: {exc}") from None
    products_raw = raw.get("products")
    if not isinstance(products_raw, dict) or not products_raw:
        raise ToolkitError(f"{path}: missing [products] table")
    products = {
        name: _parse_product(path, name, body) for name, body in sorted(products_raw.items())
    }
    return Manifest(path=path.resolve(), products=products)


def _field(path: Path, where: str, table: dict[str, Any], key: str, kind: type) -> Any:
    value = table.get(key)
    if not isinstance(value, kind):
        raise ToolkitError(f"{path}: {where}.{key} must be a {kind.__name__}")
    return value


def _parse_product(path: Path, name: str, body: Any) -> Product:
    where = f"products.{name}"
    if not PRODUCT_NAME.match(name):
        raise ToolkitError(f"{path}: {where}: product names are lowercase words joined by '-'")
    if not isinstance(body, dict):
        raise ToolkitError(f"{path}: {where} must be a table")
    package = _field(path, where, body, "package", str)
    if not PACKAGE_NAME.match(package):
        raise ToolkitError(f"{path}: {where}.package {package!r} is not a Python package name")
    releases_raw = _field(path, where, body, "releases", list)
    releases = tuple(
        _parse_release(path, name, f"{where}.releases[{index}]", item)
        for index, item in enumerate(releases_raw)
    )
    labels = [r.label for r in releases]
    if len(set(labels)) != len(labels):
        raise ToolkitError(f"{path}: {where}.releases lists a release twice")
    if labels != sorted(labels, key=release_sort_key):
        raise ToolkitError(f"{path}: {where}.releases must be listed oldest first")
    return Product(
        name=name,
        title=_field(path, where, body, "title", str),
        distribution=_field(path, where, body, "distribution", str),
        package=package,
        releases=releases,
    )


def _parse_release(path: Path, product: str, where: str, item: Any) -> Release:
    if not isinstance(item, dict):
        raise ToolkitError(f"{path}: {where} must be a table")
    label = _field(path, where, item, "label", str)
    if not RELEASE_LABEL.match(label):
        raise ToolkitError(f"{path}: {where}.label {label!r} is not MAJOR.MINOR")
    build = item.get("build", 0)
    if not isinstance(build, int) or isinstance(build, bool) or build < 0:
        raise ToolkitError(f"{path}: {where}.build must be a non-negative integer")
    snapshot = _field(path, where, item, "snapshot", str)
    snapshot_path = (path.parent / snapshot).resolve()
    if not snapshot_path.is_relative_to(path.parent.resolve()):
        raise ToolkitError(f"{path}: {where}.snapshot {snapshot!r} leaves the specs folder")
    return Release(
        product=product,
        label=label,
        build=build,
        snapshot=snapshot_path,
        source=_parse_source(path, f"{where}.source", item.get("source")),
    )


def _parse_source(path: Path, where: str, raw: Any) -> Source:
    if not isinstance(raw, dict):
        raise ToolkitError(f"{path}: {where} must be a table")
    kind = raw.get("kind")
    if kind not in SOURCE_KINDS:
        raise ToolkitError(f"{path}: {where}.kind must be one of {', '.join(SOURCE_KINDS)}")
    docs = _strings(path, where, raw, "docs", required=False)
    fallback = _parse_fallback(path, where, raw)
    if fallback is not None and kind not in NETWORK_KINDS:
        raise ToolkitError(
            f"{path}: {where}.fallback: only a {', '.join(NETWORK_KINDS)} source has a fallback"
        )
    if kind == "url":
        url = _field(path, where, raw, "url", str)
        return Source(kind="url", urls=(url,), docs=docs, fallback=fallback)
    if kind == "urls":
        urls = _strings(path, where, raw, "urls", required=True)
        return Source(kind="urls", urls=urls, docs=docs, fallback=fallback)
    if kind == "file":
        return Source(kind="file", path=_field(path, where, raw, "path", str), docs=docs)
    if kind == "docs":
        return _parse_docs_source(path, where, raw, fallback)
    return Source(kind="embedded", docs=docs)


def _parse_fallback(path: Path, where: str, raw: dict[str, Any]) -> Literal["embedded"] | None:
    value = raw.get("fallback")
    if value is None:
        return None
    if value != "embedded":
        raise ToolkitError(f"{path}: {where}.fallback must be 'embedded'")
    return "embedded"


def _strings(
    path: Path, where: str, raw: dict[str, Any], key: str, *, required: bool
) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ToolkitError(f"{path}: {where}.{key} must be a list of strings")
    if required and not value:
        raise ToolkitError(f"{path}: {where}.{key} must be a non-empty list of strings")
    return tuple(value)


def _parse_docs_source(
    path: Path, where: str, raw: dict[str, Any], fallback: Literal["embedded"] | None
) -> Source:
    base = raw.get("base")
    if base is not None and not (isinstance(base, str) and _is_web_url(base)):
        raise ToolkitError(f"{path}: {where}.base must be an http(s) URL")
    index = raw.get("index")
    if index is not None and not isinstance(index, str):
        raise ToolkitError(f"{path}: {where}.index must be a string")
    listed = _strings(path, where, raw, "pages", required=index is None)
    # The base names a folder: `.../2.24` + `organizations/tenant` -> `.../2.24/organizations/...`.
    folder = None if base is None else base if base.endswith("/") else f"{base}/"

    def absolute(value: str, field: str) -> str:
        if _is_web_url(value):
            return value
        if folder is None:
            raise ToolkitError(
                f"{path}: {where}.{field} {value!r} is relative, but the source has no base"
            )
        return urljoin(folder, value)

    pages: list[str] = []
    for position, page in enumerate(listed):
        url = absolute(page, f"pages[{position}]").removesuffix(".md")
        if url not in pages:
            pages.append(url)
    return Source(
        kind="docs",
        base=folder,
        pages=tuple(pages),
        index=None if index is None else absolute(index, "index"),
        fallback=fallback,
    )


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
