"""``python -m newsparse``: the command line."""

import sys

from newsparse._cli import main

sys.exit(main())
