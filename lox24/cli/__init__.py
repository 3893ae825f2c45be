"""The `lox24` command line (`pip install "lox24[cli]"`): send, price and inspect SMS from a shell.

```console
$ export LOX24_TOKEN=1234567:e3f3a759b6677959b6ebfc...
$ lox24 segments "Grüße 🙂"
$ lox24 send --to +491701234567 --text "Hello" --from MyShop
$ lox24 send-csv customers.csv --text "Hello {name}" --from MyShop --dry-run
```

Exit codes: 0 ok, 2 bad input, 3 API error, 4 partial failure (some rows or items failed). `import lox24` never
loads this package (nor Click or Rich); `lox24 --help` loads Click only.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the `lox24` command (the console script's entry point); exits with the command's exit code.

    ```python
    from lox24.cli import main

    main(["segments", "Hello"])  # prints the encoding and parts, then raises SystemExit(0)
    ```
    """
    from ._main import cli

    cli.main(args=list(argv) if argv is not None else None, prog_name="lox24")
