"""Screenshots of the real studio window, every panel in front in turn, for people to look at.

    xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python benchmarks/window_screens.py --out /tmp/screens --size 1366x768 --language zh_CN

The window runs as in a live: a looping face video, the reading as microphone, the example show;
--live switches captions, try-on and voice follow on through their panels, as the soak does.
One PNG per panel (the panel's dock raised) plus the whole window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.soak_window import (  # noqa: E402
    make_face_video, make_reading, open_live_window, switch_live_features_on)
from studio.ui.panels.inbox_sources import FeedPicker  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", choices=["en", "zh_CN"], default="en")
    parser.add_argument("--settle-s", type=float, default=8.0, help="how long the live runs before the pictures")
    parser.add_argument("--comments", type=Path,
                        help="a recorded comment stream (e.g. examples/comments-autumn.jsonl) fed to the inbox "
                             "through its own picker, as a host would: the inbox picture then shows it filled")
    parser.add_argument("--live", action="store_true",
                        help="switch captions, try-on and voice follow on before the pictures")
    parser.add_argument("--next", type=int, default=0, metavar="N",
                        help="press Next N times first, as a host moves on (segment 2 of the example has a look)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="studio-screens-"))
    from studio import paths

    # A fresh data folder (no settings from earlier runs) that still finds the installed models.
    os.environ.setdefault("STUDIO_MODELS_DIR", str(paths.models_dir()))
    os.environ.setdefault("STUDIO_DATA_DIR", str(work / "data"))
    video, audio = make_face_video(work / "face.mp4"), make_reading(work / "reading.wav")

    app, window, translators = open_live_window(video, audio, args.language, (width, height))  # noqa: F841

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    if args.comments:
        # the inbox's own picker and Connect button: the path a host takes
        picker = window.panel_docks["inbox"].widget().findChild(FeedPicker)
        picker.kind.setCurrentIndex(picker.kind.findData("replay"))
        picker.path.setText(str(args.comments.resolve()))
        picker.connect_button.click()
    if args.live or args.next:
        # the session starts a moment after the window opens; until then Start and Next are greyed
        started = time.monotonic()
        while window.controller.session is None and time.monotonic() - started < 90:
            spin(0.2)
        spin(1.0)
    if args.live:
        switch_live_features_on(window, lambda name, action: action())
    for _ in range(args.next):
        spin(1.0)
        window.segment_bar.next_button.click()
    spin(args.settle_s)
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"{args.language}-{width}"
    window.grab().save(str(args.out / f"{tag}-window.png"))
    for panel_id, dock in window.panel_docks.items():
        dock.show()
        dock.raise_()
        spin(1.0)
        window.grab().save(str(args.out / f"{tag}-{panel_id}.png"))
    print(f"screens: {len(window.panel_docks) + 1} pictures in {args.out}")
    window.close()
    spin(3.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
