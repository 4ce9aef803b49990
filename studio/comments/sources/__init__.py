"""Live-room event sources, each on its own thread, all behind studio.comments.sources.base.EventSource."""
