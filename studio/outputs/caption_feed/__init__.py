"""The OBS caption feed: a token-protected local page with live captions and the ticker."""

from studio.outputs.caption_feed.server import (CaptionFeedError, CaptionFeedOptions,
                                                CaptionFeedServer)

__all__ = ["CaptionFeedError", "CaptionFeedOptions", "CaptionFeedServer"]
