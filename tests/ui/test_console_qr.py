"""The producer console's QR code is offered only for an address a phone can open."""

from __future__ import annotations

from studio.ui.console_dialog import qr_pixmap, reachable_from_a_phone


def test_only_a_network_address_gets_a_code(qapp):
    assert reachable_from_a_phone("http://192.168.1.20:8765/?token=abc")
    assert reachable_from_a_phone("http://studio-laptop.local:8765/?token=abc")
    for url in ("http://127.0.0.1:8765/?token=abc", "http://localhost:8765/", "http://[::1]:8765/", "", None):
        assert not reachable_from_a_phone(url), url
    assert qr_pixmap("http://192.168.1.20:8765/?token=abc").width() >= 150
