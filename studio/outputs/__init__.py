"""Where composited frames go: the preview, the MP4 recorder, and later the virtual camera / RTMP."""
