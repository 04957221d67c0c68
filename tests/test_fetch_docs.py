"""The `docs` source against a real server on 127.0.0.1 serving documentation pages in the
published format, rendered at test time from our snapshots (one page per tag, one OpenAPI
block per operation with the components it references)."""

from __future__ import annotations

import copy
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import PROJECT_ROOT, SHARED, upstream_spec_path
from docs_pages import site_pages, tag_page
from test_fetch import Project, url_source, write_manifest
from upstream_server import UpstreamServer, json_bytes, minimal_spec

from runai_sdkgen.core.lock import load_lock
from runai_sdkgen.core.manifest import load_manifest
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.docs import fenced_blocks, index_links, markdown_url, mirrored
from runai_sdkgen.fetch.http import HttpOptions
from runai_sdkgen.fetch.stage import EXIT_DRIFT, FetchResult, exit_code
from runai_sdkgen.spec import load as specio
from runai_sdkgen.spec.model import iter_operations

sys.path.insert(0, str(PROJECT_ROOT / "tools"))

import mt_snapshots

SNAPSHOTS = PROJECT_ROOT / "specs" / "multi-tenant"
# No retries: each fault below is served once. The deadline stops the `slow` page.
FAST = HttpOptions(
    connect_timeout=2.0, read_timeout=2.0, retries=0, backoff_base=0.01, deadline=1.5
)
# The page of each tag in the repository's manifest (relative to the release's base).
TAG_PAGES = {
    "2.23": {
        "Tenant": "organizations/tenant",
        "Clusters": "organizations/clusters",
        "Tokens": "authentication-and-authorization/tokens",
        "Applications": "authentication-and-authorization",
        "Idps": "authentication-and-authorization/idps",
    },
    "2.24": {
        "Tenant": "https://run-ai-docs.nvidia.com/multi-tenant-api/organizations/tenant",
        "Clusters": "organizations/clusters",
        "Tokens": "authentication-and-authorization/tokens",
        "Service Accounts": "authentication-and-authorization/service-accounts",
        "Applications": "authentication-and-authorization/applications",
        "Permissions": "authentication-and-authorization/permissions",
        "Users": "authentication-and-authorization/users",
        "Access rules": "authentication-and-authorization/access-rules",
        "Idps": "https://run-ai-docs.nvidia.com/multi-tenant-api/authentication-and-authorization/idps",
        "AuditLogs": "audit/audit-logs",
    },
}


@cache
def _snapshot(release: str) -> specio.Spec:
    return specio.load_spec_file(SNAPSHOTS / release / "openapi.yaml", validate=False)


def snapshot_spec(release: str) -> specio.Spec:
    """A copy of the committed snapshot of a release (tests may change it)."""
    return copy.deepcopy(_snapshot(release))


def slug(tag: str) -> str:
    return tag.lower().replace(" ", "-")


def docs_source(base: str, pages: list[str], extra: str = "") -> str:
    listed = ", ".join(f'"{page}"' for page in pages)
    return f'{{ kind = "docs", fallback = "embedded", base = "{base}", pages = [{listed}]{extra} }}'


def pinned_project(root: Path, release: str, source: str, *, snapshot: bool = True) -> Project:
    """A project with the release's committed snapshot, pinned as the repository pins it."""
    project = write_manifest(
        root, {"multi-tenant": [(release, f"multi-tenant/{release}/openapi.yaml", source)]}
    )
    if snapshot:
        target = root / "specs" / "multi-tenant" / release / "openapi.yaml"
        target.parent.mkdir(parents=True)
        shutil.copyfile(SNAPSHOTS / release / "openapi.yaml", target)
        lock = json.loads((PROJECT_ROOT / "specs" / "lock.json").read_text())
        entry = lock["products"]["multi-tenant"][release]
        project.lock_path.write_text(
            json.dumps({"lock_format": 1, "products": {"multi-tenant": {release: entry}}})
        )
    return project


def publish(server: UpstreamServer, spec: specio.Spec, folder: str) -> dict[str, str]:
    """Serve one page per tag of `spec` under `folder`; tag -> page path on the server."""
    paths = {tag["name"]: f"{folder}/{slug(tag['name'])}" for tag in spec["tags"]}
    for path, body in site_pages(spec, paths).items():
        server.set_document(path, body)
    return paths


