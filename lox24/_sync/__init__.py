# Written from lox24/_async/__init__.py by scripts/unasync.py; edit that file, then make generate.
"""The async client and resources: the one hand-written source of both clients.

scripts/unasync.py writes lox24/_sync/ from this folder (`make generate`; `make check-generated` fails when
they differ). Edit here, never in lox24/_sync/.
"""
