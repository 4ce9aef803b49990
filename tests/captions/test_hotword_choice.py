"""Whisper's hotwords during a show: the terms of the segment on air, not the whole glossary."""

from __future__ import annotations

from studio.captions.glossary import Glossary
from studio.captions.hotword_choice import SEGMENT_HOTWORD_TERMS, choose_hotwords
from studio.captions.options import CaptionOptions
from studio.captions.prompting import DecodeContext
from studio.show.model import Line, Product, Segment, Show

GLOSSARY = Glossary.from_text("Niacinamide\nBakuchiol\nSqualane\nGlowLab Serum\nRetinol\nGL-204")


def show() -> Show:
    return Show("Skin night", products=[Product("GL-204", "GlowLab Serum, 30 ml")], segments=[
        Segment("Opening", lines=[Line("Welcome! Tonight: niacinamide and bakuchiol.")]),
        Segment("Serum", product_sku="GL-204", lines=[Line("Two drops at night.")],
                b_lines=[Line("It layers under Squalane.")]),
        Segment("Questions", lines=[Line("Ask us anything.")]),
    ])


def test_the_segment_on_air_gives_its_terms_only():
    assert choose_hotwords(GLOSSARY, show(), 0, "es") == "Niacinamide, Bakuchiol"
    # The product's name and SKU, and terms of the B talk track, count as said in the segment.
    assert choose_hotwords(GLOSSARY, show(), 1, "pt-BR") == "Squalane, GlowLab Serum, GL-204"


def test_languages_measured_better_with_every_term_keep_every_term():
    every = GLOSSARY.hotwords()
    assert choose_hotwords(GLOSSARY, show(), 0, "vi") == every
    assert choose_hotwords(GLOSSARY, show(), 0, "id") == every
    assert choose_hotwords(GLOSSARY, show(), 0, None) == every      # language not detected yet


def test_every_term_without_a_segment_that_names_one():
    every = GLOSSARY.hotwords()
    assert choose_hotwords(GLOSSARY, show(), 2, "en") == every        # no term in that segment
    assert choose_hotwords(GLOSSARY, show(), None, "en") == every
    assert choose_hotwords(GLOSSARY, None, 0, "en") == every          # `studio captions --glossary`: no show
    assert choose_hotwords(GLOSSARY, show(), 9, "en") == every        # an index past the run of show


def test_at_most_the_measured_number_of_terms():
    many = Glossary.from_text("\n".join(f"Term{i:02d}" for i in range(30)))
    text = " ".join(f"term{i:02d}" for i in range(30))
    busy = Show("x", segments=[Segment("All", lines=[Line(text)])])
    assert len(choose_hotwords(many, busy, 0, "en").split(", ")) == SEGMENT_HOTWORD_TERMS


def test_the_decode_request_follows_the_segment():
    context = DecodeContext(CaptionOptions(language="en", glossary=GLOSSARY), show())
    assert context.request(5, False).hotwords == GLOSSARY.hotwords()
    context.segment_index = 0
    assert context.request(5, False, final=True).hotwords == "Niacinamide, Bakuchiol"


def test_the_run_of_show_segment_reaches_the_decode():
    from studio.captions import StreamingCaptioner

    captioner = StreamingCaptioner(CaptionOptions(language="en", glossary=GLOSSARY), show())
    captioner.set_segment(1)
    assert captioner._decode.request(5, False).hotwords == "Squalane, GlowLab Serum, GL-204"


def test_every_term_is_said_in_a_sentence_of_the_language_where_measured_better():
    from studio.captions.hotword_choice import hotword_frame

    # Without a show (`studio captions --glossary`) English and Spanish get the terms in a sentence.
    context = DecodeContext(CaptionOptions(language="es", glossary=GLOSSARY))
    request = context.request(5, False, final=True)
    assert request.hotwords == GLOSSARY.hotwords()
    assert request.hotword_frame.format(request.hotwords).startswith("Hoy hablamos de Niacinamide, Bakuchiol")
    assert hotword_frame(GLOSSARY, None, None, "en-US").format("X") == "Today we talk about X."
    # Indonesian: inside a host's greeting in the language (round 8).
    assert hotword_frame(GLOSSARY, None, None, "id").format("X").startswith("Halo semua, hari ini di live ada X,")
    # Elsewhere (Portuguese, Vietnamese: measured better bare), and for a segment's short list, the bare list.
    for language in ("pt-BR", "pt", "vi", "th"):
        assert hotword_frame(GLOSSARY, None, None, language) == "{}"
    assert hotword_frame(GLOSSARY, show(), 0, "pt") == "{}"
    assert hotword_frame(GLOSSARY, None, None, None) == "{}"
    assert hotword_frame(GLOSSARY, show(), 0, "es") == "{}"
    assert hotword_frame(GLOSSARY, show(), 2, "es") != "{}"        # no term in that segment: every term