@pytest.fixture
def server() -> Iterator[UpstreamServer]:
    with UpstreamServer(roots={}) as running:
        yield running


class Site:
    """The 2.24 pages on the server and a project whose docs source points at them."""

    def __init__(self, root: Path, server: UpstreamServer, release: str = "2.24") -> None:
        self.server = server
        self.release = release
        self.spec = snapshot_spec(release)
        self.folder = f"docs/{release}"
        self.paths = publish(server, self.spec, self.folder)
        self.base = f"{server.url}/{self.folder}/"
        self.project = pinned_project(
            root, release, docs_source(self.base, [slug(tag) for tag in self.paths])
        )

    def page_url(self, tag: str) -> str:
        """The URL of a tag's Markdown page, as messages name it."""
        return f"{self.server.url}/{self.paths[tag]}.md"

    def replace_page(self, tag: str, spec: specio.Spec) -> None:
        self.server.set_document(f"{self.paths[tag]}.md", tag_page(spec, tag).encode())

    def set_page_text(self, tag: str, text: str) -> None:
        self.server.set_document(f"{self.paths[tag]}.md", text.encode())

    def page_text(self, tag: str) -> str:
        return tag_page(self.spec, tag)

    def fetch(self, **options: object) -> FetchResult:
        [result] = self.project.fetch("multi-tenant", None, **{"http": FAST, **options})
        return result

    @property
    def normalized(self) -> Path:
        return self.project.root / "generated/specs/multi-tenant" / self.release / "openapi.json"


@pytest.fixture
def site(tmp_path: Path, server: UpstreamServer) -> Site:
    return Site(tmp_path, server)


def normalized_snapshot(release: str) -> bytes:
    return specio.normalize_spec(snapshot_spec(release))


def operation_keys(spec: specio.Spec) -> set[str]:
    return {operation.key for operation in iter_operations(spec)}


# ------------------------------------------------------------------ the pages give the snapshot


@pytest.mark.parametrize("release", ["2.22", "2.23", "2.24"])
def test_pages_give_back_the_snapshot_after_normalization(
    tmp_path: Path, server: UpstreamServer, release: str
) -> None:
    site = Site(tmp_path, server, release)
    before = site.project.fingerprint()
    result = site.fetch()
    assert result.status == "unchanged", result.detail
    assert site.normalized.read_bytes() == normalized_snapshot(release)
    # The lock still says embedded: only --update records the pages.
    assert "--update" in result.detail
    assert site.project.fingerprint() == before
    fetched = {r.path for r in server.requests()}
    assert fetched == {f"{path}.md" for path in site.paths.values()}


def test_update_records_every_page_with_its_sha256_then_refetch_is_conditional(
    site: Site,
) -> None:
    snapshot = site.project.root / "specs/multi-tenant/2.24/openapi.yaml"
    raw = snapshot.read_bytes()
    result = site.fetch(mode="update")
    assert result.status == "pinned", result.detail
    assert snapshot.read_bytes() == raw
    entry = load_lock(site.project.lock_path).entry("multi-tenant", "2.24")
    assert entry is not None
    assert entry.source.kind == "docs"
    assert entry.raw_sha256 == specio.sha256_hex(raw)
    assert [page.url for page in entry.source.pages] == [
        f"{site.base}{slug(tag)}" for tag in site.paths
    ]
    for tag, page in zip(site.paths, entry.source.pages, strict=True):
        assert page.sha256 == specio.sha256_hex(site.page_text(tag).encode())
        assert page.etag is not None
    recorded = [op for page in entry.source.pages for op in page.operations]
    assert sorted(recorded) == sorted(operation_keys(site.spec))
    assert [r.status for r in site.project.fetch("multi-tenant", mode="frozen")] == ["verified"]
    lock_bytes = site.project.lock_path.read_bytes()
    seen = len(site.server.requests())
    again = site.fetch()
    assert again.status == "unchanged", again.detail
    assert "10 docs pages, not modified" in again.detail
    assert {r.status for r in site.server.requests()[seen:]} == {304}
    assert site.project.lock_path.read_bytes() == lock_bytes
    # Offline, the snapshot stands in for its pages: their record in the lock stays.
    [offline] = site.project.fetch("multi-tenant", offline=True, mode="update")
    assert offline.status == "unchanged", offline.detail
    assert site.project.lock_path.read_bytes() == lock_bytes


def test_one_changed_page_refetches_the_others_in_full(site: Site) -> None:
    assert site.fetch(mode="update").status == "pinned"
    changed = site.spec
    changed["paths"]["/api/v1/users"]["get"]["deprecated"] = True
    site.replace_page("Users", changed)
    seen = len(site.server.requests())
    result = site.fetch(mode="update")
    assert result.status == "updated", result.detail
    statuses = [r.status for r in site.server.requests()[seen:]]
    # One conditional round (one 200, the rest 304), then the unchanged pages in full.
    assert statuses.count(200) == 1 + (len(site.paths) - 1)
    assert statuses.count(304) == len(site.paths) - 1
    assert site.normalized.read_bytes() == specio.normalize_spec(changed)


def test_a_release_without_a_snapshot_is_created_from_its_pages(
    tmp_path: Path, server: UpstreamServer
) -> None:
    spec = snapshot_spec("2.23")
    paths = publish(server, spec, "docs/2.23")
    project = pinned_project(
        tmp_path,
        "2.23",
        docs_source(f"{server.url}/docs/2.23/", [slug(tag) for tag in paths]),
        snapshot=False,
    )
    [result] = project.fetch("multi-tenant", http=FAST)
    assert result.status == "created", result.detail
    written = (tmp_path / "specs/multi-tenant/2.23/openapi.yaml").read_bytes()
    assert written == normalized_snapshot("2.23")
    assert [r.status for r in project.fetch("multi-tenant", mode="frozen")] == ["verified"]


# ------------------------------------------------------------------ the repository's manifest


def copy_of_the_repository_specs(root: Path) -> Project:
    shutil.copytree(PROJECT_ROOT / "specs", root / "specs")
    return Project(root)


def serve_the_manifest_pages(server: UpstreamServer, release: str) -> list[str]:
    """Serve `release`'s pages at the site paths of the repository's manifest; their URLs."""
    source = load_manifest(PROJECT_ROOT / "specs/releases.toml").product("multi-tenant")
    listed = list(source.release(release).source.pages)
    base = source.release(release).source.base or ""
    spec = snapshot_spec(release)
    assert [tag["name"] for tag in spec["tags"]] == list(TAG_PAGES[release])
    urls = [urljoin(base, page) for page in TAG_PAGES[release].values()]
    # One page per tag, in the snapshot's tag order: the manifest lists exactly these.
    assert listed == urls
    tag_paths = {tag: urlsplit(url).path for tag, url in zip(TAG_PAGES[release], urls, strict=True)}
    for path, body in site_pages(spec, tag_paths).items():
        server.set_document(path, body)
    return urls


@pytest.mark.parametrize("release", ["2.23", "2.24"])
def test_cli_fetch_with_a_docs_mirror_reproduces_the_release(
    tmp_path: Path, server: UpstreamServer, release: str
) -> None:
    urls = serve_the_manifest_pages(server, release)
    project = copy_of_the_repository_specs(tmp_path)
    before = project.fingerprint()
    done = project.cli("fetch", "--release", release, "--mirror", server.url, "--retries", "0")
    assert done.returncode == 0, done.stderr
    assert (
        f"multi-tenant/{release}: unchanged: upstream ({len(urls)} docs pages) matches the "
        "snapshot; the lock records its source as embedded" in done.stdout
    )
    normalized = tmp_path / "generated/specs/multi-tenant" / release / "openapi.json"
    assert normalized.read_bytes() == normalized_snapshot(release)
    assert project.fingerprint() == before
    assert {r.path for r in server.requests()} == {
        f"{urlsplit(url).path.lstrip('/')}.md" for url in urls
    }
    done = project.cli(
        "fetch", "--release", release, "--mirror", server.url, "--update", "--retries", "0"
    )
    assert done.returncode == 0, done.stderr
    assert f"multi-tenant/{release}: pinned" in done.stdout
    entry = load_lock(project.lock_path).entry("multi-tenant", release)
    assert entry is not None
    # The lock names the documentation pages, never the mirror they were read from.
    assert [page.url for page in entry.source.pages] == urls
    assert server.url not in project.lock_path.read_text()
    done = project.cli("fetch", "--frozen", "--release", release)
    assert done.returncode == 0, done.stderr


