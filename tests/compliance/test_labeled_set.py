"""The labeled set: coverage of languages and markets, and precision/recall floors per language.

labeled.jsonl was used while writing the packs (a regression floor; it includes earlier
rounds of held-out paraphrases, the last one the 182-utterance blind set "heldout2" with ids
*-h2-*, folded in after it had been measured once). heldout.jsonl and heldout3.jsonl are NOT
used to tune patterns: their figures are the generalisation estimate (see docs/compliance.md).
"""

from collections import Counter
from pathlib import Path

import pytest

from studio.compliance.evaluate import evaluate, load_labeled
from studio.compliance.packs import load_rules

DATA = Path(__file__).parent / "data"
LANGS = ["zh", "en", "es", "pt", "id", "vi", "th", "ar"]


@pytest.fixture(scope="module")
def rules():
    return load_rules(user_pack=False)


@pytest.fixture(scope="module")
def labeled():
    return load_labeled(DATA / "labeled.jsonl")


def test_labeled_set_covers_languages_markets_and_rules(labeled, rules):
    assert len(labeled) >= 300
    per_lang = Counter(r["lang"] for r in labeled)
    assert all(per_lang[lang] >= 30 for lang in LANGS), per_lang
    assert {"CN", "US", "DE", "ES", "PT", "AE", "SA", "TIKTOK"} <= {r["market"] for r in labeled}
    flagged = sum(r["flag"] for r in labeled)
    assert 0.35 < flagged / len(labeled) < 0.7          # enough clean lines to measure precision
    known = {r.id for r in rules}
    expected = {rid for row in labeled for rid in row["rules"]}
    assert expected <= known
    assert known <= expected, f"rules with no labeled example: {known - expected}"
    assert len({r["text"] for r in labeled}) == len(labeled)


@pytest.mark.parametrize("lang", LANGS)
def test_precision_and_recall_floor_per_language(labeled, rules, lang):
    score = evaluate([r for r in labeled if r["lang"] == lang], rules)[lang]
    # Two Arabic paraphrases are known misses (الروم as rum, innuendo without keywords).
    assert score.precision >= 0.95 and score.recall >= 0.90, "\n".join(score.errors)


def test_heldout_paraphrases_floor(rules):
    rows = load_labeled(DATA / "heldout.jsonl")
    assert len(rows) >= 50
    score = evaluate(rows, rules)["all"]
    # Measured figures are in docs/compliance.md; this floor only stops them getting worse.
    assert score.precision >= 0.9, "\n".join(e for s in evaluate(rows, rules).values() for e in s.errors)
    assert score.recall >= 0.45


def test_heldout3_floor(rules):
    rows = load_labeled(DATA / "heldout3.jsonl")
    assert len(rows) >= 60 and {r["lang"] for r in rows} == set(LANGS)
    score = evaluate(rows, rules)["all"]
    # Measured 0.97 / 0.97 on 2026-11-22 (docs/compliance.md); a floor, not a target to tune to.
    assert score.precision >= 0.9, "\n".join(e for s in evaluate(rows, rules).values() for e in s.errors)
    assert score.recall >= 0.85
