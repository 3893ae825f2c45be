"""The async resource namespaces (the source of lox24/_sync/resources)."""