def test_a_folder_mirror_of_the_docs_site_serves_the_pages(tmp_path: Path) -> None:
    spec = snapshot_spec("2.24")
    base = "https://docs.example/api/2.24/"
    paths = {tag["name"]: f"api/2.24/{slug(tag['name'])}" for tag in spec["tags"]}
    mirror = tmp_path / "mirror"
    for path, body in site_pages(spec, paths).items():
        (mirror / path).parent.mkdir(parents=True, exist_ok=True)
        (mirror / path).write_bytes(body)
    project = pinned_project(
        tmp_path / "project", "2.24", docs_source(base, [slug(tag) for tag in paths])
    )
    [result] = project.fetch("multi-tenant", mirror=str(mirror))
    assert result.status == "unchanged", result.detail
    normalized = project.root / "generated/specs/multi-tenant/2.24/openapi.json"
    assert normalized.read_bytes() == normalized_snapshot("2.24")
    (mirror / "api/2.24/users.md").unlink()
    [missing] = project.fetch("multi-tenant", mirror=str(mirror))
    assert missing.status == "failed"
    assert f"{mirror.resolve()}/api/2.24/users.md: file not found" in missing.detail


def provenance_table(text: str, release: str) -> list[list[str]]:
    """The operation rows of one release's section of a PROVENANCE.md."""
    section = text.split(f"\n## {release} ", 1)[1].split("\n## ", 1)[0]
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| method")
    ]


@pytest.mark.upstream
def test_provenance_marks_every_fetched_operation_documented_with_its_page(
    tmp_path: Path, server: UpstreamServer
) -> None:
    upstream_spec_path("2.22")
    urls = serve_the_manifest_pages(server, "2.24")
    project = copy_of_the_repository_specs(tmp_path)
    done = project.cli(
        "fetch", "--release", "2.24", "--mirror", server.url, "--update", "--retries", "0"
    )
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    written = mt_snapshots.write_all(SHARED, out, tmp_path / "specs")
    # The fetched release is not rebuilt from the overlay; the others are.
    assert sorted(path.relative_to(out).as_posix() for path in written) == [
        "2.22/openapi.yaml",
        "2.23/openapi.yaml",
        "PROVENANCE.md",
    ]
    text = (out / "PROVENANCE.md").read_text()
    page_of_tag = dict(zip(TAG_PAGES["2.24"], urls, strict=True))
    rows = provenance_table(text, "2.24")
    assert len(rows) == len(operation_keys(snapshot_spec("2.24")))
    for _method, _path, _operation_id, tag, _deprecated, status, evidence in rows:
        assert status == "documented"
        assert evidence == page_of_tag[tag]
    assert "Docs source: the 5 pages" in text.split("\n## 2.24 ", 1)[0]
    assert "inferred" in {row[5] for row in provenance_table(text, "2.23")}


# ------------------------------------------------------------------ drift


def test_a_changed_operation_on_one_page_is_drift_naming_it_and_its_page(site: Site) -> None:
    before = site.project.fingerprint()
    changed = site.spec
    del changed["paths"]["/api/v1/users"]["get"]["parameters"][0]
    site.replace_page("Users", changed)
    result = site.fetch()
    assert result.status == "drift", result.detail
    assert exit_code([result]) == EXIT_DRIFT
    [line] = result.changes
    assert "GET /api/v1/users" in line
    assert f"(page {site.base}users)" in line
    assert site.project.fingerprint() == before
    assert not site.normalized.exists()
    done = site.project.cli("fetch", "--product", "multi-tenant", "--retries", "0")
    assert done.returncode == EXIT_DRIFT, done.stderr
    assert "drift: multi-tenant/2.24" in done.stderr
    assert "GET /api/v1/users" in done.stderr
    assert site.project.fingerprint() == before


# ------------------------------------------------------------------ faults: one line, no writes


def _conflicting_error(site: Site) -> None:
    changed = site.spec
    changed["components"]["schemas"]["Error"]["properties"]["hint"] = {"type": "string"}
    site.replace_page("Users", changed)


