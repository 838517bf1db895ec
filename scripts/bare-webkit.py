#!/usr/bin/python3
"""A bare WebKitGTK window showing a static page: the floor for the app's start-up time.

Prints `ready <ms since process start>` once the page has been painted (two animation frames
after the load finished) and quits. Used by scripts/measure-app.sh; needs python3-gi and
gir1.2-webkit2-4.1 (Debian), which the app's WebKitGTK build dependencies pull in.
"""

import sys
import time

T0 = time.monotonic()

import gi  # noqa: E402

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>-</title></head>
<body><h1>备案助手</h1><p>ICP Filing Assistant: a static page.</p>
<script>requestAnimationFrame(() => requestAnimationFrame(() => { document.title = "painted"; }));</script>
</body></html>"""


def main() -> int:
    win = Gtk.Window(title="bare WebKitGTK")
    win.set_default_size(1280, 800)
    view = WebKit2.WebView()
    win.add(view)

    def on_title(v, _pspec):
        if v.get_title() == "painted":
            print(f"ready {(time.monotonic() - T0) * 1000:.0f}", flush=True)
            GLib.idle_add(Gtk.main_quit)

    view.connect("notify::title", on_title)
    win.connect("destroy", Gtk.main_quit)
    view.load_html(PAGE, "file:///")
    win.show_all()
    GLib.timeout_add_seconds(30, lambda: (print("bare-webkit: timed out", file=sys.stderr), Gtk.main_quit()))
    Gtk.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
