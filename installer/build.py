"""Build the one-folder bundle with PyInstaller:  python installer/build.py [--dist DIR] [--work DIR]

Works the same on Linux and Windows (PyInstaller does not cross-compile: build on the system the
bundle is for). Needs the ``installer`` extra:  pip install -e ".[installer]"
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
SPEC = INSTALLER / "charity_desk.spec"
BUNDLE_NAME = "charity-desk"


def executable_name() -> str:
    return "charity-desk.exe" if sys.platform == "win32" else "charity-desk"


def build(dist: Path, work: Path, clean: bool = True) -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit('PyInstaller is not installed: pip install -e ".[installer]"')
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ]
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache from an earlier build")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        bundle = build(args.dist.resolve(), args.work.resolve(), clean=not args.no_clean)
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller failed (exit status {error.returncode})", file=sys.stderr)
        return 1
    size = folder_size(bundle) / 1024 / 1024
    print(f"bundle: {bundle}  ({size:.0f} MB, built in {time.monotonic() - started:.0f} s)")
    print(f"run:    {bundle / executable_name()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
