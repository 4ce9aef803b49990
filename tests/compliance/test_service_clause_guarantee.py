"""A warranty, an arrival or a delivery guarantee is a service and covers its own clause only: a result promised in another clause of the same
line is still found ("Garansi resmi 2 tahun, dijamin langsing dalam 7 hari"), by the checker end to end."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.context_facts import _guarantee_words, context_patterns
from studio.compliance.normalize import normalize
from studio.compliance.service_clauses import service_covers_guarantee


def _categories(market, line):
    return {f.category for f in Checker([market], user_pack=False).check_text(line)}


@pytest.mark.parametrize("market, line", [
    ("ID", "Garansi resmi 2 tahun, dijamin langsing dalam 7 hari!"),
    ("US", "2-year warranty, and you're guaranteed to lose 5 kg in 2 weeks."),
    ("MX", "Garantía de 12 meses, y te garantizo que bajas 5 kilos en un mes."),
    ("MX", "Llega en 24 horas, garantizado, y tu piel queda sin manchas en 7 días."),
    ("ID", "Dijamin putih sampai 7 hari."),
])
def test_a_result_promised_next_to_a_warranty_is_found(market, line):
    assert "guaranteed_results" in _categories(market, line)


@pytest.mark.parametrize("market, line", [
    ("ID", "Garansi resmi 1 tahun, dijamin ori."),
    ("BR", "Entrega garantida em 7 dias."),
    ("DE", "Alle generalüberholten Laptops haben 24 Monate Gewährleistung."),
    ("ID", "Dijamin sampai dalam 3 hari ya kak."),
    ("MY", "Pesanan dijamin tiba dengan selamat."),
    ("US", "Guaranteed to arrive within 3 days."),
    ("MX", "Llega garantizado en 48 horas."),
    ("BR", "Chega garantido em 5 dias."),
])
def test_a_guarantee_of_the_service_alone_is_no_finding(market, line):
    assert "guaranteed_results" not in _categories(market, line)


def test_the_service_covers_only_the_clauses_that_name_it():
    service, words = context_patterns().service_guarantee, _guarantee_words()
    assert service_covers_guarantee(normalize("Entrega garantida em 7 dias").text, service, words)
    assert not service_covers_guarantee(normalize("Garansi resmi 2 tahun, dijamin langsing dalam 7 hari").text,
                                        service, words)
    assert not service_covers_guarantee(normalize("dijamin langsing dalam 7 hari").text, service, words)
