"""Drift report (spec/lox24.yaml against a LOX24 OpenAPI file) and spec-diff (the Python surface a spec change moves).

Modules: `load` (files, URLs, clear errors), `compare` (operations, parameters, bodies, responses, schemas),
`mapping` (lox24 methods by operation, named by import or lazily by string),
`routes` (emulator routes), `known` (the reviewed-differences file),
`report` (Markdown and JSON), `surface` (generated functions and models, for spec-diff).
"""
