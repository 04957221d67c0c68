"""The fetch stage in temporary projects against a real fault-injecting server on 127.0.0.1."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from upstream_server import UpstreamServer, json_bytes, minimal_spec

from runai_sdkgen.core.manifest import Manifest, load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.fetch.http import HttpOptions
from runai_sdkgen.fetch.stage import (
    EXIT_DRIFT,
    MIRROR_ENV,
    FetchOptions,
    FetchResult,
    exit_code,
    fetch_releases,
)
from runai_sdkgen.fetch.upstream import first_dangling_ref, first_remote_ref
from runai_sdkgen.spec import load as specio

# The read timeout leaves room for a loaded CI machine (a spurious timeout would add a retry
# and change the request counts); the hanging-response cases wait it out.
FAST = HttpOptions(
    connect_timeout=2.0, read_timeout=2.0, retries=2, backoff_base=0.01, max_bytes=256 * 1024
)
MINI_V1 = json_bytes(minimal_spec())
MINI_V2 = json_bytes(minimal_spec(paths=("/api/v1/things", "/api/v1/gadgets")))


@dataclass
class Project:
    root: Path

    @property
    def manifest_path(self) -> Path:
        return self.root / "specs" / "releases.toml"

    @property
    def lock_path(self) -> Path:
        return self.root / "specs" / "lock.json"

    def manifest(self) -> Manifest:
        return load_manifest(self.manifest_path)

    def fetch(
        self, product: str, labels: list[str] | None = None, **options: object
    ) -> list[FetchResult]:
        settings = {"http": FAST, **options}
        return fetch_releases(
            Workspace.at(self.root, self.manifest().path),
            product,
            labels,
            FetchOptions(**settings),  # type: ignore[arg-type]
        )

    def fingerprint(self) -> dict[str, str]:
        """sha256 of every file under specs/: snapshots, lock and manifest."""
        specs = self.root / "specs"
        return {
            str(path.relative_to(specs)): specio.sha256_hex(path.read_bytes())
            for path in sorted(specs.rglob("*"))
            if path.is_file()
        }

    def cli(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "runai_sdkgen", "--manifest", "specs/releases.toml", *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=300,
            check=False,
        )


def write_manifest(root: Path, products: dict[str, list[tuple[str, str, str]]]) -> Project:
    """products: name -> [(label, snapshot, inline TOML source table)]."""
    lines: list[str] = []
    for name, releases in products.items():
        package = name.replace("-", "_") + "_client"
        lines += [
            f"[products.{name}]",
            f'title = "{name} API"',
            f'distribution = "{name}-client"',
            f'package = "{package}"',
            "",
        ]
        for label, snapshot, source in releases:
            lines += [
                f"[[products.{name}.releases]]",
                f'label = "{label}"',
                f'snapshot = "{snapshot}"',
                f"source = {source}",
                "",
            ]
    path = root / "specs" / "releases.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return Project(root)


def url_source(url: str) -> str:
    return f'{{ kind = "url", url = "{url}" }}'


@pytest.fixture
def server() -> Iterator[UpstreamServer]:
    with UpstreamServer() as running:
        running.set_document("mini/1.0/openapi.json", MINI_V1)
        running.set_document("mini/1.1/openapi.json", MINI_V1)
        yield running


@pytest.fixture
def mini(tmp_path: Path, server: UpstreamServer) -> Project:
    """Product `mini`, releases 1.0 and 1.1 from the server, both already pinned."""
    project = write_manifest(
        tmp_path,
        {
            "mini": [
                (
                    label,
                    f"mini/{label}/openapi.json",
                    url_source(f"{server.url}/mini/{label}/openapi.json"),
                )
                for label in ("1.0", "1.1")
            ]
        },
    )
    results = project.fetch("mini")
    assert [r.status for r in results] == ["created", "created"], [r.detail for r in results]
    return project


# ------------------------------------------------------------------ basic stage contract


def test_first_fetch_writes_snapshot_lock_and_normalized_spec(mini: Project) -> None:
    snapshot = mini.root / "specs/mini/1.0/openapi.json"
    assert snapshot.read_bytes() == MINI_V1
    normalized = mini.root / "generated/specs/mini/1.0/openapi.json"
    assert normalized.read_bytes() == specio.normalize_spec(json.loads(MINI_V1))
    entry = json.loads(mini.lock_path.read_text())["products"]["mini"]["1.0"]
    assert entry["raw_sha256"] == specio.sha256_hex(MINI_V1)
    assert entry["normalized_sha256"] == specio.sha256_hex(normalized.read_bytes())
    assert entry["size"] == len(MINI_V1)
    assert entry["snapshot"] == "mini/1.0/openapi.json"
    assert entry["source"]["kind"] == "url"
    assert entry["etag"].startswith('"')
    assert entry["fetched_at"].endswith("Z")


def test_refetch_sends_conditional_request_and_keeps_lock_bytes(
    mini: Project, server: UpstreamServer
) -> None:
    before = mini.fingerprint()
    results = mini.fetch("mini")
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert mini.fingerprint() == before
    last = server.requests("mini/1.0/openapi.json")[-1]
    assert last.status == 304
    assert "if-none-match" in last.headers


def test_drift_is_reported_and_nothing_is_overwritten(
    mini: Project, server: UpstreamServer
) -> None:
    before = mini.fingerprint()
    server.set_document("mini/1.1/openapi.json", MINI_V2)
    results = mini.fetch("mini")
    assert [r.status for r in results] == ["unchanged", "drift"]
    assert exit_code(results) == EXIT_DRIFT
    assert any("GET /api/v1/gadgets" in line for line in results[1].changes)
    assert "--update" in results[1].detail
    assert mini.fingerprint() == before


def test_update_accepts_the_upstream_change(mini: Project, server: UpstreamServer) -> None:
    server.set_document("mini/1.1/openapi.json", MINI_V2)
    results = mini.fetch("mini", ["1.1"], mode="update")
    assert [r.status for r in results] == ["updated"]
    assert (mini.root / "specs/mini/1.1/openapi.json").read_bytes() == MINI_V2
    entry = json.loads(mini.lock_path.read_text())["products"]["mini"]["1.1"]
    assert entry["raw_sha256"] == specio.sha256_hex(MINI_V2)
    assert [r.status for r in mini.fetch("mini", mode="frozen")] == ["verified", "verified"]


def test_one_failing_release_does_not_stop_the_others(
    mini: Project, server: UpstreamServer
) -> None:
    before = mini.fingerprint()
    server.script("mini/1.0/openapi.json", "status-404")
    server.set_document("mini/1.1/openapi.json", MINI_V2)
    results = mini.fetch("mini", mode="update")
    assert [r.status for r in results] == ["failed", "updated"]
    assert "HTTP 404" in results[0].detail
    assert exit_code(results) == 2
    after = mini.fingerprint()
    assert after["mini/1.0/openapi.json"] == before["mini/1.0/openapi.json"]
    lock = json.loads(mini.lock_path.read_text())["products"]["mini"]
    assert lock["1.0"]["raw_sha256"] == specio.sha256_hex(MINI_V1)
    assert lock["1.1"]["raw_sha256"] == specio.sha256_hex(MINI_V2)


# ------------------------------------------------------------------ faults leave no damage

# (fault, scripted once (else on every request via the mirror query), status, detail fragment)
FAULTS = [
    ("status-500", True, "unchanged", ""),
    ("429", True, "unchanged", ""),
    ("gzip", False, "unchanged", ""),
    ("yaml", False, "unchanged", ""),
    ("redirect-local", False, "unchanged", ""),
    ("hang", False, "failed", "read timeout"),
    ("truncate", False, "failed", "response"),
    ("html", False, "failed", "got HTML"),
    ("redirect-http", False, "failed", "refusing redirect to http://upstream.example.com/"),
    ("oversize", False, "failed", "exceeds the size cap"),
    ("gzip-bomb", False, "failed", "exceeds the size cap"),
    ("status-404", False, "failed", "HTTP 404"),
    ("status-503", False, "failed", "gave up after 3 attempts"),
]


@pytest.mark.parametrize(("fault", "scripted", "status", "fragment"), FAULTS)
def test_fault_gets_documented_behaviour_and_no_damage(
    mini: Project, server: UpstreamServer, fault: str, scripted: bool, status: str, fragment: str
) -> None:
    before = mini.fingerprint()
    if scripted:
        server.script("mini/1.0/openapi.json", fault)
        mirror = server.url
    else:
        mirror = f"{server.url}/?fault={fault}"
    results = mini.fetch("mini", ["1.0"], mirror=mirror)
    assert [r.status for r in results] == [status], results[0].detail
    assert fragment in results[0].detail
    assert mini.fingerprint() == before


def test_yaml_under_a_json_name_creates_a_snapshot(tmp_path: Path, server: UpstreamServer) -> None:
    project = write_manifest(
        tmp_path,
        {
            "mini": [
                (
                    "1.0",
                    "mini/1.0/openapi.json",
                    url_source(f"{server.url}/mini/1.0/openapi.json?fault=yaml"),
                )
            ]
        },
    )
    [result] = project.fetch("mini")
    assert result.status == "created"
    raw = (project.root / "specs/mini/1.0/openapi.json").read_bytes()
    assert yaml.safe_load(raw) == json.loads(MINI_V1)
    assert not raw.lstrip().startswith(b"{")


def test_remote_refs_are_rejected_with_their_json_path(
    tmp_path: Path, server: UpstreamServer
) -> None:
    spec = minimal_spec()
    spec["components"] = {"schemas": {"Thing": {"$ref": "https://schemas.example.com/t.json"}}}
    server.set_document("remote/1.0/openapi.json", json_bytes(spec))
    project = write_manifest(
        tmp_path,
        {
            "remote": [
                (
                    "1.0",
                    "remote/1.0/openapi.json",
                    url_source(f"{server.url}/remote/1.0/openapi.json"),
                )
            ]
        },
    )
    before = project.fingerprint()
    [result] = project.fetch("remote")
    assert result.status == "failed"
    assert "#/components/schemas/Thing/$ref" in result.detail
    assert "https://schemas.example.com/t.json" in result.detail
    assert project.fingerprint() == before
    [allowed] = project.fetch("remote", allow_remote_refs=True)
    assert allowed.status == "created"
    assert "not validated" in allowed.detail


def test_dangling_local_ref_is_a_one_line_failure(tmp_path: Path, server: UpstreamServer) -> None:
    spec = minimal_spec()
    spec["components"] = {"schemas": {}}
    server.set_document("dangling/1.0/openapi.json", json_bytes(spec))
    project = write_manifest(
        tmp_path,
        {
            "dangling": [
                ("1.0", "d/1.0/openapi.json", url_source(f"{server.url}/dangling/1.0/openapi.json"))
            ]
        },
    )
    [result] = project.fetch("dangling")
    assert result.status == "failed"
    assert "'#/components/schemas/Thing'" in result.detail
    assert "points to nothing" in result.detail


def test_first_dangling_ref_decodes_the_pointer() -> None:
    spec = {"paths": {"/a/{id}": {"x": 1}}, "r": [{"$ref": "#/paths/~1a~1%7Bid%7D/x"}]}
    assert first_dangling_ref(spec) is None
    assert first_dangling_ref({"r": {"$ref": "#/nope"}}) == ("#/r/$ref", "#/nope")


def test_first_remote_ref_escapes_the_pointer() -> None:
    spec = {"paths": {"/a/{id}": {"get": {"x": [{"$ref": "#/ok"}, {"$ref": "other.yaml#/X"}]}}}}
    assert first_remote_ref(spec) == ("#/paths/~1a~1{id}/get/x/1/$ref", "other.yaml#/X")
    assert first_remote_ref({"a": {"$ref": "#/b"}}) is None


# ------------------------------------------------------------------ frozen mode


def test_frozen_fails_on_a_tampered_snapshot_naming_file_and_hashes(mini: Project) -> None:
    snapshot = mini.root / "specs/mini/1.0/openapi.json"
    locked = specio.sha256_hex(snapshot.read_bytes())
    snapshot.write_bytes(snapshot.read_bytes().replace(b"OK", b"Fine"))
    tampered = specio.sha256_hex(snapshot.read_bytes())
    before = mini.fingerprint()
    results = mini.fetch("mini", mode="frozen")
    assert [r.status for r in results] == ["failed", "verified"]
    assert "specs/mini/1.0/openapi.json" in results[0].detail
    assert locked in results[0].detail
    assert tampered in results[0].detail
    assert mini.fingerprint() == before


def test_frozen_fails_when_normalized_hash_differs(mini: Project) -> None:
    lock = json.loads(mini.lock_path.read_text())
    lock["products"]["mini"]["1.0"]["normalized_sha256"] = "0" * 64
    mini.lock_path.write_text(json.dumps(lock))
    [result] = mini.fetch("mini", ["1.0"], mode="frozen")
    assert result.status == "failed"
    assert "normalized sha256" in result.detail
    assert "0" * 64 in result.detail


def test_frozen_touches_no_network(mini: Project, server: UpstreamServer) -> None:
    seen = len(server.requests())
    done = mini.cli("fetch", "--product", "mini", "--frozen", env={MIRROR_ENV: server.url})
    assert done.returncode == 0, done.stderr
    assert len(server.requests()) == seen
    assert "mini/1.0: verified" in done.stdout


def test_frozen_without_a_lock_entry_names_the_lock(tmp_path: Path, server: UpstreamServer) -> None:
    project = write_manifest(
        tmp_path,
        {
            "mini": [
                ("1.0", "mini/1.0/openapi.json", url_source(f"{server.url}/mini/1.0/openapi.json"))
            ]
        },
    )
    [result] = project.fetch("mini", mode="frozen")
    assert result.status == "failed"
    assert "lock.json: no entry for mini/1.0" in result.detail


# ------------------------------------------------------------------ other sources


def test_embedded_snapshot_is_pinned_and_edits_need_update(tmp_path: Path) -> None:
    project = write_manifest(
        tmp_path, {"emb": [("1.0", "emb/1.0/openapi.yaml", '{ kind = "embedded" }')]}
    )
    snapshot = tmp_path / "specs/emb/1.0/openapi.yaml"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(yaml.safe_dump(minimal_spec()))
    [first] = project.fetch("emb")
    assert first.status == "pinned"
    lock_bytes = project.lock_path.read_bytes()
    [again] = project.fetch("emb")
    assert again.status == "unchanged"
    assert project.lock_path.read_bytes() == lock_bytes
    snapshot.write_text(yaml.safe_dump(minimal_spec(title="Edited")))
    [edited] = project.fetch("emb")
    assert edited.status == "failed"
    assert "--update" in edited.detail
    assert project.lock_path.read_bytes() == lock_bytes
    [accepted] = project.fetch("emb", mode="update")
    assert accepted.status == "pinned"
    assert [r.status for r in project.fetch("emb", mode="frozen")] == ["verified"]


def test_mirror_folder_overrides_the_manifest(tmp_path: Path) -> None:
    project = write_manifest(
        tmp_path / "project",
        {
            "mini": [
                (
                    "1.0",
                    "mini/1.0/openapi.json",
                    url_source("https://unreachable.invalid/spec.json"),
                )
            ]
        },
    )
    mirror = tmp_path / "mirror"
    (mirror / "mini/1.0").mkdir(parents=True)
    (mirror / "mini/1.0/openapi.json").write_bytes(MINI_V1)
    [result] = project.fetch("mini", mirror=str(mirror))
    assert result.status == "created"
    lock = json.loads(project.lock_path.read_text())
    assert lock["products"]["mini"]["1.0"]["source"]["urls"] == [
        "https://unreachable.invalid/spec.json"
    ]


def test_file_source_is_read_relative_to_the_manifest(tmp_path: Path) -> None:
    project = write_manifest(
        tmp_path,
        {
            "local": [
                ("1.0", "local/1.0/openapi.json", '{ kind = "file", path = "incoming/v1.yaml" }')
            ]
        },
    )
    incoming = tmp_path / "specs/incoming/v1.yaml"
    incoming.parent.mkdir(parents=True)
    incoming.write_text(yaml.safe_dump(minimal_spec()))
    [created] = project.fetch("local")
    assert created.status == "created"
    assert (tmp_path / "specs/local/1.0/openapi.json").read_bytes() == incoming.read_bytes()
    before = project.fingerprint()
    incoming.write_bytes(b"")
    [broken] = project.fetch("local")
    assert broken.status == "failed"
    assert "incoming/v1.yaml: empty document" in broken.detail
    assert project.fingerprint() == {**before, "incoming/v1.yaml": specio.sha256_hex(b"")}


def test_unlocked_snapshot_differing_from_upstream_is_drift(
    tmp_path: Path, server: UpstreamServer
) -> None:
    project = write_manifest(
        tmp_path,
        {
            "mini": [
                ("1.0", "mini/1.0/openapi.json", url_source(f"{server.url}/mini/1.0/openapi.json"))
            ]
        },
    )
    snapshot = tmp_path / "specs/mini/1.0/openapi.json"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_bytes(MINI_V2)
    [result] = project.fetch("mini")
    assert result.status == "drift"
    assert any("GET /api/v1/gadgets" in line for line in result.changes)
    assert snapshot.read_bytes() == MINI_V2
    assert not project.lock_path.exists()


def fragment(path: str, schemas: dict[str, object]) -> bytes:
    spec = minimal_spec(paths=(path,))
    spec["components"] = {"schemas": {"Thing": {"type": "object"}, **schemas}}
    return json_bytes(spec)


def urls_project(tmp_path: Path, server: UpstreamServer) -> Project:
    a = f"{server.url}/frag/a.json"
    b = f"{server.url}/frag/b.json?token=SEKRIT"
    return write_manifest(
        tmp_path,
        {"frag": [("1.0", "frag/1.0/openapi.json", f'{{ kind = "urls", urls = ["{a}", "{b}"] }}')]},
    )


def test_per_tag_fragments_are_bundled(tmp_path: Path, server: UpstreamServer) -> None:
    server.set_document("frag/a.json", fragment("/api/v1/a", {}))
    server.set_document("frag/b.json", fragment("/api/v1/b", {"Other": {"type": "string"}}))
    project = urls_project(tmp_path, server)
    [result] = project.fetch("frag")
    assert result.status == "created", result.detail
    bundled = json.loads((tmp_path / "generated/specs/frag/1.0/openapi.json").read_text())
    assert set(bundled["paths"]) == {"/api/v1/a", "/api/v1/b"}
    assert set(bundled["components"]["schemas"]) == {"Thing", "Other"}
    lock_text = project.lock_path.read_text()
    assert "SEKRIT" not in lock_text
    assert "token=***" in lock_text


def test_conflicting_fragment_components_name_both_urls(
    tmp_path: Path, server: UpstreamServer
) -> None:
    server.set_document("frag/a.json", fragment("/api/v1/a", {"Other": {"type": "string"}}))
    server.set_document("frag/b.json", fragment("/api/v1/b", {"Other": {"type": "integer"}}))
    project = urls_project(tmp_path, server)
    [result] = project.fetch("frag")
    assert result.status == "failed"
    assert "components.schemas.Other" in result.detail
    assert f"{server.url}/frag/a.json" in result.detail
    assert f"{server.url}/frag/b.json?token=***" in result.detail
    assert "SEKRIT" not in result.detail
    assert not project.lock_path.exists()


def test_credentials_never_reach_lock_or_messages(tmp_path: Path, server: UpstreamServer) -> None:
    host = server.url.removeprefix("http://")
    url = f"http://bot:hunter2@{host}/mini/1.0/openapi.json?api_key=SEKRIT"
    project = write_manifest(
        tmp_path, {"mini": [("1.0", "mini/1.0/openapi.json", url_source(url))]}
    )
    [created] = project.fetch("mini")
    assert created.status == "created"
    server.script("mini/1.0/openapi.json", "status-403")
    done = project.cli("fetch", "--product", "mini", "--retries", "0")
    assert done.returncode == 2
    for text in (project.lock_path.read_text(), done.stderr, done.stdout, created.detail):
        assert "hunter2" not in text
        assert "SEKRIT" not in text
    assert "HTTP 403" in done.stderr


# ------------------------------------------------------------------ CLI error paths


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["fetch", "--release", "9.9"], "unknown release '9.9' of product 'mini'"),
        (["fetch", "--product", "nope"], "unknown product 'nope'"),
        (["fetch", "--frozen", "--update"], "--frozen and --update cannot be combined"),
        (["fetch", "--retries", "-1"], "--retries must be zero or more"),
    ],
)
def test_cli_errors_are_one_line(mini: Project, args: list[str], fragment: str) -> None:
    args = [*args] if "--product" in args else [*args, "--product", "mini"]
    done = mini.cli(*args)
    assert done.returncode == 2
    assert done.stderr.startswith("runai-sdkgen: error: ")
    assert fragment in done.stderr
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_cli_drift_exit_code_and_summary(mini: Project, server: UpstreamServer) -> None:
    before = mini.fingerprint()
    server.set_document("mini/1.0/openapi.json", MINI_V2)
    done = mini.cli("fetch", "--product", "mini", "--release", "1.0")
    assert done.returncode == EXIT_DRIFT, done.stderr
    assert "drift: mini/1.0" in done.stderr
    assert "GET /api/v1/gadgets" in done.stderr
    assert mini.fingerprint() == before


# ------------------------------------------------------------------ the real control-plane specs


@pytest.fixture(scope="module")
def control_plane(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Project, UpstreamServer]]:
    from conftest import CONTROL_PLANE_RELEASES, upstream_spec_path

    for release in CONTROL_PLANE_RELEASES:
        upstream_spec_path(release)
    root = tmp_path_factory.mktemp("cp")
    source = url_source("https://app.run.ai/api/docs/openapi.json")
    project = write_manifest(
        root,
        {
            "control-plane": [
                (r, f"control-plane/{r}/openapi.json", source) for r in CONTROL_PLANE_RELEASES
            ]
        },
    )
    with UpstreamServer() as running:
        results = project.fetch("control-plane", mirror=running.url, http=HttpOptions())
        assert [r.status for r in results] == ["created"] * 3, [r.detail for r in results]
        yield project, running


@pytest.mark.upstream
def test_control_plane_specs_fetch_then_verify_frozen(
    control_plane: tuple[Project, UpstreamServer],
) -> None:
    project, server = control_plane
    for release in ("2.22", "2.23", "2.24"):
        snapshot = project.root / f"specs/control-plane/{release}/openapi.json"
        upstream = Path(__file__).resolve().parent.parent.parent / "shared/upstream/control-plane"
        assert snapshot.read_bytes() == (upstream / release / "openapi.json").read_bytes()
    seen = len(server.requests())
    done = project.cli("fetch", "--product", "control-plane", "--frozen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": verified:") == 3
    assert len(server.requests()) == seen


@pytest.mark.upstream
def test_control_plane_refetch_is_byte_identical(
    control_plane: tuple[Project, UpstreamServer],
) -> None:
    project, server = control_plane
    before = project.fingerprint()
    results = project.fetch("control-plane", mirror=server.url, http=HttpOptions())
    assert [r.status for r in results] == ["unchanged"] * 3
    assert project.fingerprint() == before


@pytest.mark.upstream
def test_control_plane_drift_names_the_changed_operations(
    control_plane: tuple[Project, UpstreamServer],
) -> None:
    project, server = control_plane
    path = "control-plane/2.24/openapi.json"
    original = (project.root / "specs" / path).read_bytes()
    spec = json.loads(original)
    modified = copy.deepcopy(spec)
    paths = sorted(p for p, item in spec["paths"].items() if "get" in item)
    deprecated_path, removed_path = paths[0], paths[1]
    modified["paths"][deprecated_path]["get"]["deprecated"] = True
    del modified["paths"][removed_path]["get"]
    before = project.fingerprint()
    server.set_document(path, json_bytes(modified))
    try:
        done = project.cli(
            "fetch", "--product", "control-plane", "--release", "2.24", "--mirror", server.url
        )
    finally:
        server.set_document(path, original)
    assert done.returncode == EXIT_DRIFT, done.stderr
    assert "drift: control-plane/2.24" in done.stderr
    assert f"GET {deprecated_path}" in done.stderr
    assert f"GET {removed_path}" in done.stderr
    assert project.fingerprint() == before


@pytest.mark.upstream
def test_control_plane_tampered_snapshot_fails_frozen(
    control_plane: tuple[Project, UpstreamServer],
) -> None:
    project, _ = control_plane
    snapshot = project.root / "specs/control-plane/2.23/openapi.json"
    original = snapshot.read_bytes()
    snapshot.write_bytes(original.replace(b'"latest"', b'"tampered"', 1))
    try:
        done = project.cli("fetch", "--product", "control-plane", "--frozen", "--release", "2.23")
    finally:
        snapshot.write_bytes(original)
    assert done.returncode == 2
    assert "specs/control-plane/2.23/openapi.json: raw sha256" in done.stderr
    assert specio.sha256_hex(original) in done.stderr
    assert "Traceback" not in done.stderr
