"""`client.groups`: distribution lists with five data columns (spec tag `groups`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lox24_api.models import Group, GroupCollection, GroupWrite

from .._base_client import _Op
from .._types import NotGiven
from .._validation import Lox24ValidationError, validate_group
from .phones import COLUMNS

Columns = Mapping[str, str | None] | Sequence[str | None]
"""Display names of the data columns: `{"a": "First name", "b": "City"}` or `["First name", "City"]`."""

_CREATE = _Op("POST", (201,), Group)
_GET = _Op("GET", (200,), Group)
_UPDATE = _Op("PUT", (200,), Group)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), GroupCollection)
_CSV = _Op("GET", (200,), str)


def _body(
    name: str, description: str | NotGiven | None, columns: Columns | NotGiven | None, *, validate: bool
) -> GroupWrite:
    if validate:
        validate_group(
            name,
            None if isinstance(description, NotGiven) else description,
            None if isinstance(columns, NotGiven) else columns,
        )
    model = GroupWrite(name=name)
    if not isinstance(description, NotGiven):
        model.description = description
    if not isinstance(columns, NotGiven) and columns is not None:
        pairs = columns.items() if isinstance(columns, Mapping) else zip(COLUMNS, columns, strict=False)
        for key, value in pairs:
            letter = key.removeprefix("name_")
            if letter not in COLUMNS:
                raise Lox24ValidationError("columns", f"keys must be {', '.join(COLUMNS)}", key)
            setattr(model, f"name_{letter}", value)
    return model
