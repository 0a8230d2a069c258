"""The frozen bundle's entry script: the same as the ``charity-desk`` console script."""

import sys

from charity_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
