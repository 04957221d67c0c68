"""`runai-sdkgen pipeline`: the artifacts do not depend on the job count; bad flags are one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_support import tree_bytes
from test_cache import PRODUCT, make_project

from runai_sdkgen import cli
from runai_sdkgen.core.workspace import CACHE_ENV


def all_artifacts(root: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for folder in (f"generated/{PRODUCT}", "generated/reports", "dist"):
        found.update({f"{folder}/{k}": v for k, v in tree_bytes(root / folder).items()})
    return found


@pytest.mark.slow
def test_one_job_and_two_jobs_write_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    results: dict[str, dict[str, bytes]] = {}
    for jobs in ("1", "2"):
        root = tmp_path / f"jobs-{jobs}"
        make_project(root)
        monkeypatch.chdir(root)
        assert cli.main(["pipeline", "--jobs", jobs, "--until", "build"]) == 0
        lines = capsys.readouterr().out.splitlines()
        # One line per release (plus the report and total lines), each naming its stages.
        assert sorted(line.split(":")[0] for line in lines if "generate ran" in line) == [
            f"{PRODUCT}/2.22",
            f"{PRODUCT}/2.23",
        ]
        results[jobs] = all_artifacts(root)
        assert (root / ".cache" / "runai-sdkgen" / "build").is_dir()
    assert any(name.endswith(".whl") for name in results["1"])
    assert any(name.startswith("generated/reports/") for name in results["1"])
    assert results["1"] == results["2"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["pipeline", "--jobs", "0"], "--jobs must be at least 1 (got 0)"),
        (["pipeline", "--product", "nope"], "unknown product 'nope'"),
    ],
)
def test_bad_arguments_are_one_line_errors(
    argv: list[str],
    expected: str,
    project_root: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(project_root)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("runai-sdkgen: error: ") and expected in err
    assert len(err.strip().splitlines()) == 1
