"""``charity-desk`` and ``python -m charity_desk``: the GUI, or a command-line subcommand."""

import sys

from charity_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
