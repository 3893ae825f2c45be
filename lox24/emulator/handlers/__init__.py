"""The HTTP layer: one module per API resource with its request rules, JSON-LD kind and 1–3-line handlers."""
