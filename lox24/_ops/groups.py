"""`client.groups`: distribution lists with five data columns (spec tag `groups`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lox24_api.models import GroupWrite

from .._base_client import _Op
from .._types import NotGiven
from .._validation import Lox24ValidationError, validate_group
from .phones import COLUMNS

Columns = Mapping[str, str | None] | Sequence[str | None]
"""Display names of the data columns: `{"a": "First name", "b": "City"}` or `["First name", "City"]`."""


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


_CREATE_GROUP = _Op("POST", (201,), "Group", operation="groups.create_group")
_DELETE_GROUP = _Op("DELETE", (204,), None, operation="groups.delete_group")
_EXPORT_GROUP_CSV = _Op("GET", (200,), str, operation="groups.export_group_csv")
_GET_GROUP = _Op("GET", (200,), "Group", operation="groups.get_group")
_LIST_GROUPS = _Op("GET", (200,), "GroupCollection", operation="groups.list_groups")
_UPDATE_GROUP = _Op("PUT", (200,), "Group", operation="groups.update_group")
