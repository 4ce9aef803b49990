"""Tests here drive a Session as a front end would: the front end creates the Qt application
(text on video is shaped with QtGui on the pipeline thread), never the session."""

from __future__ import annotations

import pytest

from tests.qt_helpers import qt_app


@pytest.fixture(autouse=True)
def _front_end_qt_application():
    return qt_app()
