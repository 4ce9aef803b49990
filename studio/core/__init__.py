"""The engine's parts: clock, frames and audio chunks, hand-offs, the compositor, the pipeline, events.

A leaf: studio.core imports no other studio package (tests/test_import_boundary.py holds it), and
nothing in it imports Qt. The session that puts these parts together lives in studio.live.
"""