def _without_blocks(site: Site) -> None:
    site.set_page_text("Users", "# Users\n\nList platform users. See the API.\n")


def _invalid_json(site: Site) -> None:
    site.set_page_text("Users", site.page_text("Users").replace('{"openapi"', "{openapi", 1))


def _cut_short(site: Site) -> None:
    text = site.page_text("Users")
    site.set_page_text("Users", text[: text.index("```json\n{") + 400])


def _wrong_version(site: Site) -> None:
    changed = site.spec
    changed["info"]["version"] = "2.25"
    site.replace_page("Users", changed)


def _scripted(fault: str) -> Callable[[Site], None]:
    def apply(site: Site) -> None:
        site.server.script(f"{site.paths['Users']}.md", fault)

    return apply


FAULTS: list[tuple[str, Callable[[Site], None], str]] = [
    ("conflicting components", _conflicting_error, "components.schemas.Error"),
    ("no block", _without_blocks, "no OpenAPI block on the page"),
    ("invalid JSON", _invalid_json, "is not valid JSON"),
    ("HTML", _scripted("html"), "got HTML, not the page's Markdown form"),
    # "incomplete response: ..." or "truncated response: ...", as the connection ends.
    ("truncated transfer", _scripted("truncate"), " response: "),
    ("page cut short", _cut_short, "code block never closed (the page is cut short)"),
    ("wrong release", _wrong_version, "documents version '2.25', not release 2.24"),
    ("slow", _scripted("slow"), "no complete response within the 1.5 s deadline"),
    ("hang", _scripted("hang"), "read timeout"),
    ("404", _scripted("status-404"), "HTTP 404"),
]


@pytest.mark.parametrize(
    ("apply", "fragment"), [fault[1:] for fault in FAULTS], ids=[fault[0] for fault in FAULTS]
)
def test_a_bad_page_is_one_line_naming_it_and_nothing_is_written(
    site: Site, apply: Callable[[Site], None], fragment: str
) -> None:
    before = site.project.fingerprint()
    apply(site)
    result = site.fetch(mode="update")
    assert result.status == "failed"
    assert fragment in result.detail
    assert site.page_url("Users") in result.detail
    assert "\n" not in result.detail
    assert site.project.fingerprint() == before
    assert not site.normalized.exists()


def test_conflicting_components_name_both_pages(site: Site) -> None:
    _conflicting_error(site)
    result = site.fetch()
    assert result.status == "failed"
    assert "conflicting definitions of components.schemas.Error" in result.detail
    assert site.page_url("Tenant") in result.detail
    assert site.page_url("Users") in result.detail


def test_cli_page_error_is_one_line_with_the_offline_hint(site: Site) -> None:
    site.server.script(f"{site.paths['Tokens']}.md", "status-404")
    done = site.project.cli("fetch", "--product", "multi-tenant", "--retries", "0")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("runai-sdkgen: error: multi-tenant/2.24: ")
    assert site.page_url("Tokens") in done.stderr
    assert "`--offline` uses the embedded snapshot" in done.stderr
    assert "Traceback" not in done.stderr


# ------------------------------------------------------------------ an index lists the pages


def llms_txt(site: Site) -> str:
    links = [f"- [{tag}]({site.base}{slug(tag)}.md): the {tag} API" for tag in site.paths]
    # A relative link, a prose page without blocks, and links outside the release's folder.
    links[1] = "- [Clusters](clusters.md)"
    return "\n".join(
        [
            "# NVIDIA Run:ai Multi-tenant API",
            "",
            "## Getting started",
            f"- [About the REST API]({site.base}getting-started/about.md)",
            "- [Another release](../2.23/tenant.md)",
            "- [Elsewhere](https://elsewhere.example/docs/2.24/tenant.md)",
            "",
            "## API reference",
            *links,
            "",
        ]
    )


def sitemap_xml(site: Site) -> str:
    locations = [f"{site.base}getting-started/about", f"{site.server.url}/docs/2.23/tenant"]
    locations += [f"{site.base}{slug(tag)}" for tag in site.paths]
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locations)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n'
    )


