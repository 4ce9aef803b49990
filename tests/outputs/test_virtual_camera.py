"""The virtual camera: this machine has no driver, so the no-driver path must be right;
the device path itself needs a real v4l2loopback / OBS driver and is skipped without one."""

from __future__ import annotations

import glob
import time

import numpy as np
import pytest

from studio.core.events import EventBus, StatusMessage
from studio.core.frames import VideoFrame
from studio.outputs.base import Output
from studio.outputs.events import LinkState
from studio.outputs.virtual_camera import (VirtualCameraOptions, VirtualCameraOutput,
                                           driver_install_hint, explain_camera_error)


def _frame(i: int, width: int = 360, height: int = 640) -> VideoFrame:
    return VideoFrame(np.full((height, width, 3), i % 255, np.uint8), i * 33_333_333, i, i * 33_333_333)


def _wait_state(camera: VirtualCameraOutput, state: LinkState, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while camera.state != state and time.monotonic() < deadline:
        time.sleep(0.02)
    assert camera.state == state, camera.health().detail


@pytest.mark.skipif(bool(glob.glob("/dev/video*")), reason="a video device exists here")
def test_without_a_driver_it_says_what_to_install_and_the_show_goes_on():
    events = EventBus()
    said: list[StatusMessage] = []
    events.subscribe(StatusMessage, said.append)
    camera = VirtualCameraOutput(VirtualCameraOptions(fps=30), events)
    assert isinstance(camera, Output)
    camera.write_video(_frame(0))
    _wait_state(camera, LinkState.FAILED)
    slowest_s = 0.0
    for i in range(1, 60):
        began = time.monotonic()
        camera.write_video(_frame(i))
        slowest_s = max(slowest_s, time.monotonic() - began)
    health = camera.health()
    camera.close()
    assert slowest_s < 0.25     # a blocked write would wait for the device; this is scheduling noise
    assert not health.ok and health.frames_written == 0
    assert "v4l2loopback-dkms" in health.detail and "modprobe v4l2loopback" in health.detail
    assert len(said) == 1 and said[0].text == health.detail      # told once, not every retry
    assert camera.state == LinkState.STOPPED


def test_install_hints_name_the_driver_for_each_os():
    assert "OBS Studio 30" in driver_install_hint("win32") and "Virtual Camera" in driver_install_hint("win32")
    assert "camera extension" in driver_install_hint("darwin")
    assert "exclusive_caps=1" in driver_install_hint("linux")


def test_a_busy_obs_camera_explains_one_program_at_a_time():
    text = explain_camera_error("'obs' backend: virtual camera output could not be started", "win32")
    assert "one program at a time" in text
    assert "OBS Studio 30" in explain_camera_error("'obs' backend: OBS Virtual Camera is not installed", "win32")


@pytest.mark.skipif(not glob.glob("/dev/video*"), reason="needs a v4l2loopback device (real hardware path)")
def test_frames_reach_a_real_loopback_device():
    camera = VirtualCameraOutput(VirtualCameraOptions(fps=30))
    for i in range(10):
        camera.write_video(_frame(i))
        time.sleep(0.033)
    _wait_state(camera, LinkState.LIVE)
    camera.close()
    assert camera.health().frames_written > 0 and camera.device


def test_a_broken_camera_library_is_a_failure_not_a_camera_waiting_forever(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyvirtualcam", None)      # import raises ImportError
    camera = VirtualCameraOutput(VirtualCameraOptions(fps=30), EventBus())
    camera.write_video(_frame(0))
    _wait_state(camera, LinkState.FAILED)
    detail = camera.health().detail
    camera.close()
    assert "could not be loaded" in detail and "reinstall" in detail
