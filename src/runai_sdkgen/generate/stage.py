"""The generate stage: normalized spec -> repaired spec -> client package project folder.

openapi-python-client 0.29.1 is driven through its library API (`GeneratorData` + `Project`)
with our templates in `templates/`; the toolkit adds what it does not write: the operation
catalog (`operations.py`), the pydantic schemas (`schemas.py`, datamodel-code-generator),
pyproject.toml and README.md, then formats with ruff. Everything is built in a staged folder
and swapped in whole.

Both cores work: datamodel-codegen runs as a subprocess from the start, the spec is parsed in two
passes that keep the generator's per-endpoint deep copies small (`_parse`), and a forked child
renders two thirds of the models while this process renders the endpoints and the rest.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar, cast

from attrs import evolve

from runai_sdkgen.core.fsutil import atomic_write_text, staged_directory
from runai_sdkgen.core.manifest import (
    RELEASE_LABEL,
    Manifest,
    Product,
    release_sort_key,
)
from runai_sdkgen.core.policy import removal_release
from runai_sdkgen.core.workspace import Workspace, normalized_in_memory
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate import imports, render
from runai_sdkgen.generate.facade import (
    FacadeOperation,
    facade_operations,
    method_names,
    write_facade,
)
from runai_sdkgen.generate.repair import (
    SCHEMA_REF_PREFIX,
    RepairFiring,
    RepairReport,
    class_dialect,
    repair_spec,
)
from runai_sdkgen.generate.runtime import copy_runtime
from runai_sdkgen.spec import load as specio
from runai_sdkgen.spec import naming
from runai_sdkgen.spec.deprecations import (
    Deprecation,
    DeprecationIndex,
    build_index,
    operation_parameters,
    operations,
    resolve,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
DEFAULT_PRODUCT = "multi-tenant"
# Ranges the generated code is tested with (the toolkit's own venv).
RUNTIME_DEPENDENCIES = (
    "httpx>=0.27,<0.29",
    "attrs>=24.2,<27",
    "typing-extensions>=4.12,<5",
    "pydantic>=2.10,<3",
)
# The warnings the generator may print for a spec without losing anything. Strict mode fails
# above it.
WARNING_BASELINE = 0
MAX_RENDERERS = 4
# Writes schemas.py to the path, running the callable first if datamodel-codegen still runs.
_WriteSchemas = Callable[[Path, Callable[[], object]], None]
_T = TypeVar("_T")
# What a stub component drops in the endpoints pass of `_parse` (see there); it keeps the
# annotations (description, example, nullable, ...) that docstrings of endpoints show.
STRUCTURE_KEYWORDS = frozenset(
    {
        "properties",
        "additionalProperties",
        "patternProperties",
        "required",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "items",
        "discriminator",
        "minProperties",
        "maxProperties",
    }
)
PATH_PARAMETER = re.compile(r"\{[^}]*\}")
# Members templates/model.py.jinja defines on every model besides the spec's properties.
MODEL_MEMBERS = frozenset(
    {"to_dict", "to_multipart", "from_dict", "additional_properties", "additional_keys"}
)


@dataclass(frozen=True)
class GenerationResult:
    product: str
    release: str
    output: Path
    operations: int
    endpoint_functions: int
    schemas: int
    models: int
    enums: int
    deprecated_flagged: int
    repairs: dict[str, int]
    repair_firings: tuple[RepairFiring, ...]
    lost_operations: tuple[str, ...]
    lost_schemas: tuple[str, ...]
    generator_warnings: tuple[str, ...]
    seconds: float
    peak_memory_mb: float

    def summary(self) -> str:
        repairs = sum(self.repairs.values())
        return (
            f"{self.product} {self.release}: {self.operations} operations -> "
            f"{self.endpoint_functions} endpoint functions, {self.schemas} schemas -> "
            f"{self.models} models + {self.enums} enums, {self.deprecated_flagged} deprecated "
            f"items flagged, {repairs} repairs, {len(self.lost_operations)} operations and "
            f"{len(self.lost_schemas)} schemas lost, {len(self.generator_warnings)} warnings, "
            f"{self.seconds:.1f} s -> {self.output}"
        )


@dataclass(frozen=True)
class Target:
    """What to generate: a product's naming, one release, the specs, and where."""

    product: Product
    label: str
    version: str
    spec: specio.Spec
    earlier: tuple[tuple[str, specio.Spec], ...]
    known_releases: tuple[str, ...]
    output: Path


