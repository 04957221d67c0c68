"""Record (or check) the golden record under tests/golden/: generated output kept for review.

Each case is output a change to the toolkit may alter on purpose or by accident: the package
generated from the shapes spec (tests/golden/shapes/openapi.yaml), the package of multi-tenant
2.24, and the multi-tenant reports. Every case runs the real `runai-sdkgen` commands (in this
process) on a scratch project, a copy of the case's specs/ so that no local artefact leaks in,
and its output is kept in tests/golden/<case>/expected/.

    python tools/regen_golden.py                 # record every case
    python tools/regen_golden.py --case shapes   # record one
    python tools/regen_golden.py --check         # compare only; exit 1 and show the diff

Recording replaces each `expected/` folder in one rename, and only a folder this tool wrote
(it holds the MARK file): nothing else under tests/golden/ is touched.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from runai_sdkgen import cli
from runai_sdkgen.changes.render.registry import AUDIT, FORMATS
from runai_sdkgen.core.fsutil import atomic_write_text, staged_directory
from runai_sdkgen.errors import ToolkitError

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
MARK = ".recorded-by-regen-golden"
MARK_TEXT = "Written by tools/regen_golden.py; rerun it to change this folder.\n"
DIFF_LINES_PER_FILE = 40
FILES_SHOWN = 10


def _cli(project: Path, *argv: str, ok: Sequence[int] = (0,)) -> None:
    """`runai-sdkgen --root PROJECT ARGV`, run from the repository root (audit paths are
    relative to it), its own output swallowed."""
    printed, errors = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(ROOT),
        contextlib.redirect_stdout(printed),
        contextlib.redirect_stderr(errors),
    ):
        code = cli.main(["--root", str(project), *argv])
    if code not in ok:
        last = (errors.getvalue().strip().splitlines() or ["no message"])[-1]
        raise ToolkitError(f"runai-sdkgen {' '.join(argv)} exited {code}: {last}")


def _project(scratch: Path, specs: Sequence[Path]) -> Path:
    """A project in `scratch` whose specs/ holds copies of `specs` (files or folders)."""
    folder = scratch / "project" / "specs"
    folder.mkdir(parents=True)
    for source in specs:
        if source.is_dir():
            shutil.copytree(source, folder / source.name)
        else:
            shutil.copy2(source, folder / source.name)
    return folder.parent


def _mt_project(scratch: Path) -> Path:
    specs = ROOT / "specs"
    return _project(scratch, sorted(specs.iterdir()))


def _record_shapes(scratch: Path) -> Path:
    shapes = GOLDEN / "shapes"
    project = _project(scratch, [shapes / "releases.toml", shapes / "openapi.yaml"])
    _cli(project, "generate", "--product", "golden-shapes", "--release", "1.0")
    return project / "generated" / "golden-shapes" / "1.0"


def _record_mt_package(scratch: Path) -> Path:
    project = _mt_project(scratch)
    _cli(project, "generate", "--product", "multi-tenant", "--release", "2.24")
    return project / "generated" / "multi-tenant" / "2.24"


def _record_mt_reports(scratch: Path) -> Path:
    project = _mt_project(scratch)
    out = scratch / "reports"
    suffix = {f.name: f.suffix for f in FORMATS}
    _cli(project, "report", "--out", str(out))
    for fmt in ("sarif", "term"):
        output = f"{out}/diff-2.23-to-2.24.{suffix[fmt]}"
        _cli(project, "diff", "2.23", "2.24", "--format", fmt, "--output", output)
    _cli(project, "ledger", "--format", "term", "--output", f"{out}/ledger.{suffix['term']}")
    audit = ("audit", "tests/data/automation", "--from", "2.22", "--to", "2.24")
    for fmt in AUDIT.formats():
        output = f"{out}/audit-2.22-to-2.24.{suffix[fmt]}"
        _cli(project, *audit, "--format", fmt, "--output", output, ok=(0, 1))
    return out


@dataclass(frozen=True)
class Case:
    name: str
    summary: str
    record: Callable[[Path], Path]  # runs the commands in a scratch folder; returns the output

    def expected(self, golden: Path = GOLDEN) -> Path:
        return golden / self.name / "expected"


CASES: tuple[Case, ...] = (
    Case("shapes", "the package of tests/golden/shapes/openapi.yaml", _record_shapes),
    Case("multi-tenant-2.24", "the package of multi-tenant 2.24", _record_mt_package),
    Case(
        "multi-tenant-reports",
        "the multi-tenant reports: report's files, diff, ledger and audit in every format",
        _record_mt_reports,
    ),
)
CASES_BY_NAME = {case.name: case for case in CASES}


def _files(tree: Path) -> dict[str, Path]:
    if not tree.is_dir():
        return {}
    return {
        path.relative_to(tree).as_posix(): path
        for path in sorted(tree.rglob("*"))
        if path.is_file() and path.name != MARK
    }


def _unified(name: str, expected: Path, actual: Path) -> list[str]:
    try:
        old = expected.read_text(encoding="utf-8").splitlines()
        new = actual.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return [f"binary files differ: {name}"]
    lines = list(
        difflib.unified_diff(old, new, f"expected/{name}", f"generated/{name}", lineterm="")
    )
    cut = len(lines) - DIFF_LINES_PER_FILE
    return lines[:DIFF_LINES_PER_FILE] + ([f"... {cut} more diff lines"] if cut > 0 else [])


def compare(expected: Path, actual: Path) -> list[str]:
    """How the `actual` tree differs from the recorded `expected` one, as readable lines:
    missing and extra files, then a unified diff of the first changed files. [] when equal."""
    recorded, generated = _files(expected), _files(actual)
    missing = sorted(recorded.keys() - generated.keys())
    extra = sorted(generated.keys() - recorded.keys())
    changed = [
        name
        for name in sorted(recorded.keys() & generated.keys())
        if recorded[name].read_bytes() != generated[name].read_bytes()
    ]
    lines = [f"missing (recorded, no longer generated): {name}" for name in missing]
    lines += [f"extra (generated, not recorded): {name}" for name in extra]
    if changed:
        lines.append(f"{len(changed)} file(s) differ: {', '.join(changed)}")
    for name in changed[:FILES_SHOWN]:
        lines += _unified(name, recorded[name], generated[name])
    return lines


def explain(case: Case, differences: Sequence[str]) -> str:
    return "\n".join(
        [
            f"generated output differs from the golden record of {case.name} "
            f"({case.summary}, {case.expected().relative_to(ROOT)}):",
            *differences,
            f"If the change is intended: python tools/regen_golden.py --case {case.name} "
            "and commit tests/golden/.",
        ]
    )


def write_record(case: Case, output: Path, golden: Path = GOLDEN) -> Path:
    """Replace the case's expected/ folder by a copy of `output`, in one rename."""
    target = case.expected(golden)
    if target.exists() and not (target / MARK).is_file():
        raise ToolkitError(
            f"{target}: not written by tools/regen_golden.py (no {MARK} in it); "
            "move it away to record this case"
        )
    with staged_directory(target) as staging:
        shutil.copytree(output, staging, dirs_exist_ok=True)
        atomic_write_text(staging / MARK, MARK_TEXT)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only; write nothing")
    parser.add_argument(
        "--case", action="append", choices=sorted(CASES_BY_NAME), help="default: every case"
    )
    args = parser.parse_args(argv)
    cases = [CASES_BY_NAME[name] for name in args.case] if args.case else list(CASES)
    failed = False
    try:
        for case in cases:
            with tempfile.TemporaryDirectory(prefix=f"regen-golden-{case.name}-") as scratch:
                output = case.record(Path(scratch))
                differences = compare(case.expected(), output)
                if args.check:
                    print(explain(case, differences) if differences else f"{case.name}: same")
                    failed = failed or bool(differences)
                else:
                    target = write_record(case, output)
                    state = "changed" if differences else "unchanged"
                    print(f"{case.name}: recorded {target.relative_to(ROOT)} ({state})")
    except ToolkitError as error:
        print(f"regen_golden: error: {error.message}", file=sys.stderr)
        return error.exit_code
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
