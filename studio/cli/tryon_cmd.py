"""`studio tryon IN --look LOOK --out OUT [--json OUT.json]` and `studio looks`.

Files go through the same TryOnFilter the live pipeline runs (every frame tracked:
no frame-budget degradation for files). Video is decoded and encoded with PyAV
(H.264 in MP4); images with OpenCV.
"""

from __future__ import annotations

import argparse
import json
import sys
from fractions import Fraction
from pathlib import Path

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".mkv", ".avi", ".webm", ".m4v"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tryon", help="draw a try-on look on the face in an image or video file",
                       description="Draw a try-on look (lipstick, glasses, earrings...) on the largest face "
                                   "in an image (writes a PNG) or a video (writes an H.264 MP4). "
                                   "Nothing leaves this computer.")
    p.add_argument("input", metavar="IN", help="an image (png, jpg) or a video (mp4, mov, mkv...)")
    p.add_argument("--look", required=True, help="look id, e.g. lipstick:ruby-matte (see `studio looks`)")
    p.add_argument("--out", required=True, help="output .png for an image, .mp4 for a video")
    p.add_argument("--json", dest="json_out", help="also write per-frame face, head pose and item placements here")
    p.add_argument("--split", action="store_true", help="before/after: left half without try-on, right half with")
    p.add_argument("--face", choices=["largest", "central"], default="largest",
                   help="which face to dress when there are several (default: largest)")
    p.add_argument("--items", action="append", default=[], metavar="DIR",
                   help="an extra folder of merchant items and shade files (repeatable)")
    p.set_defaults(func=run)

    looks = sub.add_parser("looks", help="list the try-on looks (built-in and your own items)")
    looks.add_argument("--items", action="append", default=[], metavar="DIR",
                       help="an extra folder of merchant items and shade files (repeatable)")
    looks.add_argument("--json", action="store_true", help="print JSON instead of a table")
    looks.set_defaults(func=run_looks)


def run_looks(args: argparse.Namespace) -> int:
    from studio.ar.looks import LookCatalog

    catalog = LookCatalog.load([Path(d) for d in args.items])
    if args.json:
        print(json.dumps([{"id": look.id, "name": look.name, "kind": look.kind.value, "source": str(look.source)}
                          for look in catalog.all()], ensure_ascii=False, indent=1))
    else:
        for look in catalog.all():
            detail = ""
            if look.makeup is not None:
                r, g, b = look.makeup.color_rgb
                detail = f"#{r:02X}{g:02X}{b:02X} {look.makeup.finish.value}"
            print(f"{look.id:28} {look.name:36} {detail}")
    for problem in catalog.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 0


def _filter(args: argparse.Namespace):
    from studio.ar.budget import CostLevel
    from studio.ar.looks import LookCatalog, LookError
    from studio.ar.tracker import FaceChoice, TrackerOptions
    from studio.cli.main import UserError
    from studio.overlays.tryon import TryOnFilter, TryOnOptions

    options = TryOnOptions(tracker=TrackerOptions(face_choice=FaceChoice(args.face), scan_whole_frame=True),
                           fixed_level=CostLevel.FULL, extra_look_dirs=tuple(Path(d) for d in args.items))
    catalog = LookCatalog.load(options.extra_look_dirs)
    try:
        catalog.require(args.look)
    except LookError as exc:
        raise UserError(str(exc)) from None
    tryon = TryOnFilter(options, catalog)
    tryon.set_manual_look(args.look)
    tryon.set_split(args.split)
    return tryon


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError

    src, dst = Path(args.input), Path(args.out)
    if not src.is_file():
        raise UserError(f"input '{src}' does not exist")
    is_image = src.suffix.lower() in IMAGE_SUFFIXES
    if not is_image and src.suffix.lower() not in VIDEO_SUFFIXES:
        raise UserError(f"'{src.name}' is neither an image ({', '.join(sorted(IMAGE_SUFFIXES))}) "
                        f"nor a video ({', '.join(sorted(VIDEO_SUFFIXES))})")
    want = ".png" if is_image else ".mp4"
    if dst.suffix.lower() != want:
        raise UserError(f"for {'an image' if is_image else 'a video'} the output must be a {want} file")
    dst.parent.mkdir(parents=True, exist_ok=True)
    tryon = _filter(args)
    try:
        reports = _run_image(tryon, src, dst) if is_image else _run_video(tryon, src, dst)
    finally:
        tryon.close()
    found = sum(1 for r in reports if r["face_found"])
    print(f"{dst}: {len(reports)} frame(s), face found in {found}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(
            {"input": str(src), "output": str(dst), "look": args.look, "frames": reports}, indent=1), "utf-8")
    if reports and not found:   # the look was asked for and never drawn: never a silent success
        print(f"studio tryon: no face was found in '{src.name}', so the look was not drawn; use a picture "
              "where one face is clearly visible, facing the camera", file=sys.stderr)
        return 1
    return 0


