"""Before Qt opens a window on X11: are the system libraries its xcb plugin needs installed?

Qt's own message when one is missing ("could not load the Qt platform plugin xcb") names
the wrong library and aborts; this check names every missing one and the Debian/Ubuntu
packages that provide them, in one line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Debian/Ubuntu packages of the libraries Qt's window needs on X11 (the README lists them).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def package_for(soname: str) -> str:
    """The Debian package of a library: known ones by name, others by Debian's rule
    (libfoo-bar.so.4 is in libfoo-bar4; a name ending in a digit takes a dash)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    found = re.fullmatch(r"(lib[\w+.-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if found is None:
        return soname
    name, version = found[1].lower(), found[2]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def _plugin() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def wants_xcb(environ: dict[str, str] | None = None) -> bool:
    """Qt will use its X11 plugin: Linux, a DISPLAY, and no other platform asked for."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return False
    return bool(env.get("DISPLAY")) and (platform == "xcb" or not env.get("WAYLAND_DISPLAY"))


def xcb_problem() -> str | None:
    """None when Qt's X11 plugin can load; else one line naming what to install."""
    plugin, ldd = _plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        result = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return problem_text(missing_libraries(result.stdout + result.stderr))


def problem_text(missing: list[str]) -> str | None:
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(package_for(name) for name in missing))
    return (
        f"the app's window cannot open: Qt's X11 plugin needs {', '.join(missing)}; "
        f"install them with: sudo apt install {packages}"
    )
