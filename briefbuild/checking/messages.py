"""What a validation error says: pydantic's error types turned into an editor's message
with the fix, and "did you mean" for a mistyped key, id or value."""
from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from ..inputs.models import ID_PATTERN, PRONOUNS_PATTERN
from ..patterns import lazy

_WORD = lazy(r"[-_ ]")


def _words(name: str) -> list[str]:
    return _WORD.split(name.lower())


def _alike(word: str, choice: str) -> bool:
    """Whether `choice` is alike `word` once the words both share at the start and end are set
    aside: a shared speaker (`kishida-partners`, `kishida-open-doors`) or a shared ending is no
    likeness of its own, and neither is one name running on past the other (`kishida`)."""
    ours, theirs = _words(word), _words(choice)
    while ours and theirs and ours[0] == theirs[0]:
        ours, theirs = ours[1:], theirs[1:]
    while ours and theirs and ours[-1] == theirs[-1]:
        ours, theirs = ours[:-1], theirs[:-1]
    if not ours or not theirs:
        return False
    return difflib.SequenceMatcher(None, "-".join(ours), "-".join(theirs)).ratio() >= 0.6


def suggestion(word: str, choices) -> str | None:
    """The known name `word` was meant to be: the same words in another order (`nato-japan`),
    else the closest over the whole name that is also alike where the two differ."""
    word, choices = str(word), sorted(choices)
    same = sorted(_words(word))
    reordered = next((c for c in choices if sorted(_words(c)) == same and c != word), None)
    if reordered:
        return reordered
    close = difflib.get_close_matches(word, choices, n=len(choices) or 1, cutoff=0.6)
    return next((c for c in close if _alike(word, c)), None)


# What to do about an id that names nothing: every "unknown …" message ends with it.
_UNKNOWN_FIX = {
    "quote": "use the id of a quote in a source's quotes (sources/), or add the quote there",
    "source": "use a source's id (its file name in sources/), or add the source (build.py add FILE)",
    "person": "use the id of a person in sources/people.yaml, or add them there",
}


def unknown(kind: str, word: str, choices) -> str:
    """`unknown quote 'lee-acts' (did you mean 'lee-act'?): use the id of …`."""
    return f"unknown {kind} '{word}'{did_you_mean(word, choices)}: {_UNKNOWN_FIX[kind]}"


def did_you_mean(word: str, choices, list_known: bool = True) -> str:
    choices = sorted(choices)
    match = suggestion(word, choices)
    if match:
        return f" (did you mean '{match}'?)"
    return f" (known: {', '.join(choices)})" if list_known and 0 < len(choices) <= 8 else ""


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the key at the end of `loc` (for listing valid keys)."""
    current: object = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        fields = {f.alias or n: f for n, f in current.model_fields.items()}
        if part not in fields:
            return None
        current = _unwrap(fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(tp):
    while True:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0]
        elif origin in (list, typing.Annotated):
            tp = typing.get_args(tp)[0]
        else:
            return tp


def _keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or n for n, f in model.model_fields.items()]


def explain(model: type[BaseModel], err: Mapping[str, Any], inline: bool = False) -> str:
    """The message for one pydantic error, with the fix. `inline`: the value starts on its key's
    line (`claim: {lee-ready}`, `- A finding, and: another`), so a mapping there is text YAML misread."""
    kind, loc, value = err["type"], err["loc"], err.get("input")
    if kind == "extra_forbidden":
        holder = _model_at(model, loc[:-1])
        keys = _keys(holder) if holder else []
        hint = did_you_mean(loc[-1], keys) or (f" (valid keys: {', '.join(keys)})" if keys else "")
        return f"unknown key '{loc[-1]}'{hint}"
    if kind == "missing":
        return f"missing required key '{loc[-1]}': add it"
    if kind == "string_pattern_mismatch" and err["ctx"]["pattern"] == ID_PATTERN:
        return f"'{value}' is not a valid id: use lowercase letters, digits and single hyphens"
    if kind == "literal_error":
        expected = err["ctx"]["expected"].replace("'", "")
        choices = expected.replace(" or ", ", ").split(", ")
        return f"'{value}' is not allowed: choose one of {expected}{did_you_mean(str(value), choices, list_known=False)}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{value}' is not a whole number: write digits, e.g. 3"
    if kind == "greater_than_equal":
        return f"{value} is too small: it must be at least {err['ctx']['ge']}"
    if kind == "string_type":
        return f"expected text, got {kind_of(value)}: {_as_text(value) if inline else 'write a plain value'}"
    if kind == "list_type":
        return f"expected a list, got {kind_of(value)}: write items on lines starting with '- '"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping of keys, got {kind_of(value)}"
    if kind == "too_short":
        return "must not be empty: add at least one item" if isinstance(value, list) else "must not be empty"
    if kind == "string_too_short":
        return "must not be empty: write a value"
    if kind == "string_pattern_mismatch" and err["ctx"]["pattern"] == PRONOUNS_PATTERN:
        return f"'{value}' is not a set of pronouns: write them with slashes, e.g. she/her, he/him, they/them, he/they"
    if kind == "string_pattern_mismatch":
        return f"'{value}' has the wrong form (expected {err['ctx']['pattern']})"
    if kind == "value_error":
        return err["msg"].removeprefix("Value error, ")
    return err["msg"]


def _as_text(value) -> str:
    """The fix for text YAML read as a mapping: `claim: {lee-ready}` (a value that starts with `{`)
    and `- A finding, and: another` (a ': ' inside the text) are text meant as such."""
    if isinstance(value, dict) and value and all(v in (None, "") for v in value.values()):  # `{a}`: {'a': ''}
        meant = "{" + ", ".join(map(str, value)) + "}"
        return f"a value that starts with '{{' is read as a YAML mapping: put the whole value in quotes (\"{meant}\")"
    if isinstance(value, dict) and len(value) == 1:
        key, item = next(iter(value.items()))
        if isinstance(key, str) and isinstance(item, str) and not re.fullmatch(r"[a-z][a-z0-9_-]*", key):
            return (f"the ': ' after '{key}' makes YAML read it as a key: put the whole value in quotes "
                    f"(\"{key}: {item}\"), or write it on the lines after '>-'")
    return "write a plain value"


def kind_of(value) -> str:
    if value is None:
        return "nothing"
    names: dict[type, str] = {dict: "a mapping", list: "a list", str: f"'{value}'"}
    return names.get(type(value), repr(value))
