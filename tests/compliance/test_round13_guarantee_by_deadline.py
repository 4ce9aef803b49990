"""Round 13: a guarantee word next to a counted deadline or a lasting outcome is a promised result, whatever the
classifier reads (courses, services, new product areas); deliveries, warranties and exchanges are services.
Thai guarantee words are read inside unspaced text."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.model import TextRole
from studio.compliance.normalize import normalize
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.worded_guarantee import apply_worded_guarantee, promises_by_deadline
from studio.compliance.context_facts import _guarantee_words


def _found(market, lang, line, verdict=None):
    policies = Checker([market], user_pack=False, semantic=False)._category_policies
    return {f.category for f in apply_worded_guarantee([], line, 0, policies, lang, TextRole.TEXT, verdict)}


@pytest.mark.parametrize("market, lang, line", [
    ("CA", "en", "Learn to play the ukulele in 10 days with this course, guaranteed."),
    ("AR", "es", "Con este curso hablás francés en 60 días, garantizado."),
    ("BR", "pt", "Com esse curso você toca violão em 30 dias, garantido."),
    ("ID", "id", "Jasa anti rayap, dijamin bebas rayap selamanya!"),
    ("TH", "th", "รับประกันค่าน้ำลดลง 20% ทุกเดือนแน่นอน"),
    ("HK", "zh", "用足21日，包你皮膚白一度！"),
    ("EG", "ar", "الكورس ده هتتكلم انجليزي خلال 30 يوم، مضمون."),
])
def test_a_result_guaranteed_by_a_deadline_is_found_without_the_classifier(market, lang, line):
    assert "guaranteed_results" in _found(market, lang, line)


@pytest.mark.parametrize("market, lang, line", [
    ("US", "en", "Guaranteed delivery in 3 days."),
    ("MY", "ms", "Dijamin sampai dalam 3 hari."),
    ("ID", "id", "Garansi resmi 1 tahun, dijamin ori."),
    ("ID", "id", "Pasti dikirim dalam 2 hari ya kak."),
    ("US", "en", "Free returns within 30 days, guaranteed."),
    ("US", "en", "Learn to read music in 7 days with this course."),
    ("ES", "es", "Garantía de 2 años en 30 días te llega el repuesto."),
])
def test_services_warranties_and_lines_without_a_promise_are_no_finding(market, lang, line):
    assert "guaranteed_results" not in _found(market, lang, line)


def test_a_flagged_verdict_of_another_category_keeps_the_line_to_it():
    verdict = ClaimVerdict("medical", 0.9, "medical")
    assert "guaranteed_results" not in _found("US", "en", "Cures your cough in 3 days, guaranteed.", verdict)


def test_thai_guarantee_words_are_read_inside_running_text():
    assert _guarantee_words().search(normalize("วอยเชอร์ล้างแอร์ รับประกันค่าไฟลดลง").text)
    assert promises_by_deadline(normalize("รับประกันผิวขาวใน 7 วัน").text)
