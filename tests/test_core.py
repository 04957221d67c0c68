"""The small shared core: manifest parsing, spec parsing and validation, atomic writes, policy."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from runai_sdkgen import cli
from runai_sdkgen.core.fsutil import atomic_write_bytes, staged_directory
from runai_sdkgen.core.manifest import load_manifest
from runai_sdkgen.core.policy import removal_release
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import normalize_spec, parse_spec_bytes, validate_spec

MINIMAL = b'{"openapi": "3.0.3", "info": {"title": "t", "version": "latest"}, "paths": {}}'


def write_manifest(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "releases.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_MANIFEST = """
[products.demo]
title = "Demo"
distribution = "demo-client"
package = "demo_client"

[[products.demo.releases]]
label = "2.9"
snapshot = "demo/2.9/openapi.yaml"
source = { kind = "embedded" }

[[products.demo.releases]]
label = "2.10"
build = 3
snapshot = "demo/2.10/openapi.json"
source = { kind = "url", url = "https://example.invalid/openapi.json" }
"""


def test_manifest_reads_releases_in_order_with_versions(tmp_path: Path) -> None:
    manifest = load_manifest(write_manifest(tmp_path, GOOD_MANIFEST))
    product = manifest.product("demo")
    assert product.labels() == ["2.9", "2.10"]
    assert product.release("2.10").version == "2.10.3"
    assert product.release("2.9").snapshot == (tmp_path / "demo/2.9/openapi.yaml").resolve()
    assert product.release("2.10").source.urls == ("https://example.invalid/openapi.json",)


def test_project_manifest_lists_the_three_multitenant_releases(project_root: Path) -> None:
    product = load_manifest(project_root / "specs" / "releases.toml").product("multi-tenant")
    assert [r.version for r in product.releases] == ["2.22.0", "2.23.0", "2.24.0"]
    assert product.package == "runai_mt_client"


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (('label = "2.9"', 'label = "latest"'), "is not MAJOR.MINOR"),
        (('"demo/2.9/openapi.yaml"', '"../../etc/passwd"'), "leaves the specs folder"),
        (('kind = "embedded"', 'kind = "ftp"'), "kind must be one of"),
        (('label = "2.10"', 'label = "2.8"'), "oldest first"),
        (('package = "demo_client"', 'package = "demo-client"'), "not a Python package name"),
    ],
)
def test_manifest_errors_name_the_field(
    tmp_path: Path, edit: tuple[str, str], fragment: str
) -> None:
    path = write_manifest(tmp_path, GOOD_MANIFEST.replace(*edit))
    with pytest.raises(ToolkitError) as excinfo:
        load_manifest(path)
    assert fragment in excinfo.value.message
    assert str(path) in excinfo.value.message


def test_unknown_release_and_product_list_what_is_known(tmp_path: Path) -> None:
    manifest = load_manifest(write_manifest(tmp_path, GOOD_MANIFEST))
    with pytest.raises(ToolkitError, match=r"unknown release '3\.0'.*known: 2\.9, 2\.10"):
        manifest.product("demo").release("3.0")
    with pytest.raises(ToolkitError, match=r"unknown product 'nope'.*known: demo"):
        manifest.product("nope")


def test_format_comes_from_content_not_name() -> None:
    yaml_doc = b"openapi: 3.0.3\ninfo: {title: t, version: latest}\npaths: {}\n"
    assert parse_spec_bytes(yaml_doc, "swagger.json")["openapi"] == "3.0.3"
    assert parse_spec_bytes(MINIMAL, "spec.yaml")["info"]["version"] == "latest"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b'{"openapi": "3.0.3",', "malformed JSON at line 1"),
        (b"openapi: [3.0\n", "malformed YAML at line"),
        (b"<html><body>gateway</body></html>", "HTML or XML"),
        (b"!!python/object/apply:os.system ['true']\n", "malformed YAML"),
        (b"- a\n- b\n", "not a mapping"),
        (b"", "empty document"),
        (b"\xff\xfe\x00", "not UTF-8"),
    ],
)
def test_bad_documents_are_rejected_naming_the_origin(data: bytes, fragment: str) -> None:
    with pytest.raises(ToolkitError) as excinfo:
        parse_spec_bytes(data, "https://upstream.test/openapi.json")
    assert fragment in excinfo.value.message
    assert excinfo.value.message.startswith("https://upstream.test/openapi.json: ")


def test_validation_names_the_json_path() -> None:
    spec = parse_spec_bytes(MINIMAL, "x.json")
    validate_spec(spec, "x.json")
    spec["paths"] = {"/a": {"get": {"responses": {"200": {"description": 5}}}}}
    with pytest.raises(ToolkitError, match=r"x\.json: invalid OpenAPI at paths/.*"):
        validate_spec(spec, "x.json")
    with pytest.raises(ToolkitError, match=r"Swagger 2\.0 is not supported"):
        validate_spec({"swagger": "2.0"}, "old.json")
    with pytest.raises(ToolkitError, match=r"only 3\.0\.x"):
        validate_spec({"openapi": "3.1.0"}, "new.json")


def test_normalized_form_is_independent_of_key_order() -> None:
    a = parse_spec_bytes(b'{"b": 1, "a": {"d": 2, "c": 3}}', "a")
    b = parse_spec_bytes(b"a: {c: 3, d: 2}\nb: 1\n", "b")
    assert normalize_spec(a) == normalize_spec(b)
    assert normalize_spec(a).endswith(b"\n")


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "lock.json"
    atomic_write_bytes(target, b"old")

    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lock.json"]


def test_staged_directory_swaps_whole_trees_or_nothing(tmp_path: Path) -> None:
    target = tmp_path / "pkg"
    with staged_directory(target) as staging:
        (staging / "a.py").write_text("A = 1\n")
    assert (target / "a.py").read_text() == "A = 1\n"
    with pytest.raises(RuntimeError), staged_directory(target) as staging:
        (staging / "a.py").write_text("A = 2\n")
        raise RuntimeError("generator crashed")
    assert (target / "a.py").read_text() == "A = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]


@pytest.mark.parametrize(
    ("deprecated_in", "known", "expected"),
    [
        ("2.22", ["2.22", "2.23", "2.24"], "2.24"),
        ("2.23", ["2.22", "2.23", "2.24"], "2.25"),
        ("2.24", ["2.22", "2.23", "2.24", "3.0", "3.1"], "3.1"),
        ("2.9", [], "2.11"),
    ],
)
def test_removal_release_is_two_releases_later(
    deprecated_in: str, known: list[str], expected: str
) -> None:
    assert removal_release(deprecated_in, known) == expected


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _handler_module(parser: argparse.ArgumentParser) -> str:
    """The module of the parser's handler (or of its first sub-subcommand's: `cache info`)."""
    handler = parser.get_default("handler")
    if handler is None:
        return _handler_module(next(iter(_choices(parser).values())))
    return str(handler.__module__).removeprefix("runai_sdkgen.")


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Subcommand -> the module of its handler."""
    return {name: _handler_module(sub) for name, sub in _choices(parser).items()}


def test_the_command_table_names_the_module_of_every_subcommand() -> None:
    """The CLI imports only the stage module of the command it runs, from COMMAND_MODULES:
    the table must say exactly which module registers (and handles) which command."""
    registered = _subcommands(cli.build_parser())
    assert registered == cli.COMMAND_MODULES
    assert list(registered) == list(cli.COMMAND_MODULES)
    for command, module in cli.COMMAND_MODULES.items():
        arguments = ["--manifest", "x.toml", command, "--help"]
        assert cli._command(arguments) == command
        assert _subcommands(cli.build_parser(arguments))[command] == module
