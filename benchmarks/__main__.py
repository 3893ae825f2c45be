"""`python -m benchmarks`: see `benchmarks.runner.main`."""

import sys

from .runner import main

sys.exit(main())
