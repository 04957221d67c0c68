"""Renders `<package>/facade.py`: `RunaiClient` / `AsyncRunaiClient`, operations grouped by tag.

`client.tenant.list()` calls the generated `api/tenant/get_tenants.py` `sync_detailed`, on an
httpx client from the shipped runtime (`<package>/runtime/`: auth, retries, timeouts, typed
errors), and returns `.parsed`. Signatures are copied from the generated endpoint modules (parsed
with `ast`, never imported), so the facade type-checks exactly like the code it calls.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import dataclasses
import json
import keyword
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.errors import ToolkitError

FACADE_MODULE = "facade.py"
PAGE_PARAMETERS = ("offset", "limit")
SYNC_FUNCTION = "sync_detailed"
ASYNC_FUNCTION = "asyncio_detailed"
# Members of a tag group that an operation name must not shadow.
GROUP_MEMBERS = frozenset({"deprecated_operations", "operations"})
# Members of the client that a tag attribute must not shadow.
CLIENT_MEMBERS = frozenset({"close", "aclose", "release", "server_release", "http"})
BUILTIN_NAMES = frozenset(dir(builtins))
LINE_LENGTH = 100  # the generated package's ruff line length


@dataclasses.dataclass(frozen=True)
class FacadeParameter:
    """One argument of an endpoint function, as the facade method re-declares it."""

    python_name: str
    location: str  # path | query | header | cookie | body
    required: bool
    annotation: str  # source text, e.g. "int | Unset"
    default: str | None  # source text of the default; None when required
    deprecated: bool = False


@dataclasses.dataclass(frozen=True)
class FacadeOperation:
    """What the facade needs about one operation (catalog data + the endpoint's signature)."""

    operation_id: str
    method: str
    path: str
    tag: str
    module: str  # absolute, e.g. "runai_mt_client.api.tenant.get_tenants"
    parameters: tuple[FacadeParameter, ...]
    result_annotation: str  # the T of the endpoint's Response[T]
    imports: tuple[str, ...]  # lines the annotations need, relative to the package root
    body_model: str | None
    deprecated: bool
    deprecated_in: str | None
    removal_in: str | None
    result_has_item_list: bool  # the result is a list, or a model with exactly one list field

    @property
    def paginated(self) -> bool:
        """offset + limit query parameters and a result the page walker can read items from."""
        names = {p.python_name for p in self.parameters if p.location == "query"}
        return self.result_has_item_list and all(name in names for name in PAGE_PARAMETERS)


def snake_case(text: str) -> str:
    """`getTenantByID` / `Service Accounts` -> `get_tenant_by_id` / `service_accounts`."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def _identifier(name: str) -> str:
    name = name if name and not name[0].isdigit() else f"op_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def _noun_forms(tag_tokens: list[str]) -> list[tuple[list[str], bool]]:
    """Token sequences naming the tag's noun, each with whether it is the plural form; a
    multi-word tag also matches written as one word (`Node Pools` -> `nodepools`)."""
    *head, last = tag_tokens
    if last.endswith("ies"):
        singular, plural = last[:-3] + "y", last
    elif last.endswith("s"):
        singular, plural = last[:-1], last
    elif last.endswith("y"):
        singular, plural = last, last[:-1] + "ies"
    else:
        singular, plural = last, last + "s"
    forms = [([*head, plural], True), ([*head, singular], False)]
    if head:
        joined = "".join(head)
        forms += [([joined + plural], True), ([joined + singular], False)]
    return forms


def short_name(operation: FacadeOperation) -> str:
    """The operationId in snake_case with the tag's noun stripped (`get_tenants` -> `list`)."""
    tokens = snake_case(operation.operation_id).split("_")
    tag_tokens = snake_case(operation.tag).split("_")
    if not tag_tokens[0]:
        return snake_case(operation.operation_id)
    for noun, plural in _noun_forms(tag_tokens):
        width = len(noun)
        for start in range(len(tokens) - width + 1):
            if tokens[start : start + width] == noun:
                rest = tokens[:start] + tokens[start + width :]
                if rest == ["get"] and plural and operation.method.upper() == "GET":
                    return "list"
                if rest:
                    return "_".join(rest)
    return snake_case(operation.operation_id)


@dataclasses.dataclass(frozen=True)
class _Named:
    operation: FacadeOperation
    method_name: str
    pages_name: str | None


def _unique_names(operations: Sequence[FacadeOperation]) -> list[_Named]:
    """Method names within one tag group: short where unique, else the full snake operationId,
    else (operationIds that differ only in case or separators) the endpoint module's name."""

    def duplicates(names: list[str]) -> set[str]:
        return {name for name in names if names.count(name) > 1} | (set(names) & GROUP_MEMBERS)

    names = [short_name(op) for op in operations]
    clashing = duplicates(names)
    names = [
        snake_case(op.operation_id) if name in clashing else name
        for op, name in zip(operations, names, strict=True)
    ]
    clashing = duplicates(names)
    names = [
        op.module.rpartition(".")[2] if name in clashing else name
        for op, name in zip(operations, names, strict=True)
    ]
    names = [_identifier(name) for name in names]
    named: list[_Named] = []
    used = set(names) | GROUP_MEMBERS
    for op, name in zip(operations, names, strict=True):
        if name in duplicates(names):
            raise ToolkitError(
                f"facade: operation {op.operation_id!r} (tag {op.tag!r}) gets the method name "
                f"{name!r}, which is already taken"
            )
        pages_name = None
        if op.paginated:
            pages_name = f"{name}_all"
            if pages_name in used:
                pages_name = f"{snake_case(op.operation_id)}_all"
            if pages_name in used:
                raise ToolkitError(
                    f"facade: the page walker of {op.operation_id!r} has no free name "
                    f"(tried {pages_name!r})"
                )
            used.add(pages_name)
        named.append(_Named(op, name, pages_name))
    return named


def _group_attribute(tag: str) -> str:
    name = _identifier(snake_case(tag) or "default")
    return f"{name}_operations" if name in CLIENT_MEMBERS else name


def _class_prefix(tag: str) -> str:
    return "".join(part.capitalize() for part in (snake_case(tag) or "default").split("_"))


def _deprecation_message(op: FacadeOperation, release: str) -> str:
    since = op.deprecated_in or release
    removal = f" and due for removal in {op.removal_in}" if op.removal_in else ""
    return (
        f"{op.operation_id} ({op.method.upper()} {op.path}) is deprecated since Run:ai "
        f"{since}{removal}"
    )


class _BuiltinQualifier(ast.NodeTransformer):
    """Writes `builtins.list` for builtins a method of the same class shadows."""

    def __init__(self, shadowed: set[str]) -> None:
        self.shadowed = shadowed
        self.used = False

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.shadowed:
            self.used = True
            return ast.copy_location(
                ast.Attribute(value=ast.Name("builtins", ast.Load()), attr=node.id), node
            )
        return node


def _qualify(annotation: str, shadowed: set[str], qualifier: _BuiltinQualifier) -> str:
    if not shadowed:
        return annotation
    tree = ast.parse(annotation, mode="eval")
    return ast.unparse(qualifier.visit(tree))


def _str(text: str) -> str:
    """A double-quoted Python string literal."""
    return json.dumps(text)


def _tuple(names: Sequence[str]) -> str:
    if len(names) == 1:
        return f"({_str(names[0])},)"
    return "(" + ", ".join(_str(name) for name in names) + ")"


def _module_alias(op: FacadeOperation, package: str) -> str:
    relative = op.module.removeprefix(f"{package}.api.").replace(".", "_")
    return f"_api_{relative}"


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "", indent: int = 0) -> None:
        self.lines.append(("    " * indent + text) if text else "")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _signature(named: _Named, shadowed: set[str], qualifier: _BuiltinQualifier) -> list[str]:
    params = named.operation.parameters
    positional = [p for p in params if p.location == "path"]
    keyword_only = [p for p in params if p.location != "path"]
    keyword_only.sort(key=lambda p: p.default is not None)
    parts = ["self"]
    for param in positional:
        parts.append(f"{param.python_name}: {_qualify(param.annotation, shadowed, qualifier)}")
    if keyword_only:
        parts.append("*")
    for param in keyword_only:
        annotation = _qualify(param.annotation, shadowed, qualifier)
        default = "" if param.default is None else f" = {param.default}"
        parts.append(f"{param.python_name}: {annotation}{default}")
    return parts


