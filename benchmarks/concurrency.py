"""Section `concurrency`: lox24.AsyncClient against the emulator (served on uvloop + httptools, loopback).

- the async overhead per awaited send on an in-process MockTransport, versus raw httpx.AsyncClient;
- SMS/s with BENCH_ASYNC_CONC in flight, versus raw httpx.AsyncClient on the same pool size (ABBA chunks);
- SMS/s at concurrency 1, 4, 16, 64 (BENCH_CONC_LEVELS) with the client's default transport, and with each
  alternative transport lox24 exposes (probed at run time, e.g. `lox24.DefaultAioHttpClient`); the ratio of the
  highest level to the best of them (target ≥ 0.9: more in flight must not make the client slower). Each level
  runs BENCH_CONC_ROUNDS short chunks, interleaved with the other levels in rotating order; a level's figure is
  the median of its chunks, with the client's and the server's CPU per SMS, and the spread between rounds.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from .harness import (
    BASE_URL,
    DOCS_TOKEN,
    HOST,
    SMS_ARGS,
    Report,
    Row,
    Sizes,
    abba_order,
    aclose,
    async_mock_transport,
    body_bytes,
    lox24_client,
    median,
    missing,
    paired_ratio,
)
from .servers import FAST, SLOW, proc_cpu_seconds, serving_available, start_served

Send = Callable[[], Awaitable[Any]]
HIGH_VS_BEST = 0.9
# Names under which lox24 may offer an alternative async HTTP client (`http_client=lox24.<name>()`).
ALTERNATIVE_TRANSPORTS = ("DefaultAioHttpClient", "AioHttpClient")


async def send_many(send: Send, n: int, conc: int) -> tuple[float, float, int]:
    """Send n with at most `conc` in flight: (seconds, client CPU seconds, failures)."""
    next_i = failures = 0

    async def worker() -> None:
        nonlocal next_i, failures
        while next_i < n:
            next_i += 1
            try:
                await send()
            except Exception:
                failures += 1

    c0, t0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(conc)))
    return time.perf_counter() - t0, time.process_time() - c0, failures


async def async_overhead(sizes: Sizes) -> dict[str, list[float]]:
    """µs per awaited send on an in-process MockTransport: lox24.AsyncClient versus raw httpx.AsyncClient."""
    body = body_bytes()
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=async_mock_transport(body),
                            headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"})  # fmt: skip
    hc = httpx.AsyncClient(transport=async_mock_transport(body))
    lox = lox24_client(hc, validate=None)

    async def raw_send() -> Any:
        return (await raw.post("/sms", json=SMS_ARGS)).json()

    async def lox_send() -> Any:
        return await lox.sms.send(**SMS_ARGS)

    variants: dict[str, Send] = {"raw httpx.AsyncClient": raw_send, "lox24.AsyncClient": lox_send}
    samples: dict[str, list[float]] = {name: [] for name in variants}
    n = sizes.client_calls
    try:
        for fn in variants.values():
            for _ in range(max(20, n // 10)):
                await fn()
        for order in abba_order(list(variants), sizes.client_repeats):
            for name in order:
                gc.collect()
                t0 = time.perf_counter()
                for _ in range(n):
                    await variants[name]()
                samples[name].append((time.perf_counter() - t0) / n * 1e6)
    finally:
        await raw.aclose()
        await aclose(lox)
        await hc.aclose()
    return samples


async def rounds(variants: dict[str, tuple[Send, int]], n: int) -> dict[str, dict[str, float]]:
    """Warm each variant up, then send n with each in 4 chunks, ABBA: seconds, CPU, sent, failures."""
    out = {name: {"seconds": 0.0, "cpu": 0.0, "sent": 0.0, "failures": 0.0, "concurrency": float(c)}
           for name, (_, c) in variants.items()}  # fmt: skip
    for fn, conc in variants.values():
        await send_many(fn, max(conc, min(200, n // 10)), conc)
    for order in abba_order(list(variants), 4):
        for name in order:
            fn, conc = variants[name]
            chunk = max(n // 4, conc)  # each chunk fills every slot at least once
            secs, cpu, fails = await send_many(fn, chunk, conc)
            out[name]["seconds"] += secs
            out[name]["cpu"] += cpu
            out[name]["sent"] += chunk
            out[name]["failures"] += fails
    return out


async def vs_raw(port: int, sizes: Sizes) -> dict[str, dict[str, float]]:
    """lox24.AsyncClient and raw httpx.AsyncClient, both on an httpx pool of BENCH_ASYNC_CONC connections."""
    base = f"http://{HOST}:{port}"
    limits = httpx.Limits(max_connections=sizes.async_conc, max_keepalive_connections=sizes.async_conc)
    raw = httpx.AsyncClient(base_url=base, limits=limits,
                            headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"})  # fmt: skip
    hc = httpx.AsyncClient(limits=limits)
    lox = lox24_client(hc, validate=None, base_url=base)

    async def raw_send() -> Any:
        r = await raw.post("/sms", json=SMS_ARGS)
        r.raise_for_status()
        return r.json()

    async def lox_send() -> Any:
        return await lox.sms.send(**SMS_ARGS)

    try:
        return await rounds({"raw httpx.AsyncClient": (raw_send, sizes.async_conc),
                             "lox24.AsyncClient": (lox_send, sizes.async_conc)}, sizes.async_n)  # fmt: skip
    finally:
        await raw.aclose()
        await aclose(lox)
        await hc.aclose()


def transports() -> dict[str, Callable[[], Any]]:
    """Label -> factory of the `http_client=` to give lox24.AsyncClient (None: its default transport)."""
    import lox24

    found: dict[str, Callable[[], Any]] = {"default transport": lambda: None}
    for name in ALTERNATIVE_TRANSPORTS:
        factory = getattr(lox24, name, None)
        if callable(factory):
            found[f"lox24.{name}"] = factory
    return found


def rotation(names: list[str], rounds: int) -> list[list[str]]:
    """The order of each round: every name starts one round in turn, and every other round runs backwards,
    so that no level always follows the same one (or always runs first, while the machine settles)."""
    out = []
    for r in range(rounds):
        k = r % len(names)
        order = names[k:] + names[:k]
        out.append(order[::-1] if r % 2 else order)
    return out


async def sweep(
    port: int, sizes: Sizes, label: str, factory: Callable[[], Any], server_pid: int | None = None
) -> dict[str, dict[str, Any]]:
    """One lox24.AsyncClient per concurrency level (so that each pool is sized by its own use), warmed up, then
    BENCH_CONC_ROUNDS rounds of one short chunk per level in rotating order: per chunk its SMS/s, the client's
    and the server's CPU per SMS. Short interleaved chunks put every level through the same moments of load."""
    import lox24

    base = f"http://{HOST}:{port}"
    clients: list[Any] = []
    variants: dict[str, tuple[Send, int]] = {}
    for level in sizes.conc_levels:
        http_client = factory()
        kwargs: dict[str, Any] = {"token": DOCS_TOKEN, "base_url": base}
        if http_client is not None:
            kwargs["http_client"] = http_client
        client = lox24.AsyncClient(**kwargs)
        clients.append((client, http_client))
        variants[f"{label}, concurrency {level}"] = (functools.partial(client.sms.send, **SMS_ARGS), level)
    rounds_n = max(1, sizes.conc_rounds)
    out: dict[str, dict[str, Any]] = {
        name: {"concurrency": float(c), "sent": 0.0, "seconds": 0.0, "cpu": 0.0, "failures": 0.0, "chunks": []}
        for name, (_, c) in variants.items()
    }
    try:
        for fn, conc in variants.values():
            await send_many(fn, max(conc, min(200, sizes.conc_n // 8)), conc)
        for order in rotation(list(variants), rounds_n):
            for name in order:
                fn, conc = variants[name]
                chunk = max(sizes.conc_n // rounds_n, conc)  # each chunk fills every slot at least once
                gc.collect()
                s0 = proc_cpu_seconds(server_pid)
                secs, cpu, fails = await send_many(fn, chunk, conc)
                server = proc_cpu_seconds(server_pid) - s0
                run = out[name]
                run["sent"] += chunk
                run["seconds"] += secs
                run["cpu"] += cpu
                run["failures"] += fails
                run["chunks"].append({"rate": chunk / secs if secs else 0.0, "client_us": cpu / chunk * 1e6,
                                      "server_us": server / chunk * 1e6})  # fmt: skip
    finally:
        for client, http_client in clients:
            await aclose(client)
            if http_client is not None:
                await aclose(http_client)
    return out


def _rate(run: dict[str, float]) -> float:
    return run["sent"] / run["seconds"] if run["seconds"] else 0.0


def bench_concurrency(report: Report, sizes: Sizes, workdir: Path) -> None:
    why = missing("lox24", "AsyncClient") or missing("lox24.emulator", "create_app")
    if why:
        report.skip("concurrency", why)
        return
    overhead = asyncio.run(async_overhead(sizes))
    lo, ra = overhead["lox24.AsyncClient"], overhead["raw httpx.AsyncClient"]
    report.add(
        Row("concurrency", "await send() µs/call, MockTransport", median(lo), median(ra), "raw httpx.AsyncClient",
            "µs", paired_ratio(lo, ra), "", None, "client overhead alone, async path (same method as the sync rows)")
    )  # fmt: skip
    serving = FAST if serving_available(FAST) is None else SLOW
    emu = start_served(workdir, "emulator", serving, workdir / "concurrency.sqlite3", name="emulator-concurrency")
    try:
        out = asyncio.run(vs_raw(emu.port, sizes))
        sweeps: dict[str, dict[str, dict[str, float]]] = {}
        for label, factory in transports().items():
            sweeps[label] = asyncio.run(sweep(emu.port, sizes, label, factory, emu.proc.pid))
    finally:
        emu.stop()
    report.details["concurrency"] = {"n": sizes.async_n, "concurrency": sizes.async_conc, "runs": out,
                                     "mock_us_per_call": overhead, "sweep_n": sizes.conc_n, "sweeps": sweeps,
                                     "emulator_serving": "+".join(serving)}  # fmt: skip
    lox, raw = out["lox24.AsyncClient"], out["raw httpx.AsyncClient"]
    ratio = _rate(lox) / _rate(raw)
    fails = int(lox["failures"] + raw["failures"])
    report.add(
        Row("concurrency", f"SMS/s to emulator, {sizes.async_conc} in flight, pool {sizes.async_conc}", _rate(lox),
            _rate(raw), "raw httpx.AsyncClient", "SMS/s", ratio, "≥ 0.85", ratio >= 0.85 and fails == 0,
            f"{int(lox['sent'])} SMS each; the sending process kept a core {lox['cpu'] / lox['seconds']:.0%} busy "
            f"(raw {raw['cpu'] / raw['seconds']:.0%})" + (f"; {fails} failed" if fails else ""))
    )  # fmt: skip
    for label, runs in sweeps.items():
        _sweep_rows(report, sizes, label, runs)
    if len(sweeps) == 1:
        looked = ", ".join(ALTERNATIVE_TRANSPORTS)
        report.skip("concurrency", f"no alternative transport in lox24 (looked for lox24.{{{looked}}})")


def _chunk_median(run: dict[str, Any], key: str) -> float:
    return median([c[key] for c in run["chunks"]])


def sweep_summary(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per level: the median SMS/s of its chunks (and their spread), client and server CPU per SMS. The target
    ratio compares the highest level with every other level round by round (chunks run moments apart, under
    the same load) and keeps the worst of the medians of those paired ratios: "at 64 at least 0.9× the best"."""
    by_level = {int(run["concurrency"]): run for run in runs.values()}
    rates = {level: _chunk_median(run, "rate") for level, run in by_level.items()}
    high = max(rates)
    paired: dict[int, list[float]] = {}
    for level, run in by_level.items():
        if level != high:
            pairs = zip(by_level[high]["chunks"], run["chunks"], strict=True)
            paired[level] = sorted(h["rate"] / o["rate"] for h, o in pairs if o["rate"])
    medians = {level: median(xs) for level, xs in paired.items()}
    best = min(medians, key=lambda k: medians[k]) if medians else high
    ratios = paired.get(best, [1.0])
    spread = {}
    for level, run in by_level.items():
        xs = sorted(c["rate"] for c in run["chunks"])
        spread[level] = (xs[0], xs[-1]) if xs else (0.0, 0.0)
    return {
        "rates": rates,
        "spread": spread,
        "client_us": {level: _chunk_median(run, "client_us") for level, run in by_level.items()},
        "server_us": {level: _chunk_median(run, "server_us") for level, run in by_level.items()},
        "best": best,
        "high": high,
        "ratio": medians.get(best, 1.0),
        "ratio_of_medians": rates[high] / max(rates.values()) if max(rates.values()) else 0.0,
        "paired_medians": medians,
        "round_ratios": ratios,
        "failures": int(sum(run["failures"] for run in runs.values())),
    }


def _sweep_rows(report: Report, sizes: Sizes, label: str, runs: dict[str, dict[str, Any]]) -> None:
    summary = sweep_summary(runs)
    rates, best, high = summary["rates"], summary["best"], summary["high"]
    top = max(rates, key=lambda k: rates[k])
    for level, rate in rates.items():
        lo, hi = summary["spread"][level]
        run = runs[f"{label}, concurrency {level}"]
        fails = int(run["failures"])
        report.add(
            Row("concurrency", f"SMS/s lox24.AsyncClient, {label}, {level} in flight", rate, rates[top],
                f"best median: {top} in flight", "SMS/s", rate / rates[top], "", None,
                f"median of {len(run['chunks'])} chunks ({lo:.0f}..{hi:.0f}), {int(run['sent'])} SMS; CPU per SMS: "
                f"client {summary['client_us'][level]:.0f} µs, server {summary['server_us'][level]:.0f} µs"
                + (f"; {fails} failed" if fails else ""))
        )  # fmt: skip
    ratios = summary["round_ratios"]
    q1, q3 = (ratios[len(ratios) // 4], ratios[(3 * len(ratios)) // 4]) if ratios else (0.0, 0.0)
    others = ", ".join(f"{lv}: {r:.2f}" for lv, r in sorted(summary["paired_medians"].items()))
    report.add(
        Row("concurrency", f"{label}: SMS/s at {high} in flight / best of {sorted(rates)}", rates[high],
            rates[best], f"{best} in flight", "SMS/s", summary["ratio"], f"≥ {HIGH_VS_BEST:.2f}",
            summary["ratio"] >= HIGH_VS_BEST and not summary["failures"],
            f"median of {len(ratios)} per-round ratios (quartiles {q1:.2f}..{q3:.2f}: the noise of this machine) "
            f"against each level ({others}), the worst shown; ratio of the medians "
            f"{summary['ratio_of_medians']:.2f}")
    )  # fmt: skip
