"""The check before Qt's X11 plugin loads: which libraries are missing, and the apt-get line for them."""

from __future__ import annotations

import shutil

from charity_desk.ui.platform_check import describe, install_command, missing_libraries, needs_x11, xcb_plugin


def test_the_x11_plugin_is_checked_only_where_qt_will_use_it():
    assert needs_x11("")
    assert needs_x11("xcb")
    assert needs_x11("xcb:nograb")
    assert not needs_x11("offscreen")
    assert not needs_x11("minimal")
    assert not needs_x11("wayland;xcb")
    assert not needs_x11("", wayland_session=True)


def test_a_plugin_whose_libraries_are_absent_names_every_one(tmp_path):
    # The real plugin, copied away from the Qt libraries its run path points to: they cannot be found.
    alone = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    alone.parent.mkdir(parents=True)
    shutil.copy(xcb_plugin(), alone)
    missing = missing_libraries(alone)
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6XcbQpa.so.6"} <= set(missing)


def test_debian_packages_for_the_missing_libraries():
    command = install_command(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libGL.so.1", "libgthread-2.0.so.0",
                               "libglib-2.0.so.0", "libQt6Gui.so.6"])
    # One package per library (glib's two libraries come in one), sorted; a library with no known
    # package is named in the message but left out of the command.
    assert command.endswith("apt-get install -y libgl1 libglib2.0-0 libxcb-cursor0 libxcb-icccm4")


def test_the_message_is_in_the_users_language_with_the_command():
    arabic = describe(["libxcb-cursor.so.0", "libxcb-keysyms.so.1"], "ar", with_apt=True)
    assert "تعذّر على مكتب الجمعية فتح نافذته" in arabic
    assert "apt-get install -y libxcb-cursor0 libxcb-keysyms1" in arabic
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in arabic
    english = describe(["libxcb-cursor.so.0"], "en", with_apt=True)
    assert english.startswith("Charity Desk cannot open its window")
    elsewhere = describe(["libxcb-cursor.so.0"], "ar", with_apt=False)
    assert "apt-get" not in elsewhere and "مدير الحزم" in elsewhere