def _call_arguments(op: FacadeOperation) -> str:
    return ", ".join(
        ["client=self._client", *(f"{p.python_name}={p.python_name}" for p in op.parameters)]
    )


def _docstring(op: FacadeOperation, release: str, extra: str = "") -> str:
    text = f"``{op.method.upper()} {op.path}`` ({op.operation_id}; Run:ai {release}).{extra}"
    if op.deprecated:
        text += f"\n\n        .. deprecated:: {op.deprecated_in or release}\n            "
        text += _deprecation_message(op, release) + "."
    return f'"""{text}\n        """' if "\n" in text else f'"""{text}"""'


def _render_group(
    out: _Writer,
    tag: str,
    group: list[_Named],
    package: str,
    release: str,
    *,
    is_async: bool,
) -> str:
    prefix = "Async" if is_async else ""
    class_name = f"{prefix}{_class_prefix(tag)}Operations"
    shadowed = {n.method_name for n in group} & BUILTIN_NAMES
    shadowed |= {n.pages_name for n in group if n.pages_name} & BUILTIN_NAMES
    qualifier = _BuiltinQualifier(shadowed)
    deprecated = sorted(n.method_name for n in group if n.operation.deprecated)
    current = sorted(n.method_name for n in group if not n.operation.deprecated)
    current += sorted(n.pages_name for n in group if n.pages_name and not n.operation.deprecated)
    deprecated += sorted(n.pages_name for n in group if n.pages_name and n.operation.deprecated)
    out.add()
    out.add()
    out.add(f"class {class_name}:")
    out.add(f'"""Operations tagged {tag!r} in the Run:ai API {release}."""', 1)
    out.add()
    out.add(f"__all__ = {_tuple(current)}", 1)
    out.add(f"_DEPRECATED = {_tuple(deprecated)}", 1)
    out.add()
    out.add("def __init__(self, client: _Client) -> None:", 1)
    out.add("self._client = client", 2)
    out.add()
    out.add("def __dir__(self) -> builtins.list[str]:", 1)
    out.add('"""Everything but the deprecated operations (see deprecated_operations())."""', 2)
    out.add("return sorted(set(super().__dir__()) - set(self._DEPRECATED))", 2)
    out.add()
    out.add("def operations(self) -> tuple[str, ...]:", 1)
    out.add('"""The names of the operations that are not deprecated."""', 2)
    out.add("return self.__all__", 2)
    out.add()
    out.add("def deprecated_operations(self) -> tuple[str, ...]:", 1)
    out.add('"""The names of the deprecated operations (hidden from dir())."""', 2)
    out.add("return self._DEPRECATED", 2)
    function = ASYNC_FUNCTION if is_async else SYNC_FUNCTION
    for named in group:
        op = named.operation
        alias = _module_alias(op, package)
        result = _qualify(op.result_annotation, shadowed, qualifier)
        target = f"{alias}.{function}"
        if op.deprecated:
            target = f"_runtime.undecorated({target})"
        out.add()
        if op.deprecated:
            out.add(f"@deprecated({_str(_deprecation_message(op, release))})", 1)
        head = "async def" if is_async else "def"
        signature = ", ".join(_signature(named, shadowed, qualifier))
        out.add(f"{head} {named.method_name}({signature}) -> {result} | None:", 1)
        out.add(_docstring(op, release), 2)
        awaited = "await " if is_async else ""
        out.add(f"response = {awaited}{target}({_call_arguments(op)})", 2)
        out.add("return response.parsed", 2)
        if named.pages_name:
            _render_pages(out, named, package, release, shadowed, qualifier, is_async=is_async)
    return class_name


