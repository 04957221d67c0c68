"""Bad input through the real CLI: every hostile spec is generated into a clean package that
keeps the spec's meaning, or rejected with one line naming the file and the JSON path, a
non-zero exit and no output folder (or the previous one untouched).

The corpus is `tests/hostile/` (accept_* must generate, reject_* must be rejected); inputs too big
to commit (a 50 MB spec, 100,000 nesting levels) are made at test time.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from conftest import upstream_spec_path
from gen_support import (
    VENV_BIN,
    check_catalog_and_classes,
    check_round_trips,
    imported,
    run_tool,
    tree_bytes,
    write_manifest,
)

from runai_sdkgen.spec import limits
from runai_sdkgen.spec import load as specio

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
MANIFEST = PROJECT_ROOT / "specs" / "releases.toml"
PACKAGE = "runai_mt_client"
PWNED = Path("/tmp/runai-sdkgen-pwned")

# What each rejection message must name besides the file: the JSON path or the reason.
REJECTED: dict[str, str] = {
    "reject_billion_laughs.yaml": "once YAML aliases are expanded (an alias bomb?) at /x-i",
    "reject_cyclic_ref.json": "$ref at /components/schemas/A/$ref is a cycle",
    "reject_duplicate_operation_ids.json": "Operation ID 'list' for 'get' in '/b' is not unique",
    "reject_empty.yaml": "empty document",
    "reject_file_ref.yaml": "$ref at /components/schemas/Secret/$ref points outside",
    "reject_html.json": "HTML",
    "reject_invalid_openapi.yaml": "invalid OpenAPI at paths//things/get/parameters/0",
    "reject_latin1.yaml": "not UTF-8",
    "reject_list_document.yaml": "not a mapping",
    "reject_malformed.json": "malformed JSON at line 2",
    "reject_malformed.yaml": "malformed YAML at line 8",
    "reject_missing_ref.json": (
        "$ref at /paths/~1things/get/responses/200/content/application~1json/schema/$ref "
        "points at nothing"
    ),
    "reject_not_openapi.yaml": "field 'openapi' is missing",
    "reject_openapi31.json": "'3.1.0'; only 3.0.x",
    "reject_python_tag.yaml": "python/object/apply",
    "reject_recursive_alias.yaml": "a YAML alias at /x-loop/again contains itself",
    "reject_remote_ref.json": "points outside the document ('http://169.254.169.254",
    "reject_swagger2.json": "Swagger 2.0 is not supported",
}
ACCEPTED = sorted(p.name for p in HOSTILE.glob("accept_*"))


def generate(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [str(VENV_BIN / "runai-sdkgen"), "--manifest", str(MANIFEST), "generate"]
    return subprocess.run(
        [*command, "--spec", str(spec), "--release", "9.9", "--out", str(out), *extra],
        cwd=out.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_rejected(done: subprocess.CompletedProcess[str], spec: Path, fragment: str) -> None:
    assert done.returncode != 0, done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[0].startswith(f"runai-sdkgen: error: {spec}: "), lines[0]
    assert fragment in lines[0]


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Entries of `folder` besides `keep` (staging or temp folders a run left behind)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in HOSTILE.glob("reject_*")) == sorted(REJECTED)
    assert len(ACCEPTED) >= 4


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_rejected_without_output(name: str, tmp_path: Path) -> None:
    spec = HOSTILE / name
    out = tmp_path / "out"
    done = generate(spec, out)
    assert_rejected(done, spec, REJECTED[name])
    assert leftovers(tmp_path, set()) == []
    assert not PWNED.exists()


@pytest.mark.parametrize("name", ["reject_malformed.yaml", "reject_missing_ref.json"])
def test_rejected_leaves_an_existing_output_unchanged(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "keep.py").write_text("previous = True\n")
    before = tree_bytes(out)
    assert_rejected(generate(HOSTILE / name, out), HOSTILE / name, REJECTED[name])
    assert tree_bytes(out) == before
    assert leftovers(tmp_path, {"out"}) == []


def _write_json(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(json.dumps(spec))
    return path


def _minimal(**extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, **extra}


def test_a_50_mb_spec_is_refused(tmp_path: Path) -> None:
    spec = _write_json(tmp_path / "big.json", _minimal(**{"x-padding": "a" * 50_000_000}))
    out = tmp_path / "out"
    assert_rejected(generate(spec, out), spec, "larger than the 16777216 byte limit")
    assert leftovers(tmp_path, {"big.json"}) == []


@pytest.mark.parametrize(
    ("levels", "fragment"),
    [
        (100_000, "JSON nested too deeply to parse"),
        (200, "nesting deeper than 64 levels at /x-deep/0/0"),
    ],
)
def test_deeply_nested_json_is_refused(levels: int, fragment: str, tmp_path: Path) -> None:
    head = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": '
    spec = tmp_path / "deep.json"
    spec.write_text(head + "[" * levels + "]" * levels + "}")
    assert_rejected(generate(spec, tmp_path / "out"), spec, fragment)
    assert leftovers(tmp_path, {"deep.json"}) == []


def test_deeply_nested_yaml_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.0.3\nx-deep: " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert_rejected(generate(spec, tmp_path / "out"), spec, "YAML nested too deeply to parse")


def test_a_long_chain_of_refs_is_refused(tmp_path: Path) -> None:
    schemas: dict[str, Any] = {
        f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(40)
    }
    schemas["S40"] = {"type": "string"}
    spec = _write_json(tmp_path / "chain.json", _minimal(components={"schemas": schemas}))
    assert_rejected(
        generate(spec, tmp_path / "out"),
        spec,
        "$ref at /components/schemas/S0/$ref chains through more than 32 references",
    )


@pytest.mark.parametrize("release", ["../../escape", "/tmp/abs", "9.9/..", "2.24.0", ""])
def test_release_labels_cannot_name_paths(release: str, tmp_path: Path) -> None:
    spec = HOSTILE / "accept_empty_paths.json"
    out = tmp_path / "out"
    command = [str(VENV_BIN / "runai-sdkgen"), "--manifest", str(MANIFEST), "generate"]
    done = subprocess.run(
        [*command, "--spec", str(spec), "--release", release, "--out", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        f"runai-sdkgen: error: --release {release!r} is not MAJOR.MINOR (e.g. 2.24)"
    ]
    assert leftovers(tmp_path, set()) == []


class _RecordingHandler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = json.dumps({"type": "object", "properties": {"leak": {"type": "string"}}})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def recording_server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_RecordingHandler,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_the_recording_server_records(recording_server: tuple[str, list[str]]) -> None:
    """The SSRF test below would pass vacuously if the server could not see a fetch."""
    import urllib.request

    url, hits = recording_server
    with urllib.request.urlopen(f"{url}/probe") as response:
        assert response.status == 200
    assert hits == ["/probe"]


def test_no_remote_ref_is_fetched(recording_server: tuple[str, list[str]], tmp_path: Path) -> None:
    url, hits = recording_server
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"{url}/s"}}}}
    spec = _write_json(
        tmp_path / "ssrf.json",
        _minimal(
            paths={"/x": {"get": {"responses": {"200": ok}}}},
            components={"schemas": {"Remote": {"$ref": f"{url}/remote.json#/Thing"}}},
        ),
    )
    done = generate(spec, tmp_path / "out")
    assert_rejected(done, spec, "points outside the document")
    assert hits == []
    assert leftovers(tmp_path, {"ssrf.json"}) == []


def _mypy_strict(project: Path) -> None:
    done = run_tool(
        ["mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "-p", PACKAGE], project
    )
    assert done.returncode == 0, done.stdout[-3000:]


def _check_meaning(name: str, module: Any) -> None:
    """What the spec says survives: wire names, defaults, enum values, text."""
    models = importlib.import_module(f"{PACKAGE}.models")
    schemas = importlib.import_module(f"{PACKAGE}.schemas")
    if name == "accept_path_parameter_names.yaml":
        [operation] = importlib.import_module(f"{PACKAGE}.operations").OPERATIONS
        assert operation.path == "/lives/{9lives}/{a.b}"
        assert [p.name for p in operation.parameters] == ["9lives", "a.b"]
        endpoint = importlib.import_module(operation.module)
        kwargs = endpoint._get_kwargs(*(f"v{i}" for i in range(len(operation.parameters))))
        assert kwargs["url"] == "/lives/v0/v1"
    if name == "accept_identifiers.yaml":
        wire = {"class": "c", "from": 1, "None": True, "type": "t", "id": 2, "list": ["x"]}
        wire |= {"9lives": 9, "a-b": "ab", "é": "e", "🚀": "r", "self": "s"}
        assert models.Class.from_dict(wire).to_dict() == wire
        pydantic_model = schemas.Class.model_validate(wire)
        assert pydantic_model.model_dump(by_alias=True, exclude_unset=True) == wire
        endpoint = importlib.import_module(f"{PACKAGE}.api.none.class_")
        parameters = inspect.signature(endpoint.sync_detailed).parameters
        assert {"from_", "type_", "id", "list_"} <= set(parameters)
    elif name == "accept_descriptions.yaml":
        wire = {"body": '"""', "path": "C:\\new\\table\\", "unicode": "naïve ☃ \u200b"}
        assert models.Text.from_dict(wire).to_dict() == wire
        # The generator would escape these defaults twice: left to the server (repair rule).
        assert schemas.Text().path is None
        assert schemas.Text().unicode == "naïve ☃"
        endpoint = importlib.import_module(f"{PACKAGE}.api.tag.get_text")
        default = inspect.signature(endpoint.sync_detailed).parameters["q"].default
        assert type(default).__name__ == "Unset"
        assert "Jinja {{ 7 * 7 }} {% raw %}" in inspect.getsource(endpoint)
    elif name == "accept_enums.yaml":
        values = ["Ready", "READY", "ready", "9lives", "a-b", "class", "None", ""]
        values += ["with space", "é", "🚀", "a_b", "A_B"]
        assert sorted(m.value for m in models.Phase) == sorted(values)
        assert sorted(m.value for m in schemas.Phase) == sorted(values)
        assert sorted(m.value for m in models.StatusMode) == ["OFF", "ON", "off", "on"]
    elif name == "accept_model_method_names.yaml":
        wire = {"to_dict": "a", "from_dict": "b", "additional_properties": "c"}
        wire |= {"additional_keys": "d", "extra": "e"}
        shadow = models.Shadow.from_dict(wire)
        assert shadow.field_to_dict == "a" and shadow.additional_properties == {"extra": "e"}
        assert shadow.to_dict() == wire
    elif name == "accept_unusual_features.yaml":
        wire = {"id": "p1", "animal": {"kind": "dog", "bark": True}, "notNumber": "x"}
        assert models.Pet.from_dict(wire).to_dict() == wire
        assert (
            schemas.Pet.model_validate(wire).model_dump(by_alias=True, exclude_unset=True) == wire
        )
    elif name == "accept_parameter_locations.yaml":
        endpoint = importlib.import_module(f"{PACKAGE}.api.default.get_mode")
        parameters = inspect.signature(endpoint.sync_detailed).parameters
        assert {"mode_path", "mode_query", "mode_header", "mode_cookie"} <= set(parameters)
        assert sorted(m.value for m in models.GetModeModeHeader) == ["e", "f"]
        assert 'headers["mode"] = str(mode_header)' in inspect.getsource(endpoint)
        path_mode, cookie_mode = models.GetModeModePath("a"), models.GetModeModeCookie("g")
        sent = endpoint._get_kwargs(
            mode_path=path_mode, mode_cookie=cookie_mode, flag=True, count=3
        )
        assert sent["cookies"] == {"mode": "g", "flag": "true", "count": "3"}
    elif name == "accept_operation_id_collisions.json":
        catalog = importlib.import_module(f"{PACKAGE}.operations").OPERATIONS
        assert sorted(op.operation_id for op in catalog) == sorted(
            ["list", "List", "LIST", "list_", "get_e"]
        )


