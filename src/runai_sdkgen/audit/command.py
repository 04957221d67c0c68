"""`runai-sdkgen audit`: the command line of the audit."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from rich.console import Console

from runai_sdkgen.audit.render import (
    FORMATS,
    print_audit_terminal,
    render_audit_json,
    render_audit_markdown,
    render_audit_sarif,
)
from runai_sdkgen.audit.stage import (
    audit_files,
    collect_files,
    exit_code_for,
    load_knowledge,
)
from runai_sdkgen.changes.report import DEFAULT_PRODUCT
from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.core.workspace import Workspace


def _cmd_audit(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    files = collect_files(args.paths)
    knowledge = load_knowledge(workspace, product, args.from_release, args.to_release)
    report = audit_files(files, knowledge)
    if args.format == "term":
        if args.output is None:
            print_audit_terminal(report, Console())
        else:
            buffer = io.StringIO()
            print_audit_terminal(report, Console(file=buffer, width=200, no_color=True))
            atomic_write_text(args.output, buffer.getvalue())
    else:
        renderers = {
            "md": render_audit_markdown,
            "json": render_audit_json,
            "sarif": render_audit_sarif,
        }
        text = renderers[args.format](report)
        if args.output is None:
            sys.stdout.write(text)
        else:
            atomic_write_text(args.output, text)
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
    parser.add_argument("--format", choices=FORMATS, default="term")
    parser.add_argument("--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "--fail-on",
        choices=("removed", "deprecation"),
        default="removed",
        help="exit 1 when removed items are used (default), or also deprecated ones",
    )
    parser.set_defaults(handler=_cmd_audit)
