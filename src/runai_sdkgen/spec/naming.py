"""The names openapi-python-client gives to generated modules and classes.

The repair pass must predict them to find collisions before the generator silently overwrites
one module with another, so it asks the generator's own naming functions instead of guessing.
"""

from __future__ import annotations

import keyword

from openapi_python_client import strings

FIELD_PREFIX = "field_"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def class_name(schema_name: str) -> str:
    """The class a component schema named `schema_name` becomes."""
    return str(strings.ClassName(schema_name, FIELD_PREFIX))


def module_name(schema_name: str) -> str:
    """The module (file stem under models/) of that class."""
    return str(strings.PythonIdentifier(class_name(schema_name), FIELD_PREFIX))


def tag_folder(tag: str) -> str:
    """The folder under api/ that holds the endpoints of `tag`."""
    return str(strings.PythonIdentifier(tag, "tag"))


def endpoint_module(operation_id: str | None, path: str, method: str) -> str:
    """The module (file stem under api/<tag>/) of one operation."""
    if operation_id is None:
        unsafe = path.replace("{", "").replace("}", "").replace("/", "_")
        unsafe = unsafe.removeprefix("_").removesuffix("_")
        return str(strings.PythonIdentifier(f"{method}_{unsafe}", FIELD_PREFIX))
    return str(strings.PythonIdentifier(operation_id, FIELD_PREFIX))


def python_name(name: str) -> str:
    """The Python identifier of a parameter or property named `name` in the spec."""
    return str(strings.PythonIdentifier(name, FIELD_PREFIX))


def enum_member(value: str, index: int) -> str:
    """The member name the generator gives the string enum value at `index` (may be invalid)."""
    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return str(strings.snake_case(key).upper())


def usable_member(name: str) -> bool:
    """A member name that is a Python identifier the generator keeps as it is."""
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and str(strings.snake_case(name).upper()) == name
    )
