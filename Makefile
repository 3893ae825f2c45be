# Every target is a script under scripts/; the Makefile only names them.
.PHONY: help bootstrap test lint typecheck generate check-generated emulator contract record bench clean
.PHONY: drift spec-diff

help:
	@echo "make contract         property-based contract suite (emulator, or LOX24_BASE_URL + LOX24_TOKEN)"
	@echo "make test             bootstrap .venv, lint, check-generated, mypy --strict, pytest"
	@echo "make generate         regenerate generated/lox24_api from spec/lox24.yaml"
	@echo "make check-generated  fail if generated/ differs from what the spec generates"
	@echo "make emulator         run the LOX24 emulator on http://127.0.0.1:8024"
	@echo "make bench            benchmarks, writes reports/bench.json"
	@echo "make drift OFFICIAL=<path or URL>  spec/lox24.yaml vs a LOX24 OpenAPI file (reports/drift.md, .json)"
	@echo "make spec-diff BASE=<git ref>      what the spec change does to the Python surface (changelog entry)"

bootstrap:
	@scripts/bootstrap

test:
	@scripts/test

lint: bootstrap
	@scripts/lint

typecheck: bootstrap
	@scripts/typecheck

generate: bootstrap
	@scripts/generate

check-generated: bootstrap
	@scripts/generate --check

emulator: bootstrap
	@scripts/emulator

contract: bootstrap
	@scripts/contract

record: bootstrap
	@scripts/record

bench: bootstrap
	@scripts/bench

drift: bootstrap
	@scripts/drift "$(OFFICIAL)"

spec-diff: bootstrap
	@scripts/spec-diff "$(or $(BASE),HEAD)"

clean:
	rm -rf build dist reports .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis
