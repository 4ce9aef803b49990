"""Twins told apart by a size letter in the name ("tamanho P"), by small and big in the buyers' words, by a Chinese
number before a unit ("两米线"), and hanging earrings from studs (comments round 14)."""

import pytest

from studio.comments.understand.measures import measures_in, without_unit_clash
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

SHOW = """# Collars, Cords and Earrings
markets: BR, MX, SA, EG, PH, CN, MY, VN
language: pt
## Products
| sku | name | price |
|---|---|---|
| COL-P | Coleira Refletiva para Cachorro, tamanho P | 39.90 BRL |
| COL-G | Coleira Refletiva para Cachorro, tamanho G | 49.90 BRL |
| CORD-A | Extensão elétrica 1米 | 20.00 BRL |
| CORD-B | Extensão elétrica 3米 | 30.00 BRL |
| EAR-STUD | Gold Star Stud Earrings | 25.00 BRL |
| EAR-DROP | Gold Star Drop Earrings | 30.00 BRL |
| CLOCK-A | Wall Clock, 20 cm | 40.00 BRL |
| CLOCK-B | Wall Clock, 35 cm | 60.00 BRL |
| WATCH-W | Mesh Watch, women's | 80.00 BRL |
| WATCH-M | Mesh Watch, men's | 80.00 BRL |
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "coats.show.md"
    path.write_text(SHOW, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


def test_a_size_word_before_a_latin_american_letter_is_a_size_in_a_name():
    assert "size:s" in measures_in("Capa de Chuva, tamanho P", names=True)
    assert "size:l" in measures_in("Camiseta talla G", names=True)
    assert not any(x.startswith("size:") for x in measures_in("Capa de Chuva para Cachorro", names=True))


def test_a_chinese_number_before_a_unit_is_a_measure():
    assert {"2", "2m"} <= measures_in("扣1 两米线")
    assert "1m" in measures_in("一米的线可以快充吗")
    assert measures_in("米色的有吗") == set()        # 米色 is beige, not metres


def test_a_pack_count_is_not_a_measure_the_catalog_gives_with_a_unit():
    from studio.comments.understand.measures import pack_counts, unit_values, without_measures
    assert pack_counts("เอาเคสใส 2 ชิ้นค่ะ") == {"2"} and unit_values({"2", "2m", "60"}) == {"2"}
    assert "2" in without_measures("เอาเคสใส 2 ชิ้นค่ะ", {"2", "2m"})       # two cases, not the 2 m cable


def test_a_number_in_another_unit_is_not_the_catalogs():
    assert without_unit_clash({"2", "2kg"}, {"2", "2l"}) == {"2kg"}       # a 2 kg dog, not the 2 L fountain
    assert without_unit_clash({"2", "2l"}, {"2", "2l"}) == {"2", "2l"}
    assert without_unit_clash({"2", "2kg"}, {"2"}) == {"2", "2kg"}        # a bare catalog number stays
    assert without_unit_clash({"6", "6ml"}, {"6", "6mm"}) == {"6", "6ml"}  # "6 มิล", "٦ ملم": ml or mm, one word


@pytest.mark.parametrize("text, sku", [
    ("a coleira P ainda tem?", "COL-P"), ("separa uma G pra mim", "COL-G"),
    ("dos coleiras chicas para mis perritos", "COL-P"), ("la coleira grande es ajustable?", "COL-G"),
    ("两米线还有吗", None), ("三米的还有吗", "CORD-B"), ("一米的多少钱", "CORD-A"),
    ("الستد الذهبي كم سعره", "EAR-STUD"), ("ابي الحلق المتدلي", "EAR-DROP"),
    ("mine yung star na nakalawit po", "EAR-DROP"), ("los aretes de botón, míos!", "EAR-STUD"),
    ("the small clock pls", "CLOCK-A"), ("ana 3ayza etnen men el studs", "EAR-STUD"),
    ("el reloj es para hombre o mujer?", None), ("el reloj de mujer", "WATCH-W"), ("the men's watch", "WATCH-M"), ("the big clock", "CLOCK-B"),
])
def test_twins_in_the_buyers_words(matcher, text, sku):
    assert matcher.match(text) == sku


def test_a_function_word_of_one_name_names_no_product(tmp_path):
    path = tmp_path / "pets.show.md"
    path.write_text("# Pets\nlanguage: pt\n## Products\n| sku | name | price |\n|---|---|---|\n"
                    "| SCR | Arranhador Torre para Gatos | 189.90 BRL |\n| BED | Cama Redonda (até 8 kg) | 119.90 BRL |\n",
                    encoding="utf-8")
    matcher = ProductMatcher(load_show(path), encoder=None)
    assert matcher.match("enviam para Portugal?") is None
    assert matcher.match("meu pedido até agora nada") is None
    assert matcher.match("o arranhador vem montado?") == "SCR"
