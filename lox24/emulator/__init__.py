"""The LOX24 emulator: a local, stateful, persistent LOX24 server for tests and development.

```python
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

app = create_app(clock=FrozenClock(1_700_000_000), seed=1)
```

Run it with `lox24-emulator` (or `python -m lox24.emulator`); see README.md in this folder.
"""

from .app import create_app
from .backend import DEFAULT_TOKEN, DRYRUN_UUID, Backend
from .clock import Clock, FrozenClock, SystemClock

__all__ = ["DEFAULT_TOKEN", "DRYRUN_UUID", "Backend", "Clock", "FrozenClock", "SystemClock", "create_app"]
