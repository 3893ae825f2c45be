"""The outbox page, `GET /_emulator/ui`: what the emulator "sent", live, in a browser.

`index.html`, `outbox.css` and `outbox.js` are package data; the page is served as one document with the
stylesheet and the script inlined (so one URL carries the control token, and nothing else is fetched but the
control plane's JSON), under a Content-Security-Policy that allows exactly those two inline blocks and
requests to the emulator itself. Its data comes from the control plane (`data.py` adds the read endpoints).

```python
html, headers = render_page(token=None)
```
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
from importlib import resources

PAGE_PATH = "/_emulator/ui"
TOKEN_HEADER = "X-Emulator-Token"  # noqa: S105 (names, not secrets)
TOKEN_QUERY = "token"  # noqa: S105
# Holds the control token for reloads of the page only (Path): the control plane's own routes accept the header
# and nothing else, so a cross-site request cannot ride on the cookie.
TOKEN_COOKIE = "lox24_emulator_token"  # noqa: S105
ASSETS = ("index.html", "outbox.css", "outbox.js")


@functools.cache
def assets() -> dict[str, str]:
    """The page's files, read once from the package (works from a wheel too)."""
    folder = resources.files(__name__)
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in ASSETS}


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@functools.cache
def _document() -> tuple[str, str]:
    files = assets()
    css, js = files["outbox.css"], files["outbox.js"]
    page = files["index.html"].replace("/*STYLE*/", css).replace("/*SCRIPT*/", js)
    csp = (
        f"default-src 'none'; script-src 'sha256-{_sha256(js)}'; style-src 'sha256-{_sha256(css)}'; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return page, csp


def render_page(token: str | None) -> tuple[bytes, dict[str, str]]:
    """The page (UTF-8) and its headers; `token` (the control token, when one is set) is handed to the script
    in a `<meta>` element, which it sends back in `X-Emulator-Token`."""
    page, csp = _document()
    page = page.replace("{{TOKEN}}", html.escape(token or "", quote=True))
    headers = {
        "Content-Security-Policy": csp,
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
    }
    return page.encode("utf-8"), headers
