"""Read YAML lists of records, remembering the line each record and field starts on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import DataError
from .textio import write_text

__all__ = [
    "Record",
    "dump_yaml",
    "field_path",
    "read_mapping",
    "read_records",
    "validate_record",
    "validate_unique",
    "write_yaml",
]

M = TypeVar("M", bound=BaseModel)

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading without implicit timestamps: dates stay strings, validated (with a line) later."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - the name PyYAML reads
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }


@dataclass(frozen=True, slots=True)
class Record:
    """One mapping from a YAML file, with where it and each of its fields came from."""

    data: dict[str, Any]
    path: str
    line: int
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str | None) -> int:
        """The line a field (dotted path, e.g. ``date.start`` or ``sources.0.quote``) starts on.

        Falls back to the nearest enclosing field, then to the record's own line.
        """
        while name:
            if name in self.field_lines:
                return self.field_lines[name]
            name = name.rpartition(".")[0]
        return self.line


def field_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a dotted field path."""
    return ".".join(str(part) for part in loc)


def _compose(path: Path) -> yaml.Node | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise DataError(f"not UTF-8 (byte {err.start})", path=str(path)) from err
    except OSError as err:
        raise DataError(f"cannot read: {err.strerror}", path=str(path)) from err
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(f"broken YAML: {err.problem or err.context}", path=str(path), line=line) from err
    except yaml.YAMLError as err:
        raise DataError(f"broken YAML: {err}", path=str(path)) from err


def _field_lines(node: yaml.Node, prefix: str, out: dict[str, int], path: Path) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                raise DataError(
                    "key given twice", path=str(path), line=key_node.start_mark.line + 1, field=prefix + key
                )
            seen.add(key)
            out[prefix + key] = key_node.start_mark.line + 1
            _field_lines(value_node, f"{prefix}{key}.", out, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[f"{prefix}{i}"] = item.start_mark.line + 1
            _field_lines(item, f"{prefix}{i}.", out, path)


def _record(node: yaml.Node, path: Path) -> Record:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise DataError("expected a mapping (key: value) entry", path=str(path), line=line)
    field_lines: dict[str, int] = {}
    _field_lines(node, "", field_lines, path)
    try:
        data = _Loader("").construct_document(node)
    except (yaml.YAMLError, ValueError) as err:
        raise DataError(f"bad value: {err}", path=str(path), line=line) from err
    return Record(data=data, path=str(path), line=line, field_lines=field_lines)


def read_records(path: Path) -> list[Record]:
    """Read a YAML file holding a list of mappings.

    An empty file is an empty list.  Anything else (a mapping at the top, a scalar in the
    list, a duplicate key in one record) raises :class:`DataError` naming file and line.
    """
    root = _compose(path)
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise DataError("expected a list of entries", path=str(path), line=root.start_mark.line + 1)
    return [_record(node, path) for node in root.value]


def read_mapping(path: Path) -> Record:
    """Read a YAML file holding one mapping (an article's metadata, say)."""
    root = _compose(path)
    if root is None:
        raise DataError("empty file", path=str(path))
    return _record(root, path)


def validate_record(model: type[M], record: Record) -> M:
    """``record`` as a ``model``, or a :class:`DataError` naming file, line and field."""
    try:
        return model.model_validate(record.data)
    except ValidationError as err:
        first = err.errors()[0]
        field = field_path(first["loc"]) or None
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "missing":
            message = "required field is missing"
        elif first["type"] == "extra_forbidden":
            message = "unknown field"
        elif "input" in first and first["type"] != "value_error" and not isinstance(first["input"], dict):
            message = f"{message} (got {first['input']!r})"
        raise DataError(message, path=record.path, line=record.line_of(field), field=field) from None


class _Dumper(yaml.SafeDumper):
    """Flow style for lists of scalars, block style for everything else."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(x, (str, int, float)) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def dump_yaml(data: Any) -> str:
    """``data`` as reviewable YAML (unicode kept, keys in insertion order, no line folding)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


def write_yaml(path: Path, data: Any, *, header: str = "") -> None:
    """Write ``data`` as YAML to ``path`` atomically."""
    write_text(path, header + dump_yaml(data))


def validate_unique(model: type[M], records: Iterable[Record]) -> tuple[dict[str, M], dict[str, Record]]:
    """Validate each record as ``model`` and index by ``id``, refusing an id given twice."""
    items: dict[str, M] = {}
    origins: dict[str, Record] = {}
    for record in records:
        item = validate_record(model, record)
        key = item.id  # type: ignore[attr-defined]
        if key in items:
            first = origins[key]
            raise DataError(
                f"duplicate id {key!r} (first at {first.path}:{first.line})",
                path=record.path,
                line=record.line_of("id"),
                field="id",
            )
        items[key] = item
        origins[key] = record
    return items, origins
