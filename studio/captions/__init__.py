"""Live captions: VAD-gated streaming Whisper, stabilised partials, guards, translation, subtitles.

The API the studio codes against:
- `CaptionOptions`: language, model, device, caption languages, glossary...
- `StreamingCaptioner(options, show, clock, on_status)`: `insert_audio(chunk)`, `process()`,
  `finish()` -> lists of `studio.core.events.CaptionEvent`; runs on the captions thread.
- `caption_file(path, options, show=None, realtime=False)`: the same engine over a file.
- `SubtitleRecorder`: finals -> SRT and WebVTT per language on the recording's timeline.
Heavy imports (faster-whisper, ctranslate2, onnxruntime) happen when a model is loaded.
"""

from studio.captions.engine import CaptionStats, EngineState, StreamingCaptioner
from studio.captions.file_source import caption_file
from studio.captions.glossary import Glossary, GlossaryTerm
from studio.captions.options import CaptionOptions

__all__ = ["CaptionOptions", "CaptionStats", "EngineState", "Glossary", "GlossaryTerm",
           "StreamingCaptioner", "caption_file"]
