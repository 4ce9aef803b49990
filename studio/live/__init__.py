"""The live session, assembled once for the window and the CLI alike.

studio.live.session.Session wires sources, the video pipeline, audio consumers and outputs, and
owns the run of show's current segment. It is headless: the front end (studio.cli, studio.ui.app)
creates the Qt application that text on video needs before a session exists.
"""
