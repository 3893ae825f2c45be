"""Read an OpenAPI file from a path or an http(s) URL; every failure becomes a DriftError with one clear line."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

DEFAULT_TIMEOUT = 20.0


class DriftError(Exception):
    """An input the tools cannot use (missing, unreadable, unreachable, not an OpenAPI document)."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_text(source: str, timeout: float = DEFAULT_TIMEOUT) -> str:
    """The text of a path or URL (fetched with `timeout` seconds for connect and each read)."""
    if is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": "lox24-python drift"})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                raw: bytes = response.read()
        except urllib.error.HTTPError as exc:
            raise DriftError(f"cannot fetch {source}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise DriftError(f"cannot fetch {source}: {exc.reason}") from None
        except TimeoutError:
            raise DriftError(f"cannot fetch {source}: no answer within {timeout:g} s") from None
        except OSError as exc:
            raise DriftError(f"cannot fetch {source}: {exc}") from None
        return raw.decode("utf-8", errors="replace")
    if "://" in source:
        raise DriftError(f"cannot read {source}: only a file path or an http(s) URL is supported")
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DriftError(f"cannot read {source}: no such file") from None
    except IsADirectoryError:
        raise DriftError(f"cannot read {source}: it is a directory") from None
    except UnicodeDecodeError:
        raise DriftError(f"cannot read {source}: not UTF-8 text") from None
    except OSError as exc:
        raise DriftError(f"cannot read {source}: {exc.strerror or exc}") from None


def parse(text: str, source: str) -> dict[str, Any]:
    """Parse JSON or YAML text and check it looks like an OpenAPI 3 document."""
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DriftError(f"cannot parse {source}: {first}") from None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise DriftError(f"{source} is not an OpenAPI document (no 'paths' object)")
    if not str(data.get("openapi", "")).startswith("3."):
        raise DriftError(f"{source} is not an OpenAPI 3 document (openapi: {data.get('openapi')!r})")
    return data


def parse_yaml_text(text: str, source: str) -> object:
    """Parse YAML (or JSON) text; a syntax error becomes a DriftError."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DriftError(f"cannot parse {source}: {first}") from None


def load_spec(source: str, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """A parsed OpenAPI 3 document from a path or URL."""
    return parse(read_text(source, timeout), source)
