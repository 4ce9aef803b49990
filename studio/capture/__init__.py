"""Sources: camera, microphone, video/image files, audio files, test pattern, silence.

Every source has a file-driven twin so rehearsals and tests use the same path as a live:
a video file or test pattern instead of the camera, an audio file or silence instead of
the microphone.
"""
