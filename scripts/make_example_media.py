"""Make the input files the README's examples name, in examples/ (or the folder given).

- face.png: a real face photo (scikit-image's astronaut, Eileen Collins, NASA: public domain)
- reading.wav: espeak-ng reading the example show's first segment, 16 kHz mono
- reading.mp4: the photo held still with that reading as its sound (H.264 + AAC)

Made on the machine (espeak-ng, sox and ffmpeg come with scripts/setup.sh), never
downloaded; a second run keeps what is there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
READ_SEGMENTS = 1          # the Welcome segment: about 10 s, short enough for CI to run every example
WORDS_PER_MINUTE = 150


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"make_example_media: {name} is missing (scripts/setup.sh installs it)")
    return path


def write_face(dest: Path) -> None:
    import cv2
    from skimage import data

    cv2.imwrite(str(dest), cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR))


def write_reading(dest: Path) -> None:
    from studio.show import load_show

    show = load_show(SHOW)
    text = " ".join(line.text for segment in show.segments[:READ_SEGMENTS] for line in segment.spoken_lines)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "espeak.wav"
        subprocess.run([_tool("espeak-ng"), "-v", "en-us", "-s", str(WORDS_PER_MINUTE), "-w", str(raw), text],
                       check=True)
        subprocess.run([_tool("sox"), str(raw), "-r", "16000", "-c", "1", str(dest)], check=True)


def write_video(face: Path, reading: Path, dest: Path) -> None:
    subprocess.run([_tool("ffmpeg"), "-loglevel", "error", "-y", "-loop", "1", "-framerate", "30", "-i", str(face),
                    "-i", str(reading), "-shortest", "-c:v", "libx264", "-preset", "veryfast",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", str(dest)], check=True)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "examples"
    out.mkdir(parents=True, exist_ok=True)
    face, reading, video = out / "face.png", out / "reading.wav", out / "reading.mp4"
    if not face.is_file():
        write_face(face)
    if not reading.is_file():
        write_reading(reading)
    if not video.is_file():
        write_video(face, reading, video)
    print(f"examples: {face.name}, {reading.name}, {video.name} in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
