"""The live room's events: comments, joins, likes, gifts, viewer counts and purchases.

studio.comments.events (LiveEvent and the one sanitiser), .schema (the relay/replay JSON),
.intake (the bounded queue that never blocks capture), .sources (replay, paste, local relay,
TikTok LIVE), .store (the SQLite log beside the sales database), .worker (the session's
comments thread). Understanding comments lives in studio.comments.understand.
"""
