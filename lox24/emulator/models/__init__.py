"""The model layer: one module per API resource, each a part of `Backend` (see ../README.md)."""
