"""Renders a parsed package with an openapi-python-client Project's templates and jinja env.

The library's own `Project.build` renders and writes one module after the other. Writing is
no small part of it: creating the ~1,850 files of the control-plane spec cost 1.2-1.8 s of
kernel time on a 2-core VM, all of it on the generation's critical path. Here the same modules
are rendered in the same order and a writer thread writes them: a write releases the GIL, so
part of the kernel's share overlaps the rendering (the render-and-write step went from
4.5-5.0 s to 3.0-4.0 s). The thread gets the GIL back only now and then while rendering goes
on, so most files are written at the end; a forked writer process, tried as well, wrote them
at once but was no faster overall, as it took CPU time from datamodel-codegen.
Only what a package without project metadata needs is rendered (the toolkit writes
pyproject.toml and README.md itself, and models/__init__.py once all models are rendered).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from runai_sdkgen.errors import ToolkitError


class Write(Protocol):
    def __call__(self, path: Path, text: str) -> None: ...


@contextmanager
def background_writer() -> Iterator[Write]:
    """Yields `write(path, text)`, which queues the file for a writer thread; leaving the block
    waits for every write and raises a ToolkitError naming the first file that failed."""
    pending: list[tuple[Path, Future[int]]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="runai-sdkgen-writer") as pool:

        def write(path: Path, text: str) -> None:
            pending.append((path, pool.submit(path.write_text, text, encoding="utf-8")))

        yield write
    for path, done in pending:
        error = done.exception()
        if error is not None:
            raise ToolkitError(f"cannot write {path}: {error}") from None


def render_support(project: Any, write: Write) -> None:
    """The package's fixed modules: __init__, types, client, errors and api/__init__."""
    env, package_dir = project.env, Path(project.package_dir)
    (package_dir / "api").mkdir(parents=True, exist_ok=True)
    for module, template in (
        ("__init__.py", "package_init.py.jinja"),
        ("types.py", "types.py.jinja"),
        ("client.py", "client.py.jinja"),
        ("errors.py", "errors.py.jinja"),
        ("api/__init__.py", "api_init.py.jinja"),
    ):
        write(package_dir / module, env.get_template(template).render())


def render_models(project: Any, models: list[Any], enums: list[Any], write: Write) -> None:
    """One module per model and per enum, under models/."""
    env = project.env
    models_dir = Path(project.package_dir) / "models"
    model_template = env.get_template("model.py.jinja")
    for model in models:
        write(models_dir / f"{model.class_info.module_name}.py", model_template.render(model=model))
    for enum in enums:
        kind = "int" if enum.value_type is int else "str"
        template = env.get_template(f"{kind}_enum.py.jinja")
        write(models_dir / f"{enum.class_info.module_name}.py", template.render(enum=enum))


def render_endpoints(project: Any, write: Write) -> None:
    """One folder per tag under api/, with its __init__ and one module per endpoint."""
    from openapi_python_client.strings import PythonIdentifier

    env, data, config = project.env, project.openapi, project.config
    api_dir = Path(project.package_dir) / "api"
    tag_init = env.get_template("endpoint_init.py.jinja")
    endpoint_template = env.get_template("endpoint_module.py.jinja")
    for tag, collection in data.endpoint_collections_by_tag.items():
        tag_dir = api_dir / tag
        tag_dir.mkdir(parents=True)
        write(tag_dir / "__init__.py", tag_init.render(endpoint_collection=collection))
        for endpoint in collection.endpoints:
            module = PythonIdentifier(endpoint.name, config.field_prefix)
            write(tag_dir / f"{module}.py", endpoint_template.render(endpoint=endpoint))


def parse_errors(data: Any) -> list[Any]:
    """The generator's errors and warnings about the spec, as `Project.build` returns them."""
    errors: list[Any] = []
    for collection in data.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    errors.extend(data.errors)
    return errors
