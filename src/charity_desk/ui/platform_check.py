"""Before Qt opens its first window on Linux: are the system libraries of its X11 (xcb) plugin there?

Qt's own message when one is missing names only the first library it tried (often xcb-cursor0 when
the real gap is elsewhere). This check loads the plugin the way Qt will; if that fails it asks ``ldd``
for every library of the plugin's tree that cannot be found, and says, in the user's language, the
one ``apt-get install`` line (Debian and Ubuntu package names) that brings them all. It imports
nothing of Qt (Qt's own libraries may be among the missing) and costs nothing when all is well: the
libraries it loads are the ones Qt loads next.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

from charity_desk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "PlatformCheck"

# Qt platforms that need no X11 libraries.
_NO_X11 = ("offscreen", "minimal", "wayland", "eglfs", "linuxfb", "vnc", "vkkhrdisplay")

# The shared libraries Qt's xcb plugin (and the Qt libraries under it) may lack on a bare machine,
# with the Debian/Ubuntu package that provides each.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
}

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")

_WITH_APT = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "Charity Desk cannot open its window: this computer lacks system libraries that its window "
    "toolkit (Qt) needs: {libraries}.\nInstall them with this command, then start Charity Desk again:\n\n"
    "    {command}\n",
)
_WITHOUT_APT = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "Charity Desk cannot open its window: this computer lacks system libraries that its window "
    "toolkit (Qt) needs: {libraries}.\nInstall the packages that provide them with your system's "
    "package manager, then start Charity Desk again.\n",
)


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6 (found without importing it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def needs_x11(platform: str, wayland_session: bool = False) -> bool:
    """Whether Qt will use its xcb plugin (QT_QPA_PLATFORM may name a list tried in order; unset, a
    Wayland session may be served by Qt's Wayland plugin)."""
    first = platform.split(";")[0].split(":")[0].strip()
    if not first and wayland_session:
        return False
    return sys.platform.startswith("linux") and first not in _NO_X11


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin's tree needs and this computer lacks (empty when it loads)."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as error:
        first = _CANNOT_OPEN.findall(str(error))
    import subprocess

    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    return sorted(set(_NOT_FOUND.findall(listing)) | set(first))


def install_command(libraries: list[str]) -> str:
    """The apt-get line that installs the packages of ``libraries`` (unknown ones are left out)."""
    packages = sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})
    sudo = "sudo " if hasattr(os, "geteuid") and os.geteuid() != 0 else ""
    return f"{sudo}apt-get install -y {' '.join(packages)}" if packages else ""


def missing_libraries_message(language: str) -> str | None:
    """None when Qt can open its window here; else what to install, in ``language``."""
    if not needs_x11(os.environ.get("QT_QPA_PLATFORM", ""), bool(os.environ.get("WAYLAND_DISPLAY"))):
        return None
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin else []
    if not missing:
        return None
    import shutil

    return describe(missing, language, shutil.which("apt-get") is not None)


def describe(missing: list[str], language: str, with_apt: bool) -> str:
    """The message naming the ``missing`` libraries and, with apt, the command that installs them."""
    from charity_desk.cli.catalogue import catalogue  # the compiled catalogue, read without Qt

    command = install_command(missing) if with_apt else ""
    source = _WITH_APT if command else _WITHOUT_APT
    text = catalogue(language).get(CONTEXT, source) or source
    return text.format(libraries=", ".join(missing), command=command)