def _render_pages(
    out: _Writer,
    named: _Named,
    package: str,
    release: str,
    shadowed: set[str],
    qualifier: _BuiltinQualifier,
    *,
    is_async: bool,
) -> None:
    op = named.operation
    filters = [p for p in op.parameters if p.python_name not in PAGE_PARAMETERS]
    walker_named = _Named(dataclasses.replace(op, parameters=tuple(filters)), "", None)
    parts = _signature(walker_named, shadowed, qualifier)
    if "*" not in parts:
        parts.append("*")
    parts.append("page_size: int = _runtime.DEFAULT_PAGE_SIZE")
    iterator = "AsyncIterator" if is_async else "Iterator"
    out.add()
    if op.deprecated:
        out.add(f"@deprecated({_str(_deprecation_message(op, release))})", 1)
    out.add(f"def {named.pages_name}({', '.join(parts)}) -> {iterator}[Any]:", 1)
    out.add(_docstring(op, release, " Walks every page; yields each item once."), 2)
    forwarded = ", ".join(
        [
            "client=self._client",
            "offset=offset",
            "limit=limit",
            *(f"{p.python_name}={p.python_name}" for p in filters),
        ]
    )
    function = ASYNC_FUNCTION if is_async else SYNC_FUNCTION
    target = f"{_module_alias(op, package)}.{function}"
    if op.deprecated:
        target = f"_runtime.undecorated({target})"
    out.add()
    if is_async:
        out.add("async def fetch(offset: int, limit: int) -> object:", 2)
        out.add(f"return (await {target}({forwarded})).parsed", 3)
        out.add()
        out.add("return _runtime.aiterate_pages(fetch, limit=page_size)", 2)
    else:
        out.add("def fetch(offset: int, limit: int) -> object:", 2)
        out.add(f"return {target}({forwarded}).parsed", 3)
        out.add()
        out.add("return _runtime.iterate_pages(fetch, limit=page_size)", 2)


