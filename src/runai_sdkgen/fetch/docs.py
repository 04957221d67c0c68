"""The `docs` source: OpenAPI documents embedded in documentation pages.

Every API reference page of the Run:ai docs has a Markdown form (the page URL plus `.md`). Under
each operation's heading (`## Get a list of tenants.`, then a `> description` line) it embeds a
fenced ```json block holding a complete OpenAPI document for that one operation: `info`,
`servers`, `security`, the operation's path item and every component it references. Prose
outside the blocks is ignored, and so are json blocks that are not OpenAPI documents (examples).

A release lists its pages, and optionally an index (an `llms.txt` or a sitemap) that lists more.
Each page is downloaded with the shared HTTP client, its blocks are extracted and all of them are
merged with the bundler: a component defined identically by several operations is kept once; the
same component defined differently is an error naming both pages. The merged document is the
release's upstream; the lock records every page with the sha256 of its Markdown.

With a mirror, the pages are read from the same paths under the mirror (a copy of the docs
site): `https://docs.example/api/2.24/tokens` -> `<mirror>/api/2.24/tokens.md`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from runai_sdkgen.core.lock import LockedPage, LockedSource
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.bundle import Fragment, bundle_fragments
from runai_sdkgen.fetch.http import HttpFetcher, Validators, redact_url
from runai_sdkgen.fetch.upstream import SourceRequest, Upstream, check_refs
from runai_sdkgen.spec import limits
from runai_sdkgen.spec import load as specio
from runai_sdkgen.spec.model import iter_operations

MARKDOWN_SUFFIX = ".md"
# A page whose text opens like this is the rendered site, not its Markdown form.
HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
# Link targets in an llms.txt (`[Tokens](https://.../tokens.md)`) and entries of a sitemap.
INDEX_LINK = re.compile(r"\]\(\s*<?(?P<url>[^)\s>]+)>?")
SITEMAP_LOC = re.compile(r"<loc>\s*(?P<url>[^<\s]+)\s*</loc>", re.IGNORECASE)
# A block's info.version that names a release (pages also say "latest", which says nothing).
RELEASE_VERSION = re.compile(r"^[0-9]+\.[0-9]+(?:\.[0-9]+)?$")


@dataclass(frozen=True)
class Block:
    """A fenced code block: `line` is the 1-based line of its opening fence, `heading` the
    text of the nearest heading above it."""

    line: int
    language: str
    text: str
    heading: str


@dataclass(frozen=True)
class Page:
    """A downloaded page (or index). `url` is its manifest URL (what the lock records),
    `origin` where it was read, for messages: its Markdown URL, in the mirror when there is one.
    `body` is None when the server answered 304 Not Modified."""

    url: str
    origin: str
    body: bytes | None
    validators: Validators


def markdown_url(page: str) -> str:
    """The URL of a page's Markdown form: the page URL plus `.md` (its query kept)."""
    parts = urlsplit(page)
    path = parts.path.rstrip("/")
    if not path.endswith(MARKDOWN_SUFFIX):
        path += MARKDOWN_SUFFIX
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def mirrored(mirror: str, url: str) -> str | Path:
    """Where `url` lives in a mirror of the docs site: the same path under the mirror."""
    path = urlsplit(url).path
    if mirror.startswith(("http://", "https://")):
        parts = urlsplit(mirror)
        return urlunsplit(
            (parts.scheme, parts.netloc, parts.path.rstrip("/") + path, parts.query, "")
        )
    root = Path(mirror).resolve()
    file = (root / unquote(path).lstrip("/")).resolve()
    if not file.is_relative_to(root):
        raise ToolkitError(f"{redact_url(url)}: its path leaves the mirror folder {mirror}")
    return file


