"""Try-on inside a real Session: a video file through capture, the pipeline thread and the
compositor, the look switching with the segment (the same path as a live camera)."""

from fractions import Fraction

import av
import numpy as np

from studio.core.compositor import CanvasConfig
from studio.live.session import Session, SessionConfig, VideoSourceConfig
from studio.overlays.tryon import TryOnFilter, TryOnState
from studio.show import load_show


def test_session_runs_tryon_on_the_pipeline_thread_and_follows_segments(tmp_path, face_bgr, example_show_path):
    clip = tmp_path / "host.mp4"
    with av.open(str(clip), "w") as out:
        stream = out.add_stream("libx264", rate=Fraction(30))
        stream.width, stream.height, stream.pix_fmt = 512, 512, "yuv420p"
        for i in range(45):
            image = np.roll(face_bgr, i // 3, axis=1)
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="bgr24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    show = load_show(example_show_path)
    config = SessionConfig(video=VideoSourceConfig("file", path=str(clip)), canvas=CanvasConfig("16:9", 640),
                           realtime=False)
    session = Session(config, show=show)
    tryon = TryOnFilter()
    session.add_camera_filter(tryon)
    session.go_to_segment(1)                                # Ruby matte: lipstick:ruby-matte
    seen = []
    session.start()
    try:
        deadline_frames = 0
        while not session.wait_until_done(0.05):
            report = tryon.last_report
            if report is not None and (not seen or seen[-1] is not report):
                seen.append(report)
                if report.look_id == "lipstick:ruby-matte" and deadline_frames == 0:
                    session.go_to_segment(3)                # Aviator glasses
                    deadline_frames = 1
    finally:
        session.stop()
    looks = {r.look_id for r in seen if r.state is TryOnState.DRAWN}
    assert "lipstick:ruby-matte" in looks and "glasses:aviator" in looks
    assert all(r.face_found for r in seen if r.state is TryOnState.DRAWN)
    assert session.stats(recent=False).frames_out > 0
