"""Constructions: word families, gaps, stems, number words and negation in the pack syntax."""

import re

import pytest

from studio.compliance import Checker, PackError
from studio.compliance.matcher import compile_rule, construction_regex
from studio.compliance.packs import parse_rule

FAMILIES = {
    "en": {"cure": ("cure*", "heal", "heals", "get rid of"), "condition": ("acne", "eczema", "hair loss"),
           "negation": ("not", "no", "doesn't", "won't")},
    "zh": {"cure": ("治", "治疗", "根治"), "condition": ("湿疹", "痘痘"), "negation": ("不", "不能")},
    "ar": {"cure": ("يعالج",), "condition": ("اكزيما", "صدفيه"), "negation": ("لا",)},
    "vi": {"cure": ("chữa", "trị"), "condition": ("mụn", "chàm"), "negation": ("không",)},
}


def rule(patterns, negatable=False, fold=False):
    data = {"id": "t.rule", "severity": "block", "explanation": "e", "source": "s", "suggestion": "s",
            "patterns": patterns, "negatable": negatable, "fold_diacritics": fold}
    return parse_rule(data, "test", ("US",), "test", FAMILIES)


def spans(r, text, lang):
    from studio.compliance.normalize import normalize

    norm = normalize(text, r.fold_diacritics)
    return [norm.text[s:e] for s, e in compile_rule(r)[lang].spans(norm.text)]


def test_family_and_gap_find_unwritten_phrasings():
    r = rule({"en": {"constructions": ["{cure} <gap> {condition}"]}})
    assert spans(r, "It cured my stubborn eczema!", "en") == ["cured my stubborn eczema"]
    assert spans(r, "gets rid of hair loss", "en") == []            # "get rid of" is a phrase, not a stem
    assert spans(r, "heals acne", "en") == ["heals acne"]
    assert spans(r, "it heals, and acne", "en") == []                 # never across a clause
    assert spans(r, "heals the dry patches on your acne", "en") == []   # more than three words apart


def test_gap_width_and_raw_scripts():
    r = rule({"zh": {"constructions": ["{cure}<gap 1>{condition}"]}})
    assert spans(r, "专门治湿疹", "zh") == ["治湿疹"]
    assert spans(r, "根治多年湿疹", "zh") == ["根治多年湿疹"]
    assert spans(r, "治好了三年多的湿疹", "zh") == []                  # more than two characters apart
    with pytest.raises(PackError, match="no word family 'symptom'"):
        rule({"en": {"constructions": ["{cure} {symptom}"]}})


def test_arabic_and_indonesian_family_words_take_clitics():
    r = rule({"ar": {"constructions": ["{cure} <gap> {condition}"]}})
    assert spans(r, "يعالج الصدفية", "ar") == ["يعالج الصدفيه"]
    families = dict(FAMILIES, id={"condition": ("jerawat",), "gone": ("sembuh",)})
    data = {"id": "t.id", "severity": "block", "explanation": "e", "source": "s", "suggestion": "s",
            "patterns": {"id": {"constructions": ["{condition} <gap> {gone}"]}}}
    r = parse_rule(data, "test", ("US",), "test", families)
    assert spans(r, "jerawatnya langsung sembuh", "id") == ["jerawatnya langsung sembuh"]


def test_folded_vietnamese_construction():
    r = rule({"vi": {"constructions": ["{cure} <gap 1> {condition}"]}}, fold=True)
    assert spans(r, "tri mun cuc nhanh", "vi") == ["tri mun"]
    assert spans(r, "trị mụn cực nhanh", "vi") == ["tri mun"]


def test_number_words_and_stems():
    r = rule({"en": ["only <n> left", "sexy*"]})
    assert spans(r, "only three left", "en") == ["only three left"]
    assert spans(r, "only twenty five left", "en") == ["only twenty five left"]
    assert spans(r, "so sexyyy", "en") == ["sexyyy"]
    assert spans(r, "only a few left", "en") == []


def test_negation_shields_a_claim_in_the_same_clause():
    r = rule({"en": {"phrases": ["cures"], "constructions": ["{cure} <gap> {condition}"]},
              "zh": {"constructions": ["{cure}<gap>{condition}"]}}, negatable=True)
    assert spans(r, "it doesn't cure acne", "en") == []
    assert spans(r, "not a cure for acne", "en") == []
    assert spans(r, "no, it cures acne", "en") == ["cures acne"]      # the comma ends the negation
    assert spans(r, "this heals acne", "en") == ["heals acne"]
    assert spans(r, "本品不能治疗湿疹", "zh") == []
    assert spans(r, "三天治好湿疹", "zh") == ["治好湿疹"]
    assert not rule({"en": ["cures"]}).patterns[0].exception_regexes   # only negatable rules


def test_construction_regex_is_plain_regex_text():
    body = construction_regex("{cure} <gap 2> {condition}", "en", False, FAMILIES["en"])
    assert re.fullmatch(body, "heals my acne")


@pytest.mark.parametrize("market, lang, text", [
    ("US", "en", "my psoriasis was gone within a week"),
    ("DE", "en", "hurry, the deal ends in ten minutes"),
    ("DE", "en", "a totally planet-safe formula"),
    ("TIKTOK", "id", "eksimnya langsung sembuh"),
    ("TIKTOK", "th", "ผื่นหายไปเลยค่ะ"),
    ("TIKTOK", "es", "adiós al acné para siempre"),
])
def test_shipped_packs_use_constructions(market, lang, text):
    assert Checker([market], user_pack=False).check_text(text, lang)


@pytest.mark.parametrize("market, lang, text", [
    ("US", "en", "It won't cure acne, but my skin feels less oily"),
    ("DE", "en", "There's no need to hurry, we restock tomorrow"),
    ("TIKTOK", "vi", "Sale kéo dài đến hết năm nay nha"),
    ("TIKTOK", "th", "ขายออนไลน์มาห้าปีแล้วค่ะ"),
    ("TIKTOK", "ar", "ليس علاجا للسكري"),
    ("AE", "en", "Champagne shimmer is a lovely evening shade"),
])
def test_shipped_packs_keep_near_misses_clean(market, lang, text):
    assert not Checker([market], user_pack=False).check_text(text, lang)


def test_vocab_next_to_a_custom_packs_folder_is_used(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (tmp_path / "vocab.yaml").write_text("families:\n  fruit:\n    en: [apple, pear]\n", encoding="utf-8")
    (packs / "p.yaml").write_text(
        "id: p\nmarkets: [US]\nrules:\n  - {id: p.fruit, severity: warn, explanation: e, source: s, suggestion: s,\n"
        "     patterns: {en: {constructions: ['eat {fruit}']}}}\n", encoding="utf-8")
    checker = Checker(["US"], packs_dir=packs, user_pack=False)
    assert [f.matched for f in checker.check_text("Eat pear daily", "en")] == ["Eat pear"]