def fenced_blocks(text: str, origin: str) -> list[Block]:
    """Every fenced code block of a Markdown text, in order.

    A fence left open is an error: the page was cut short, and whatever follows it would be
    read as code.
    """
    lines = text.splitlines()
    blocks: list[Block] = []
    heading = ""
    number = 0
    while number < len(lines):
        line = lines[number]
        opening = FENCE_OPEN.match(line)
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            found = HEADING.match(line)
            if found is not None:
                heading = found["text"]
            number += 1
            continue
        fence = opening["fence"]
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        start = number
        number += 1
        while number < len(lines) and closing.match(lines[number]) is None:
            number += 1
        if number == len(lines):
            raise ToolkitError(
                f"{origin} line {start + 1}: code block never closed (the page is cut short)"
            )
        words = opening["info"].split()
        blocks.append(
            Block(
                line=start + 1,
                language=words[0].lower() if words else "",
                text="\n".join(lines[start + 1 : number]),
                heading=heading,
            )
        )
        number += 1
    return blocks


def page_text(body: bytes, origin: str) -> str:
    """A page's Markdown; HTML (the rendered site, a login page) or non-UTF-8 is an error."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ToolkitError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    if HTML_START.match(text):
        raise ToolkitError(f"{origin}: got HTML, not the page's Markdown form")
    return text


def openapi_blocks(text: str, origin: str) -> list[tuple[Block, specio.Spec]]:
    """The blocks of a page that hold an OpenAPI document, each parsed.

    Every json block must be valid JSON; one without an `openapi` field is an example and is
    skipped.
    """
    found: list[tuple[Block, specio.Spec]] = []
    for block in fenced_blocks(text, origin):
        if block.language != "json":
            continue
        where = f"{origin} line {block.line}"
        limits.check_size(len(block.text), where)
        try:
            document = json.loads(block.text)
        except json.JSONDecodeError as exc:
            raise ToolkitError(
                f"{origin} line {block.line + exc.lineno}: the json block under "
                f"{block.heading!r} is not valid JSON: {exc.msg} (column {exc.colno})"
            ) from None
        except RecursionError:
            raise ToolkitError(f"{where}: the json block is nested too deeply to parse") from None
        if isinstance(document, dict) and "openapi" in document:
            limits.check_shape(document, where)
            found.append((block, document))
    return found


def index_links(text: str, index_url: str, under: str) -> list[str]:
    """The page URLs an llms.txt or a sitemap (`text`, read from `index_url`) lists under the
    folder URL `under`, in order, without `.md`, fragments or queries."""
    pattern = SITEMAP_LOC if text.lstrip().startswith("<") else INDEX_LINK
    prefix = urlsplit(under)
    links: list[str] = []
    for match in pattern.finditer(text):
        parts = urlsplit(urljoin(index_url, match["url"]))
        path = parts.path.removesuffix(MARKDOWN_SUFFIX)
        if (
            (parts.scheme, parts.netloc) != (prefix.scheme, prefix.netloc)
            or not path.startswith(prefix.path)
            or ".." in path.split("/")
        ):
            continue
        link = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        if link not in links:
            links.append(link)
    return links


def fetch_docs(request: SourceRequest, http: HttpFetcher) -> Upstream:
    """The merged OpenAPI document of a release's documentation pages."""
    source = request.release.source
    pages = list(source.pages)
    index_record = None
    if source.index is not None:
        index = _download(source.index, source.index, request.mirror, http, None)
        body = _body(index)
        index_record = LockedPage(url=redact_url(index.url), sha256=specio.sha256_hex(body))
        under = source.base or urljoin(source.index, ".")
        listed = index_links(page_text(body, index.origin), source.index, under)
        pages += [url for url in listed if url not in pages]
        if not pages:
            raise ToolkitError(f"{index.origin}: the index lists no page under {under}")
    locked = _locked_pages(request)
    downloads = [
        _download(url, markdown_url(url), request.mirror, http, _known(locked.get(redact_url(url))))
        for url in pages
    ]
    if request.snapshot is not None and all(
        page.body is None and redact_url(page.url) in locked for page in downloads
    ):
        # Every page is as pinned, so the snapshot is what they make.
        recorded = LockedSource(
            kind="docs", pages=tuple(locked[redact_url(url)] for url in pages), index=index_record
        )
        spec = specio.parse_spec_bytes(request.snapshot, request.shown_snapshot)
        return Upstream(request.snapshot, spec, f"{len(pages)} docs pages, not modified", recorded)
    # Some page changed: the blocks of all of them are needed, so fetch the rest in full.
    downloads = [
        page
        if page.body is not None
        else _download(page.url, markdown_url(page.url), request.mirror, http, None)
        for page in downloads
    ]
    fragments: list[Fragment] = []
    records: list[LockedPage] = []
    for page in downloads:
        page_fragments = _page_fragments(page, request, required=page.url in source.pages)
        fragments += page_fragments
        records.append(_record(page, page_fragments))
    if not fragments:
        raise ToolkitError(
            f"{request.release.key}: no OpenAPI block on any of its {len(pages)} pages"
        )
    bundled = bundle_fragments(fragments)
    return Upstream(
        specio.normalize_spec(bundled),
        bundled,
        f"{len(pages)} docs pages",
        LockedSource(kind="docs", pages=tuple(records), index=index_record),
    )


