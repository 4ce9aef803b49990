"""RTMP push against a real nginx-rtmp server on loopback, decoded back with PyAV."""

from __future__ import annotations

import logging
import time

import pytest

from studio.core.events import EventBus
from studio.outputs.base import Output
from studio.outputs.encoding import H264Options
from studio.outputs.events import LinkState, OutputStateChanged
from studio.outputs.rtmp import RtmpOptions, RtmpOutput
from studio.outputs.rtmp_messages import DestinationError, TIKTOK_SIMULCAST_WARNING, check_destinations
from studio.outputs.stream_keys import StreamKeyError, save_stream_key

from .program import Program, analyse, feed
from .rtmp_server import NginxRtmpServer, free_port

KEY = "live_7731_s3cr3tKEY"
SMALL = H264Options(bitrate_kbps=600, fps=15, preset="ultrafast")
# A write that waited on the network would take a whole timeout (>= 0.5 s here); this
# bound only absorbs scheduling noise on a loaded 2-core machine.
MAX_WRITE_S = 0.25


def _options(url: str, **kw) -> RtmpOptions:
    kw.setdefault("stream_key", KEY)
    return RtmpOptions(url=url, video=SMALL, backoff_initial_s=0.3, backoff_max_s=1.0,
                       connect_timeout_s=2.0, io_timeout_s=2.0, **kw)


