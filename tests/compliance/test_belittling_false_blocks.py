"""Ordinary host lines the belittling readers (studio/compliance/disparagement.py) once blocked, and the lines those
readers were made for, still caught: "tất cả" is no sock, "Nossa Senhora!" is no print, a viewer thanked by name is
no rival brand, and shame taken back in a slimming pitch ("sem vergonha de usar biquíni") shames nobody."""

import pytest

from studio.compliance.checker import Checker
from studio.compliance.disparagement import named_rival, shames_body


def blocks(market, text, lang=None):
    """Blocks of the belittling readers' categories (other readers, e.g. the semantic head, are not tested here)."""
    found = Checker([market], user_pack=False).check_text(text, lang=lang)
    return [f for f in found if getattr(f.severity, "value", f.severity) == "block"
            and f.category in ("disparagement", "cultural_sensitivity")]


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Tượng Phật gỗ, tất cả đều khắc tay, giá 500k nha cả nhà."),
    ("BR", "pt", "Nossa Senhora, olha essas meias que lindas, gente!"),
    ("BR", "pt", "Jesus, que meias lindas, gente, corre que acaba!"),
    ("US", "en", "Jesus, these socks are soft, grab a pair."),
    ("MX", "es", "gracias Lupita ojo que el vidrio es peligroso si lo tiras al piso"),
    ("ID", "id", "makasih kak Rina yang lama emang gampang rusak kak"),
    ("GB", "en", "ok so for Maria who asked: the clasp snaps shut"),
    ("VN", "vi", "Chị Lan hỏi nha: nồi này cháy đáy không? Không cháy đâu chị"),
    ("BR", "pt", "Com essa cinta a barriga some, sem vergonha de usar biquíni no verão."),
    ("VN", "vi", "Mặc quần gen này bụng gọn hẳn, đi biển không còn xấu hổ nữa."),
])
def test_an_ordinary_host_line_is_not_blocked(market, lang, line):
    assert not blocks(market, line, lang=lang)


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Đôi tất in hình Đức Phật, mang êm chân lắm."),
    ("BR", "pt", "Meias com estampa de Nossa Senhora, super fofas, aproveita."),
    ("BR", "pt", "Tapete com imagem de Jesus na porta de casa, só hoje."),
    ("MY", "en", "Jesus print socks, two pairs for RM19."),
])
def test_a_sacred_print_on_socks_or_a_mat_is_still_blocked(market, lang, line):
    assert blocks(market, line, lang=lang)


@pytest.mark.parametrize("lang, line, rival", [
    ("es", "gracias Lupita ojo que el vidrio es peligroso si lo tiras al piso", False),
    ("id", "makasih kak Rina yang lama emang gampang rusak kak", False),
    ("en", "ok so for Maria who asked: the clasp snaps shut", False),
    ("vi", "Chị Lan hỏi nha: nồi này cháy đáy không? Không cháy đâu chị", False),
    ("vi", "Lọc Sobo là đồ dỏm, cá chết sạch trong một tuần", True),
    ("th", "กรองของ Jebo มันขยะ ปลาตายหมดในอาทิตย์เดียว", True),
])
def test_a_viewer_named_is_no_rival_but_a_brand_run_down_is(lang, line, rival):
    assert named_rival(lang).reads(line) is rival


@pytest.mark.parametrize("line, shamed", [
    ("Com essa cinta a barriga some, sem vergonha de usar biquíni no verão.", False),
    ("Mặc quần gen này bụng gọn hẳn, đi biển không còn xấu hổ nữa.", False),
    ("Tá gordinha assim? Vergonha, hein, sobe nessa bike e para de ser feia.", True),
    ("Mập như vầy ra đường người ta cười cho, mua cái xe đạp tập này đi cho đỡ xấu hổ.", True),
    ("Barriga desse tamanho? Você não tem vergonha de ir à praia assim?", True),
])
def test_shame_taken_back_just_before_it_shames_no_body(line, shamed):
    assert shames_body(line) is shamed
