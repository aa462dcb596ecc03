"""Read YAML lists of records, remembering the line each record and field starts on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError

__all__ = ["Record", "read_records"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Record:
    """One mapping from a YAML list, with where it came from."""

    data: dict[str, Any]
    path: str
    line: int
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str | None) -> int:
        """The line a field starts on, or the record's own line."""
        return self.field_lines.get(name or "", self.line)


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
    constructor = yaml.constructor.SafeConstructor()
    records = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise DataError("expected a mapping (key: value) entry", path=str(path), line=line)
        field_lines: dict[str, int] = {}
        for key_node, _ in node.value:
            key = str(key_node.value)
            if key in field_lines:
                raise DataError("key given twice", path=str(path), line=key_node.start_mark.line + 1, field=key)
            field_lines[key] = key_node.start_mark.line + 1
        try:
            data = constructor.construct_document(node)
        except yaml.YAMLError as err:
            raise DataError(f"bad value: {err}", path=str(path), line=line) from err
        records.append(Record(data=data, path=str(path), line=line, field_lines=field_lines))
    return records
