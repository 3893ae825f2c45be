# Written from lox24/_async/resources/__init__.py by scripts/unasync.py; edit that file, then make generate.
"""The async resource namespaces (the source of lox24/_sync/resources)."""
