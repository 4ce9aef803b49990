"""Face tracking for AR try-on: frames in, smoothed face tracks and anchor geometry out.

Never draws (drawing lives in studio.overlays) and never imports Qt. No face image
or landmark leaves this process or is written to disk.
"""
