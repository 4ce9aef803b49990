import pytest

from studio.show import LineKind, Money, ShowFormatError, dump_show, load_show, parse_show
from studio.show.showfile import parse_duration_s


def test_example_show_loads_into_one_model(example_show_path):
    show = load_show(example_show_path)
    assert show.title == "Autumn Lip Launch"
    assert show.markets == ["US", "DE"]
    assert show.target == Money(500000, "USD")
    assert [p.sku for p in show.products] == ["LIP-RUBY", "LIP-NUDE", "EYE-AVI", "EAR-HOOP"]
    ruby = show.segments[1]
    assert ruby.product_sku == "LIP-RUBY" and ruby.duration_s == 300 and ruby.offer_duration_s == 600
    assert show.segment_product(1).look == "lipstick:ruby-matte"
    kinds = [line.kind for line in ruby.lines]
    assert kinds == [LineKind.SPOKEN, LineKind.CUE, LineKind.SPOKEN, LineKind.SPOKEN]
    assert ruby.lines[0].translations["es"].startswith("Este es Ruby")
    assert ruby.lines[0].source_line_no is not None


def test_dump_and_parse_round_trip(example_show_path):
    show = load_show(example_show_path)
    assert parse_show(dump_show(show)) == show


def test_chinese_show_and_full_width_colons():
    text = """# 秋季口红专场
markets: CN
language: zh
currency: CNY

## Products
| sku | name | price | look |
|---|---|---|---|
| KH-01 | 丝绒哑光口红 | 89 | lipstick:ruby-matte |

## Segment：开场 (1m30s)
product：KH-01
大家好，欢迎来到直播间！
> en: Hi everyone, welcome to the live room!
[举起口红给镜头看]
"""
    show = parse_show(text)
    assert show.products[0].price == Money(8900, "CNY")
    seg = show.segments[0]
    assert seg.title == "开场" and seg.duration_s == 90 and seg.product_sku == "KH-01"
    assert seg.lines[0].translations == {"en": "Hi everyone, welcome to the live room!"}
    assert seg.lines[1].kind is LineKind.CUE


@pytest.mark.parametrize("text, line_no, words", [
    ("# T\n\n## Segment: A (5 minutes)\nhi\n", 3, "not a duration"),
    ("# T\n## Products\n| sku | name | price |\n|---|---|---|\n| A | B | 1.999 USD |\n", 5, "decimal places"),
    ("# T\n## Segment: A\nproduct: NOPE\nhi\n", 2, "not in the products table"),
    ("# T\n## Stuff\n", 2, "unknown section"),
    ("# T\n## Segment: A\n> es: hola\n", 3, "must follow the spoken line"),
    ("# T\nfoo: bar\n", 2, "show settings"),
])
def test_mistakes_name_the_line(text, line_no, words):
    with pytest.raises(ShowFormatError) as err:
        parse_show(text, "x.show.md")
    assert f"x.show.md:{line_no}:" in str(err.value)
    assert words in str(err.value)


def test_missing_show_file_is_a_clear_error(tmp_path):
    with pytest.raises(ShowFormatError, match="no such show file"):
        load_show(tmp_path / "nope.show.md")


def test_money_is_exact_and_knows_minor_units():
    assert Money.parse("19.90", "USD").amount_minor == 1990
    assert Money.parse("1,980", "JPY").amount_minor == 1980
    assert Money.parse("1.250", "KWD").amount_minor == 1250
    assert str(Money.parse("1.5", "KWD")) == "1.500 KWD"
    assert Money.parse("0.1", "USD") + Money.parse("0.2", "USD") == Money.parse("0.3", "USD")
    with pytest.raises(ValueError):
        Money.parse("1.5", "JPY")
    with pytest.raises(ValueError):
        Money.parse("1", "USD") + Money.parse("1", "EUR")


def test_durations():
    assert parse_duration_s("5m") == 300
    assert parse_duration_s("1h30m") == 5400
    assert parse_duration_s("2m30s") == 150
    assert parse_duration_s("45") == 45
