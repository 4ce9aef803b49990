"""`studio captions AUDIO`: live captions (and translations) over an audio file, as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "captions", help="caption an audio file with the live streaming engine (JSON lines, SRT, WebVTT)",
        description="Runs the same streaming caption engine as the live microphone over a file. "
                    "Prints one JSON object per caption event: kind (partial|final), start/end "
                    "(audio time, s), emitted (session time the event came out), text, lang, "
                    "translations. With --realtime the audio is fed at 1x, so emitted - end is the "
                    "caption latency a host would see.")
    p.add_argument("audio", type=Path, help="audio or video file (wav, mp3, m4a, mp4...)")
    p.add_argument("--lang", default="auto", help="spoken language (Whisper code: en, zh, es...) or auto")
    p.add_argument("--translate", default="", metavar="LANGS",
                   help="caption languages to translate into, comma-separated (e.g. en,es or zh-Hant)")
    p.add_argument("--model", default="base",
                   help="Whisper model: tiny, tiny.en, base, small, medium, large-v3, turbo, or a model folder")
    p.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    p.add_argument("--jsonl", type=Path, help="write the events here (default: standard output)")
    p.add_argument("--srt", type=Path, help="write finals as SRT (translations beside it as NAME.<lang>.srt)")
    p.add_argument("--vtt", type=Path, help="write finals as WebVTT (translations as NAME.<lang>.vtt)")
    p.add_argument("--show", type=Path, help="run of show: approved translations and catalog terms")
    p.add_argument("--glossary", type=Path, help="glossary file (terms to hear right and keep in translation)")
    p.add_argument("--chinese-script", choices=("zh-Hans", "zh-Hant"),
                   help="script for Chinese captions (default: from the show's markets, else Simplified)")
    p.add_argument("--translation-model", action="append", default=[], metavar="SRC-TGT=PATH",
                   help="a CTranslate2 OPUS-MT folder or Argos .argosmodel for a pair, e.g. zh-en=./zh_en.argosmodel")
    p.add_argument("--realtime", action="store_true", help="feed the audio at 1x speed (measures real latency)")
    p.set_defaults(func=run)


def build_options(args: argparse.Namespace):
    from studio.captions.options import CaptionOptions
    from studio.cli.main import UserError
    from studio.cli.run_options import glossary_file

    translation_models = {}
    for item in args.translation_model:
        pair, sep, path = item.partition("=")
        if not sep or "-" not in pair:
            raise UserError(f"--translation-model wants SRC-TGT=PATH (e.g. zh-en=./model), got '{item}'")
        if not Path(path).exists():
            raise UserError(f"translation model {path} does not exist")
        translation_models[pair.strip()] = Path(path)
    glossary = glossary_file(args.glossary)
    return CaptionOptions(language=args.lang, model=args.model, device=args.device,
                          translate_to=[t.strip() for t in args.translate.split(",") if t.strip()],
                          chinese_script=args.chinese_script, glossary=glossary,
                          translation_models=translation_models,
                          shed_load=args.realtime)   # offline runs spend what quality needs


def run(args: argparse.Namespace) -> int:
    from studio.captions.asr import CaptionModelError
    from studio.captions.file_source import caption_file
    from studio.captions.glossary import Glossary
    from studio.captions.subtitles import SubtitleRecorder, to_srt, to_webvtt
    from studio.capture.base import SourceError
    from studio.cli.main import UserError

    if not args.audio.is_file():
        raise UserError(f"audio file not found: {args.audio}")
    options = build_options(args)
    show = None
    if args.show:
        from studio.show.showfile import load_show

        show = load_show(args.show)
        options.glossary = options.glossary.merged(Glossary.from_show(show))
    from studio.models.readiness import check_captions

    readiness = check_captions(options, show)
    if not readiness.can_caption:
        raise UserError(" ".join(readiness.problems))
    for text in readiness.problems:   # a translation asked for that cannot run: say it, caption anyway
        print(f"studio captions: {text}", file=sys.stderr, flush=True)
    subtitles = SubtitleRecorder()
    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else sys.stdout
    engines: list = []
    spoken = None

    def status(message) -> None:
        print(f"captions: {message.text}", file=sys.stderr, flush=True)

    try:
        for event in caption_file(args.audio, options, show=show, realtime=args.realtime,
                                  on_status=status, engine_out=engines):
            out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            out.flush()
            subtitles.add(event)
            if event.kind == "final" and event.text:
                spoken = spoken or event.lang
    except (CaptionModelError, SourceError) as exc:
        raise UserError(str(exc)) from None
    finally:
        if out is not sys.stdout:
            out.close()
    for target, render, ext in ((args.srt, to_srt, ".srt"), (args.vtt, None, ".vtt")):
        if target is None:
            continue
        for lang in subtitles.languages() or [spoken or options.language]:
            cues = subtitles.cues(lang)
            path = target if lang == spoken else target.with_name(f"{target.stem}.{lang}{ext}")
            path.write_text(render(cues) if render else to_webvtt(cues, lang), "utf-8")
    if engines:
        s = engines[0].stats()
        print(f"captions: {s.finals} finals, {s.partials} partials over {s.audio_s:.1f} s of audio; "
              f"model {s.model}, real-time factor {s.rtf:.2f}, load level {s.shed_level.name.lower()}, "
              f"{s.dropped_hallucinations} hallucinated line(s) dropped", file=sys.stderr)
    return 1 if readiness.problems else 0
