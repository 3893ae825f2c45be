"""The contract suite: schemathesis over every operation of spec/lox24.yaml (run by scripts/contract).

Without configuration it starts the emulator on a free loopback port with a throw-away database, runs
every phase (examples, coverage, fuzzing, stateful through the spec's links) with every built-in check,
stops the emulator and prints a summary. With LOX24_BASE_URL and LOX24_TOKEN it runs against that server,
read-only and dry-run operations only unless LOX24_ALLOW_SENDING=1.

Environment:
  SEED=1                   hypothesis seed (fixed by default, so a run is reproducible)
  MAX_EXAMPLES=N           examples per operation in the fuzzing phase (default 30 locally, 5 remote)
  WORKERS=N                schemathesis workers (default 1: CPython 3.11.7 can raise "AST constructor
                           recursion depth mismatch" when hypothesis parses lambdas in several threads)
  PHASES=a,b               phases to run (default examples,coverage,fuzzing,stateful)
  OPERATIONS=id,id         only these operationIds (default: every operation)
  LOX24_CONTRACT_APP=F     run against an ASGI app factory instead of the emulator's CLI, as
                           `path/to/file.py:factory` or `package.module:factory` (served by uvicorn)
  LOX24_BASE_URL, LOX24_TOKEN   run against that server instead of the emulator
  LOX24_ALLOW_SENDING=1    against a server: every operation (sends real SMS, costs money)
  LOX24_RATE_LIMIT=2/s     against a server: request rate limit (schemathesis --rate-limit syntax)
  REPORT_DIR=reports       where the JUnit, JSON and log files go

The links check, token masking and the summary are in scripts/contract_report.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml
from contract_links import seed_links
from contract_report import declared_links, exercised_links, family_links, link_families, mask_reports, summarize
from contract_stateful import family_args, stateful_budget

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"
CONFIG = ROOT / "schemathesis.toml"
VENV_BIN = Path(sys.executable).parent
# The emulator's documented test token (lox24.emulator.DEFAULT_TOKEN); imported when available.
FALLBACK_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 (public test token)
PHASES = "examples,coverage,fuzzing,stateful"
# Checks that send a request with no, removed or someone else's credentials. LOX24 blocks the IP for ten
# minutes after more than three bad-credential requests in a minute, so they never run against a server.
BAD_CREDENTIAL_CHECKS = ("ignored_auth", "object_level_authorization")
SAFE_OPERATION_IDS = ("dry_run_sms", "dry_run_bulk")
# Inbound SMS cannot be created through the LOX24 API (they arrive from phones), only through the emulator's
# control plane; without them the links from GET /incomings (GetIncomingByUuid, DeleteIncomingByUuid) have no
# uuid to follow. Injected into the emulator after start (these texts, in turn), never sent to a server. The
# coverage and fuzzing phases reuse the uuids GET /incomings returns and delete up to one per DELETE case (at
# most MAX_EXAMPLES, plus a few coverage cases), so MAX_EXAMPLES + INBOUND_SPARE are injected: some are left
# for the stateful phase, which follows the links.
INBOUND_SPARE = 10
INBOUND_SMS = (
    {"from": "+491701234567", "to": "+491700000000", "text": "Hello from a phone"},
    {"from": "+4915112345678", "to": "+491700000000", "text": "STOP"},
    {"from": "+447911123456", "to": "+491700000000", "text": "Ja, gerne. Bis morgen!"},
    {"from": "+33612345678", "to": "+491700000000", "text": "Rappelle-moi stp"},
    {"from": "+14155552671", "to": "+491700000000", "text": "Unicode: Grüße 👋"},
)
SAFE_MODE_CONFIG = """
# Added by scripts/contract against a real server: the coverage phase must not send undocumented
# methods (PATCH, PUT, DELETE, ...) to real resources; OPTIONS is harmless.
[phases.coverage]
unexpected-methods = ["options"]
"""


def log(message: str) -> None:
    print(f"contract: {message}", flush=True)


def operations() -> list[tuple[str, str, str]]:
    """(METHOD, path, operationId) of every operation of the spec."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    ]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def emulator_token() -> str:
    try:
        from lox24.emulator import DEFAULT_TOKEN
    except ImportError:
        return FALLBACK_TOKEN
    return str(DEFAULT_TOKEN)


