"""The `diff`, `ledger`, `report` and `rules` commands, and the report files of a product."""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runai_sdkgen.changes.diff import RULES, DiffReport, diff_specs
from runai_sdkgen.changes.ledger import Ledger, build_ledger
from runai_sdkgen.changes.render.registry import (
    DIFF,
    FORMAT_NAMES,
    FORMATS,
    LEDGER,
    RULE_TABLE,
    ReportKind,
    emit,
)
from runai_sdkgen.changes.render.views import DiffView, SpecFile
from runai_sdkgen.core.fsutil import atomic_write_text, shown_path
from runai_sdkgen.core.manifest import Product
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec, check_openapi_version, load_spec_file

DEFAULT_PRODUCT = "multi-tenant"
# What `report` (and the pipeline) writes for every pair and for the ledger.
REPORT_FORMATS = ("md", "json", "html")


@dataclass(frozen=True)
class DiffSide:
    spec: Spec
    file: SpecFile
    product: str  # "" for a spec file


def _read_spec(path: Path) -> Spec:
    spec = load_spec_file(path, validate=False)
    check_openapi_version(spec, str(path))
    return spec


def _resolve_argument(args: argparse.Namespace, argument: str, role: str) -> DiffSide:
    """A spec file (no project needed), else a release label of the project's product (its
    file: the release's snapshot, named relative to the project)."""
    path = Path(argument)
    if path.is_file():
        return DiffSide(_read_spec(path), SpecFile(path, argument), "")
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product or DEFAULT_PRODUCT)
    if argument in product.labels():
        release = product.release(argument)
        snapshot = SpecFile(release.snapshot, shown_path(release.snapshot, workspace.root))
        return DiffSide(workspace.release_spec(release), snapshot, product.name)
    known = ", ".join(product.labels())
    raise ToolkitError(
        f"{role} {argument!r} is neither a release of product {product.name!r} "
        f"(known: {known}) nor a spec file"
    )


def product_specs(workspace: Workspace, product: Product) -> dict[str, Spec]:
    """Every release's normalized spec, oldest first."""
    return {r.label: workspace.release_spec(r) for r in product.releases}


def product_ledger(workspace: Workspace, product: Product) -> Ledger:
    return build_ledger(product.name, list(product_specs(workspace, product).items()))


def exit_code_for(report: DiffReport, fail_on: str | None) -> int:
    """1 when `fail_on` is set and changes at that level (or a worse one) exist, else 0."""
    if fail_on is None:
        return 0
    counts = report.counts()
    failing = counts["breaking"] + (counts["deprecation"] if fail_on == "deprecation" else 0)
    return 1 if failing else 0


def write_reports(workspace: Workspace, product: Product, out: Path) -> list[Path]:
    """Every consecutive pair's diff and the ledger, in each of `REPORT_FORMATS`, into `out`."""
    specs = product_specs(workspace, product)
    ledger = build_ledger(product.name, list(specs.items()))
    suffixes = {f.name: f.suffix for f in FORMATS}
    written: list[Path] = []

    def write(stem: str, kind: ReportKind[Any], subject: object) -> None:
        for format_name in REPORT_FORMATS:
            path = out / f"{stem}.{suffixes[format_name]}"
            atomic_write_text(path, kind.render(format_name, subject))
            written.append(path)

    for old, new in itertools.pairwise(product.labels()):
        report = diff_specs(specs[old], specs[new], old_label=old, new_label=new)
        view = DiffView(report, product.name, ledger=ledger, chart=ledger.per_release())
        write(f"{product.name}-{old}-to-{new}", DIFF, view)
    write(f"{product.name}-ledger", LEDGER, ledger)
    return written


def _cmd_diff(args: argparse.Namespace) -> int:
    renderer = DIFF.renderer(args.format)
    old = _resolve_argument(args, args.old, "OLD")
    new = _resolve_argument(args, args.new, "NEW")
    report = diff_specs(old.spec, new.spec, old_label=args.old, new_label=args.new)
    product = args.product or old.product or new.product
    view = DiffView(report, product, old_file=old.file, new_file=new.file)
    emit(renderer, view, args.output)
    return exit_code_for(report, args.fail_on)


def _cmd_ledger(args: argparse.Namespace) -> int:
    renderer = LEDGER.renderer(args.format)
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    emit(renderer, product_ledger(workspace, workspace.manifest.product(args.product)), args.output)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    for path in write_reports(workspace, product, args.out or workspace.reports):
        print(path)
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    emit(RULE_TABLE.renderer(args.format), RULES, args.output)
    return 0


def add_format_arguments(parser: argparse.ArgumentParser, kind: ReportKind[Any]) -> None:
    """`--format` (every format of the registry; one the kind lacks is refused when the
    command runs) and `--output`."""
    parser.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        default="term",
        help=f"{kind.name} formats: {', '.join(kind.formats())} (default: %(default)s)",
    )
    parser.add_argument("--output", type=Path, help="write here instead of stdout")


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = subparsers.add_parser("diff", help="changes between two releases or spec files")
    diff.add_argument("old", metavar="OLD", help="release label of the product, or a spec file")
    diff.add_argument("new", metavar="NEW", help="release label of the product, or a spec file")
    diff.add_argument(
        "--product",
        help=f"the product of release labels (default: {DEFAULT_PRODUCT}); reports name it "
        "unless both sides are spec files",
    )
    add_format_arguments(diff, DIFF)
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "deprecation"),
        help="exit 1 when changes at this level exist (deprecation also fails on breaking)",
    )
    diff.set_defaults(handler=_cmd_diff)

    ledger = subparsers.add_parser("ledger", help="deprecation ledger over all releases")
    ledger.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    add_format_arguments(ledger, LEDGER)
    ledger.set_defaults(handler=_cmd_ledger)

    report = subparsers.add_parser(
        "report",
        help=f"write diff and ledger reports ({', '.join(REPORT_FORMATS)}) for a product",
    )
    report.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    report.add_argument(
        "--out",
        type=Path,
        help="folder to write them to (default: the project's generated/reports)",
    )
    report.set_defaults(handler=_cmd_report)

    rules = subparsers.add_parser("rules", help="the diff rule table")
    add_format_arguments(rules, RULE_TABLE)
    rules.set_defaults(handler=_cmd_rules)
