"""Servers the benchmarks load, each in its own process on 127.0.0.1: the emulator (through its CLI, or
`create_app(...)` under a uvicorn configured here with an explicit event loop and HTTP parser), a bare Starlette
app answering the same body (the ceiling), and Stoplight Prism."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .harness import DOCS_TOKEN, HOST, PY, RESPONSE_HEADERS, ROOT, SPEC, Report, body_bytes, log

# uvicorn's fast event loop and HTTP parser (the `emulator` extra), and its pure-Python defaults.
FAST = ("uvloop", "httptools")
SLOW = ("asyncio", "h11")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A server process (in its own process group) listening on HOST:port."""

    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            # Its own process group (start_new_session), so that npx's children go too.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def rss_kb(self) -> dict[str, int]:
        """VmRSS/VmHWM of the server process and of its children (npx runs node as a child)."""
        return proc_tree_rss(self.proc.pid)


def _children(pid: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


def proc_tree_rss(pid: int) -> dict[str, int]:
    out = {"VmRSS": 0, "VmHWM": 0}
    for p in [pid, *_children(pid)]:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                key, _, rest = line.partition(":")
                if key in out:
                    out[key] += int(rest.split()[0])
    return out


def proc_cpu_seconds(pid: int | None) -> float:
    """User+system CPU seconds of process `pid` and its live children (nan if unknown)."""
    if pid is None:
        return float("nan")
    total = 0.0
    for p in [pid, *_children(pid)]:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def start(name: str, argv: list[str], port: int, logdir: Path, ready_path: str = "/me", timeout: float = 30) -> Server:
    """Start `argv` and wait until it answers HTTP on `port`."""
    log_path = logdir / f"{name.replace(' ', '_').replace('/', '_')}.log"
    with log_path.open("wb") as fh:  # the child keeps its own descriptor
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)  # noqa: S603
    server = Server(name, proc, port, log_path)
    deadline = time.monotonic() + timeout
    request = (
        f"GET {ready_path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-LOX24-AUTH-TOKEN: {DOCS_TOKEN}\r\n"
        "Accept: application/json\r\nConnection: close\r\n\r\n"
    ).encode()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}: {log_path.read_text(errors='replace')[-800:]}")
        try:
            with socket.create_connection((HOST, port), timeout=1) as s:
                s.sendall(request)
                if s.recv(12).startswith(b"HTTP/1."):
                    return server
        except OSError:
            pass
        time.sleep(0.1)
    server.stop(signal.SIGKILL)
    raise RuntimeError(f"{name} not ready within {timeout:.0f}s: {log_path.read_text(errors='replace')[-800:]}")


def start_emulator(logdir: Path, db: Path | str, name: str = "emulator") -> Server:
    """The emulator through its own CLI (`python -m lox24.emulator`), with whatever serving it chooses."""
    port = free_port()
    argv = [PY, "-m", "lox24.emulator", "--host", HOST, "--port", str(port), "--db", str(db), "--balance", "1000000"]
    return start(name, argv, port, logdir)


def start_served(
    logdir: Path, app: str, serving: tuple[str, str], db: Path | str = ":memory:", name: str = ""
) -> Server:
    """`app` ("emulator": `create_app(db=…)`, or "ceiling") under uvicorn with loop/http = `serving`, in a child
    process started through `python -m benchmarks _serve` (see `serve`)."""
    port = free_port()
    loop, http = serving
    argv = [PY, "-m", "benchmarks", "_serve", "--app", app, "--port", str(port), "--loop", loop, "--http", http,
            "--db", str(db)]  # fmt: skip
    return start(name or f"{app} {loop}+{http}", argv, port, logdir)


def uvicorn_settings() -> dict[str, Any]:
    """The emulator's own uvicorn settings (log level, access log) when it exposes them, minus loop and http."""
    settings: dict[str, Any] = {"log_level": "warning", "access_log": False}
    with contextlib.suppress(Exception):
        from lox24.emulator import __main__ as emulator_main

        found = getattr(emulator_main, "UVICORN_SETTINGS", None)
        if isinstance(found, dict):
            settings.update(found)
    for key in ("host", "port", "loop", "http"):
        settings.pop(key, None)
    return settings


def serving_available(serving: tuple[str, str]) -> str | None:
    """Why uvicorn cannot run with `serving` here (its module is missing), or None."""
    import importlib.util

    for mod in serving:
        if mod not in ("asyncio", "h11") and importlib.util.find_spec(mod) is None:
            return f"{mod} is not installed (pip install 'lox24[emulator]')"
    return None


def ceiling_app(body: bytes) -> Any:
    """A bare Starlette app answering POST /sms (201) and GET /sms/{uuid}, /me (200) with a fixed body, no state."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    headers = {"x-lox24-request-id": RESPONSE_HEADERS["x-lox24-request-id"]}

    async def create(request: Request) -> Response:
        await request.body()
        return Response(body, status_code=201, media_type="application/json", headers=headers)

    async def get(request: Request) -> Response:
        return Response(body, status_code=200, media_type="application/json", headers=headers)

    return Starlette(routes=[Route("/sms", create, methods=["POST"]), Route("/sms/{uuid}", get), Route("/me", get)])


def serve(app: str, port: int, loop: str, http: str, db: str) -> None:
    """In this process: serve `app` on HOST:port with uvicorn's `loop` and `http` implementations."""
    import uvicorn

    if app == "ceiling":
        asgi = ceiling_app(body_bytes())
    else:
        from lox24.emulator import create_app

        asgi = create_app(db=db, balance=1_000_000.0)
    config = uvicorn.Config(asgi, host=HOST, port=port, loop=loop, http=http, **uvicorn_settings())
    uvicorn.Server(config).run()


def prism_bin(report: Report) -> Path | None:
    """The prism executable, installed from the npm registry into a cache dir if needed (None: skip)."""
    if not shutil.which("npm") or not shutil.which("node"):
        report.skip("emulator", "Prism: npm/node not installed")
        return None
    prefix = Path(os.environ.get("BENCH_PRISM_DIR", Path(tempfile.gettempdir()) / "lox24-bench-prism"))
    exe = prefix / "node_modules" / ".bin" / "prism"
    if exe.exists():
        return exe
    log(f"  installing @stoplight/prism-cli into {prefix} (npm, ≤ 90 s)")
    try:
        npm = ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--silent"]
        subprocess.run([*npm, "@stoplight/prism-cli@5"], check=True, timeout=90, capture_output=True)  # noqa: S603
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        report.skip("emulator", f"Prism: npm install @stoplight/prism-cli failed ({type(exc).__name__})")
        return None
    return exe if exe.exists() else None


def start_prism(exe: Path, logdir: Path) -> Server:
    port = free_port()
    argv = [str(exe), "mock", str(SPEC), "--host", HOST, "--port", str(port)]
    return start("prism", argv, port, logdir, timeout=60)
