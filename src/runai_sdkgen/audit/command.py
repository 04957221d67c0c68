"""`runai-sdkgen audit`: the command line of the audit."""

from __future__ import annotations

import argparse
from pathlib import Path

from runai_sdkgen.audit.stage import (
    RULES,
    audit_files,
    collect_files,
    exit_code_for,
    load_knowledge,
)
from runai_sdkgen.changes.commands import DEFAULT_PRODUCT, add_format_arguments
from runai_sdkgen.changes.render.registry import AUDIT, emit
from runai_sdkgen.changes.render.views import AuditView
from runai_sdkgen.core.workspace import Workspace


def _cmd_audit(args: argparse.Namespace) -> int:
    renderer = AUDIT.renderer(args.format)
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    files = collect_files(args.paths)
    knowledge = load_knowledge(workspace, product, args.from_release, args.to_release)
    report = audit_files(files, knowledge)
    emit(renderer, AuditView(report, RULES), args.output)
    return exit_code_for(report, args.fail_on)


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="find uses of removed or deprecated API items in your automation before upgrading",
    )
    parser.add_argument(
        "paths",
        metavar="PATH",
        nargs="+",
        type=Path,
        help="Python files, HTTP logs or curl scripts, or folders of them",
    )
    parser.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    parser.add_argument(
        "--from",
        dest="from_release",
        required=True,
        metavar="R1",
        help="the release the code was written against",
    )
    parser.add_argument(
        "--to",
        dest="to_release",
        required=True,
        metavar="R2",
        help="the release it is about to run against",
    )
    add_format_arguments(parser, AUDIT)
    parser.add_argument(
        "--fail-on",
        choices=("removed", "deprecation"),
        default="removed",
        help="exit 1 when removed items are used (default), or also deprecated ones",
    )
    parser.set_defaults(handler=_cmd_audit)
