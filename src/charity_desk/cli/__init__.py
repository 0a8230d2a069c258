"""The command line: the same services as the window, for administrators and scripts, signed in.

``main`` reads the arguments first and imports a command's services only when that command runs.
"""

from charity_desk.cli.entry import main

__all__ = ["main"]
