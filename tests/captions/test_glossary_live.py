"""The glossary file reaches live captions: `studio run --glossary` -> LiveOptions -> the terms as
Whisper hotwords and the correction of finals (which the claim checker and the feed read); three
caption languages at once reach the session's caption bar."""

from __future__ import annotations

import argparse

import pytest

from studio.captions.prompting import DecodeContext
from studio.cli.run_cmd import register
from studio.cli.run_options import live_options
from studio.show import load_show

TERMS = "Niacinamide\nCentella Asiatica = es: centella asiática\n"


def _run_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["run", "--video", "pattern", "--duration", "1", *argv])


def test_studio_run_glossary_reaches_the_live_captions(tmp_path, example_show_path):
    glossary = tmp_path / "terms.txt"
    glossary.write_text(TERMS, "utf-8")
    show = load_show(example_show_path)
    options = live_options(_run_args("--captions", "es", "--translate", "en,pt,id",
                                     "--glossary", str(glossary)), show).captions
    terms = [t.term for t in options.glossary.terms]
    assert terms[:2] == ["Niacinamide", "Centella Asiatica"]
    assert show.products[0].sku in terms                  # the catalog's names are still there
    assert options.translate_to == ["en", "pt", "id"] and options.shown_on_bar == ("en", "pt", "id")
    decode = DecodeContext(options, show)
    assert "Niacinamide" in decode.request(5, False, final=True).hotwords
    # What the engine does with each final before it is published (bar, feed, claim check).
    assert (decode.final_text("Este sérum tiene niasinamida y centela asiática.", "es")
            == "Este sérum tiene Niacinamide y Centella Asiatica.")


def test_an_unreadable_glossary_is_one_clear_message(tmp_path, capsys):
    from studio.cli.main import main as studio_main

    code = studio_main(["run", "--video", "pattern", "--duration", "1", "--captions", "en",
                        "--glossary", str(tmp_path / "missing.txt")])
    assert code == 2 and "missing.txt: cannot read it" in capsys.readouterr().err


def test_three_caption_languages_reach_the_caption_bar(monkeypatch):
    from studio.captions.options import CaptionOptions
    from studio.live.assembly import build_session
    from studio.live.options import LiveOptions, TryOnMode
    from studio.live.session import SessionConfig, VideoSourceConfig

    pattern = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10, duration_s=5))
    session = build_session(LiveOptions(session=pattern, tryon=TryOnMode.OFF,
                                        captions=CaptionOptions(language="en", model="tiny.en",
                                                                translate_to=["es", "pt", "id"])))
    captions = session.captions
    if captions.start():
        pytest.fail(f"captions cannot start: {captions.snapshot().problems}")
    try:
        assert captions.bar.style.translations == ("es", "pt", "id")
        captions.set_options(CaptionOptions(language="en", model="tiny.en", translate_to=["es", "pt", "id", "vi"],
                                            bar_languages=["vi", "es"]))
        assert captions.bar.style.translations == ("vi", "es")
    finally:
        captions.stop()
