"""Show-file additions for the buyers' side: product aliases, a FAQ with approved answers, B talk-tracks."""

from __future__ import annotations

import pytest

from studio.show.showfile import ShowFormatError, dump_show, parse_show

SHOW = """# Night Market
language: zh
markets: TH, BR

## Products
| sku | name | price | aliases |
|---|---|---|---|
| LIP-RUBY | Velvet Matte Lipstick, Ruby | 19.90 USD | ruby; the red one; labial rojo; son đỏ；红色口红 |
| EAR-PEARL | Pearl Stud Earrings | 24.00 USD | |

## Segment: Ruby (5m)
product: LIP-RUBY
这是红宝石色。
> th: นี่คือสีรูบี้
[Swatch]

### B
三秒上色，今晚只有这个价。
> pt: Cor em três segundos, só hoje por esse preço.

## Segment: Pearls (3m)
product: EAR-PEARL
珍珠耳钉。

## FAQ
### Shipping time
topic: shipping
q: How long does shipping take?
q: ¿Cuánto tarda el envío?
a: 订单两天内发货，五到十天送达。
> en: Orders leave within 2 days; delivery takes 5 to 10 days.
> pt-BR: Os pedidos saem em 2 dias; a entrega leva de 5 a 10 dias.
### Ruby on fair skin
product: LIP-RUBY
q: is ruby too dark for fair skin?
a: 白皮也很好看，薄涂更自然。
"""


def test_aliases_faq_and_b_track_are_read():
    show = parse_show(SHOW)
    assert show.products[0].aliases == ["ruby", "the red one", "labial rojo", "son đỏ", "红色口红"]
    assert show.products[1].aliases == []
    ruby = show.segments[0]
    assert [ln.text for ln in ruby.spoken_lines] == ["这是红宝石色。"]
    assert [ln.text for ln in ruby.spoken_b_lines] == ["三秒上色，今晚只有这个价。"]
    assert ruby.b_lines[0].translations == {"pt": "Cor em três segundos, só hoje por esse preço."}
    assert show.segments[1].b_lines == []
    shipping, fair = show.faq
    assert (shipping.topic, shipping.product_sku, len(shipping.questions)) == ("shipping", None, 2)
    assert fair.product_sku == "LIP-RUBY" and fair.topic == "ruby on fair skin"


def test_faq_answer_in_a_language_uses_only_approved_text():
    shipping, fair = parse_show(SHOW).faq
    assert shipping.answer_in("zh") == "订单两天内发货，五到十天送达。"
    assert shipping.answer_in("en").startswith("Orders leave")
    assert shipping.answer_in("pt").startswith("Os pedidos")      # pt finds the approved pt-BR text
    assert shipping.answer_in("th") is None                       # none approved: never invented
    assert fair.answer_in("en") is None


def test_dump_and_parse_give_back_the_same_show():
    show = parse_show(SHOW)
    assert parse_show(dump_show(show)) == show


def test_old_show_files_still_read(example_show_path):
    from studio.show.showfile import load_show

    show = load_show(example_show_path)
    assert parse_show(dump_show(show)) == show


@pytest.mark.parametrize("bad, words", [
    ("## FAQ\nq: where is it?\n", "'### Title'"),
    ("## FAQ\n### Shipping\nq: how long?\n", "needs at least one 'q:' line and an 'a:' answer"),
    ("## FAQ\n### Shipping\nq: how long?\na: two days\na: three days\n", "one 'a:' per question"),
    ("## FAQ\n### Shipping\n> es: dos días\n", "must follow the 'a:' answer"),
    ("## FAQ\n### Shipping\nproduct: NOPE\nq: x?\na: y\n", "'NOPE', which is not in the products table"),
    ("## FAQ\n### Shipping\nwhere do you ship?\n", "write 'q: question'"),
])
def test_faq_mistakes_name_the_line_and_the_fix(bad, words):
    with pytest.raises(ShowFormatError) as err:
        parse_show("# Show\n\n" + bad)
    assert words in str(err.value)
    assert "show:" in str(err.value)