def _wait_for(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_received_stream_has_the_frames_and_sound_in_sync(rtmp_server):
    program = Program()
    out = RtmpOutput(_options(rtmp_server.url()))
    assert isinstance(out, Output)
    slowest_write_s = feed([out], program, 4.0, start_ns=5_000_000_000)
    health = out.health()
    out.close()
    rtmp_server.stop()

    assert slowest_write_s < MAX_WRITE_S, "write_video/write_audio must never wait for the network"
    assert health.ok and out.state == LinkState.STOPPED
    assert health.extra["bitrate_kbps"] > 0 and health.extra["reconnects"] == 0
    [recording] = rtmp_server.recordings()
    assert recording.name.startswith(KEY)            # the server got the key as the stream name
    got = analyse(recording)
    assert (got.width, got.height, got.video_codec, got.audio_codec) == (320, 240, "h264", "aac")
    assert got.sample_rate_hz == 48_000
    assert len(got.video_times_s) >= 0.9 * 4.0 * program.fps
    assert abs(got.audio_duration_s - got.video_times_s[-1]) < 0.3
    assert len(got.flash_times_s) == len(got.burst_times_s) == 3
    for flash_s, burst_s in zip(got.flash_times_s, got.burst_times_s):
        # Timestamps drive both tracks, so only FLV's whole milliseconds separate them (a frame is 67 ms).
        assert abs(flash_s - burst_s) < 0.015, (got.flash_times_s, got.burst_times_s)
    assert [round(b - got.burst_times_s[0], 2) for b in got.burst_times_s] == [0.0, 1.0, 2.0]


def test_push_recovers_when_the_server_dies_and_comes_back(rtmp_server):
    program = Program(flashes_s=())
    events = EventBus()
    states: list[LinkState] = []
    events.subscribe(OutputStateChanged, lambda e: states.append(e.state))
    out = RtmpOutput(_options(rtmp_server.url()), events=events)
    feed([out], program, 2.0, start_ns=0)
    assert out.state == LinkState.LIVE

    rtmp_server.kill()
    slowest_s = feed([out], program, 1.5, start_ns=0, offset_s=2.0)
    assert out.state == LinkState.RECONNECTING
    assert "127.0.0.1" in out.health().detail and not out.health().ok

    restarted = NginxRtmpServer(rtmp_server.root, port=rtmp_server.port).start()
    offset_s = 3.5
    while out.health().extra["reconnects"] < 1 and offset_s < 15:
        slowest_s = max(slowest_s, feed([out], program, 0.5, start_ns=0, offset_s=offset_s))
        offset_s += 0.5
    feed([out], program, 1.5, start_ns=0, offset_s=offset_s)
    health = out.health()
    out.close()
    restarted.stop()

    assert health.extra["reconnects"] == 1 and out.state == LinkState.STOPPED
    assert health.extra["offline_frames"] > 0         # frames during the outage were counted
    assert slowest_s < MAX_WRITE_S
    assert states[:2] == [LinkState.CONNECTING, LinkState.LIVE] and LinkState.RECONNECTING in states
    first, second = rtmp_server.recordings()
    assert len(analyse(first).video_times_s) >= 25
    resumed = analyse(second)
    assert len(resumed.video_times_s) >= 20 and resumed.audio_codec == "aac"


def test_refused_stream_says_check_the_key_and_never_logs_it(tmp_path, caplog):
    server = NginxRtmpServer(tmp_path / "nginx").start()    # no application "nope" there
    events = EventBus()
    seen: list[str] = []
    events.subscribe(None, lambda e: seen.append(repr(e)))
    caplog.set_level(logging.DEBUG)
    try:
        out = RtmpOutput(_options(server.url("nope")), events=events)
        feed([out], Program(), 2.5, start_ns=0)
        health = out.health()
        out.close()
    finally:
        server.stop()
    assert out.state == LinkState.STOPPED
    assert not health.ok and "refused the stream" in health.detail and "stream key" in health.detail
    assert health.extra["connect_failures"] >= 1 and health.extra["reconnects"] == 0
    assert any("refused" in s for s in seen if "StatusMessage" in s)
    everything = caplog.text + "".join(seen) + repr(out.options) + out.name + repr(health)
    assert KEY not in everything and "<key>" in out.name


def test_unreachable_server_is_named_and_retried():
    port = free_port()          # nothing listens there
    out = RtmpOutput(_options(f"rtmp://127.0.0.1:{port}/live"))
    feed([out], Program(), 1.5, start_ns=0, audio=False)
    health = out.health()
    out.close()
    assert f"Nothing accepts connections at 127.0.0.1:{port}" in health.detail
    assert health.extra["connect_failures"] >= 2             # retried with back-off
    assert health.frames_dropped > 0 and health.frames_written == 0


def test_video_without_a_microphone_still_streams_with_a_silent_track(rtmp_server):
    out = RtmpOutput(_options(rtmp_server.url()))
    feed([out], Program(flashes_s=()), 2.0, start_ns=0, audio=False)
    out.close()
    rtmp_server.stop()
    got = analyse(rtmp_server.recordings()[0])
    assert len(got.video_times_s) >= 25 and got.audio_codec == "aac"
    assert got.audio_duration_s > 1.5 and got.burst_times_s == []


def test_stream_key_comes_from_the_keychain(rtmp_server, memory_keyring):
    save_stream_key("tiktok main", KEY)
    assert KEY not in repr(RtmpOptions(url="rtmp://x/live", stream_key=KEY))
    out = RtmpOutput(_options(rtmp_server.url(), key_name="tiktok main", stream_key=None))
    feed([out], Program(flashes_s=()), 1.0, start_ns=0)
    out.close()
    rtmp_server.stop()
    assert rtmp_server.recordings()[0].name.startswith(KEY)
    with pytest.raises(StreamKeyError, match="No stream key named 'shopee'"):
        RtmpOutput(_options(rtmp_server.url(), key_name="shopee", stream_key=None))


def test_no_keychain_gives_a_clear_message():
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(StreamKeyError, match="No OS keychain"):
            save_stream_key("main", KEY)
    finally:
        keyring.set_keyring(previous)


def test_several_destinations_are_opt_in_with_the_tiktok_warning():
    tiktok = "rtmp://push-rtmp-l11-sg01.tiktokcdn.com/game/stream-123?expire=1"
    youtube = "rtmp://a.rtmp.youtube.com/live2"
    assert check_destinations([tiktok], allow_multiple=False) == []
    with pytest.raises(DestinationError, match="simulcasting"):
        check_destinations([tiktok, youtube], allow_multiple=False)
    [warning] = check_destinations([tiktok, youtube], allow_multiple=True)
    assert warning.startswith("One destination is TikTok.") and TIKTOK_SIMULCAST_WARNING in warning
    with pytest.raises(DestinationError, match="rtmp://"):
        check_destinations(["http://example.com/live"], allow_multiple=False)
    with pytest.raises(DestinationError, match="^The streaming address is empty"):
        check_destinations(["  "], allow_multiple=False)
    assert "stream-123" not in str(check_destinations([youtube, youtube], allow_multiple=True))


def test_a_server_that_never_answers_times_out_without_freezing_the_studio():
    # Accepts TCP (the kernel's backlog) but never speaks RTMP: the case that used to hold
    # the GIL inside FFmpeg's connect and freeze the preview.
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        options = _options(f"rtmp://127.0.0.1:{silent.getsockname()[1]}/live")
        options.connect_timeout_s = options.io_timeout_s = 0.5
        out = RtmpOutput(options)
        slowest_s = feed([out], Program(), 2.0, start_ns=0)
        detail = out.health().detail
        began = time.monotonic()
        out.close()
        close_s = time.monotonic() - began
    finally:
        silent.close()
    assert slowest_s < MAX_WRITE_S and close_s < 2.0
    assert "did not answer in time" in detail


def test_stream_key_command_saves_checks_and_forgets(memory_keyring, monkeypatch, capsys):
    import io

    from studio.cli.main import main

    monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
    assert main(["stream-key", "set", "tiktok-main"]) == 0
    assert memory_keyring.secrets[("LiveHostStudio.stream-key", "tiktok-main")] == KEY
    assert main(["stream-key", "check", "tiktok-main"]) == 0
    assert main(["stream-key", "delete", "tiktok-main"]) == 0
    assert main(["stream-key", "check", "tiktok-main"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["stream-key", "set", "x"]) == 2
    out = capsys.readouterr()
    assert KEY not in out.out + out.err and "stream key is empty" in out.err


def test_a_paused_source_keeps_the_stream(tmp_path):
    # A source that pauses (a camera being switched) must not lose the LIVE.
    server = NginxRtmpServer(tmp_path / "nginx", extra="ping 1s; ping_timeout 1s;").start()
    try:
        out = RtmpOutput(_options(server.url()))
        feed([out], Program(flashes_s=()), 1.5, start_ns=0)
        time.sleep(3.5)
        feed([out], Program(flashes_s=()), 1.0, start_ns=0, offset_s=5.0)
        health = out.health()
        out.close()
    finally:
        server.stop()
    assert health.ok and health.extra["reconnects"] == 0 and health.extra["connect_failures"] == 0
    assert len(server.recordings()) == 1


def test_pings_are_answered_and_server_chunk_sizes_followed():
    """Protocol bytes on a socket pair: the server side speaks raw RTMP chunks."""
    import socket
    import struct

    from studio.outputs.rtmp_client import RtmpLinkLost, RtmpPublisher, RtmpTarget

    ours, theirs = socket.socketpair()
    publisher = RtmpPublisher(RtmpTarget.parse("rtmp://127.0.0.1/live/k"), 1.0, 1.0)
    publisher._sock = ours
    ours.settimeout(1.0)
    theirs.settimeout(2.0)
    set_chunk = bytes([2]) + b"\0\0\0" + (4).to_bytes(3, "big") + bytes([1]) + b"\0" * 4 + struct.pack(">I", 8)
    # A 12-byte ping request split into 8-byte chunks (fmt 0 then fmt 3), as the new chunk size says.
    body = struct.pack(">HI", 6, 123456) + b"\0" * 6
    ping = (bytes([2]) + b"\0\0\0" + len(body).to_bytes(3, "big") + bytes([4]) + b"\0" * 4 + body[:8]
            + bytes([0xC2]) + body[8:])
    theirs.sendall(set_chunk + ping[:9])       # and a message cut mid-header
    publisher.poll()
    theirs.sendall(ping[9:])
    time.sleep(0.05)
    publisher.poll()
    reply = theirs.recv(100)
    assert reply[7] == 4 and reply[12:18] == struct.pack(">HI", 7, 123456)   # PingResponse, same time
    theirs.close()
    time.sleep(0.05)
    with pytest.raises(RtmpLinkLost):
        publisher.poll()
    ours.close()


def test_rtmps_goes_through_tls_with_certificate_checks(rtmp_server, tmp_path, monkeypatch):
    from .tls_proxy import TlsProxy, make_certificate

    cert, key = make_certificate(tmp_path)
    proxy = TlsProxy(cert, key, rtmp_server.port)
    try:
        untrusted = RtmpOutput(_options(f"rtmps://127.0.0.1:{proxy.port}/live"))
        feed([untrusted], Program(flashes_s=()), 1.0, start_ns=0)
        refused_detail = untrusted.health().detail
        untrusted.close()

        monkeypatch.setenv("SSL_CERT_FILE", str(cert))      # the platform's certificate is trusted
        out = RtmpOutput(_options(f"rtmps://127.0.0.1:{proxy.port}/live"))
        feed([out], Program(flashes_s=()), 2.0, start_ns=0)
        health = out.health()
        out.close()
    finally:
        proxy.close()
    rtmp_server.stop()
    assert "secure (RTMPS) connection" in refused_detail and "CERTIFICATE_VERIFY_FAILED" in refused_detail
    assert health.ok and health.extra["connect_failures"] == 0
    [recording] = rtmp_server.recordings()
    assert len(analyse(recording).video_times_s) >= 20


def test_long_shows_use_extended_timestamps_across_chunks():
    """Past 4 h 39 min the timestamp no longer fits 24 bits (RTMP spec 5.3.1.3)."""
    import socket

    from studio.outputs import rtmp_client
    from studio.outputs.rtmp_client import RtmpPublisher, RtmpTarget

    sender_sock, receiver_sock = socket.socketpair()
    target = RtmpTarget.parse("rtmp://127.0.0.1/live/k")
    sender, receiver = RtmpPublisher(target, 1.0, 1.0), RtmpPublisher(target, 1.0, 1.0)
    sender._sock = sender_sock
    receiver._in_chunk_size = rtmp_client.OUT_CHUNK_SIZE
    payload = bytes(range(256)) * 40                      # 10 kB: three chunks
    five_hours_ms = 5 * 3600 * 1000
    sender._send_message(rtmp_client.CSID_VIDEO, rtmp_client.VIDEO, five_hours_ms, 1, payload)
    receiver._in += receiver_sock.recv(1 << 16)
    parsed = None
    while (step := receiver._parse_one_chunk()) is not None:
        if step is not True:
            parsed = step
    assert parsed == (rtmp_client.VIDEO, payload)
    assert receiver._in_states[rtmp_client.CSID_VIDEO].timestamp == five_hours_ms
    sender_sock.close()
    receiver_sock.close()