@pytest.mark.parametrize(("name", "render"), [("llms.txt", llms_txt), ("sitemap.xml", sitemap_xml)])
def test_an_index_discovers_the_pages(
    tmp_path: Path, server: UpstreamServer, name: str, render: Callable[[Site], str]
) -> None:
    site = Site(tmp_path / "first", server)
    index = render(site)
    server.set_document(f"{site.folder}/{name}", index.encode())
    server.set_document(f"{site.folder}/getting-started/about.md", b"# About\n\nProse only.\n")
    source = f'{{ kind = "docs", base = "{site.base}", index = "{name}" }}'
    project = pinned_project(tmp_path / "second", "2.24", source)
    [result] = project.fetch("multi-tenant", http=FAST, mode="update")
    assert result.status == "pinned", result.detail
    normalized = project.root / "generated/specs/multi-tenant/2.24/openapi.json"
    assert normalized.read_bytes() == normalized_snapshot("2.24")
    fetched = {r.path for r in server.requests()}
    assert f"{site.folder}/getting-started/about.md" in fetched
    assert "docs/2.23/tenant.md" not in fetched
    entry = load_lock(project.lock_path).entry("multi-tenant", "2.24")
    assert entry is not None
    assert entry.source.index is not None
    assert entry.source.index.sha256 == specio.sha256_hex(index.encode())
    about = [page for page in entry.source.pages if page.url.endswith("about")]
    assert [page.operations for page in about] == [()]


# ------------------------------------------------------------------ offline: the fallback


def test_offline_uses_the_embedded_snapshot_and_no_network(site: Site) -> None:
    snapshot = site.project.root / "specs/multi-tenant/2.24/openapi.yaml"
    [offline] = site.project.fetch("multi-tenant", offline=True)
    assert offline.status == "unchanged", offline.detail
    edited = snapshot.read_text().replace("List platform users.", "Lists platform users.")
    snapshot.write_text(edited)
    [refused] = site.project.fetch("multi-tenant", offline=True)
    assert refused.status == "failed"
    assert "--update" in refused.detail
    [repinned] = site.project.fetch("multi-tenant", offline=True, mode="update")
    assert repinned.status == "pinned", repinned.detail
    entry = load_lock(site.project.lock_path).entry("multi-tenant", "2.24")
    assert entry is not None
    assert entry.source.kind == "embedded"
    assert entry.raw_sha256 == specio.sha256_hex(edited.encode())
    assert site.server.requests() == []


def test_offline_without_an_embedded_fallback_needs_the_network(
    tmp_path: Path, server: UpstreamServer
) -> None:
    server.set_document("mini/1.0/openapi.json", json_bytes(minimal_spec()))
    project = write_manifest(
        tmp_path,
        {
            "mini": [
                ("1.0", "mini/1.0/openapi.json", url_source(f"{server.url}/mini/1.0/openapi.json"))
            ]
        },
    )
    [result] = project.fetch("mini", offline=True)
    assert result.status == "failed"
    assert "its url source needs the network and has no embedded fallback" in result.detail
    assert server.requests() == []
    done = project.cli("fetch", "--product", "mini", "--offline", "--mirror", server.url)
    assert done.returncode == 2
    assert "--offline uses only local files; drop --mirror" in done.stderr


# ------------------------------------------------------------------ Markdown, index and URLs


def test_fenced_blocks_follow_the_markdown_fence_rules() -> None:
    text = "\n".join(
        [
            "# Title",
            "## First",
            "````json",
            "```",
            "{}",
            "````",
            "## Second #",
            "~~~ JSON extra words",
            "[1]",
            "~~~",
            "``` not`a fence",
            "```",
            "code",
            "```",
        ]
    )
    blocks = fenced_blocks(text, "page.md")
    assert [(b.line, b.language, b.text, b.heading) for b in blocks] == [
        (3, "json", "```\n{}", "First"),
        (8, "json", "[1]", "Second"),
        (12, "", "code", "Second"),
    ]
    with pytest.raises(ToolkitError, match=r"^page\.md line 2: code block never closed"):
        fenced_blocks("text\n```json\n{\n", "page.md")