_CLIENT_DOC = '''"""The Run:ai API {release} as one object: attribute per tag, method per operation.

    Authenticate with a ready bearer `token`, or with `client_id` + `client_secret` (a service
    account or application), exchanged at `token_endpoint` ("v1": POST /api/v1/token; "v2": the
    OAuth2 form endpoint POST /api/v2/token, from 2.24 on) and refreshed before it expires.
    Every call has `timeout`; connect errors, 429, 502, 503 and 504 are retried per `retry`
    (idempotent methods only unless `RetryPolicy(retry_all_methods=True)`); a final non-2xx answer
    raises a typed `ApiError` subclass. `server_release` (the release the server runs) is checked
    against this package's release {release}: `on_release_mismatch` "warn", "error" or "ignore".
    """'''


def _render_client(
    out: _Writer,
    groups: list[tuple[str, str]],
    release: str,
    *,
    is_async: bool,
) -> None:
    name = "AsyncRunaiClient" if is_async else "RunaiClient"
    out.add()
    out.add()
    out.add(f"class {name}:")
    out.add(_CLIENT_DOC.format(release=release), 1)
    out.add()
    out.add("def __init__(", 1)
    out.add("self,", 2)
    out.add("base_url: str,", 2)
    out.add("*,", 2)
    out.add("token: str | None = None,", 2)
    out.add("client_id: str | None = None,", 2)
    out.add("client_secret: str | None = None,", 2)
    out.add('token_endpoint: _runtime.TokenEndpoint = "v1",', 2)
    out.add("retry: _runtime.RetryPolicy | None = None,", 2)
    out.add("timeout: float | httpx.Timeout = _runtime.DEFAULT_TIMEOUT,", 2)
    out.add("verify: bool | str = True,", 2)
    out.add("server_release: str | None = None,", 2)
    out.add('on_release_mismatch: _runtime.OnReleaseMismatch = "warn",', 2)
    out.add(") -> None:", 1)
    out.add("_runtime.check_release(", 2)
    out.add("package_release=RELEASE,", 3)
    out.add("server_release=server_release,", 3)
    out.add("distribution=DISTRIBUTION,", 3)
    out.add("on_mismatch=on_release_mismatch,", 3)
    out.add(")", 2)
    out.add("self.release = RELEASE", 2)
    out.add("self.server_release = server_release", 2)
    out.add("self._auth = _runtime.build_auth(", 2)
    out.add("base_url,", 3)
    out.add("token=token,", 3)
    out.add("client_id=client_id,", 3)
    out.add("client_secret=client_secret,", 3)
    out.add("token_endpoint=token_endpoint,", 3)
    out.add(")", 2)
    session = "async_session" if is_async else "sync_session"
    out.add(f"self.http = _runtime.{session}(", 2)
    out.add("base_url, auth=self._auth, retry=retry, timeout=timeout, verify=verify", 3)
    out.add(")", 2)
    setter = "set_async_httpx_client" if is_async else "set_httpx_client"
    out.add(f"self._client = _Client(base_url=base_url).{setter}(self.http)", 2)
    for attribute, class_name in groups:
        out.add(f"self.{attribute} = {class_name}(self._client)", 2)
    out.add()
    out.add("def __repr__(self) -> str:", 1)
    out.add(
        f'return f"{name}(base_url={{str(self.http.base_url)!r}}, release={{RELEASE!r}}, '
        f'auth={{self._auth!r}})"',
        2,
    )
    out.add()
    if is_async:
        out.add("async def aclose(self) -> None:", 1)
        out.add("await self.http.aclose()", 2)
        out.add()
        out.add("async def __aenter__(self) -> Self:", 1)
        out.add("return self", 2)
        out.add()
        out.add("async def __aexit__(self, *exc_info: object) -> None:", 1)
        out.add("await self.aclose()", 2)
    else:
        out.add("def close(self) -> None:", 1)
        out.add("self.http.close()", 2)
        out.add()
        out.add("def __enter__(self) -> Self:", 1)
        out.add("return self", 2)
        out.add()
        out.add("def __exit__(self, *exc_info: object) -> None:", 1)
        out.add("self.close()", 2)