def _context():
    from studio.core.filters import FilterContext

    return FilterContext(show=None, segment_index=None, now_ns=0)


def _run_image(tryon, src: Path, dst: Path) -> list[dict]:
    import cv2

    from studio.cli.main import UserError
    from studio.core.frames import VideoFrame

    image = cv2.imread(str(src), cv2.IMREAD_COLOR)
    if image is None:
        raise UserError(f"cannot read '{src}' as an image (corrupt or unsupported)")
    out = tryon.process(VideoFrame(image, 0, 0, 0), _context())
    if not cv2.imwrite(str(dst), out.image):
        raise UserError(f"cannot write '{dst}'")
    return [tryon.last_report.to_json()]


def _run_video(tryon, src: Path, dst: Path) -> list[dict]:
    import av

    from studio.cli.main import UserError
    from studio.core.frames import VideoFrame

    try:
        container = av.open(str(src))
    except (av.error.InvalidDataError, av.error.FFmpegError) as exc:
        raise UserError(f"cannot open '{src}' as a video ({exc})") from None
    reports: list[dict] = []
    with container:
        if not container.streams.video:
            raise UserError(f"'{src}' has no video stream")
        stream = container.streams.video[0]
        rate = stream.average_rate or stream.guessed_rate or Fraction(30)
        total = stream.frames or None
        with av.open(str(dst), "w") as output:
            encoder = None
            try:
                for index, decoded in enumerate(container.decode(stream)):
                    image = decoded.to_ndarray(format="bgr24")
                    if encoder is None:
                        encoder = output.add_stream("libx264", rate=Fraction(rate).limit_denominator(1001))
                        encoder.width, encoder.height = image.shape[1] // 2 * 2, image.shape[0] // 2 * 2
                        encoder.pix_fmt = "yuv420p"
                        encoder.options = {"crf": "20", "preset": "veryfast"}
                    timestamp_ns = (int(decoded.time * 1e9) if decoded.time is not None
                                    else int(index * 1e9 / float(rate)))
                    out = tryon.process(VideoFrame(image, timestamp_ns, index, timestamp_ns), _context())
                    reports.append(tryon.last_report.to_json())
                    if sys.stderr.isatty() and index % 30 == 0:
                        done = f"{index + 1}/{total}" if total else f"{index + 1}"
                        print(f"\rframe {done}", end="", file=sys.stderr, flush=True)
                    frame = av.VideoFrame.from_ndarray(
                        out.image[: encoder.height, : encoder.width].copy(), format="bgr24")
                    for packet in encoder.encode(frame):
                        output.mux(packet)
            except av.error.InvalidDataError as exc:
                if not reports:
                    raise UserError(f"cannot decode '{src}' ({exc})") from None
                print(f"warning: '{src}' is damaged after frame {len(reports)}; kept what decoded",
                      file=sys.stderr)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            if encoder is None:
                raise UserError(f"'{src}' has no decodable frames")
            for packet in encoder.encode():
                output.mux(packet)
    return reports