@dataclass
class _Catalog:
    """Facts the templates ask for while rendering (registered as jinja globals)."""

    spec: specio.Spec
    repair: RepairReport
    index: DeprecationIndex
    known_releases: tuple[str, ...]
    flagged: set[str] = field(default_factory=set)
    _paths: dict[tuple[str, str], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path, method, _ in operations(self.spec):
            self._paths[(method, _path_shape(path))] = path

    def spec_path(self, endpoint: Any) -> str:
        """The path as the spec spells it (the generator renames path parameters)."""
        path = _text(endpoint.path)
        return self._paths.get((str(endpoint.method), _path_shape(path)), path)

    def _original_schema(self, name: str) -> str:
        for old, new in self.repair.renamed_schemas.items():
            if new == name:
                return old
        return name

    def operation_deprecation(self, endpoint: Any) -> Deprecation | None:
        key = (str(endpoint.method), self.spec_path(endpoint))
        found = self.index.operations.get(key)
        if found is not None:
            self.flagged.add(f"operation {key[0].upper()} {key[1]}")
        return found

    def parameter_deprecations(self, endpoint: Any) -> dict[str, Deprecation]:
        method, path = str(endpoint.method), self.spec_path(endpoint)
        found: dict[str, Deprecation] = {}
        for location in ("path", "query", "header", "cookie"):
            for parameter in getattr(endpoint, f"{location}_parameters"):
                key = (method, path, location, _text(parameter.name))
                deprecation = self.index.parameters.get(key)
                if deprecation is not None:
                    found[str(parameter.python_name)] = deprecation
                    self.flagged.add(f"parameter {method.upper()} {path} {location}:{key[3]}")
        return found

    def model_component(self, model: Any) -> str | None:
        """The component schema of a model as the spec names it (None: an inline schema)."""
        component = self._repaired_component(model)
        return None if component is None else self._original_schema(component)

    def _repaired_component(self, model: Any) -> str | None:
        for root in sorted(_text(r) for r in model.roots):
            if root.startswith("/components/schemas/"):
                return root.removeprefix("/components/schemas/")
        return None

    def model_deprecations(self, model: Any) -> dict[str, Deprecation]:
        """Deprecated properties of a model, own ones and those merged through allOf."""
        component = self._repaired_component(model)
        schemas = self.spec.get("components", {}).get("schemas", {})
        raw: Any
        if component is not None:
            raw = schemas.get(component)
        else:
            raw = model.data.model_dump(by_alias=True, exclude_none=True, mode="json")
        declared: dict[str, Deprecation] = {}
        self._collect(raw, component, declared, set())
        found: dict[str, Deprecation] = {}
        for prop in model.required_properties + model.optional_properties:
            deprecation = declared.get(_text(prop.name))
            if deprecation is not None:
                found[str(prop.python_name)] = deprecation
                self.flagged.add(f"property {component or model.class_info.name}.{prop.name}")
        return found

    def _collect(
        self, node: Any, owner: str | None, out: dict[str, Deprecation], seen: set[str]
    ) -> None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                return
            seen.add(ref)
            if ref.startswith(SCHEMA_REF_PREFIX):
                owner = ref.removeprefix(SCHEMA_REF_PREFIX)
            node = resolve(self.spec, node)
        if not isinstance(node, dict):
            return
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("deprecated") is True:
                key = (owner, name) if owner is not None else None
                known = self.index.properties.get(key) if key is not None else None
                out[name] = known or Deprecation(
                    f"Field {name!r}",
                    self.index.release,
                    removal_release(self.index.release, self.known_releases),
                )
        for member in node.get("allOf") or []:
            self._collect(member, owner, out, seen)


def _path_shape(path: str) -> str:
    return PATH_PARAMETER.sub("{}", path)


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter is not None else str(value)


def _generator_config(report: RepairReport, package_dir: Path) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType

    config_file = ConfigFile(
        post_hooks=[],
        content_type_overrides=report.content_type_overrides,
        literal_enums=False,
    )
    return Config.from_sources(
        config_file,
        MetaType.NONE,
        package_dir,
        "utf-8",
        True,
        package_dir,
    )


def _run_generator(
    target: Target, report: RepairReport, catalog: _Catalog, package_dir: Path
) -> tuple[Any, list[str]]:
    """Parse and render the package; returns the parsed data and the generator's warnings.

    With more than one renderer (`_renderers`), the models are dealt round-robin to this
    process, which renders the endpoints too, and to forked children, which write their
    modules beside this process's; the models' `__init__` is written last, over them all.
    """
    config = _generator_config(report, package_dir)
    data = _parse(report.spec, config)
    _rename_member_shadowing_properties(data)
    (package_dir / "models").mkdir(parents=True)
    renderers = _renderers()
    project = _project(data, config, target, catalog)
    if renderers > 1:
        # Compiled before the forks: the children inherit the environment's loaded templates.
        for name in project.env.list_templates(filter_func=_renders_code):
            project.env.get_template(name)
    with contextlib.ExitStack() as running:
        # Forked before the writer thread starts: a child gets no lock that thread may hold.
        rendered = [
            running.enter_context(
                _forked(
                    _render_models,
                    project,
                    data.models[index::renderers],
                    data.enums if index == renderers - 1 else [],
                    catalog,
                )
            )
            for index in range(1, renderers)
        ]
        with render.background_writer() as write:
            render.render_support(project, write)
            render.render_endpoints(project, write)
            own_enums = data.enums if renderers == 1 else []
            render.render_models(project, data.models[::renderers], own_enums, write)
        for flagged in rendered:
            catalog.flagged.update(flagged())
    atomic_write_text(
        package_dir / "models" / "__init__.py",
        project.env.get_template("models_init.py.jinja").render(
            classes=[
                (str(c.class_info.name), str(c.class_info.module_name))
                for c in [*data.models, *data.enums]
            ]
        ),
    )
    warnings = sorted({_describe_error(e) for e in render.parse_errors(data)})
    return data, warnings


def _renderers() -> int:
    """Processes that render a package: one per CPU this process may use, less the one
    datamodel-codegen keeps busy, at most four. On two CPUs that is this process alone: a
    second renderer would only take CPU time from datamodel-codegen, which finishes last."""
    return max(1, min(MAX_RENDERERS, len(os.sched_getaffinity(0)) - 1))


def _parse(spec: specio.Spec, config: Any) -> Any:
    """The generator's data for `spec`, parsed in two passes.

    openapi-python-client deep-copies every endpoint, with the whole model graph its responses
    and bodies reach, to sort its path parameters: on a spec whose models are all kept that is
    most of the parse. So the models and enums come from a pass over the components alone, and
    the endpoints from a pass where every component that became a model is a stub carrying only
    its name (an endpoint renders a model by its class name and imports only). Models and enums
    declared inline in operations come from the second pass, whose order the one-pass parse
    has as well: components first, then operations. Should an operation's inline model take
    the name of a model the stubs no longer declare (the one-pass parse would have named it
    apart), the spec is parsed in one pass instead.
    """
    components = _from_dict({**spec, "paths": {}}, config)
    by_class = {str(model.class_info.name): model for model in components.models}
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    stubbed: set[str] = set()
    for name, schema in schemas.items():
        model = by_class.get(str(naming.class_name(name)))
        if model is not None and f"/components/schemas/{name}" in {_text(r) for r in model.roots}:
            stubbed.add(str(model.class_info.name))
            schemas[name] = {k: v for k, v in schema.items() if k not in STRUCTURE_KEYWORDS} | {
                "type": "object"
            }
    endpoints = _from_dict(
        {**spec, "components": {**spec.get("components", {}), "schemas": schemas}}, config
    )
    models = list(components.models)
    for model in endpoints.models:
        name = str(model.class_info.name)
        if name not in by_class:
            models.append(model)
        elif name not in stubbed and model.data != by_class[name].data:
            return _from_dict(spec, config)
        elif model.is_multipart_body:
            # Set where an operation sends the model as multipart/form-data.
            models[models.index(by_class[name])] = evolve(by_class[name], is_multipart_body=True)
    enum_names = {str(enum.class_info.name) for enum in components.enums}
    return replace(
        endpoints,
        models=models,
        enums=[
            *components.enums,
            *(e for e in endpoints.enums if str(e.class_info.name) not in enum_names),
        ],
        errors=[*components.errors, *(e for e in endpoints.errors if e not in components.errors)],
    )


def _from_dict(spec: specio.Spec, config: Any) -> Any:
    from openapi_python_client.parser import GeneratorData

    try:
        data = GeneratorData.from_dict(spec, config=config)
    except ValueError as exc:
        # e.g. "Duplicate key X in enum Y": a spec shape no repair rule covers yet.
        reason = " ".join(str(exc).split())[:300]
        raise ToolkitError(f"openapi-python-client rejected the spec: {reason}") from None
    if not isinstance(data, GeneratorData):
        raise ToolkitError(f"openapi-python-client rejected the spec: {data.header} {data.detail}")
    return data


def _render_models(
    project: Any, models: list[Any], enums: list[Any], catalog: _Catalog
) -> set[str]:
    """(In a forked child, where `catalog` is a copy) render `models` and `enums` with
    `project`; returns the deprecated items the templates flagged."""
    with render.background_writer() as write:
        render.render_models(project, models, enums, write)
    return catalog.flagged


def _renders_code(name: str) -> bool:
    """Templates a package render uses (project metadata files are written by the toolkit)."""
    return name.endswith(".jinja") and not name.startswith(("pyproject", "setup", "README", "."))


def _project(data: Any, config: Any, target: Target, catalog: _Catalog) -> Any:
    """An openapi-python-client Project over `data` with our templates and their globals."""
    from openapi_python_client import Project

    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    # Templates do not change during a generation: no stat() of the file on every lookup.
    project.env.auto_reload = False
    property_templates: dict[str, Any] = {}

    def property_template(name: str) -> Any:
        """The macros of `property_templates/<name>`, loaded once per build: a jinja `import`
        inside a loop looks the template up and compares the globals on every pass."""
        if name not in property_templates:
            loaded = project.env.get_template(f"property_templates/{name}")
            property_templates[name] = loaded.module
        return property_templates[name]

    project.env.globals.update(
        release_label=target.label,
        release_version=target.version,
        product_name=target.product.name,
        product_title=target.product.title,
        distribution=target.product.distribution,
        operation_deprecation=catalog.operation_deprecation,
        parameter_deprecations=catalog.parameter_deprecations,
        model_deprecations=catalog.model_deprecations,
        model_component=catalog.model_component,
        spec_path=catalog.spec_path,
        property_template=property_template,
        import_block=imports.import_block,
        with_imports=imports.with_imports,
        without_whitespace_lines=imports.without_whitespace_lines,
    )
    return project


@contextlib.contextmanager
def _forked(work: Callable[..., _T], *args: Any) -> Iterator[Callable[[], _T]]:
    """Runs `work(*args)` in a forked child and yields a function that waits for it and returns
    its result (pickled back) or raises its failure as a ToolkitError (a ToolkitError's own
    message as it is); the answer is kept, so asking twice is fine. Leaving the block early
    kills the child."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_report_to, args=(sender, work, *args), daemon=True)
    child.start()
    sender.close()
    answers: list[tuple[str | None, Any]] = []

    def wait() -> _T:
        if not answers:
            try:
                answers.append(receiver.recv())
            except EOFError:
                child.join()
                exited = f"{work.__name__} exited without an answer (code {child.exitcode})"
                answers.append((exited, None))
        failure, result = answers[0]
        if failure is not None:
            raise ToolkitError(failure) from None
        return cast(_T, result)

    try:
        yield wait
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def _report_to(sender: Connection, work: Callable[..., object], *args: Any) -> None:
    try:
        result = work(*args)
    except ToolkitError as error:
        sender.send((error.message, None))
    except Exception as error:  # reported to the parent, which raises it as a ToolkitError
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        sender.send((f"{work.__name__} failed: {detail}", None))
    else:
        sender.send((None, result))


def _rename_member_shadowing_properties(data: Any) -> None:
    """A property named like a member of our model template (`to_dict`, ...) would redefine
    it; its attribute becomes `field_<name>` (the JSON key stays the spec's name)."""
    from openapi_python_client.strings import PythonIdentifier

    for model in data.models:
        for prop in [*model.required_properties, *model.optional_properties]:
            if str(prop.python_name) in MODEL_MEMBERS:
                prop.python_name = PythonIdentifier(f"field_{prop.python_name}", "field_")


def _describe_error(error: Any) -> str:
    detail = " ".join(str(error.detail or "").split())
    return f"{str(error.header).strip()} {detail}"[:400]


@dataclass(frozen=True)
class _Counts:
    endpoint_functions: int
    models: int
    enums: int
    lost_operations: tuple[str, ...]
    lost_schemas: tuple[str, ...]


def _count(data: Any, original: specio.Spec, report: RepairReport, catalog: _Catalog) -> _Counts:
    spec = report.spec
    generated: set[tuple[str, str]] = set()
    functions = 0
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            generated.add((str(endpoint.method), catalog.spec_path(endpoint)))
            parsed = endpoint.responses and endpoint.response_type() != "Any"
            functions += 4 if parsed else 2
    lost_ops = tuple(
        f"{method.upper()} {path}"
        for path, method, _ in _spec_operations(spec)
        if (method, path) not in generated
    )
    enums = {str(e.class_info.name) for e in data.enums}
    roots = {_text(r) for m in data.models for r in m.roots}
    renamed = report.renamed_schemas
    lost_schemas = tuple(
        name
        for name, schema in sorted(original.get("components", {}).get("schemas", {}).items())
        if _needs_class(schema)
        and f"/components/schemas/{renamed.get(name, name)}" not in roots
        and naming.class_name(renamed.get(name, name)) not in enums
    )
    return _Counts(functions, len(data.models), len(data.enums), lost_ops, lost_schemas)


def _needs_class(schema: Any) -> bool:
    """Objects and enums become classes; primitives, arrays, `{}` and aliases (`$ref`, or allOf
    over one reference) reuse or inline another type."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    members = schema.get("allOf")
    if isinstance(members, list) and "properties" not in schema:
        return len(members) > 1 or not (members and "$ref" in members[0])
    return "enum" in schema or "properties" in schema


def _spec_operations(spec: specio.Spec) -> list[tuple[str, str, dict[str, Any]]]:
    return list(operations(spec))


def _operations_module(
    target: Target, original: specio.Spec, report: RepairReport, data: Any, catalog: _Catalog
) -> str:
    package = target.product.package
    renamed_back = {new: old for old, new in report.renamed_operations.items()}
    rows: list[str] = []
    endpoints = sorted(
        (
            (catalog.spec_path(e), str(e.method), str(tag), e)
            for tag, collection in data.endpoint_collections_by_tag.items()
            for e in collection.endpoints
        ),
        key=lambda row: (row[0], naming.HTTP_METHODS.index(row[1])),
    )
    for path, method, tag, endpoint in endpoints:
        # The catalog speaks the spec's language, not the repaired spec's.
        original_path = report.renamed_paths.get(path, path)
        raw = original["paths"][original_path][method]
        spec_params = {
            (str(p["in"]), str(p["name"])): p
            for p in operation_parameters(original, original_path, method)
        }
        params: list[str] = []
        for location in ("path", "query", "header", "cookie"):
            for parameter in getattr(endpoint, f"{location}_parameters"):
                name = _text(parameter.name)
                if location == "path":
                    name = report.renamed_path_parameters.get((path, name), name)
                spec_param = spec_params.get((location, name), {})
                params.append(
                    "ParameterInfo("
                    f"name={name!r}, python_name={str(parameter.python_name)!r}, "
                    f"location={location!r}, required={bool(parameter.required)!r}, "
                    f"deprecated={spec_param.get('deprecated') is True!r})"
                )
        body_model: str | None = None
        body_content_type: str | None = None
        if endpoint.bodies:
            body = endpoint.bodies[0]
            body_content_type = _text(body.content_type)
            class_info = getattr(body.prop, "class_info", None)
            if class_info is not None and str(body.body_type) == "json":
                body_model = f"{package}.models.{class_info.module_name}:{class_info.name}"
        deprecation = catalog.index.operations.get((method, path))
        operation_id = str(raw.get("operationId") or renamed_back.get(str(endpoint.name), ""))
        module = f"{package}.api.{tag}.{naming.python_name(str(endpoint.name))}"
        params_text = "".join(f"\n            {p}," for p in params)
        rows.append(
            "    OperationInfo(\n"
            f"        operation_id={operation_id or str(endpoint.name)!r},\n"
            f"        method={method.upper()!r},\n"
            f"        path={original_path!r},\n"
            f"        tag={tag!r},\n"
            f"        module={module!r},\n"
            f"        parameters=({params_text}\n        ),\n"
            f"        body_model={body_model!r},\n"
            f"        body_content_type={body_content_type!r},\n"
            f"        deprecated={deprecation is not None!r},\n"
            f"        deprecated_in={deprecation.deprecated_in if deprecation else None!r},\n"
            f"        removal_in={deprecation.removal_in if deprecation else None!r},\n"
            "    ),"
        )
    body = "\n".join(rows)
    return f'''"""Every operation of the Run:ai API {target.label} this package implements, as data.

`module` is the import path of the endpoint module (it has `sync_detailed`, `sync`,
`asyncio_detailed`, `asyncio`); `body_model` is "module:Class" of the JSON request body model.
"""

import dataclasses


@dataclasses.dataclass(frozen=True)
class ParameterInfo:
    name: str
    python_name: str
    location: str
    required: bool
    deprecated: bool


@dataclasses.dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tag: str
    module: str
    parameters: tuple[ParameterInfo, ...]
    body_model: str | None
    body_content_type: str | None
    deprecated: bool
    deprecated_in: str | None
    removal_in: str | None


OPERATIONS: tuple[OperationInfo, ...] = (
{body}
)
'''


def _pyproject(target: Target) -> str:
    deps = "".join(f'    "{dep}",\n' for dep in RUNTIME_DEPENDENCIES)
    # S608: ruff mistakes the TOML `select = [...]` below for SQL.
    return f'''[build-system]
requires = ["hatchling>=1.27,<2"]
build-backend = "hatchling.build"

[project]
name = "{target.product.distribution}"
version = "{target.version}"
description = "Python client for the {target.product.title}, release {target.label}"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
{deps}]

[tool.hatch.build.targets.wheel]
packages = ["{target.product.package}"]

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP"]
# Names come from the API (a property `l`, a schema `O`): E741-E743 would flag them.
ignore = ["E501", "E741", "E742", "E743"]
'''  # noqa: S608


# README code blocks begin with this line (tests and users substitute their control plane's
# URL) and read secrets from these environment variables.
README_BASE_URL_LINE = 'BASE_URL = "https://runai.example.com"'
# (bearer token, client id, client secret)
README_ENVIRONMENT = ("RUNAI_TOKEN", "RUNAI_CLIENT_ID", "RUNAI_CLIENT_SECRET")


@dataclass(frozen=True)
class _ReadmeCall:
    """A facade call a README snippet can make with no arguments: `client.<attribute>.<name>()`."""

    attribute: str
    name: str
    operation: FacadeOperation

    @property
    def call(self) -> str:
        return f"client.{self.attribute}.{self.name}()"

    @property
    def route(self) -> str:
        return f"{self.operation.method.upper()} {self.operation.path}"


def _readme_calls(operations: Sequence[FacadeOperation]) -> dict[str, list[_ReadmeCall]]:
    """Argument-free facade calls by kind: "get" (current GETs), "pages" (current page walkers),
    "deprecated" (deprecated GETs), each ordered list methods first, then by group; and
    "deprecated_any": every deprecated operation, whatever it needs."""
    names = method_names(operations)
    calls: dict[str, list[_ReadmeCall]] = {
        "get": [],
        "pages": [],
        "deprecated": [],
        "deprecated_any": [],
    }
    for op in operations:
        attribute, method, pages = names[op.module]
        required = {p.python_name for p in op.parameters if p.required}
        if op.deprecated:
            calls["deprecated_any"].append(_ReadmeCall(attribute, method, op))
        if op.method.upper() != "GET":
            continue
        if not required:
            kind = "deprecated" if op.deprecated else "get"
            calls[kind].append(_ReadmeCall(attribute, method, op))
        if pages and not op.deprecated and not required - {"offset", "limit"}:
            calls["pages"].append(_ReadmeCall(attribute, pages, op))
    for found in calls.values():
        found.sort(key=lambda c: (not c.name.startswith("list"), c.attribute, c.name))
    return calls


def _other_release(target: Target) -> str:
    """A release this package is not for: the next known one, else the previous, else the
    next minor."""
    known = sorted(set(target.known_releases) - {target.label}, key=release_sort_key)
    later = [r for r in known if release_sort_key(r) > release_sort_key(target.label)]
    if later:
        return later[0]
    if known:
        return known[-1]
    major, _, minor = target.label.partition(".")
    return f"{major}.{int(minor or 0) + 1}"


def _readme(target: Target, index: DeprecationIndex, operations: Sequence[FacadeOperation]) -> str:
    product = target.product
    package = product.package
    token_variable, client_id_variable, client_secret_variable = README_ENVIRONMENT
    calls = _readme_calls(operations)
    spec_paths = target.spec.get("paths", {})
    token_endpoints = [
        endpoint
        for endpoint, path in (("v1", "/api/v1/token"), ("v2", "/api/v2/token"))
        if "post" in spec_paths.get(path, {})
    ]
    first = calls["get"][0] if calls["get"] else None
    header = [README_BASE_URL_LINE, "", "import os", "", f"from {package} import RunaiClient"]
    token_client = f'RunaiClient(BASE_URL, token=os.environ["{token_variable}"])'
    lines = [
        f"# {product.distribution} {target.version}",
        "",
        f"Python client for the {product.title}, release **{target.label}**.",
        "",
        "## Install",
        "",
        "Pin the client to the release your control plane runs (`~=` keeps you on",
        f"{target.label}.x bug-fix builds):",
        "",
        "```sh",
        f'pip install "{product.distribution}~={target.version}"',
        "```",
        "",
        "The snippets below read the control plane URL from `BASE_URL` and secrets from",
        "environment variables; they never belong in code or logs (the client redacts them",
        "from reprs and error messages).",
        "",
        "## Authenticate",
        "",
        f"With a ready bearer token (`{token_variable}`):",
        "",
        "```python",
        *header,
        "",
        f"with {token_client} as client:",
        "    print(client)",
        "```",
        "",
    ]
    if token_endpoints:
        lines += [
            "With client credentials of a service account or application: the client exchanges",
            *(
                ['them for a token at `POST /api/v1/token` (`token_endpoint="v1"`, the default)']
                * ("v1" in token_endpoints)
            ),
            *(
                ['or at the OAuth2 form endpoint `POST /api/v2/token` (`token_endpoint="v2"`)']
                * ("v2" in token_endpoints)
            ),
            "and refreshes it before it expires.",
            "",
            "```python",
            *header,
            "",
            "with RunaiClient(",
            "    BASE_URL,",
            f'    client_id=os.environ["{client_id_variable}"],',
            f'    client_secret=os.environ["{client_secret_variable}"],',
            *(['    token_endpoint="v2",'] * ("v2" in token_endpoints)),
            ") as client:",
            f"    print({first.call if first else 'client'})",
            "```",
            "",
        ]
    else:
        lines += [
            f"Release {target.label} has no token endpoint (`POST /api/v1/token`): client",
            "credentials cannot be exchanged here; use a bearer token.",
            "",
        ]
    if first is not None:
        lines += [
            "## Call an operation",
            "",
            "`RunaiClient` has one attribute per API tag and one method per operation; a",
            "method returns the parsed answer. `AsyncRunaiClient` offers the same as",
            "coroutines.",
            "",
            "```python",
            *header,
            "",
            f"with {token_client} as client:",
            f"    print(client.{first.attribute}.operations())",
            f"    answer = {first.call}  # {first.route}",
            "    print(answer)",
            "```",
            "",
        ]
    if calls["pages"]:
        pages = calls["pages"][0]
        lines += [
            "## Walk a paginated list",
            "",
            f"`{pages.name}` pages through `{pages.route}` with `offset`/`limit` and yields",
            "every item once:",
            "",
            "```python",
            *header,
            "",
            f"with {token_client} as client:",
            f"    for item in client.{pages.attribute}.{pages.name}(page_size=50):",
            "        print(item)",
            "```",
            "",
        ]
    if first is not None:
        lines += [
            "## Handle errors",
            "",
            "A non-2xx answer raises a typed `ApiError` (`UnauthorizedError`, `NotFoundError`,",
            "`RateLimitedError`, `ServerError`, ...) with the status, the method, the URL and",
            "the Run:ai error body (`code`, `message`, `details`; `text` when it is not JSON).",
            "Connect errors, 429, 502, 503 and 504 are retried first, with backoff, as `retry`",
            "says; every call has a timeout.",
            "",
            "```python",
            README_BASE_URL_LINE,
            "",
            f"from {package} import RunaiClient",
            f"from {package}.facade import ApiError, RetryPolicy",
            "",
            "with RunaiClient(",
            '    BASE_URL, token="expired-token", retry=RetryPolicy(attempts=5), timeout=30.0',
            ") as client:",
            "    try:",
            f"        {first.call}",
            "    except ApiError as error:",
            "        print(type(error).__name__, error.status_code, error.message)",
            "```",
            "",
        ]
    other = _other_release(target)
    lines += [
        "## Pin the server release",
        "",
        f"This package speaks release {target.label}. Tell it which release the server runs:",
        'on a mismatch it warns (`on_release_mismatch="warn"`, the default), refuses',
        '(`"error"`) or stays silent (`"ignore"`), naming the package to install instead.',
        "",
        "```python",
        *header,
        f"from {package}.runtime import ReleaseMismatchError",
        "",
        f'TOKEN = os.environ["{token_variable}"]',
        f'with RunaiClient(BASE_URL, token=TOKEN, server_release="{target.label}") as client:',
        "    print(client.release)",
        "try:",
        "    RunaiClient(",
        f'        BASE_URL, token=TOKEN, server_release="{other}", on_release_mismatch="error"',
        "    )",
        "except ReleaseMismatchError as error:",
        f'    print(error)  # ... pip install "{product.distribution}~={other}.0"',
        "```",
        "",
        "## Deprecated operations",
        "",
    ]
    deprecated_groups = sorted({c.attribute for c in calls["deprecated_any"]})
    if index.operations:
        lines += [
            "Deprecated operations still work but are hidden from `dir()` and from",
            "`operations()`; `deprecated_operations()` lists them. Calling one warns once",
            "with a `DeprecationWarning` naming the release that deprecated it and the",
            "removal release (type checkers flag the call too).",
            "",
        ]
    else:
        lines += [
            f"No operation is deprecated in release {target.label}. In later releases,",
            "deprecated operations are hidden from `dir()` and `operations()`, listed by",
            "`deprecated_operations()`, and warn once with a `DeprecationWarning` when called.",
            "",
        ]
    if calls["deprecated"]:
        deprecated = calls["deprecated"][0]
        lines += [
            "```python",
            README_BASE_URL_LINE,
            "",
            "import os",
            "import warnings",
            "",
            f"from {package} import RunaiClient",
            "",
            f"with {token_client} as client:",
            *(f"    print(client.{g}.deprecated_operations())" for g in deprecated_groups),
            "    with warnings.catch_warnings(record=True) as caught:",
            '        warnings.simplefilter("always")',
            f"        {deprecated.call}  # {deprecated.route}",
            "    print(caught[0].message)",
            "```",
            "",
        ]
    elif deprecated_groups:
        lines += [
            "```python",
            *header,
            "",
            f"with {token_client} as client:",
            *(f"    print(client.{g}.deprecated_operations())" for g in deprecated_groups),
            "```",
            "",
        ]
    elif first is not None:
        lines += [
            "```python",
            *header,
            "",
            f"with {token_client} as client:",
            f"    print(client.{first.attribute}.deprecated_operations())  # ()",
            "```",
            "",
        ]
    lines += [
        "Run your automation with `python -W error::DeprecationWarning` to make every use of",
        "a deprecated operation fail in CI.",
        "",
        f"## Deprecated in release {target.label}",
        "",
    ]
    items = [
        *(("operation", f"`{k[0].upper()} {k[1]}`", d) for k, d in index.operations.items()),
        *(
            ("parameter", f"`{k[0].upper()} {k[1]}` {k[2]} `{k[3]}`", d)
            for k, d in index.parameters.items()
        ),
        *(("field", f"`{k[0]}.{k[1]}`", d) for k, d in index.properties.items()),
    ]
    if not items:
        lines.append("Nothing is deprecated in this release.")
    else:
        lines += ["| kind | item | deprecated in | removal in |", "|---|---|---|---|"]
        lines += [
            f"| {kind} | {item} | {d.deprecated_in} | {d.removal_in} |" for kind, item, d in items
        ]
    return "\n".join(lines) + "\n"


# datamodel-code-generator options: pydantic v2 models that pass mypy --strict (annotated
# constraints, enum members as enum defaults, no RootModel wrappers whose defaults mistype).
PYDANTIC_OPTIONS = (
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--use-schema-description",
    "--strict-nullable",
    "--collapse-root-models",
    "--allof-class-hierarchy=if-no-conflict",
    "--set-default-enum-member",
    "--disable-timestamp",
    "--disable-warnings",
    # ruff-format is faster than the builtin formatter; our own ruff pass formats it again.
    "--formatters=ruff-format",
)


def _tool(name: str) -> str:
    """A console script of the toolkit's own environment (falls back to PATH)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


@contextlib.contextmanager
def _pydantic_schemas(repaired: specio.Spec, subject: str) -> Iterator[_WriteSchemas]:
    """Starts datamodel-codegen on `repaired` (pydantic models of every component schema of a
    repaired spec) and yields a function that waits for it and writes its `schemas.py` to the
    path it is given (errors name `subject`, e.g. "multi-tenant 2.24"), running the function
    it is given too first if the tool is still running.

    A forked child writes the class dialect of the spec and becomes datamodel-codegen, so it
    overlaps all of the generation on a second core; leaving the block early kills it.
    """
    if not repaired.get("components", {}).get("schemas"):
        # datamodel-code-generator fails on a spec without models; an API may have none.
        yield lambda output, _: atomic_write_text(
            output, '"""This API declares no component schemas."""\n'
        )
        return
    with tempfile.TemporaryDirectory(prefix="runai-sdkgen-schemas-") as work:
        source, target, errors = (Path(work) / n for n in ("openapi.json", "schemas.py", "err"))
        context = multiprocessing.get_context("fork")
        child = context.Process(
            target=_become_datamodel_codegen,
            args=(repaired, source, target, errors),
            daemon=True,
        )
        child.start()

        def finish(output: Path, while_running: Callable[[], object]) -> None:
            if child.is_alive():
                while_running()
            child.join()
            if child.exitcode != 0 or not target.is_file():
                message = " ".join(errors.read_text(errors="replace").split())[:300]
                raise ToolkitError(
                    f"datamodel-codegen failed for {subject} (schemas.py): {message}"
                )
            atomic_write_text(output, target.read_text(encoding="utf-8"))

        try:
            yield finish
        finally:
            if child.is_alive():
                child.kill()
            child.join()


def _become_datamodel_codegen(
    repaired: specio.Spec, source: Path, target: Path, errors: Path
) -> None:
    """(In a forked child) write the class dialect of the `repaired` spec to `source`, then
    replace this process by datamodel-codegen writing `target`, its stderr going to `errors`."""
    error_fd = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd, to in ((devnull, 0), (devnull, 1), (error_fd, 2)):
        os.dup2(fd, to)
    tool = _tool("datamodel-codegen")
    try:
        dialect = class_dialect(repaired)
        # Compact JSON (json's C encoder); datamodel-codegen reads it like the indented form.
        source.write_text(json.dumps(dialect, sort_keys=True, ensure_ascii=False), "utf-8")
        arguments = [tool, f"--input={source}", f"--output={target}", *PYDANTIC_OPTIONS]
        os.execvp(tool, arguments)  # noqa: S606 - a fixed tool and our own arguments, like S603
    except Exception as error:  # the parent reads it from `errors`
        os.write(error_fd, f"{tool}: {type(error).__name__}: {error}".encode())
        os._exit(1)


def _ruff(project_dir: Path, target: str = ".") -> None:
    """Fix and format `target` (a path relative to `project_dir`) with the project's config."""
    command = _tool("ruff")
    for args in (
        ["check", "--no-cache", "--fix-only", "--quiet", "--exit-zero", target],
        ["format", "--no-cache", "--quiet", target],
    ):
        done = subprocess.run([command, *args], cwd=project_dir, capture_output=True, text=True)
        if done.returncode != 0:
            raise ToolkitError(
                f"ruff {args[0]} failed on {project_dir}: {done.stderr.strip()[:300]}"
            )


def generate_target(
    target: Target, *, strict: bool = False, validate_origin: str | None = None
) -> GenerationResult:
    """Generate one release into `target.output` (a package project folder).

    With `validate_origin` (the name errors give the spec), `target.spec` is validated in a
    child process while it is generated; an invalid spec fails with the validator's message,
    before anything is swapped in and in place of any failure its defects cause.
    """
    with _validation(target.spec, validate_origin) as verdict:
        try:
            return _generate(target, strict, verdict)
        except Exception:
            verdict()
            raise


@contextlib.contextmanager
def _validation(spec: specio.Spec, origin: str | None) -> Iterator[Callable[[], None]]:
    """Yields a function that raises the validator's ToolkitError for `spec` (no-op without
    `origin`); the validator runs in a forked child, beside the generator."""
    if origin is None:
        yield lambda: None
        return
    with _forked(specio.validate_spec, spec, origin) as verdict:
        yield verdict


def _generate(target: Target, strict: bool, verdict: Callable[[], None]) -> GenerationResult:
    started = time.perf_counter()
    with _cyclic_gc_paused():
        report = repair_spec(target.spec)
        subject = f"{target.product.name} {target.label}"
        with _pydantic_schemas(report.spec, subject) as write_schemas:
            return _generate_with(target, report, strict, verdict, write_schemas, started)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a release is generated.

    The parse and the renders allocate millions of objects that live until the end, so every
    full collection walks them all again for almost nothing to free: about a fifth of this
    process's CPU time on the control-plane specs. Reference counting still frees everything
    acyclic, and collection resumes afterwards: one control-plane release peaks at the same
    memory, three in one process at 159 MB instead of 132 MB.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _generate_with(
    target: Target,
    report: RepairReport,
    strict: bool,
    verdict: Callable[[], None],
    write_schemas: _WriteSchemas,
    started: float,
) -> GenerationResult:
    # Indexed by the repaired specs' names: inline schemas hoisted into components get the same
    # name in every release, so their fields' history is known too.
    earlier = [(label, repair_spec(spec).spec) for label, spec in target.earlier]
    index = build_index(target.label, report.spec, earlier, target.known_releases)
    catalog = _Catalog(
        spec=report.spec, repair=report, index=index, known_releases=target.known_releases
    )
    with staged_directory(target.output) as staging:
        package_dir = staging / target.product.package
        with contextlib.redirect_stdout(io.StringIO()):
            data, warnings = _run_generator(target, report, catalog, package_dir)
        counts = _count(data, target.spec, report, catalog)
        lost = [*counts.lost_operations, *counts.lost_schemas]
        if strict and (lost or len(warnings) > WARNING_BASELINE):
            raise ToolkitError(
                f"strict: {target.product.name} {target.label} loses "
                f"{len(counts.lost_operations)} operations and {len(counts.lost_schemas)} schemas, "
                f"{len(warnings)} generator warnings (baseline {WARNING_BASELINE}); first: "
                f"{[*lost, *warnings][:1]}"
            )
        atomic_write_text(
            package_dir / "operations.py",
            _operations_module(target, target.spec, report, data, catalog),
        )
        # The parsed package is not needed any more; without this reference it is garbage that
        # can be collected while datamodel-codegen finishes (below).
        del data
        copy_runtime(package_dir)
        facade = facade_operations(package_dir, target.product.package)
        write_facade(package_dir, target.product.package, target.label, facade)
        atomic_write_text(package_dir / "py.typed", "")
        atomic_write_text(staging / "pyproject.toml", _pyproject(target))
        atomic_write_text(staging / "README.md", _readme(target, index, facade))
        # The rest is formatted while datamodel-codegen may still be running.
        _ruff(staging)
        # Collecting the garbage of the generation costs a quarter of a second or so; done now,
        # it fills time this process would spend waiting, not time after datamodel-codegen.
        write_schemas(package_dir / "schemas.py", gc.collect)
        _ruff(staging, f"{target.product.package}/schemas.py")
        verdict()
    return GenerationResult(
        product=target.product.name,
        release=target.label,
        output=target.output,
        operations=len(_spec_operations(target.spec)),
        endpoint_functions=counts.endpoint_functions,
        schemas=len(target.spec.get("components", {}).get("schemas", {})),
        models=counts.models,
        enums=counts.enums,
        deprecated_flagged=len(catalog.flagged),
        repairs=report.counts(),
        repair_firings=report.firings,
        lost_operations=counts.lost_operations,
        lost_schemas=counts.lost_schemas,
        generator_warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
        peak_memory_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def generate_release(
    workspace: Workspace, product_name: str, label: str, *, strict: bool = False
) -> GenerationResult:
    product = workspace.manifest.product(product_name)
    release = product.release(label)
    earlier = tuple(
        (r.label, workspace.release_spec(r, validate_snapshot=True))
        for r in product.releases
        if release_sort_key(r.label) < release_sort_key(label)
    )
    target = Target(
        product=product,
        label=label,
        version=release.version,
        spec=workspace.release_spec(release, validate_snapshot=True),
        earlier=earlier,
        known_releases=tuple(product.labels()),
        output=workspace.project_dir(product.name, label),
    )
    return generate_target(target, strict=strict)


def generate_spec_file(
    manifest: Manifest, spec_file: Path, label: str, out: Path, product_name: str, *, strict: bool
) -> GenerationResult:
    """Generate a release the manifest does not list, named like `product_name`'s packages."""
    if not RELEASE_LABEL.match(label):
        raise ToolkitError(f"--release {label[:40]!r} is not MAJOR.MINOR (e.g. 2.24)")
    product = manifest.product(product_name)
    # `$ref`s and the OpenAPI version are checked here, the rest beside the generator.
    loaded = specio.load_spec_file(spec_file, validate=False)
    specio.check_openapi_version(loaded, str(spec_file))
    spec = normalized_in_memory(loaded)
    target = Target(
        product=product,
        label=label,
        version=f"{label}.0",
        spec=spec,
        earlier=(),
        known_releases=tuple(sorted({*product.labels(), label}, key=release_sort_key)),
        output=out,
    )
    return generate_target(target, strict=strict, validate_origin=str(spec_file))


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate", help="generate the client package project of each release"
    )
    parser.add_argument("--product", help=f"product (default: all; with --spec: {DEFAULT_PRODUCT})")
    parser.add_argument(
        "--release", action="append", default=[], help="release label (repeatable; default: all)"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail when an operation or schema would be lost or the generator warns",
    )
    parser.add_argument(
        "--spec", type=Path, help="generate from this spec file (needs --release, --out)"
    )
    parser.add_argument("--out", type=Path, help="with --spec: the project folder to write")
    parser.add_argument(
        "--show-repairs", action="store_true", help="list where each repair rule fired"
    )
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    manifest = workspace.manifest
    results: list[GenerationResult] = []
    if args.spec is not None:
        if len(args.release) != 1 or args.out is None:
            raise ToolkitError("generate --spec needs exactly one --release and --out")
        results.append(
            generate_spec_file(
                manifest,
                args.spec,
                args.release[0],
                args.out,
                args.product or DEFAULT_PRODUCT,
                strict=args.strict,
            )
        )
    else:
        products = [args.product] if args.product else sorted(manifest.products)
        for name in products:
            product = manifest.product(name)
            labels = args.release or product.labels()
            for label in labels:
                product.release(label)
                results.append(generate_release(workspace, name, label, strict=args.strict))
    for result in results:
        print(result.summary())
        fired = ", ".join(f"{rule}={count}" for rule, count in result.repairs.items() if count)
        print(f"  repairs: {fired or 'none'}")
        if args.show_repairs:
            for firing in result.repair_firings:
                print(f"    {firing.rule} {firing.location}: {firing.detail}")
        for problem in [*result.lost_operations, *result.lost_schemas, *result.generator_warnings]:
            print(f"  lost or warned: {problem}")
    return 0
