"""`python -m lox24.cli ...` is the `lox24` command."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    main()