@pytest.mark.slow
@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted_generates_a_clean_package(name: str, tmp_path: Path) -> None:
    spec_path = HOSTILE / name
    out = tmp_path / "out"
    done = generate(spec_path, out, "--strict")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert leftovers(tmp_path, {"out"}) == []
    assert not (tmp_path.parent / "escape").exists()
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())
    assert run_tool(["ruff", "check", "--no-cache", "."], out).returncode == 0
    _mypy_strict(out)
    spec = json.loads(specio.normalize_spec(specio.load_spec_file(spec_path)))
    spec.setdefault("components", {}).setdefault("schemas", {})
    with imported(out, PACKAGE) as module:
        check_catalog_and_classes(PACKAGE, spec, ())
        check_round_trips(PACKAGE, spec, ())
        _check_meaning(name, module)


@pytest.mark.upstream
@pytest.mark.parametrize("release", ["2.22", "2.23", "2.24"])
def test_the_real_specs_are_within_the_limits(release: str) -> None:
    path = upstream_spec_path(release)
    spec = specio.parse_spec_bytes(path.read_bytes(), str(path))
    limits.check_refs(spec, str(path))


def test_a_tampered_normalized_spec_is_checked_too(
    recording_server: tuple[str, list[str]], tmp_path: Path
) -> None:
    """`generate` reads generated/specs/... without revalidating; its $refs are still checked."""
    url, hits = recording_server
    spec = _minimal(components={"schemas": {"Remote": {"$ref": f"{url}/remote.json"}}})
    write_manifest(tmp_path, "multi-tenant", PACKAGE, {"2.24": spec})
    done = subprocess.run(
        [str(VENV_BIN / "runai-sdkgen"), "generate", "--release", "2.24"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    normalized = tmp_path / "generated" / "specs" / "multi-tenant" / "2.24" / "openapi.json"
    assert_rejected(done, normalized, "$ref at /components/schemas/Remote/$ref points outside")
    assert hits == []
    assert not (tmp_path / "generated" / "multi-tenant").exists()


@pytest.mark.parametrize("label", ["../../escape", "/tmp/abs", "2.24/.."])
def test_manifest_labels_cannot_name_paths(label: str, tmp_path: Path) -> None:
    manifest = tmp_path / "specs" / "releases.toml"
    manifest.parent.mkdir()
    manifest.write_text(
        '[products.multi-tenant]\ntitle = "t"\ndistribution = "d"\npackage = "p"\n\n'
        f'[[products.multi-tenant.releases]]\nlabel = "{label}"\n'
        'snapshot = "x/openapi.yaml"\nsource = { kind = "embedded" }\n'
    )
    done = subprocess.run(
        [str(VENV_BIN / "runai-sdkgen"), "generate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        f"runai-sdkgen: error: specs/releases.toml: products.multi-tenant.releases[0].label "
        f"{label!r} is not MAJOR.MINOR"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["specs"]
