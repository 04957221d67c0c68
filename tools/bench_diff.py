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

from runai_sdkgen.changes.diff import diff_specs
from runai_sdkgen.changes.ledger import build_ledger

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
        timings, cpu = [], []
        for _ in range(RUNS):
            start, start_cpu = time.perf_counter(), time.process_time()
            report = diff_specs(specs[old], specs[new], old_label=old, new_label=new)
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        # CPU time as well: the machine is shared, so wall time includes other people's work.
        print(
            f"diff {old}->{new}: median {statistics.median(timings):.3f} s wall, "
            f"{statistics.median(cpu):.3f} s CPU, max {max(timings):.3f} s wall over {RUNS} runs; "
            f"{len(report.changes)} changes {report.counts()}"
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
