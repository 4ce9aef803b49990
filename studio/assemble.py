"""Assembles a session's filters and outputs for a show: one place the window and the CLI share."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from studio.core.session import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeatureOptions:
    price_card: bool = True


def install_default_filters(session: Session, options: FeatureOptions | None = None) -> list[str]:
    """Add the filters this show wants to the session; returns their names in pipeline order."""
    options = options or FeatureOptions()
    names = []
    if options.price_card:
        from studio.overlays.price_card import PriceCardOverlay

        overlay = PriceCardOverlay()
        session.add_overlay(overlay)
        names.append(overlay.name)
    return names
