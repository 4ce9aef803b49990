"""Proposed and stale translations in the show file: syntax, round trip, and what goes on air."""

from __future__ import annotations

import pytest

from studio.show import dump_show, parse_show
from studio.show.showfile import ShowFormatError
from studio.show.translations import TranslationState, source_hash

LINE = "This is Ruby, our best-selling matte red."
OFFER = "20% off the first 50 orders"
ANSWER = "Orders leave within 2 days."

SHOW = f"""# Ruby
language: en
markets: US

## Products
| sku | name | price |
|---|---|---|
| LIP-RUBY | Velvet Matte Lipstick, Ruby | 19.90 USD |

## Segment: Ruby (5m)
product: LIP-RUBY
offer: {OFFER}
>? es [{source_hash(OFFER)}]: 20% de descuento en los primeros 50 pedidos
offer time: 10m

{LINE}
> es: Este es Ruby, nuestro rojo mate más vendido.
> pt [{source_hash(LINE)}]: Este é o Ruby.
>? th [{source_hash(LINE)}]: นี่คือรูบี้
> id [0badc0]: Ini Ruby, versi lama.
>? vi [0badc0]: Bản nháp cũ.
[Swatch it]

## FAQ
### Shipping
q: How long?
a: {ANSWER}
>? es [{source_hash(ANSWER)}]: Los pedidos salen en 2 días.
> pt [0badc0]: Resposta antiga.
"""


def test_states_are_read_from_the_file():
    show = parse_show(SHOW)
    slot = show.segments[0].lines[0].slot()
    assert slot.state("es") is TranslationState.APPROVED        # old file syntax: untracked, approved
    assert slot.state("pt") is TranslationState.APPROVED        # hash matches the line
    assert slot.state("th") is TranslationState.PROPOSED
    assert slot.state("id") is TranslationState.STALE           # approved for an older line
    assert slot.state("vi") is TranslationState.STALE           # drafted for an older line
    assert slot.state("ar") is TranslationState.MISSING
    assert show.segments[0].offer_slot().state("es") is TranslationState.PROPOSED
    assert show.segments[0].offer_duration_s == 600
    faq = show.faq[0]
    assert faq.slot().state("es") is TranslationState.PROPOSED and faq.slot().state("pt") is TranslationState.STALE
    # Only approved translations of the text as it stands are "approved" anywhere live.
    assert show.segments[0].lines[0].live_translations() == {
        "es": "Este es Ruby, nuestro rojo mate más vendido.", "pt": "Este é o Ruby."}
    assert faq.answer_in("es") is None and faq.answer_in("pt") is None and faq.answer_in("en") == ANSWER


def test_round_trip_keeps_proposed_stale_and_hashes():
    show = parse_show(SHOW)
    text = dump_show(show)
    again = parse_show(text)
    assert again == show
    assert dump_show(again) == text
    assert f">? th [{source_hash(LINE)}]: นี่คือรูบี้" in text
    assert "> id [0badc0]: Ini Ruby, versi lama." in text
    assert "> es: Este es Ruby" in text                     # untracked stays untracked (old files unchanged)


def test_editing_the_source_makes_its_translations_stale_and_approval_refreshes():
    show = parse_show(SHOW)
    line = show.segments[0].lines[0]
    line.text = "This is Ruby, our new matte red."
    slot = line.slot()
    assert slot.state("pt") is TranslationState.STALE and slot.state("th") is TranslationState.STALE
    assert "pt" not in line.live_translations()
    assert slot.state("es") is TranslationState.APPROVED    # untracked: nothing to compare with
    slot.propose("pt", "Este é o Ruby, nosso novo vermelho.")
    assert slot.state("pt") is TranslationState.PROPOSED   # a fresh draft beside the stale approval
    slot.approve("pt")
    assert slot.state("pt") is TranslationState.APPROVED and "pt" not in line.proposed
    again = parse_show(dump_show(show))
    assert again.segments[0].lines[0].live_translations()["pt"] == "Este é o Ruby, nosso novo vermelho."
    with pytest.raises(KeyError):
        slot.approve("ko")


def test_whitespace_is_not_an_edit_and_a_translation_needs_its_line():
    assert source_hash("Hello  world ") == source_hash("Hello world")
    assert source_hash("Hello world") != source_hash("Hello world!")
    with pytest.raises(ShowFormatError, match="must follow the spoken line"):
        parse_show("# T\n\n## Segment: A\n[cue]\n>? es [abcdef]: hola\n")