def emulator_command(port: int, seed: str) -> list[str]:
    target = os.environ.get("LOX24_CONTRACT_APP", "").strip()
    if not target:
        return [
            str(VENV_BIN / "python"),
            "-m",
            "lox24.emulator",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            ":memory:",
            "--balance",
            "1000000000",
            "--seed",
            seed,
            # schemathesis' auth checks send bad tokens on purpose; LOX24's IP block would turn the rest of
            # the run into 429s. The block itself is tested by tests/emulator.
            "--no-ip-block",
        ]
    location, _, factory = target.rpartition(":")
    if not location or not factory:
        raise SystemExit(f"contract: LOX24_CONTRACT_APP must be FILE.py:FACTORY or MODULE:FACTORY, not {target!r}")
    app_dir = "."
    if location.endswith(".py"):
        path = Path(location)
        app_dir, location = str(path.parent), path.stem
    return [
        str(VENV_BIN / "python"),
        "-m",
        "uvicorn",
        "--factory",
        f"{location}:{factory}",
        "--app-dir",
        app_dir,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise SystemExit(f"contract: the emulator exited with code {process.returncode}:\n{tail}")
        try:
            # Any HTTP answer means it is serving (no token sent: 401 is fine).
            with urllib.request.urlopen(f"{base_url}/_emulator/health", timeout=1):  # noqa: S310 (loopback URL)
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"contract: the emulator did not answer on {base_url} within {timeout:.0f} s")


def seed_inbound_sms(base_url: str, count: int) -> int:
    """Inject `count` inbound SMS (INBOUND_SMS in turn) through the emulator's control plane; how many were stored."""
    for index in range(count):
        message = INBOUND_SMS[index % len(INBOUND_SMS)]
        request = urllib.request.Request(  # noqa: S310 (loopback URL)
            f"{base_url}/_emulator/incomings",
            data=json.dumps(message).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback URL)
            stored = json.load(response)
        if not isinstance(stored, dict) or not stored.get("uuid"):
            raise SystemExit(f"contract: POST /_emulator/incomings answered {stored!r}, no inbound SMS stored")
    return count


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_schemathesis(args: list[str], env: dict[str, str], secret: str | None, output_path: Path) -> tuple[int, str]:
    """Run the CLI, echo its output with the token masked, and return (exit code, output)."""
    lines: list[str] = []
    with (
        subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        ) as process,
        output_path.open("w", encoding="utf-8") as out,
    ):
        assert process.stdout is not None
        for line in process.stdout:
            if secret:
                line = line.replace(secret, "[token]")
            lines.append(line)
            out.write(line)
            sys.stdout.write(line)
            sys.stdout.flush()
        code = process.wait()
    return code, "".join(lines)


def reset_emulator(base_url: str, token: str, inbound: int) -> None:
    """Reset the emulator and seed it again (inbound SMS, a clicked short link, accounting) before a stateful run."""
    request = urllib.request.Request(f"{base_url}/_emulator/reset", data=b"", method="POST")  # noqa: S310
    urllib.request.urlopen(request, timeout=10).close()  # noqa: S310 (loopback URL)
    seed_inbound_sms(base_url, inbound)
    seed_links(base_url, token)
    for path in ("/_emulator/charges", "/_emulator/credit_notes"):  # an invoice and a credit note to link to
        request = urllib.request.Request(  # noqa: S310 (loopback URL)
            f"{base_url}{path}", data=b'{"amount": 1}', headers={"Content-Type": "application/json"}, method="POST"
        )
        urllib.request.urlopen(request, timeout=10).close()  # noqa: S310 (loopback URL)


