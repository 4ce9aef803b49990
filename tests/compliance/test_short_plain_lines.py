"""Short plain host lines are no claim: the regression alone does not flag a line whose nearest labeled examples
say "no claim" (ClaimHead's nearest-example veto), and the head trained with plain short lines (probe_plain21, the
neg21 lines of assets/compliance/semantic/labeled) reads what a cosmetic does to the skin as cosmetic in every
language, while short real claims in the same words still stop. The real-encoder lines below are in no labeled file."""

import numpy as np
import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.semantic import NONE_CLASS, ClaimHead, SemanticUnavailable, shared_classifier
from studio.compliance.policy import CATEGORIES

CLASSES = CATEGORIES + (NONE_CLASS,)
MEDICAL, NONE = CLASSES.index("medical"), CLASSES.index(NONE_CLASS)


def _head(example_classes: list[int]) -> ClaimHead:
    """A 2-d head whose regression reads every vector near (1, 0) as medical at ~0.99; its examples sit at
    (1, 0) with the given classes, and one far medical example."""
    weights = np.zeros((len(CLASSES), 2), dtype=np.float32)
    weights[MEDICAL] = (12.0, 0.0)
    vecs = [(1.0, 0.0)] * len(example_classes) + [(0.0, 1.0)]
    classes = example_classes + [MEDICAL]
    return ClaimHead({
        "classes": np.array(CLASSES), "weights": weights, "bias": np.zeros(len(CLASSES), dtype=np.float32),
        "thresholds": np.full(len(CLASSES), 0.5, dtype=np.float32), "knn_k": np.int32(3),
        "knn_weight": np.float32(0.2), "example_vecs": np.array(vecs, dtype=np.float16),
        "example_class": np.array(classes, dtype=np.int16),
        "example_texts": np.array([f"example {i}" for i in range(len(classes))]),
        "example_langs": np.array(["es"] * len(classes))})


def test_the_regression_alone_does_not_flag_a_line_whose_nearest_examples_say_no_claim():
    line = np.array([[1.0, 0.0]], dtype=np.float32)
    [plain] = _head([NONE, NONE, NONE]).verdicts(line)
    assert plain.category is None and plain.top_category == "medical"    # the score is kept for the producer
    [claim] = _head([MEDICAL, MEDICAL, NONE]).verdicts(line)
    assert claim.category == "medical"


@pytest.fixture(scope="module")
def classifier():
    try:
        return shared_classifier()
    except SemanticUnavailable as exc:
        pytest.skip(f"no sentence encoder here: {exc}")


def stopped(market, text, lang):
    return [f for f in Checker([market], user_pack=False).check_lines(text, lang)
            if f.severity is not RuleSeverity.INFO]


@pytest.mark.parametrize("market, lang, line", [
    ("MX", "es", "Esta crema de coco deja las manos bien suaves."),
    ("AR", "es", "Este acondicionador deja el pelo sedoso y con olor a vainilla."),
    ("BR", "pt", "Esse hidratante deixa a pele sequinha e cheirosa."),
    ("BR", "pt", "O sabonete de argila deixa o rosto limpinho."),
    ("PT", "pt", "O creme de mãos tem manteiga de karité e cheira a amêndoa."),
    ("US", "en", "This body butter smells like mango and sinks in fast."),
    ("ID", "id", "Serum ini teksturnya ringan, cepat meresap di kulit."),
    ("VN", "vi", "Sữa rửa mặt này tạo bọt mịn, rửa xong da mát."),
    ("TH", "th", "โลชั่นตัวนี้กลิ่นหอมอ่อนๆ ทาแล้วไม่เหนียวค่ะ"),
    ("CN", "zh", "这个护手霜是桃子味的，涂完手很滑"),
    ("SA", "ar", "الشامبو هذا ريحته حلوة ويخلي الشعر ناعم"),
    ("FR", "fr", "Ce savon au lait d'ânesse laisse la peau toute douce."),
    ("DE", "de", "Die Handcreme zieht schnell ein und duftet nach Zitrone."),
    ("MY", "ms", "Losyen ni wangi, kulit rasa lembut lepas pakai."),
    ("PH", "tl", "Ang lotion na ito ay mabango at hindi malagkit."),
])
def test_a_short_plain_cosmetics_line_is_not_stopped(classifier, market, lang, line):
    assert not stopped(market, line, lang)


@pytest.mark.parametrize("market, lang, line", [
    ("MX", "es", "Esta crema quita el acné en tres días."),
    ("BR", "pt", "Esse sabonete cura micose, pode largar a pomada."),
    ("CO", "es", "Con este champú se te acaba la caspa para siempre."),
    ("ID", "id", "Krim ini menyembuhkan eksim dalam seminggu."),
])
def test_a_short_cure_in_the_same_words_still_stops(classifier, market, lang, line):
    assert any(f.category == "medical" for f in stopped(market, line, lang))