def _member_key(member: str) -> tuple[int, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions and modules."""
    name = member.split(" as ")[0]
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, name.lower())


def _wrapped(line: str, indent: int) -> str:
    """A from-import over the line limit (at `indent`), wrapped one name per line as ruff's
    isort does."""
    if indent + len(line) <= LINE_LENGTH or not line.startswith("from "):
        return line
    head, _, names = line.partition(" import ")
    members = "".join(f"    {name},\n" for name in names.split(", "))
    return f"{head} import (\n{members})"


def _section(
    straight: set[str], merged: dict[str, set[str]], aliased: set[str], indent: int
) -> list[str]:
    lines = [f"import {module}" for module in sorted(straight, key=str.lower)]
    froms = [
        (module, f"from {module} import {', '.join(sorted(names, key=_member_key))}")
        for module, names in merged.items()
    ]
    froms += [(line.split()[1], line) for line in aliased]
    froms.sort(key=lambda pair: (pair[0].lower(), _member_key(pair[1].split(" import ")[1])))
    return lines + [_wrapped(line, indent) for _, line in froms]


def _import_block(package: str, operations: Sequence[FacadeOperation]) -> list[str]:
    """The facade's imports, grouped and ordered the way ruff's isort rules want them.

    Annotations are not evaluated (`from __future__ import annotations`), so only what runs at
    import time is imported: the endpoint modules are `LazyModule`s, imported at their first
    call, and names only annotations use are imported for type checkers alone. `import
    <package>` then costs the same for ten operations as for a thousand.
    """
    eager = {
        "import builtins",
        "from collections.abc import AsyncIterator",
        "from collections.abc import Iterator",
        "from typing import TYPE_CHECKING",
        "from typing import Any",
        "from typing import Self",
        "import httpx",
        "from typing_extensions import deprecated",
        "from . import runtime as _runtime",
        "from .client import Client as _Client",
    }
    defaults = _names_in(
        p.default for op in operations for p in op.parameters if p.default is not None
    )
    typing_only: set[str] = set()
    lazy: dict[str, str] = {}
    for op in operations:
        parent, _, leaf = op.module.removeprefix(f"{package}.").rpartition(".")
        alias = _module_alias(op, package)
        typing_only.add(f"from .{parent} import {leaf} as {alias}")
        lazy[alias] = op.module
        for line in op.imports:
            (eager if line.split()[-1] in defaults else typing_only).add(line)
    block = ["from __future__ import annotations", "", *_sorted_imports(eager)]
    if typing_only:
        block += ["", "if TYPE_CHECKING:"]
        block += [
            "    " + row if row else ""
            for line in _sorted_imports(typing_only, 4)
            for row in line.split("\n")
        ]
        block.append("else:")
        block += [
            f'    {alias} = _runtime.LazyModule("{module}")'
            for alias, module in sorted(lazy.items())
        ]
    return block


def _sorted_imports(lines: set[str], indent: int = 0) -> list[str]:
    """Import lines in isort's sections (stdlib, third party, local), blank lines between, for
    a block at `indent` (wrapping counts it; the caller indents)."""
    sections: dict[int, tuple[set[str], dict[str, set[str]], set[str]]] = {
        rank: (set(), {}, set()) for rank in range(3)
    }
    for line in lines:
        words = line.split()
        module = words[1]
        root = module.split(".")[0]
        rank = 2 if module.startswith(".") else 0 if root in sys.stdlib_module_names else 1
        straight, merged, aliased = sections[rank]
        if words[0] == "import":
            straight.add(" ".join(words[1:]))
        elif " as " in line:
            aliased.add(line)
        else:
            merged.setdefault(module, set()).add(words[3])
    block: list[str] = []
    for rank in range(3):
        section = _section(*sections[rank], indent)
        if block and section:
            block.append("")
        block.extend(section)
    return block


def _plan(operations: Sequence[FacadeOperation]) -> dict[str, tuple[str, list[_Named]]]:
    """Client attribute -> (tag, its operations with their method names)."""
    by_tag: dict[str, list[FacadeOperation]] = {}
    for op in sorted(operations, key=lambda o: (o.tag, o.operation_id, o.module)):
        by_tag.setdefault(op.tag, []).append(op)
    plan: dict[str, tuple[str, list[_Named]]] = {}
    for tag, tag_operations in by_tag.items():
        attribute = _group_attribute(tag)
        if attribute in plan:
            raise ToolkitError(
                f"facade: tags {plan[attribute][0]!r} and {tag!r} both map to the attribute "
                f"{attribute!r}"
            )
        plan[attribute] = (tag, _unique_names(tag_operations))
    return plan


def _usage_example(package: str, plan: dict[str, tuple[str, list[_Named]]]) -> list[str]:
    """A docstring example calling the first operation that needs no arguments."""
    calls = [
        f"client.{attribute}.{named.pages_name or named.method_name}()"
        for attribute, (_, group) in plan.items()
        for named in group
        if not named.operation.deprecated
        and not any(p.required for p in named.operation.parameters)
    ]
    if not calls:
        return []
    return [
        "Example::",
        "",
        "    import os",
        "",
        f"    from {package}.facade import RetryPolicy, RunaiClient",
        "",
        "    with RunaiClient(",
        '        "https://<tenant>.run.ai",',
        '        client_id="<service account client id>",',
        '        client_secret=os.environ["RUNAI_CLIENT_SECRET"],',
        "        retry=RetryPolicy(attempts=5),",
        "    ) as client:",
        f"        print({calls[0]})",
    ]


def method_names(
    operations: Sequence[FacadeOperation],
) -> dict[str, tuple[str, str, str | None]]:
    """Endpoint module -> (client attribute, method name, page walker name or None)."""
    return {
        named.operation.module: (attribute, named.method_name, named.pages_name)
        for attribute, (_, group) in _plan(operations).items()
        for named in group
    }


def render_facade(package: str, release: str, operations: Sequence[FacadeOperation]) -> str:
    """The source of `<package>/facade.py` for these operations."""
    distribution = package.replace("_", "-")
    plan = _plan(operations)
    body = _Writer()
    sync_groups: list[tuple[str, str]] = []
    async_groups: list[tuple[str, str]] = []
    for attribute, (tag, group) in plan.items():
        sync_groups.append(
            (attribute, _render_group(body, tag, group, package, release, is_async=False))
        )
        async_groups.append(
            (attribute, _render_group(body, tag, group, package, release, is_async=True))
        )
    _render_client(body, sync_groups, release, is_async=False)
    _render_client(body, async_groups, release, is_async=True)
    head = _Writer()
    head.add(f'"""High-level client for the Run:ai API {release} ({distribution}).')
    head.add()
    head.add("Generated by runai-sdkgen; do not edit. `RunaiClient` (sync) and `AsyncRunaiClient`")
    head.add("group the operations of `api/` by tag and raise `runtime.ApiError` on non-2xx.")
    head.add()
    for line in _usage_example(package, plan):
        head.add(line)
    head.add('"""')
    head.add()
    for line in _import_block(package, operations):
        head.add(line)
    head.add()
    head.add(f'RELEASE = "{release}"')
    head.add(f'DISTRIBUTION = "{distribution}"')
    head.add()
    head.add("__all__ = [")
    for name in (
        "DISTRIBUTION",
        "RELEASE",
        "ApiError",
        "AsyncRunaiClient",
        "RetryPolicy",
        "RunaiClient",
    ):
        head.add(f'"{name}",', 1)
    head.add("]")
    head.add()
    head.add("ApiError = _runtime.ApiError")
    head.add("RetryPolicy = _runtime.RetryPolicy")
    return head.text() + body.text()


# --- building FacadeOperations from a generated package -------------------------------------


def _literal(node: ast.expr) -> Any:
    """The value of a catalog expression: literals, tuples and dataclass constructor calls."""
    if isinstance(node, ast.Call):
        if node.args or any(kw.arg is None for kw in node.keywords):
            raise ValueError(f"catalog entries must use keyword arguments: {ast.unparse(node)}")
        return {kw.arg: _literal(kw.value) for kw in node.keywords}
    if isinstance(node, ast.Tuple):
        return tuple(_literal(element) for element in node.elts)
    return ast.literal_eval(node)


def read_catalog(package_dir: Path) -> list[dict[str, Any]]:
    """`OPERATIONS` of `<package_dir>/operations.py`, read with ast (nothing is imported)."""
    path = package_dir / "operations.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, SyntaxError) as error:
        raise ToolkitError(f"{path}: cannot read the operation catalog ({error})") from error
    for statement in tree.body:
        target = getattr(statement, "target", None)
        value = getattr(statement, "value", None)
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        if isinstance(target, ast.Name) and target.id == "OPERATIONS" and value is not None:
            try:
                operations = _literal(value)
            except ValueError as error:
                raise ToolkitError(f"{path}: OPERATIONS is not plain data ({error})") from error
            return [dict(op) for op in operations]
    raise ToolkitError(f"{path}: no OPERATIONS tuple")


def _absolute(module: str, level: int, name: str | None) -> str:
    base = module.split(".")[:-level] if level else []
    return ".".join([*base, *([name] if name else [])])


def _import_sources(tree: ast.Module, module: str) -> dict[str, tuple[str, str | None]]:
    """Bound name -> (absolute module, imported name or None for `import x`)."""
    sources: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            origin = _absolute(module, node.level, node.module)
            for alias in node.names:
                sources[alias.asname or alias.name] = (origin, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                sources[alias.asname or alias.name.split(".")[0]] = (alias.name, None)
    return sources


def _names_in(expressions: Iterable[str]) -> set[str]:
    names: set[str] = set()
    for expression in expressions:
        for node in ast.walk(ast.parse(expression, mode="eval")):
            if isinstance(node, ast.Name):
                names.add(node.id)
    return names


def _import_line(name: str, source: tuple[str, str | None], package: str) -> str:
    origin, imported = source
    if imported is None:
        return f"import {origin}" if origin == name else f"import {origin} as {name}"
    if origin == package or origin.startswith(f"{package}."):
        origin = "." + origin.removeprefix(package).lstrip(".")
    alias = "" if imported == name else f" as {name}"
    return f"from {origin} import {imported}{alias}"


TOP_LEVEL_DEFINITION = re.compile(r"(?:async def |def |class |@)")


def _parse_parts(path: Path, kind: str, opening: str) -> ast.Module:
    """The module's header (everything before its first top-level definition) and the one
    top-level definition that starts with `opening`, parsed alone: the facade needs only
    imports and one signature or field list, and parsing whole modules is most of its time.
    The whole module is parsed when the parts alone are no valid Python."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read {kind} module ({error})") from error
    lines = source.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if TOP_LEVEL_DEFINITION.match(line)]
    wanted = next((i for i in starts if lines[i].startswith(opening)), None)
    if starts and wanted is not None:
        end = next((i for i in starts if i > wanted), len(lines))
        with contextlib.suppress(SyntaxError):
            return ast.parse("".join([*lines[: starts[0]], *lines[wanted:end]]))
    try:
        return ast.parse(source, filename=str(path))
    except SyntaxError as error:
        raise ToolkitError(f"{path}: cannot read {kind} module ({error})") from error


def _endpoint_operation(
    package_dir: Path, package: str, info: dict[str, Any], lists: dict[tuple[str, str], bool]
) -> FacadeOperation:
    module = str(info["module"])
    relative = module.removeprefix(f"{package}.").replace(".", "/")
    path = package_dir / f"{relative}.py"
    tree = _parse_parts(path, "endpoint", f"def {SYNC_FUNCTION}(")
    function = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == SYNC_FUNCTION),
        None,
    )
    if function is None or function.returns is None:
        raise ToolkitError(f"{path}: no annotated {SYNC_FUNCTION}()")
    returns = function.returns
    if not (isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Response"):
        raise ToolkitError(f"{path}: {SYNC_FUNCTION}() does not return Response[...]")
    result = ast.unparse(returns.slice)
    locations = {str(p["python_name"]): str(p["location"]) for p in info["parameters"]}
    deprecated_params = {str(p["python_name"]) for p in info["parameters"] if p["deprecated"]}
    arguments = function.args
    positional_defaults: list[ast.expr | None] = [None] * (
        len(arguments.args) - len(arguments.defaults)
    )
    pairs = [
        *zip(arguments.args, [*positional_defaults, *arguments.defaults], strict=True),
        *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True),
    ]
    parameters: list[FacadeParameter] = []
    for argument, default in pairs:
        if argument.arg == "client":
            continue
        if argument.annotation is None:
            raise ToolkitError(f"{path}: parameter {argument.arg!r} has no annotation")
        parameters.append(
            FacadeParameter(
                python_name=argument.arg,
                location=locations.get(argument.arg, "body"),
                required=default is None,
                annotation=ast.unparse(argument.annotation),
                default=None if default is None else ast.unparse(default),
                deprecated=argument.arg in deprecated_params,
            )
        )
    used = _names_in(
        [result, *(p.annotation for p in parameters)]
        + [p.default for p in parameters if p.default is not None]
    )
    sources = _import_sources(tree, module)
    imports: list[str] = []
    for name in sorted(used):
        if name in sources:
            imports.append(_import_line(name, sources[name], package))
        elif name not in BUILTIN_NAMES:
            raise ToolkitError(f"{path}: annotation name {name!r} is not imported there")
    return FacadeOperation(
        operation_id=str(info["operation_id"]),
        method=str(info["method"]),
        path=str(info["path"]),
        tag=str(info["tag"]),
        module=module,
        parameters=tuple(parameters),
        result_annotation=result,
        imports=tuple(imports),
        body_model=info.get("body_model"),
        deprecated=bool(info["deprecated"]),
        deprecated_in=info.get("deprecated_in"),
        removal_in=info.get("removal_in"),
        result_has_item_list=_result_has_item_list(
            returns.slice, sources, package_dir, package, lists
        ),
    )


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def _is_list(node: ast.expr) -> bool:
    return any(
        isinstance(member, ast.Subscript) and ast.unparse(member.value) == "list"
        for member in _union_members(node)
    )


def _model_has_one_list_field(package_dir: Path, package: str, origin: str, name: str) -> bool:
    path = package_dir / f"{origin.removeprefix(f'{package}.').replace('.', '/')}.py"
    tree = _parse_parts(path, "model", f"class {name}:")
    model = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name), None)
    if model is None:
        return False
    lists = [
        field
        for field in model.body
        if isinstance(field, ast.AnnAssign)
        and isinstance(field.target, ast.Name)
        and field.target.id != "additional_properties"
        and _is_list(field.annotation)
    ]
    return len(lists) == 1


def _result_has_item_list(
    result: ast.expr,
    sources: dict[str, tuple[str, str | None]],
    package_dir: Path,
    package: str,
    lists: dict[tuple[str, str], bool],
) -> bool:
    """`lists` remembers the answer per model: error models recur in most endpoints."""
    for member in _union_members(result):
        if _is_list(member):
            return True
        if isinstance(member, ast.Name) and member.id in sources:
            origin, imported = sources[member.id]
            if imported is None or not origin.startswith(f"{package}.models"):
                continue
            key = (origin, imported)
            if key not in lists:
                lists[key] = _model_has_one_list_field(package_dir, package, origin, imported)
            if lists[key]:
                return True
    return False


def facade_operations(package_dir: Path, package: str) -> tuple[FacadeOperation, ...]:
    """FacadeOperations for a generated import package folder (its catalog + endpoint modules)."""
    lists: dict[tuple[str, str], bool] = {}
    operations = tuple(
        _endpoint_operation(package_dir, package, info, lists) for info in read_catalog(package_dir)
    )
    _check_imports(operations)
    return operations


def _check_imports(operations: Sequence[FacadeOperation]) -> None:
    bound: dict[str, str] = {}
    for op in operations:
        for line in op.imports:
            name = line.split()[-1]
            if bound.setdefault(name, line) != line:
                raise ToolkitError(
                    f"facade: the name {name!r} means two things ({bound[name]!r} in one "
                    f"endpoint module, {line!r} in {op.module})"
                )


def write_facade(
    package_dir: Path,
    package: str,
    release: str,
    operations: Sequence[FacadeOperation] | None = None,
) -> Path:
    """Render and write `<package_dir>/facade.py` for a generated import package folder
    (`operations`: its `facade_operations`, when the caller has them already)."""
    if operations is None:
        operations = facade_operations(package_dir, package)
    target = package_dir / FACADE_MODULE
    atomic_write_text(target, render_facade(package, release, operations))
    return target