def main() -> int:
    os.chdir(ROOT)
    # A plain SIGTERM would skip the `finally` that stops the emulator.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    seed = os.environ.get("SEED", "").strip() or "1"
    workers = os.environ.get("WORKERS", "").strip() or "1"
    report_dir = Path(os.environ.get("REPORT_DIR", "").strip() or "reports")
    report_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("contract.json", "contract-junit.xml", "contract-events.ndjson", "contract-output.txt"):
        (report_dir / stale).unlink(missing_ok=True)  # a failed start must not be read as last run's result
    for stale_run in report_dir.glob("contract-stateful-*"):
        stale_run.unlink()
    base_url = os.environ.get("LOX24_BASE_URL", "").strip().rstrip("/")
    remote_token = os.environ.get("LOX24_TOKEN", "").strip()
    remote = bool(base_url and remote_token)
    if base_url and not remote_token:
        raise SystemExit("contract: LOX24_BASE_URL is set but LOX24_TOKEN is not (set both, or neither)")

    max_examples = os.environ.get("MAX_EXAMPLES", "").strip() or ("5" if remote else "30")
    env = dict(os.environ)
    args = [str(VENV_BIN / "schemathesis"), "--config-file", str(CONFIG), "--no-color", "run", str(SPEC)]
    phases = os.environ.get("PHASES", "").strip() or PHASES
    args += ["--seed", seed, "--max-examples", max_examples, "--phases", phases, "--workers", workers]
    only = [op_id.strip() for op_id in os.environ.get("OPERATIONS", "").split(",") if op_id.strip()]
    selected = only or [op_id for _, _, op_id in operations()]
    args += ["--report", "junit,json,ndjson", "--report-dir", str(report_dir)]
    args += ["--report-ndjson-path", str(report_dir / "contract-events.ndjson")]
    args += ["--report-junit-path", str(report_dir / "contract-junit.xml")]
    args += ["--report-json-path", str(report_dir / "contract.json")]

    process: subprocess.Popen[bytes] | None = None
    secret: str | None = None
    extra_config: Path | None = None
    all_ops = operations()
    stateful_runs: list[Path] = []  # NDJSON reports of the per-family stateful runs
    local_url = ""
    inbound = 0
    try:
        if remote:
            secret = remote_token
            env["LOX24_TOKEN"] = remote_token
            args += ["--url", base_url]
            allow_sending = os.environ.get("LOX24_ALLOW_SENDING", "").strip() == "1"
            rate = os.environ.get("LOX24_RATE_LIMIT", "").strip() or "2/s"
            args += ["--rate-limit", rate, "--generation-with-security-parameters", "false"]
            args += ["--exclude-checks", ",".join(BAD_CREDENTIAL_CHECKS)]
            # Safe mode also narrows the coverage phase's undocumented-method probes to OPTIONS.
            with tempfile.NamedTemporaryFile(
                "w", suffix=".toml", prefix="contract-", dir=report_dir, delete=False, encoding="utf-8"
            ) as handle:
                handle.write(CONFIG.read_text(encoding="utf-8") + SAFE_MODE_CONFIG)
                extra_config = Path(handle.name)
            args[args.index(str(CONFIG))] = str(extra_config)
            log(f"target: {base_url} (token from LOX24_TOKEN, never printed); rate limit {rate}")
            log(f"skipped checks: {', '.join(BAD_CREDENTIAL_CHECKS)} (they send bad credentials, and LOX24")
            log("  blocks the IP for ten minutes after three); no generated auth headers;")
            log("  undocumented methods probed with OPTIONS only")
            if allow_sending:
                log("LOX24_ALLOW_SENDING=1: EVERY operation runs. Schemathesis will send real, charged SMS and")
                log("  bulks to generated phone numbers (some real) and delete account data: use a sandbox account")
            else:
                safe = {op_id for method, _, op_id in all_ops if method == "GET" or op_id in SAFE_OPERATION_IDS}
                skipped = [f"{m} {p}" for m, p, op_id in all_ops if op_id in selected and op_id not in safe]
                selected = [op_id for op_id in selected if op_id in safe]
                log(f"SAFE MODE: {len(selected)} read-only and dry-run operations; skipped {len(skipped)} operations")
                log(f"  that send, change or delete: {', '.join(skipped)}")
                log("  (set LOX24_ALLOW_SENDING=1 to run them too; the stateful phase needs them)")
                if not selected:
                    raise SystemExit("contract: no operation left to run")
                if "stateful" in phases.split(","):
                    phases = ",".join(p for p in phases.split(",") if p != "stateful")
                    args[args.index("--phases") + 1] = phases
                    log("  stateful phase skipped: every link of the spec starts from a sending or creating operation")
        else:
            port = free_port()
            local_url = f"http://127.0.0.1:{port}"
            env["LOX24_TOKEN"] = emulator_token()
            args += ["--url", local_url]
            emulator_log = report_dir / "contract-emulator.log"
            command = emulator_command(port, seed)
            target = os.environ.get("LOX24_CONTRACT_APP", "").strip() or "lox24.emulator (in-memory database)"
            log(f"starting {target} on {local_url}")
            with emulator_log.open("wb") as sink:
                process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT)
            wait_until_ready(local_url, process, emulator_log)
            inbound = (int(max_examples) if max_examples.isdigit() else 0) + INBOUND_SPARE
            try:
                seeded = seed_inbound_sms(local_url, inbound)
                log(f"seeded {seed_links(local_url, env['LOX24_TOKEN'])}, for the links from the click lists")
            except (OSError, ValueError) as error:  # HTTPError and URLError are OSErrors
                if not os.environ.get("LOX24_CONTRACT_APP", "").strip():
                    raise SystemExit(f"contract: could not inject inbound SMS into the emulator: {error}") from error
                log(f"no inbound SMS injected ({error}): the app has no emulator control plane")
            else:
                log(f"injected {seeded} inbound SMS (POST /_emulator/incomings), for the links from GET /incomings")
        if len(selected) < len(all_ops):
            for op_id in selected:
                args += ["--include-operation-id", op_id]
        log(f"seed {seed}, {max_examples} examples per operation, phases {phases}, {workers} workers")
        if only:
            log(f"only the operations {', '.join(only)} (OPERATIONS)")
        started = time.monotonic()
        families = link_families() if "stateful" in phases.split(",") and len(selected) == len(all_ops) else []
        if families:  # the stateful phase once per family of linked operations (contract_report.link_families)
            others = ",".join(p for p in phases.split(",") if p != "stateful")
            args[args.index("--phases") + 1] = others
            code, output = (
                run_schemathesis(args, env, secret, report_dir / "contract-output.txt") if others else (0, "")
            )
            for number, family in enumerate(families, 1):
                ndjson = report_dir / f"contract-stateful-{number}.ndjson"
                budget = 20 + 12 * len(
                    family_links(family)
                )  # scenarios: the family's links, not the whole spec's, need following
                config = ndjson.with_suffix(".toml")
                base_config = args[args.index("--config-file") + 1]
                config.write_text(stateful_budget(Path(base_config).read_text(encoding="utf-8"), budget), "utf-8")
                log(f"stateful phase {number}/{len(families)} ({budget} scenarios): {', '.join(family)}")
                if local_url:  # a fresh emulator: the fuzzing phase deleted group 7117, the seeded SMS, ...
                    reset_emulator(local_url, env["LOX24_TOKEN"], inbound)
                narrowed = family_args(args, family, report_dir, ndjson)
                narrowed[narrowed.index("--config-file") + 1] = str(config)
                family_code, family_output = run_schemathesis(narrowed, env, secret, ndjson.with_suffix(".txt"))
                config.unlink()
                stateful_runs.append(ndjson)
                code, output = max(code, family_code), output + family_output
        else:
            code, output = run_schemathesis(args, env, secret, report_dir / "contract-output.txt")
        elapsed = time.monotonic() - started
    finally:
        if process is not None:
            stop(process)
        if extra_config is not None:
            with contextlib.suppress(OSError):
                extra_config.unlink()
    mask_reports(report_dir, secret)
    report_path = report_dir / "contract.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    # The links are checked when the stateful phase ran over every operation.
    declared = declared_links() if "stateful" in phases.split(",") and len(selected) == len(all_ops) else []
    applied, succeeded = exercised_links(report_dir / "contract-events.ndjson", *stateful_runs)
    if stateful_runs and isinstance(report.get("phases"), dict):  # the per-family runs, not the main one's "skip"
        runs = f"{len(stateful_runs)} family runs"
        report["phases"]["stateful"] = {"status": f"{'success' if code == 0 else 'failed'} ({runs})"}
    for line in summarize(report, output, elapsed, (declared, applied, succeeded)):
        print(line)
    print(f"reports    : {report_dir}/contract-junit.xml, {report_dir}/contract.json, {report_dir}/contract-output.txt")
    if code == 0 and (report.get("failures") or report.get("errors")):
        code = 1
    if code == 0 and not remote and any(link not in applied for link in declared):
        print("contract: not every link of the spec was exercised (see LINK NOT EXERCISED above)")
        code = 1
    print(f"result     : {'PASS' if code == 0 else f'FAIL (exit code {code})'}")
    return code


if __name__ == "__main__":
    sys.exit(main())
