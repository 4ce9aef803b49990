"""`studio tryon` and `studio looks` over real files: PNG in/out, and an H.264 video made
from the face photo with a known motion, through PyAV, with the per-frame JSON."""

import json
from fractions import Fraction

import av
import cv2
import numpy as np
import pytest

from studio.cli.main import main

from .conftest import affine, apply, warp


def write_video(path, frames, fps=30):
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=Fraction(fps))
        stream.width, stream.height = frames[0].shape[1], frames[0].shape[0]
        stream.pix_fmt = "yuv420p"
        stream.options = {"crf": "16", "preset": "veryfast"}
        for image in frames:
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="bgr24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def test_image_in_png_out_with_json(tmp_path, face_bgr, capsys):
    src = tmp_path / "host.png"
    cv2.imwrite(str(src), face_bgr)
    out, report = tmp_path / "out.png", tmp_path / "out.json"
    assert main(["tryon", str(src), "--look", "glasses:aviator", "--out", str(out), "--json", str(report)]) == 0
    image = cv2.imread(str(out))
    assert image.shape == face_bgr.shape and not np.array_equal(image, face_bgr)
    frames = json.loads(report.read_text())["frames"]
    assert len(frames) == 1 and frames[0]["face_found"]
    assert set(frames[0]["pose"]) == {"yaw_deg", "pitch_deg", "roll_deg"}
    item = frames[0]["items"][0]
    assert item["item"] == "glasses:aviator" and len(item["anchor_px"]) == 2
    assert {"scale", "rotation_deg"} <= set(item)


def test_video_in_mp4_out_anchors_follow_a_known_motion(tmp_path, face_bgr):
    # 36 frames at 30 fps: still, then a slow turn and drift, as a host moves (known per frame).
    transforms = []
    for i in range(36):
        t = max(0, i - 12)
        transforms.append(affine(0.5 * t, 1.0 + 0.004 * t, (1.5 * t, -0.8 * t), (256.0, 256.0)))
    frames = [warp(face_bgr, m) for m in transforms]
    frames[30:33] = [np.full_like(face_bgr, 100)] * 3           # the host steps out for 3 frames
    src = tmp_path / "clip.mp4"
    write_video(src, frames)
    out, report = tmp_path / "out.mp4", tmp_path / "out.json"
    assert main(["tryon", str(src), "--look", "earrings:gold-hoop", "--out", str(out), "--json", str(report)]) == 0
    data = json.loads(report.read_text())["frames"]
    assert len(data) == 36
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        decoded = [f.to_ndarray(format="bgr24") for f in container.decode(stream)]
    assert len(decoded) == 36
    assert [f["face_found"] for f in data[30:33]] == [False] * 3 and not data[30]["items"]
    ref = {p["item"]: p["anchor_px"] for p in data[0]["items"]}
    for i, frame in enumerate(data):
        if i in (30, 31, 32):
            continue
        assert frame["face_found"], i
        for p in frame["items"]:
            expected = apply(transforms[i], ref[p["item"]])
            # smoothing on a moving face: within a few pixels of where the known motion puts it
            assert np.linalg.norm(np.array(p["anchor_px"]) - expected) < 6.0, (i, p, expected)


def test_looks_lists_builtins_and_merchant_folders(tmp_path, capsys):
    (tmp_path / "brand.shades.toml").write_text('[lipstick]\nfig = { name = "Fig", color = "#6B2D3C" }\n')
    assert main(["looks", "--items", str(tmp_path), "--json"]) == 0
    ids = {look["id"] for look in json.loads(capsys.readouterr().out)}
    assert {"lipstick:ruby-matte", "lipstick:nude-gloss", "glasses:aviator", "earrings:gold-hoop",
            "lipstick:fig", "earrings:crystal-star-example"} <= ids


@pytest.mark.parametrize("args, message", [
    (["missing.png", "--look", "glasses:aviator", "--out", "o.png"], "does not exist"),
    (["{img}", "--look", "glasses:monocle", "--out", "o.png"], "unknown look"),
    (["{img}", "--look", "glasses:aviator", "--out", "o.mp4"], "must be a .png"),
    (["{txt}", "--look", "glasses:aviator", "--out", "o.png"], "neither an image"),
    (["{bad}", "--look", "glasses:aviator", "--out", "o.png"], "cannot read"),
])
def test_user_mistakes_get_one_clear_sentence(tmp_path, face_bgr, capsys, args, message):
    img, txt, bad = tmp_path / "a.png", tmp_path / "a.txt", tmp_path / "bad.png"
    cv2.imwrite(str(img), face_bgr)
    txt.write_text("x")
    bad.write_bytes(b"not a png")
    args = [a.format(img=img, txt=txt, bad=bad) for a in args]
    args = [str(tmp_path / a) if a.startswith("o.") else a for a in args]
    assert main(["tryon", *args]) == 2
    assert message in capsys.readouterr().err
