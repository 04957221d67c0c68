"""Time the diff engine and the ledger on the real control-plane specs (prints, never asserts).

Run: `/work/venv/bin/python tools/bench_diff.py [path/to/upstream/control-plane]`
(default: ../shared/upstream/control-plane beside the project root).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from runai_sdkgen.diff import diff_specs
from runai_sdkgen.ledger import build_ledger

RUNS = 5


def _load(folder: Path, release: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((folder / release / "openapi.json").read_text("utf-8"))
    return spec


def main() -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared/upstream/control-plane"
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not folder.is_dir():
        print(f"no control-plane specs at {folder}", file=sys.stderr)
        return 2
    specs = {label: _load(folder, label) for label in ("2.22", "2.23", "2.24")}
    for old, new in (("2.22", "2.23"), ("2.23", "2.24")):
        timings = []
        for _ in range(RUNS):
            start = time.perf_counter()
            report = diff_specs(specs[old], specs[new], old_label=old, new_label=new)
            timings.append(time.perf_counter() - start)
        print(
            f"diff {old}->{new}: median {statistics.median(timings):.3f} s, "
            f"max {max(timings):.3f} s over {RUNS} runs; {len(report.changes)} changes "
            f"{report.counts()}"
        )
    start = time.perf_counter()
    ledger = build_ledger("control-plane", list(specs.items()))
    print(
        f"ledger 2.22-2.24: {time.perf_counter() - start:.3f} s; "
        f"{len(ledger.entries)} entries {ledger.counts()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