def _download(
    url: str, location: str, mirror: str | None, http: HttpFetcher, known: Validators | None
) -> Page:
    """GET `location` (a page's Markdown URL, or the index), from the mirror when there is
    one; the Page keeps the manifest URL `url`."""
    if mirror:
        where = mirrored(mirror, location)
        if isinstance(where, Path):
            try:
                return Page(url, str(where), where.read_bytes(), Validators())
            except FileNotFoundError:
                raise ToolkitError(f"{where}: file not found") from None
        location = where
    document = http.get(location, known)
    return Page(url, redact_url(location), document.body, document.validators)


def _body(page: Page) -> bytes:
    if page.body is None:
        raise ToolkitError(f"{page.origin}: HTTP 304 Not Modified to an unconditional request")
    return page.body


def _locked_pages(request: SourceRequest) -> dict[str, LockedPage]:
    """The pages the lock records for a pinned snapshot of a docs release, by URL."""
    pinned = request.pinned
    if pinned is None or pinned.source.kind != "docs":
        return {}
    return {page.url: page for page in pinned.source.pages}


def _known(page: LockedPage | None) -> Validators | None:
    if page is None or (page.etag is None and page.last_modified is None):
        return None
    return Validators(page.etag, page.last_modified)


def _page_fragments(page: Page, request: SourceRequest, *, required: bool) -> list[Fragment]:
    """The OpenAPI blocks of one page as bundler fragments named `<page> line <n>`.

    A page the manifest lists must hold at least one; a page found through the index need not
    (an index lists prose pages too).
    """
    text = page_text(_body(page), page.origin)
    blocks = openapi_blocks(text, page.origin)
    if required and not blocks:
        raise ToolkitError(
            f"{page.origin}: no OpenAPI block on the page (a ```json block holding an "
            "OpenAPI document)"
        )
    fragments: list[Fragment] = []
    for block, spec in blocks:
        where = f"{page.origin} line {block.line}"
        _check_version(spec, where, request.release.label)
        check_refs(spec, where, allow_remote=request.allow_remote_refs)
        fragments.append(Fragment(origin=where, spec=spec))
    return fragments


def _check_version(spec: specio.Spec, where: str, label: str) -> None:
    """A block that names another release is a page of the wrong release (an unversioned page
    that has moved on, say)."""
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if (
        isinstance(version, str)
        and RELEASE_VERSION.match(version)
        and version != label
        and not version.startswith(f"{label}.")
    ):
        raise ToolkitError(f"{where}: the block documents version {version!r}, not release {label}")


def _record(page: Page, fragments: list[Fragment]) -> LockedPage:
    return LockedPage(
        url=redact_url(page.url),
        sha256=specio.sha256_hex(_body(page)),
        operations=tuple(
            operation.key
            for fragment in fragments
            for operation in iter_operations(fragment.spec, in_document_order=True)
        ),
        etag=page.validators.etag,
        last_modified=page.validators.last_modified,
    )
