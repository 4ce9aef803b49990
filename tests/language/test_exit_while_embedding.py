"""Closing the studio while a background thread embeds text must not abort the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import require_installed_model

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import threading
    import time
    class SlowTeardown:                  # finalising Qt and the models takes a while in the real window
        def __del__(self):
            time.sleep(2.0)
    keep_until_finalisation = SlowTeardown()
    from studio.language.encoder import shared_encoder
    encoder = shared_encoder()
    started = threading.Event()
    def check_script_forever():          # what the prompter's background script check does
        while True:
            started.set()
            encoder.embed(["Este sérum reduz as rugas em sete dias, garantido, e acalma a pele sensível."] * 48)
    threading.Thread(target=check_script_forever, daemon=True).start()
    started.wait()
    time.sleep(0.05)                     # well inside a forward pass
    print("leaving while the encoder works", flush=True)
""")


@pytest.mark.parametrize("attempt", range(4))
def test_exit_while_a_daemon_thread_embeds(attempt):
    require_installed_model("multilingual-e5-small")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "leaving" in result.stdout
    assert result.returncode == 0, f"exit status {result.returncode}: {result.stderr[-2000:]}"
    assert "terminate called" not in result.stderr
