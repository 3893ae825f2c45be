"""scripts/drift.py end to end: exit codes, Markdown and JSON, the mapping, reviewed entries, bad inputs, URLs."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from drift_helpers import ROOT, make_spec, obj, post_sms

SCRIPT = ROOT / "scripts" / "drift.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lox24_drift_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


drift = _load()

OURS = make_spec(
    {
        **post_sms(obj(["text"], text={"type": "string"}, source={"type": "integer"})),
        "/me": {"get": {"operationId": "get_account", "responses": {"200": {"description": "ok"}}}},
    },
    version="2.24",
)
# LOX24's side: no `source` (breaking for POST /sms), an extra operation (additive), German text (cosmetic).
OFFICIAL = make_spec(
    {
        **post_sms(obj(["text"], text={"type": "string", "description": "Nachrichtentext"})),
        "/me": {"get": {"operationId": "getAccountInfo", "responses": {"200": {"description": "ok"}}}},
        "/blocked_numbers": {"get": {"operationId": "api_blocked_numbers_get_collection", "responses": {}}},
    },
    version="2.22",
)


def files(tmp_path: Path, known: str | None = None, official: dict[str, Any] | None = None) -> list[str]:
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(OURS), encoding="utf-8")
    (tmp_path / "official.json").write_text(json.dumps(official or OFFICIAL), encoding="utf-8")
    (tmp_path / "known.yaml").write_text(known or "differences: []\n", encoding="utf-8")
    return [
        str(tmp_path / "official.json"),
        "--ours",
        str(tmp_path / "ours.yaml"),
        "--known",
        str(tmp_path / "known.yaml"),
        "--package",
        str(ROOT / "lox24"),
        "--emulator",
        str(ROOT / "lox24" / "emulator"),
    ]


def test_an_unreviewed_breaking_difference_exits_1_with_markdown_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [*files(tmp_path), "--json", str(tmp_path / "out.json"), "--markdown", str(tmp_path / "out.md")]
    assert drift.main(args) == 1
    markdown = capsys.readouterr().out
    assert markdown == (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "**1 unreviewed breaking difference(s).**" in markdown
    row = next(line for line in markdown.splitlines() if "request application/json: source" in line)
    assert "property-removed" in row
    assert "`client.sms.send`" in row  # mapped to the lox24 method that calls create_sms
    assert "POST /sms → sms.create_sms" in row  # and to the emulator's route (handlers/sms.py)
    assert "GET /blocked_numbers" in markdown
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert report["unreviewed_breaking"] == 1
    assert report["counts"]["cosmetic"] == {"unreviewed": 1, "reviewed": 0}
    kinds = {(d["kind"], d["classification"]) for d in report["differences"]}
    assert kinds == {("property-removed", "breaking"), ("operation-added", "additive"), ("description", "cosmetic")}


def test_a_reviewed_breaking_difference_is_reported_apart_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    known = (
        "differences:\n"
        "  - operation: POST /sms\n    location: '* source'\n    reason: Newer than that file (a seed page).\n"
        "  - kind: operation-removed\n    reason: Nothing is removed here, so this entry is stale.\n"
    )
    assert drift.main([*files(tmp_path, known), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    source = next(d for d in report["differences"] if d["kind"] == "property-removed")
    assert source["reviewed"] == "Newer than that file (a seed page)."
    assert report["counts"]["breaking"] == {"unreviewed": 0, "reviewed": 1}
    assert report["stale_reviewed_entries"] == [
        {"kind": "operation-removed", "reason": "Nothing is removed here, so this entry is stale."}
    ]


def test_only_additive_and_cosmetic_differences_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    official = json.loads(json.dumps(OFFICIAL))
    official["paths"]["/sms"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "source"
    ] = {"type": "integer"}
    assert drift.main(files(tmp_path, official=official)) == 0
    assert "**No unreviewed breaking difference.**" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{not json", "cannot parse"),
        ("just: yaml\n", "is not an OpenAPI document"),
        ('{"openapi": "2.0", "paths": {}}', "is not an OpenAPI 3 document"),
    ],
)
def test_unusable_input_exits_2_with_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    args = files(tmp_path)
    if content is None:
        (tmp_path / "official.json").unlink()
    else:
        (tmp_path / "official.json").write_text(content, encoding="utf-8")
    assert drift.main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("drift: ")
    assert message in err
    assert err.count("\n") == 1


def test_no_stack_trace_from_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing.json")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == f"drift: cannot read {tmp_path / 'missing.json'}: no such file"


class _Handler(BaseHTTPRequestHandler):
    delay = 0.0

    def do_GET(self) -> None:
        time.sleep(self.delay)
        if self.path == "/missing.json":
            self.send_error(404)
            return
        body = json.dumps(OFFICIAL).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    # Request threads are joined at close: one still running during a later test could print a traceback,
    # and CPython 3.11's traceback module parses source with `ast`, which is not thread-safe
    # ("AST constructor recursion depth mismatch" in the drift tool's own `ast.parse`).
    httpd.daemon_threads = False
    httpd.block_on_close = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    _Handler.delay = 0.0
    httpd.shutdown()
    httpd.server_close()


def _url(httpd: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}{path}"


def test_a_url_is_fetched(tmp_path: Path, server: ThreadingHTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    args = files(tmp_path)
    assert drift.main([_url(server, "/lox24.json"), *args[1:]]) == 1
    assert "request application/json: source" in capsys.readouterr().out


def test_a_url_error_status_is_a_clear_error(
    tmp_path: Path, server: ThreadingHTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([_url(server, "/missing.json"), *files(tmp_path)[1:]]) == 2
    assert "HTTP 404" in capsys.readouterr().err


def test_a_slow_url_times_out(tmp_path: Path, server: ThreadingHTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    _Handler.delay = 1.0
    assert drift.main([_url(server, "/lox24.json"), *files(tmp_path)[1:], "--timeout", "0.3"]) == 2
    err = capsys.readouterr().err
    assert "no answer within 0.3 s" in err or "timed out" in err


def test_an_unreachable_url_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:  # a port nobody listens on: bound, then closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert drift.main([f"http://127.0.0.1:{port}/lox24.json", *files(tmp_path)[1:], "--timeout", "2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"drift: cannot fetch http://127.0.0.1:{port}/lox24.json: ")
    assert "refused" in err.lower()


def test_operations_the_mapping_cannot_find_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    args = files(tmp_path)
    args[args.index("--emulator") + 1] = str(tmp_path / "empty")
    assert drift.main([*args, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["unmapped_operations"] == {"without an emulator route": ["create_sms", "get_account"]}
    assert drift.main(args) == 1
    assert "Operations of our spec without an emulator route (none found in the source): create_sms, get_account." in (
        capsys.readouterr().out
    )
