"""JSON Schema for editors, and the README's field reference, both generated from the models."""
from __future__ import annotations

import ast
import inspect
import json
import textwrap
import typing
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from .blocks import Chart, Figure, Table
from .models import Block, Brief, Evidence, Name, PeopleFile, Person, Quote, Section, Source

SCHEMAS: dict[str, type[BaseModel]] = {"brief": Brief, "source": Source, "people": PeopleFile}
SCHEMA_DIR = Path(__file__).parents[1] / "schemas"
# The models documented in README's "Writing a brief", in reading order.
REFERENCE: list[tuple[str, type[BaseModel]]] = [("sources/<id>.yaml", Source), ("quotes[]", Quote), ("author[]", Name),
             ("sources/people.yaml: people[]", Person), ("briefs/<id>.yaml", Brief),
             ("sections[]", Section), ("blocks[]", Block), ("cite[]", Evidence),
             ("blocks[].table", Table), ("blocks[].figure", Figure), ("figure.chart", Chart)]


@cache
def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """The docstring under each field of a model class and the models it extends: {field name: text}."""
    docs = {}
    for base in reversed(model.__mro__[1:]):
        if issubclass(base, BaseModel) and base.__module__.startswith("briefbuild."):
            docs.update(field_docs(base))
    tree = ast.parse(textwrap.dedent(inspect.getsource(model)))
    body = tree.body[0].body  # type: ignore[attr-defined]  # a class definition
    for node, after in zip(body, body[1:]):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)):
            docs[node.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _describe(schema: dict, model: type[BaseModel]) -> None:
    """Each property gets its field's docstring, as pydantic's use_attribute_docstrings would give."""
    fields = {f.alias or n: n for n, f in model.model_fields.items()}
    for key, prop in schema.get("properties", {}).items():
        doc = field_docs(model).get(fields.get(key, ""))
        if doc:
            ordered = dict(sorted({**prop, "description": doc}.items()))  # pydantic sorts keys too
            prop.clear()
            prop.update(ordered)


def _models() -> dict[str, type[BaseModel]]:
    from . import blocks, csl, models
    return {n: m for mod in (blocks, csl, models) for n, m in vars(mod).items()
            if isinstance(m, type) and issubclass(m, BaseModel)}


def schema_text(name: str) -> str:
    schema = SCHEMAS[name].model_json_schema(by_alias=True)
    _describe(schema, SCHEMAS[name])
    for def_name, definition in schema.get("$defs", {}).items():
        _describe(definition, _models()[def_name])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{name}.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    from ..write import write_atomic
    paths = []
    for name in SCHEMAS:
        path = folder / f"{name}.schema.json"
        text = schema_text(name)
        if not path.is_file() or path.read_text("utf-8") != text:
            write_atomic(path, text.encode("utf-8"))
        paths.append(path)
    return paths


def stale_schemas(folder: Path = SCHEMA_DIR) -> list[str]:
    return [name for name in SCHEMAS
            if not (folder / f"{name}.schema.json").is_file()
            or (folder / f"{name}.schema.json").read_text("utf-8") != schema_text(name)]


def _type_name(tp) -> str:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, __import__("types").UnionType):
        return " or ".join(_type_name(a) for a in args if a is not type(None))
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is typing.Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp.__name__.lower()
    return {str: "text", int: "number", bool: "true/false"}.get(tp, getattr(tp, "__name__", str(tp)))


def reference_markdown() -> str:
    """Markdown tables of every field, from the models' own docstrings."""
    out = []
    for title, model in REFERENCE:
        out.append(f"**{title}** — {(model.__doc__ or '').strip().splitlines()[0]}\n")
        out.append("| key | type | required | meaning |")
        out.append("|---|---|---|---|")
        for name, field in model.model_fields.items():
            key = field.alias or name
            required = "yes" if field.is_required() else ""
            desc = " ".join(field_docs(model).get(name, "").split()).replace("|", "\\|")
            out.append(f"| `{key}` | {_type_name(field.annotation)} | {required} | {desc} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