def test_index_links_keep_pages_under_the_folder_only() -> None:
    text = "\n".join(
        [
            "- [a](https://d.example/api/2.24/a.md): A",
            "- [b](b.md#section)",
            "- [a again](https://d.example/api/2.24/a)",
            "- [up](../2.23/a.md)",
            "- [dots](https://d.example/api/2.24/../2.23/x.md)",
            "- [other host](https://e.example/api/2.24/c.md)",
            "- [root](/api/2.24/sub/c.md?x=1)",
        ]
    )
    assert index_links(
        text, "https://d.example/api/2.24/llms.txt", "https://d.example/api/2.24/"
    ) == [
        "https://d.example/api/2.24/a",
        "https://d.example/api/2.24/b",
        "https://d.example/api/2.24/sub/c",
    ]


def test_markdown_urls_and_mirrored_locations(tmp_path: Path) -> None:
    assert markdown_url("https://d.example/api/tokens") == "https://d.example/api/tokens.md"
    assert (
        markdown_url("https://d.example/api/tokens/?t=1") == "https://d.example/api/tokens.md?t=1"
    )
    assert markdown_url("https://d.example/api/tokens.md") == "https://d.example/api/tokens.md"
    page = "https://d.example/api/2.24/tokens.md"
    assert (
        mirrored("http://127.0.0.1:9/m/?k=v", page) == "http://127.0.0.1:9/m/api/2.24/tokens.md?k=v"
    )
    assert mirrored(str(tmp_path), page) == tmp_path.resolve() / "api/2.24/tokens.md"
    with pytest.raises(ToolkitError, match="leaves the mirror folder"):
        mirrored(str(tmp_path), "https://d.example/api/%2e%2e/%2e%2e/%2e%2e/etc/passwd.md")


# ------------------------------------------------------------------ the manifest's docs source


def manifest_with(tmp_path: Path, source: str) -> Path:
    project = write_manifest(tmp_path, {"p": [("1.0", "p/1.0/openapi.yaml", source)]})
    return project.manifest_path


def test_docs_source_pages_are_joined_to_the_base(tmp_path: Path) -> None:
    source = (
        '{ kind = "docs", base = "https://d.example/api/2.24", fallback = "embedded", '
        'pages = ["tokens", "org/tenant.md", "https://d.example/api/idps", "tokens"], '
        'index = "llms.txt" }'
    )
    parsed = load_manifest(manifest_with(tmp_path, source)).product("p").release("1.0").source
    assert parsed.pages == (
        "https://d.example/api/2.24/tokens",
        "https://d.example/api/2.24/org/tenant",
        "https://d.example/api/idps",
    )
    assert parsed.index == "https://d.example/api/2.24/llms.txt"
    assert parsed.base == "https://d.example/api/2.24/"
    assert parsed.offline


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ('{ kind = "docs", pages = ["tokens"] }', "pages[0] 'tokens' is relative, but the source"),
        ('{ kind = "docs", base = "https://d.example/" }', "source.pages must be a non-empty list"),
        ('{ kind = "docs", base = "ftp://d.example/", pages = ["a"] }', "source.base must be an"),
        (
            '{ kind = "docs", base = "https://d.example/", pages = [1] }',
            "source.pages must be a list",
        ),
        ('{ kind = "embedded", fallback = "embedded" }', "only a url, urls, docs source has a"),
        (
            '{ kind = "url", url = "https://d.example/s.json", fallback = "file" }',
            "fallback must be",
        ),
    ],
)
def test_bad_docs_sources_name_the_field(tmp_path: Path, source: str, fragment: str) -> None:
    with pytest.raises(ToolkitError) as caught:
        load_manifest(manifest_with(tmp_path, source))
    assert "releases[0].source" in caught.value.message
    assert fragment in caught.value.message


def test_every_repository_docs_page_is_a_page_of_its_own_release() -> None:
    product = load_manifest(PROJECT_ROOT / "specs/releases.toml").product("multi-tenant")
    for release in product.releases:
        if release.source.kind != "docs":
            continue
        assert release.source.fallback == "embedded", release.label
        for page in release.source.pages:
            assert page.startswith("https://run-ai-docs.nvidia.com/multi-tenant-api/"), page
            # A versioned page of this release, or an unversioned one (no release in its path).
            assert re.findall(r"/(\d+\.\d+)/", page) in ([release.label], []), page
