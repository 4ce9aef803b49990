"""Fixtures for the output tests: a real nginx-rtmp server on loopback and an
in-memory keychain (this machine has no Secret Service; keyring's own backend API
is what the product calls on every OS)."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest

from .rtmp_server import NginxRtmpServer


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def rtmp_server(tmp_path):
    server = NginxRtmpServer(tmp_path / "nginx").start()
    yield server
    server.stop()
