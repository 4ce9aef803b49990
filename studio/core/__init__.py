"""The headless engine: clock, frames, hand-offs, the pipeline and the session.

Nothing in studio.core imports Qt; the window (studio.ui) and the CLI (studio.cli)
both drive a `Session`.
"""
