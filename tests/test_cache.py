"""The stage cache: entries, damage detection, restores, and what invalidates which stage."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gen_support import small_spec, tree_bytes, write_manifest

from runai_sdkgen import cli
from runai_sdkgen.core.workspace import CACHE_ENV, Workspace
from runai_sdkgen.fetch.stage import FetchOptions, fetch_releases
from runai_sdkgen.generate import stage as generate
from runai_sdkgen.pipeline.cache import StageCache, StageKey, restore_tree, tree_digest
from runai_sdkgen.pipeline.run import run_pipeline

PRODUCT = "demo"
PACKAGE = "demo_client"


def write_snapshot(root: Path, label: str, spec: dict[str, Any]) -> None:
    snapshot = root / "specs" / PRODUCT / label / "openapi.yaml"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    snapshot.write_text(json.dumps(spec, indent=1))


def make_project(root: Path) -> Path:
    """A two-release project (2.22, 2.23 of the small spec) with pinned snapshots; the manifest."""
    specs = {label: small_spec(label) for label in ("2.22", "2.23")}
    manifest = write_manifest(root, PRODUCT, PACKAGE, specs)
    for label, spec in specs.items():
        write_snapshot(root, label, spec)
    pin(root)
    return manifest.path


def pin(root: Path) -> None:
    manifest = root / "specs" / "releases.toml"
    results = fetch_releases(
        Workspace.at(root, manifest), PRODUCT, None, FetchOptions(mode="update")
    )
    assert all(r.ok for r in results), [r.detail for r in results]


def artifacts(root: Path) -> dict[str, bytes]:
    return {
        **{f"generated/{k}": v for k, v in tree_bytes(root / "generated" / PRODUCT).items()},
        **{f"dist/{k}": v for k, v in tree_bytes(root / "dist").items()},
    }


def states(root: Path) -> dict[str, dict[str, str]]:
    outcomes = run_pipeline(
        Workspace.at(root, root / "specs" / "releases.toml"), jobs=1, until="build"
    )
    for outcome in outcomes:
        assert outcome.error is None, outcome.error
    return {o.key.split("/")[1]: {s.stage: s.state for s in o.stages} for o in outcomes}


CACHED = {"generate": "cached", "build": "cached"}


def ran(*labels: str, build: str = "cached") -> dict[str, dict[str, str]]:
    """Expected states: generate ran for `labels`, everything else cached."""
    return {
        label: {"generate": "ran", "build": build} if label in labels else CACHED
        for label in ("2.22", "2.23")
    }


def test_stage_key_parts_cannot_run_together() -> None:
    first = StageKey("s").add_bytes("a", b"bc").hexdigest()
    assert first != StageKey("s").add_bytes("ab", b"c").hexdigest()
    assert first == StageKey("s").add_bytes("a", b"bc").hexdigest()
    assert first != StageKey("t").add_bytes("a", b"bc").hexdigest()


def _damage_byte(entry: Path) -> None:
    target = entry / "files" / "pkg" / "a.py"
    data = bytearray(target.read_bytes())
    data[0] ^= 0x01
    target.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], object]] = {
    "byte changed": _damage_byte,
    "file missing": lambda entry: (entry / "files" / "b.txt").unlink(),
    "file added": lambda entry: (entry / "files" / "c.txt").write_text("x"),
    "metadata garbled": lambda entry: (entry / "entry.json").write_text("{"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_entry_is_detected_and_discarded(tmp_path: Path, damage: str) -> None:
    source = tmp_path / "src"
    (source / "pkg").mkdir(parents=True)
    (source / "pkg" / "a.py").write_text("print('a')\n")
    (source / "b.txt").write_text("b\n")
    store = StageCache(tmp_path / "cache")
    stored = store.store(
        "generate", "k1", {"pkg/a.py": source / "pkg/a.py", "b.txt": source / "b.txt"}, {"n": 1}
    )
    found = store.lookup("generate", "k1")
    assert found is not None
    assert found.record == {"n": 1}
    assert dict(found.files) == tree_digest(source)
    DAMAGE[damage](stored.folder)
    assert store.lookup("generate", "k1") is None
    assert not stored.folder.exists()
    assert store.discarded == ["generate/k1"]
    assert store.lookup("generate", "k1") is None


def test_restore_tree_leaves_a_matching_folder_alone_and_repairs_a_changed_one(
    tmp_path: Path,
) -> None:
    source = tmp_path / "out"
    (source / "pkg").mkdir(parents=True)
    (source / "pkg" / "a.py").write_text("a = 1\n")
    store = StageCache(tmp_path / "cache")
    entry = store.store("generate", "k", {"pkg/a.py": source / "pkg" / "a.py"}, {})
    before = (source / "pkg" / "a.py").stat().st_mtime_ns
    assert restore_tree(entry, source) is False
    assert (source / "pkg" / "a.py").stat().st_mtime_ns == before
    (source / "pkg" / "a.py").write_text("a = 2\n")
    (source / "stray.txt").write_text("left over")
    assert restore_tree(entry, source) is True
    assert tree_bytes(source) == {"pkg/a.py": b"a = 1\n"}


def test_cache_info_and_clear_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cache_dir = tmp_path / "elsewhere"
    monkeypatch.setenv(CACHE_ENV, str(cache_dir))
    monkeypatch.chdir(tmp_path)
    payload = tmp_path / "p.txt"
    payload.write_text("p")
    store = StageCache(cache_dir)
    store.store("build", "k1", {"p.txt": payload}, {})
    store.store("verify", "k2", {}, {"summary": "ok"})
    unrelated = cache_dir / "notes.txt"
    unrelated.write_text("not ours")
    assert cli.main(["cache", "info"]) == 0
    shown = capsys.readouterr().out
    assert "build: 1 entries" in shown and "verify: 1 entries" in shown
    assert cli.main(["cache", "clear"]) == 0
    assert "cleared 2 entries" in capsys.readouterr().out
    assert sorted(p.name for p in cache_dir.iterdir()) == ["notes.txt"]
    assert store.lookup("build", "k1") is None


@pytest.mark.slow
def test_stages_rerun_exactly_when_their_inputs_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    make_project(root)
    monkeypatch.chdir(root)
    monkeypatch.delenv(CACHE_ENV, raising=False)

    assert states(root) == ran("2.22", "2.23", build="ran")
    first = artifacts(root)
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "generated" / PRODUCT).rglob("*.py")}

    assert states(root) == ran()
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes

    # Missing outputs come back from the cache, byte for byte.
    shutil.rmtree(root / "generated" / PRODUCT / "2.23")
    next((root / "dist").glob("demo_client-2.22.0-*.whl")).unlink()
    assert states(root) == {
        "2.22": {"generate": "cached", "build": "restored"},
        "2.23": {"generate": "restored", "build": "cached"},
    }
    assert artifacts(root) == first

    # A template change re-runs generate everywhere; a comment changes no output, so the
    # builds (keyed on the generated files) stay cached.
    templates = tmp_path / "templates"
    shutil.copytree(generate.TEMPLATES, templates)
    model = templates / "model.py.jinja"
    model.write_text(model.read_text() + "{# touched #}\n")
    monkeypatch.setattr(generate, "TEMPLATES", templates)
    assert states(root) == ran("2.22", "2.23")
    assert artifacts(root) == first

    # The later release's spec only concerns that release...
    changed = small_spec("2.23")
    changed["paths"]["/api/v1/tenants"]["get"]["summary"] = "List every tenant."
    write_snapshot(root, "2.23", changed)
    pin(root)
    assert states(root) == ran("2.23", build="ran")

    # ...but an earlier release's spec feeds deprecated_in of every later one.
    earlier = small_spec("2.22")
    earlier["paths"]["/api/v1/tenants"]["get"]["summary"] = "List all tenants."
    write_snapshot(root, "2.22", earlier)
    pin(root)
    # 2.23 is generated again; a summary is no deprecation history, so its files and build stay.
    assert states(root) == {
        "2.22": {"generate": "ran", "build": "ran"},
        "2.23": {"generate": "ran", "build": "cached"},
    }
    settled = artifacts(root)

    # A damaged entry is never used: the stage runs again and stores a good entry.
    entries = sorted((root / ".cache" / "runai-sdkgen" / "generate").iterdir())
    for entry in entries:
        _flip_first_byte(entry / "files" / "pyproject.toml")
    shutil.rmtree(root / "generated" / PRODUCT / "2.22")
    assert states(root) == ran("2.22", "2.23")
    assert artifacts(root) == settled
    assert states(root) == ran()


def _flip_first_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0] ^= 0x01
    path.write_bytes(bytes(data))
