"""The program as a webcam: TikTok LIVE Studio, Zoom or a browser picks it like a camera.

pyvirtualcam drives the OBS Virtual Camera driver on Windows and macOS and a
v4l2loopback device on Linux. The camera opens on the first frame at the canvas
size (1080×1920 or 1920×1080) and reopens if the canvas changes. With no driver
the output says exactly what to install, keeps trying quietly, and never holds
up the rest of the studio.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from dataclasses import dataclass

import numpy as np

from studio.core.events import EventBus, Severity, StatusMessage
from studio.core.frames import AudioChunk, VideoFrame
from studio.core.mailbox import LatestMailbox
from studio.outputs.base import OutputHealth
from studio.outputs.events import LinkState, OutputStateChanged

log = logging.getLogger(__name__)

RETRY_S = 10.0      # a driver installed mid-session is picked up without a restart


@dataclass
class VirtualCameraOptions:
    fps: float = 30.0               # the canvas frame rate
    device: str | None = None       # Linux: /dev/videoN; None: the first v4l2loopback device
    backend: str | None = None      # pyvirtualcam backend ("obs", "v4l2loopback", "unitycapture"); None: the OS default


def driver_install_hint(platform: str = sys.platform) -> str:
    """What to install so a virtual camera exists, for the host's OS."""
    if platform.startswith("linux"):
        return ("Install v4l2loopback and load it: `sudo apt install v4l2loopback-dkms`, then "
                "`sudo modprobe v4l2loopback devices=1 exclusive_caps=1 card_label=\"Live Host Studio\"` "
                "(exclusive_caps=1 lets browsers and LIVE apps list it).")
    if platform == "darwin":
        return ("Install OBS Studio 30 or newer, click Start Virtual Camera once and allow the OBS "
                "camera extension in System Settings → General → Login Items & Extensions; then quit OBS.")
    return ("Install OBS Studio 30 or newer (https://obsproject.com): it registers the OBS Virtual "
            "Camera driver. Start and stop its virtual camera once, then quit OBS.")


def explain_camera_error(message: str, platform: str = sys.platform) -> str:
    """One paragraph for the host from pyvirtualcam's RuntimeError text."""
    lowered = message.lower()
    if any(word in lowered for word in ("in use", "busy", "could not be started")):
        # pyvirtualcam's OBS backend says "could not be started" both when another program
        # holds the camera and when the driver was installed but never registered.
        return ("The virtual camera could not be started. The OBS Virtual Camera serves one "
                "program at a time: stop OBS's own virtual camera (or the other program feeding "
                "it) and start again. If OBS was never opened on this computer, open it once and "
                "start and stop its virtual camera to register the driver.")
    return f"No virtual camera driver is available. {driver_install_hint(platform)}"


class VirtualCameraOutput:
    """Sends the composited program to a virtual camera.

    `write_video` is called on the video-pipeline thread and returns at once
    (newest frame wins, drops counted). The thread "virtual-camera" opens the
    device and sends frames. `health()`/`close()` from any thread (close once).
    The camera carries no sound: LIVE apps take the microphone directly.
    """

    def __init__(self, options: VirtualCameraOptions, events: EventBus | None = None) -> None:
        self.options = options
        self.events = events
        self.name = "virtual camera"
        self._mailbox: LatestMailbox[VideoFrame] = LatestMailbox()
        self._state = LinkState.IDLE
        self._detail = "Waiting for the first frame."
        self._device = ""
        self._frames_written = 0
        self._told_host = False
        self._thread = threading.Thread(target=self._run, name="virtual-camera", daemon=True)
        self._thread.start()

    def write_video(self, frame: VideoFrame) -> None:
        self._mailbox.put(frame)

    def write_audio(self, chunk: AudioChunk) -> None:
        """Cameras carry no sound."""

    @property
    def state(self) -> LinkState:
        return self._state

    @property
    def device(self) -> str:
        """The camera's name as platform apps list it ("" until open)."""
        return self._device

    def health(self) -> OutputHealth:
        return OutputHealth(name=self.name, ok=self._state in (LinkState.IDLE, LinkState.LIVE),
                            detail=self._detail, frames_written=self._frames_written,
                            frames_dropped=self._mailbox.dropped_count)

    def close(self) -> None:
        self._mailbox.close()
        self._thread.join(timeout=5)

    def _set_state(self, state: LinkState, detail: str) -> None:
        self._state, self._detail = state, detail
        log.info("virtual camera: %s — %s", state.value, detail)
        if self.events is not None:
            self.events.publish(OutputStateChanged(self.name, state, detail))

    def _open(self, frame: VideoFrame):
        try:
            import pyvirtualcam

            camera = pyvirtualcam.Camera(frame.width, frame.height, self.options.fps,
                                         fmt=pyvirtualcam.PixelFormat.BGR,
                                         device=self.options.device, backend=self.options.backend)
        except ImportError as exc:   # a broken install: FAILED, never "waiting" forever
            self._fail(f"The virtual camera library could not be loaded ({exc}): reinstall Live Host Studio.")
            return None
        except (RuntimeError, KeyError, ValueError) as exc:
            self._fail(explain_camera_error(str(exc)))
            return None
        self._device = camera.device
        self._set_state(LinkState.LIVE, f"Sending {frame.width}×{frame.height} to “{camera.device}”.")
        return camera

    def _fail(self, detail: str) -> None:
        self._set_state(LinkState.FAILED, detail)
        if not self._told_host and self.events is not None:   # once, not every retry
            self.events.publish(StatusMessage(Severity.WARNING, detail, "virtual camera"))
        self._told_host = True

    def _run(self) -> None:
        camera = None
        next_try_s = 0.0
        try:
            while True:
                frame = self._mailbox.get(timeout_s=0.5)
                if frame is None:
                    if self._mailbox.closed:
                        break
                    continue
                if camera is not None and (camera.width, camera.height) != (frame.width, frame.height):
                    camera.close()          # the canvas changed orientation or size
                    camera = None
                if camera is None:
                    if time.monotonic() < next_try_s:
                        continue
                    camera = self._open(frame)
                    if camera is None:
                        next_try_s = time.monotonic() + RETRY_S
                        continue
                try:
                    camera.send(np.ascontiguousarray(frame.image))
                except (RuntimeError, OSError) as exc:   # the device went away: say so, retry later
                    with contextlib.suppress(RuntimeError, OSError):
                        camera.close()
                    camera = None
                    self._fail(f"The virtual camera stopped taking frames ({exc}).")
                    next_try_s = time.monotonic() + RETRY_S
                    continue
                self._frames_written += 1
        finally:
            if camera is not None:
                camera.close()
            self._set_state(LinkState.STOPPED, "Virtual camera stopped.")
