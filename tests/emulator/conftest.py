"""Fixtures of the emulator tests: a frozen clock, the app, an in-process httpx client, a served emulator.

Also makes the helper modules of this folder (`spec_rules`, `docs_samples`, `emulator_server`) importable.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from lox24.emulator import Backend, FrozenClock, create_app

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from emulator_server import PLAIN, T0, serve  # noqa: E402  (needs the path above)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(T0)


@pytest.fixture
def app(clock: FrozenClock) -> Iterator[Starlette]:
    application = create_app(clock=clock, seed=1)
    yield application
    application.state.webhooks.close()
    application.state.backend.close()


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator", headers=PLAIN) as c:
        yield c


@pytest.fixture
def backend(clock: FrozenClock) -> Iterator[Backend]:
    b = Backend(clock=clock, seed=1)
    yield b
    b.close()


@pytest.fixture
def live_url(app: Starlette) -> Iterator[str]:
    """The test's `app` served over HTTP on 127.0.0.1 (uvicorn in a thread, the parser `auto` picks)."""
    url, stop = serve(app)
    yield url
    stop()
