"""Translation through real CTranslate2 + SentencePiece code on tiny models built here."""

from __future__ import annotations

import io
import zipfile

import pytest

from studio.captions.chinese import to_script
from studio.captions.glossary import Glossary, GlossaryTerm
from studio.captions.options import CaptionOptions
from studio.captions.translate.ct2_text import (CT2TextTranslator, TranslationModelError, split_sentences,
                                                unpack_argos)
from studio.captions.translate.hub import TranslationHub
from studio.captions.translate.terms import translate_with_terms
from studio.core.events import Severity

from .tiny_mt import argos_package, opus_mt_folder


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("mt")
    return {"en-es": opus_mt_folder(root / "opus-mt-en-es", "en", "es"),
            "zh-en": argos_package(root / "translate-zh_en-0_1.argosmodel", "zh", "en")}


def test_opus_mt_folder_translates_each_sentence(models):
    translator = CT2TextTranslator(models["en-es"])
    assert translator.layout.source == "en" and translator.layout.target == "es"
    one = translator.translate("The red lipstick is on offer tonight.")
    two = translator.translate("The red lipstick is on offer tonight. Order now!")
    assert one and two.startswith(one) and len(two) > len(one)
    assert translator.translate("   ") == ""


def test_argos_package_is_read_without_argostranslate(models, tmp_path):
    folder = unpack_argos(models["zh-en"], tmp_path / "zh-en")
    assert not (folder / "stanza").exists()
    translator = CT2TextTranslator(folder)
    assert (translator.layout.source, translator.layout.target) == ("zh", "en")
    assert translator.translate("红色口红今晚特价。")


def test_bad_packages_give_clear_messages(tmp_path):
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(TranslationModelError, match="not an Argos"):
        unpack_argos(broken, tmp_path / "out")
    evil = tmp_path / "evil.argosmodel"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("p/metadata.json", '{"from_code": "en", "to_code": "es"}')
        zf.writestr("p/../../escape.txt", "x")
    evil.write_bytes(buf.getvalue())
    with pytest.raises(TranslationModelError, match="unsafe path"):
        unpack_argos(evil, tmp_path / "out")
    assert not (tmp_path / "escape.txt").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(TranslationModelError, match="no CTranslate2 translation model"):
        CT2TextTranslator(tmp_path / "empty")
    (tmp_path / "damaged").mkdir()
    (tmp_path / "damaged" / "model.bin").write_bytes(b"garbage")
    (tmp_path / "damaged" / "sentencepiece.model").write_bytes(b"garbage")
    with pytest.raises(TranslationModelError, match="could not be loaded"):
        CT2TextTranslator(tmp_path / "damaged")


def test_hub_uses_models_and_pivots_through_english(models, tmp_path):
    statuses = []
    options = CaptionOptions(language="zh", translate_to=["en", "es"],
                             translation_models={"zh-en": models["zh-en"], "en-es": models["en-es"]})
    hub = TranslationHub(options, None, lambda sev, text: statuses.append((sev, text)))
    out = hub.translate_final("红色口红今晚特价", "zh", None)
    assert set(out) == {"en", "es"} and all(out.values())
    assert not statuses
    assert (models["zh-en"].parent / (models["zh-en"].name + ".d") / "metadata.json").is_file()


def test_missing_pair_pauses_that_language_once_and_keeps_the_others(models):
    statuses = []
    options = CaptionOptions(language="en", translate_to=["es", "de"], translation_models={"en-es": models["en-es"]})
    hub = TranslationHub(options, None, lambda sev, text: statuses.append((sev, text)))
    for _ in range(3):
        out = hub.translate_final("The red lipstick is on offer tonight.", "en", None)
        assert set(out) == {"es"}
    assert len(statuses) == 1
    severity, text = statuses[0]
    assert severity is Severity.WARNING and "en→de" in text and "'de' captions paused" in text
    # The host installs a model for the pair mid-show: the next options pick it up.
    hub.update_options(CaptionOptions(language="en", translate_to=["es", "de"],
                                      translation_models={"en-es": models["en-es"], "en-de": models["en-es"]}))
    assert set(hub.translate_final("The red lipstick is on offer tonight.", "en", None)) == {"es", "de"}


def test_approved_translation_wins_over_machine_output(models, example_show_path):
    from studio.show.showfile import load_show

    show = load_show(example_show_path)
    options = CaptionOptions(language="en", translate_to=["es"], translation_models={"en-es": models["en-es"]})
    hub = TranslationHub(options, show, lambda *a: None)
    heard = "This is Ruby, a deep red with a soft mat finish."   # as Whisper might hear it
    assert hub.translate_final(heard, "en", None) == {"es": "Este es Ruby, un rojo intenso con acabado mate suave."}
    adlib = hub.translate_final("Let me check the comments from Manila real quick.", "en", None)
    assert adlib["es"] and "Ruby" not in adlib["es"]


def test_chinese_targets_in_the_markets_script():
    hub = TranslationHub(CaptionOptions(language="zh", translate_to=["zh-Hant"]), None, lambda *a: None)
    assert hub.translate_final("广州市房地产中介协会还表示", "zh", None) == {"zh-Hant": "廣州市房地產中介協會還表示"}
    assert to_script("廣州市發地產", "zh-Hans") == "广州市发地产"


def test_glossary_terms_survive_translation():
    glossary = Glossary([GlossaryTerm("Velvet Matte"), GlossaryTerm("hyaluronic acid", {"es": "ácido hialurónico"})])
    seen = []

    def word_by_word(text: str) -> str:   # a stand-in model that translates words and copies codes
        seen.append(text)
        return text.replace("with", "con").replace("Velvet", "Terciopelo")

    out = translate_with_terms("Velvet Matte with hyaluronic acid", "es", glossary, word_by_word)
    assert out == "Velvet Matte con ácido hialurónico"
    assert "Velvet" not in seen[0]

    def mangling(text: str) -> str:   # mangles the placeholders: translated again unmasked, terms fixed after
        return text.lower().replace("zqx", "qq")

    assert translate_with_terms("Velvet Matte with hyaluronic acid", "es", glossary, mangling) == \
        "Velvet Matte with ácido hialurónico"


def test_glossary_file_and_show_terms(example_show_path):
    from studio.show.showfile import load_show

    g = Glossary.from_text("Velvet Matte  # brand\nhyaluronic acid = es: ácido hialurónico; de: Hyaluronsäure\n")
    assert g.terms[1].rendering("es-MX") == "ácido hialurónico" and g.terms[0].rendering("de") == "Velvet Matte"
    show_terms = Glossary.from_show(load_show(example_show_path))
    assert any(t.term == "LIP-RUBY" for t in show_terms.terms)
    assert "Velvet Matte" in g.merged(show_terms).hotwords()


def test_sentence_split_keeps_cjk_and_latin():
    assert split_sentences("Hello there. 你好！再见。OK?") == ["Hello there.", "你好！", "再见。", "OK?"]
