"""The session's outputs beyond the preview: RTMP pushes, the virtual camera, the caption feed and
the program feed a clean program window shows (the MP4 recorder is Session.start_recording). One
place makes them, for the assembly (options given at the start) and for the window's Go live dock
(the host switching them mid-session), which only sends these commands and shows what they give.

Called on the thread that drives the session (the CLI's main thread, the window's GUI thread or
its session-control worker). An output switched off mid-session is closed on a helper thread:
closing an RTMP push can wait for the network. When the session stops, it closes its pipeline
outputs itself and then calls `close()`.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


def close_in_background(outputs: list) -> None:
    def close_all() -> None:
        for output in outputs:
            try:
                output.close()
            except Exception:
                log.exception("closing %s failed", getattr(output, "name", output))

    if outputs:
        threading.Thread(target=close_all, name="output-close", daemon=True).start()


class LiveOutputs:
    """session.outputs. The outputs objects run their own threads; this class only adds, removes
    and lists them."""

    def __init__(self, session) -> None:
        self._session = session
        self.rtmp: list = []                 # studio.outputs.rtmp.RtmpOutput, one per destination
        self.virtual_camera = None           # studio.outputs.virtual_camera.VirtualCameraOutput
        self.caption_feed = None             # studio.outputs.caption_feed.CaptionFeedServer
        self.program_feed = None             # studio.outputs.program_feed.ProgramFeed

    @property
    def recorder(self):
        return self._session.recorder

    # ---- RTMP -------------------------------------------------------------------------------

    def start_rtmp(self, url: str, key_name: str | None = None, stream_key: str | None = None):
        """Push the program to one destination. Raises StreamKeyError or DestinationError with a
        sentence for the host (checking several destinations together: studio.outputs.rtmp.check_destinations)."""
        from studio.outputs.rtmp import RtmpOptions, RtmpOutput

        output = RtmpOutput(RtmpOptions(url=url, key_name=key_name, stream_key=stream_key),
                            events=self._session.events)
        self._session.add_output(output)
        self.rtmp.append(output)
        return output

    def stop_rtmp(self) -> None:
        streams, self.rtmp = self.rtmp, []
        for output in streams:
            self._session.remove_output(output)
        close_in_background(streams)

    # ---- virtual camera ---------------------------------------------------------------------

    def start_virtual_camera(self):
        """The program as a camera. Its driver may be missing: the output then reports FAILED with
        how to install it (see its health()), and the show goes on."""
        from studio.outputs.virtual_camera import VirtualCameraOptions, VirtualCameraOutput

        if self.virtual_camera is None:
            fps = self._session.config.video.fps or 30.0
            self.virtual_camera = VirtualCameraOutput(VirtualCameraOptions(fps=fps), self._session.events)
            self._session.add_output(self.virtual_camera)
        return self.virtual_camera

    def stop_virtual_camera(self) -> None:
        camera, self.virtual_camera = self.virtual_camera, None
        if camera is not None:
            self._session.remove_output(camera)
            close_in_background([camera])

    # ---- caption feed -----------------------------------------------------------------------

    def start_caption_feed(self, port: int) -> str:
        """Serve captions (and the #ad ticker's text) to OBS; returns the browser-source URL.
        Raises CaptionFeedError when no port can be had."""
        from studio.outputs.caption_feed import CaptionFeedOptions, CaptionFeedServer

        if self.caption_feed is not None:
            return self.caption_feed.url
        ticker = self._session.ticker
        feed = CaptionFeedServer(CaptionFeedOptions(port=port), self._session.events,
                                 ticker_provider=getattr(ticker, "current_text", None))
        url = feed.start()
        self.caption_feed = feed
        return url

    def stop_caption_feed(self) -> None:
        feed, self.caption_feed = self.caption_feed, None
        if feed is not None:
            close_in_background([feed])

    # ---- program feed ----------------------------------------------------------------------

    def start_program_feed(self):
        """The program as its own latest-frame mailbox (`.mailbox`), for a window that shows it
        (the session's preview mailbox belongs to the main preview). One per session."""
        from studio.outputs.program_feed import ProgramFeed

        if self.program_feed is None:
            self.program_feed = ProgramFeed()
            self._session.add_output(self.program_feed)
        return self.program_feed

    def stop_program_feed(self) -> None:
        feed, self.program_feed = self.program_feed, None
        if feed is not None:
            self._session.remove_output(feed)
            feed.close()                      # a mailbox: closing cannot wait

    # ---- all --------------------------------------------------------------------------------

    def health(self) -> list[dict]:
        """Every output's health (the recorder's included), for reports."""
        outputs = list(self._session.pipeline.outputs)
        if self.caption_feed is not None:
            outputs.append(self.caption_feed)
        return [vars(o.health()) for o in outputs]

    def close(self) -> None:
        """The session stopped (it has closed its pipeline outputs already): close the rest."""
        feed, self.caption_feed = self.caption_feed, None
        if feed is not None:
            try:
                feed.close()
            except Exception:   # the session's stop goes on whatever one output does
                log.exception("closing the caption feed failed")
        self.rtmp, self.virtual_camera, self.program_feed = [], None, None
