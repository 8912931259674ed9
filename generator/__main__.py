"""`python -m generator` is the `sdkforge` command."""

import sys

from generator.cli import main

sys.exit(main())
