"""specs/lock.json: stable rendering, atomic rewrite only on change, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runai_sdkgen.core.lock import Lock, LockedPage, LockedSource, LockEntry, load_lock
from runai_sdkgen.core.manifest import load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.stage import FetchOptions, fetch_releases


def entry(sha: str = "a" * 64, etag: str | None = '"e1"') -> LockEntry:
    return LockEntry(
        snapshot="p/1.0/openapi.json",
        source=LockedSource(kind="url", urls=("https://h.example/spec.json?token=***",)),
        raw_sha256=sha,
        normalized_sha256="b" * 64,
        size=12,
        fetched_at="2026-01-01T00:00:00Z",
        etag=etag,
    )


def test_round_trip_is_byte_identical(tmp_path: Path) -> None:
    lock = Lock(path=tmp_path / "lock.json")
    lock.set_entry("zeta", "2.0", entry())
    lock.set_entry("alpha", "1.0", entry(etag=None))
    assert lock.write()
    text = lock.path.read_text()
    reloaded = load_lock(lock.path)
    assert reloaded.entry("zeta", "2.0") == entry()
    assert reloaded.entry("alpha", "1.0") == entry(etag=None)
    assert reloaded.render() == text
    assert list(json.loads(text)["products"]) == ["alpha", "zeta"]
    assert "etag" not in json.loads(text)["products"]["alpha"]["1.0"]


def test_docs_pages_round_trip_and_map_operations_to_pages(tmp_path: Path) -> None:
    tenant = LockedPage(
        url="https://d.example/api/tenant",
        sha256="c" * 64,
        operations=("GET /api/v1/tenants", "POST /api/v1/tenants"),
        etag='"t1"',
    )
    about = LockedPage(url="https://d.example/api/about", sha256="d" * 64)
    index = LockedPage(url="https://d.example/api/llms.txt", sha256="e" * 64)
    docs = LockEntry(
        snapshot="p/1.0/openapi.yaml",
        source=LockedSource(kind="docs", pages=(tenant, about), index=index),
        raw_sha256="a" * 64,
        normalized_sha256="b" * 64,
        size=12,
        fetched_at="2026-01-01T00:00:00Z",
    )
    lock = Lock(path=tmp_path / "lock.json")
    lock.set_entry("p", "1.0", docs)
    assert lock.write()
    reloaded = load_lock(lock.path)
    assert reloaded.entry("p", "1.0") == docs
    assert reloaded.render() == lock.path.read_text()
    page = json.loads(lock.path.read_text())["products"]["p"]["1.0"]["source"]["pages"][1]
    assert page == {"sha256": "d" * 64, "url": "https://d.example/api/about"}
    assert docs.source.page_of() == {
        "GET /api/v1/tenants": "https://d.example/api/tenant",
        "POST /api/v1/tenants": "https://d.example/api/tenant",
    }


def test_write_only_when_something_was_pinned_and_changed(tmp_path: Path) -> None:
    path = tmp_path / "lock.json"
    assert not load_lock(path).write()
    assert not path.exists()
    lock = load_lock(path)
    lock.set_entry("p", "1.0", entry())
    assert lock.write()
    mtime = path.stat().st_mtime_ns
    again = load_lock(path)
    again.set_entry("p", "1.0", entry())
    assert not again.write()
    assert path.stat().st_mtime_ns == mtime


def test_missing_lock_is_empty(tmp_path: Path) -> None:
    assert load_lock(tmp_path / "lock.json").entry("p", "1.0") is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{not json", "not valid JSON at line 1"),
        ('{"lock_format": 7, "products": {}}', "lock_format must be 1"),
        ('{"lock_format": 1, "products": []}', "'products' must be an object"),
        (
            '{"lock_format": 1, "products": {"p": {"1.0": {"size": 1}}}}',
            "products.p.1.0.source.kind must be a string",
        ),
        (
            '{"lock_format": 1, "products": {"p": {"1.0": {"size": -1}}}}',
            "products.p.1.0.size must be a non-negative integer",
        ),
        (
            '{"lock_format": 1, "products": {"p": {"1.0": {"size": 1, "snapshot": "s", "source": '
            '{"kind": "docs", "pages": [{"url": "u"}]}}}}}',
            "products.p.1.0.source.pages[0].sha256 must be a string",
        ),
        (
            '{"lock_format": 1, "products": {"p": {"1.0": {"size": 1, "snapshot": "s", "source": '
            '{"kind": "docs", "pages": [{"url": "u", "sha256": "s", "operations": "GET /"}]}}}}}',
            "products.p.1.0.source.pages[0].operations must be a list of strings",
        ),
    ],
)
def test_malformed_lock_names_file_and_field(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "lock.json"
    path.write_text(text)
    with pytest.raises(ToolkitError) as caught:
        load_lock(path)
    assert str(path) in caught.value.message
    assert fragment in caught.value.message


def test_repository_lock_pins_every_multi_tenant_release(project_root: Path) -> None:
    lock_path = project_root / "specs" / "lock.json"
    if not lock_path.exists():
        pytest.skip("specs/lock.json not generated yet")
    lock = load_lock(lock_path)
    for release in ("2.22", "2.23", "2.24"):
        pinned = lock.entry("multi-tenant", release)
        assert pinned is not None
        assert pinned.source.kind == "embedded"
        assert pinned.snapshot == f"multi-tenant/{release}/openapi.yaml"


def test_repository_snapshots_verify_against_the_lock(project_root: Path, tmp_path: Path) -> None:
    lock_path = project_root / "specs" / "lock.json"
    if not lock_path.exists():
        pytest.skip("specs/lock.json not generated yet")
    manifest = load_manifest(project_root / "specs" / "releases.toml")
    results = fetch_releases(
        Workspace.at(tmp_path, manifest.path), "multi-tenant", None, FetchOptions(mode="frozen")
    )
    assert [r.status for r in results] == ["verified"] * len(results), [r.detail for r in results]
    assert (tmp_path / "generated/specs/multi-tenant/2.24/openapi.json").is_file()
