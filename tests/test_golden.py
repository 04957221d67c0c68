"""The golden record: generated output compared file by file with tests/golden/<case>/expected/.

A failure prints the missing and extra files and a unified diff of the changed ones, and the
command that re-records the case once the change is intended (tools/regen_golden.py).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from runai_sdkgen.errors import ToolkitError

sys.path.insert(0, str(PROJECT_ROOT / "tools"))
import regen_golden

SHAPES = regen_golden.CASES_BY_NAME["shapes"]


@pytest.mark.parametrize("case", regen_golden.CASES, ids=[c.name for c in regen_golden.CASES])
def test_generated_output_matches_the_golden_record(
    case: regen_golden.Case, tmp_path: Path
) -> None:
    assert (case.expected() / regen_golden.MARK).is_file(), "run: python tools/regen_golden.py"
    differences = regen_golden.compare(case.expected(), case.record(tmp_path))
    assert not differences, regen_golden.explain(case, differences)


def test_the_shapes_spec_holds_every_shape(tmp_path: Path) -> None:
    recorded = SHAPES.expected() / "golden_shapes_client"
    models = {path.stem for path in (recorded / "models").glob("*.py")}
    assert {"circle", "square", "widget", "widget_patch", "settings", "status"} <= models
    endpoints = "".join(p.read_text(encoding="utf-8") for p in (recorded / "api").rglob("*.py"))
    for shape in ("multipart", "cookies", "headers", "File(", "offset", "DeprecationWarning"):
        assert shape in endpoints, shape


def _mutated_copy(tmp_path: Path) -> Path:
    """The shapes record with README.md changed, py.typed gone and a file added."""
    copy = tmp_path / "copy"
    shutil.copytree(SHAPES.expected(), copy)
    readme = copy / "README.md"
    lines = readme.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = "A line the generator did not write.\n"
    readme.write_text("".join(lines), encoding="utf-8")
    (copy / "golden_shapes_client" / "py.typed").unlink()
    (copy / "golden_shapes_client" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    return copy


def test_a_changed_file_fails_the_comparison_with_a_readable_diff(tmp_path: Path) -> None:
    unchanged = tmp_path / "unchanged"
    shutil.copytree(SHAPES.expected(), unchanged)
    assert regen_golden.compare(SHAPES.expected(), unchanged) == []
    differences = regen_golden.compare(SHAPES.expected(), _mutated_copy(tmp_path))
    text = regen_golden.explain(SHAPES, differences)
    assert "missing (recorded, no longer generated): golden_shapes_client/py.typed" in text
    assert "extra (generated, not recorded): golden_shapes_client/stray.py" in text
    assert "1 file(s) differ: README.md" in text
    assert "--- expected/README.md\n+++ generated/README.md\n@@ " in text
    assert "\n+A line the generator did not write." in text
    assert text.endswith("python tools/regen_golden.py --case shapes and commit tests/golden/.")


def test_a_long_diff_is_cut_per_file(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(SHAPES.expected(), copy)
    operations = copy / "golden_shapes_client" / "operations.py"
    operations.write_text(operations.read_text(encoding="utf-8").upper(), encoding="utf-8")
    differences = regen_golden.compare(SHAPES.expected(), copy)
    diff_lines = [line for line in differences if not line.startswith("1 file(s) differ")]
    assert len(diff_lines) == regen_golden.DIFF_LINES_PER_FILE + 1
    assert diff_lines[-1].endswith("more diff lines")


def test_recording_replaces_only_a_folder_it_wrote(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    beside = golden / "shapes" / "openapi.yaml"
    beside.parent.mkdir(parents=True)
    beside.write_text("kept\n", encoding="utf-8")
    output = _mutated_copy(tmp_path)
    target = regen_golden.write_record(SHAPES, output, golden)
    assert regen_golden.compare(target, output) == []
    assert (target / regen_golden.MARK).is_file()
    # Recording again replaces the whole folder: nothing of the old record survives.
    shutil.rmtree(output / "golden_shapes_client" / "models")
    regen_golden.write_record(SHAPES, output, golden)
    assert not (target / "golden_shapes_client" / "models").exists()
    assert beside.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["expected", "openapi.yaml"]
    # A folder the tool did not write is refused, and left as it was.
    (target / regen_golden.MARK).unlink()
    with pytest.raises(ToolkitError, match=r"not written by tools/regen_golden\.py"):
        regen_golden.write_record(SHAPES, output, golden)
    assert (target / "README.md").is_file()
