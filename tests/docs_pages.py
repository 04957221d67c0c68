"""Documentation pages in the form the Run:ai docs publish, rendered from a spec at test time.

A page is the Markdown form (page URL + `.md`) of one tag's reference page: a title and prose,
then for every operation of the tag a `## <summary>` heading, a `> <description>` quote and a
fenced ```json block holding a complete OpenAPI document for that operation alone (`openapi`,
`info`, `servers`, `security`, its tag, its path item and every component it references), with
more prose, an example json block and a shell block around them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2

from runai_sdkgen.spec.model import iter_operations

PAGE = jinja2.Environment(
    autoescape=False,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
).from_string(
    """\
# {{ tag.name }}

{{ tag.description }}

Every call needs a bearer token; see the Tokens page. A tenant answers with, for example:

```json
{"id": 1001, "name": "example"}
```

{% for block in blocks -%}
## {{ block.summary }}

{% for line in block.description %}> {{ line }}
{% endfor %}
```json
{{ block.document }}
```

{% endfor -%}
```bash
curl -H "Authorization: Bearer $TOKEN" https://app.run.ai/api/v1/tenants
```

Last updated 3 months ago
"""
)


@dataclass(frozen=True)
class OperationBlock:
    summary: str
    description: list[str]
    document: str


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def operation_document(spec: Mapping[str, Any], path: str, method: str) -> dict[str, Any]:
    """The OpenAPI document of one operation, with the components it references (transitively)
    and every security scheme."""
    operation = spec["paths"][path][method]
    components: dict[str, dict[str, Any]] = {
        "securitySchemes": dict(spec["components"]["securitySchemes"])
    }
    pending = list(_refs(operation))
    while pending:
        _, _, kind, name = pending.pop().split("/")
        section = components.setdefault(kind, {})
        if name not in section:
            section[name] = spec["components"][kind][name]
            pending += _refs(section[name])
    tag_names = operation.get("tags", [])
    return {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "servers": spec["servers"],
        "security": spec["security"],
        "tags": [tag for tag in spec["tags"] if tag["name"] in tag_names],
        "paths": {path: {method: operation}},
        "components": components,
    }


def tag_page(spec: Mapping[str, Any], tag_name: str) -> str:
    """The Markdown page of one tag: one block per operation, in document order."""
    [tag] = [tag for tag in spec["tags"] if tag["name"] == tag_name]
    blocks = [
        OperationBlock(
            summary=operation.raw["summary"],
            description=operation.raw["description"].splitlines(),
            document=json.dumps(
                operation_document(spec, operation.path, operation.method),
                separators=(",", ":"),
                ensure_ascii=False,
            ),
        )
        for operation in iter_operations(dict(spec), in_document_order=True)
        if operation.tag == tag_name
    ]
    return PAGE.render(tag=tag, blocks=blocks)


def site_pages(spec: Mapping[str, Any], tag_paths: Mapping[str, str]) -> dict[str, bytes]:
    """tag -> page path on the site (`multi-tenant-api/2.24/organizations/tenant`) becomes
    Markdown path -> page bytes."""
    return {
        f"{path.strip('/')}.md": tag_page(spec, tag).encode() for tag, path in tag_paths.items()
    }
