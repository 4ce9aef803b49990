"""The multilingual model's real loading and inference code (CTranslate2 + SentencePiece) on tiny
NLLB- and M2M100-layout models built here: language tokens, the forced target token, no English
pivot, glossary masking around it, the registry entries and the one place codes are mapped."""

from __future__ import annotations

import pytest

from studio.captions.glossary import Glossary, GlossaryTerm
from studio.captions.options import CaptionOptions
from studio.captions.translate.ct2_text import TranslationModelError
from studio.captions.translate.hub import TranslationHub, installed_multilingual_model
from studio.captions.translate.langcodes import (SEED_LANGUAGES, UnsupportedLanguageError, m2m100_token,
                                                 nllb_code)
from studio.captions.translate.multilingual import MultilingualTranslator, model_family
from studio.captions.translate.terms import translate_with_terms
from studio.models import registry

from .tiny_multilingual import multilingual_folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("multi")
    return {"m2m100": multilingual_folder(root / "m2m100-418m", "m2m100"),
            "nllb": multilingual_folder(root / "nllb-200-distilled-600m", "nllb")}


def test_codes_are_mapped_in_one_place():
    assert [nllb_code(c) for c in ("zh", "th", "ar", "ms", "pt-BR", "zh-Hant", "zh-TW")] == \
        ["zho_Hans", "tha_Thai", "arb_Arab", "zsm_Latn", "por_Latn", "zho_Hant", "zho_Hant"]
    assert m2m100_token("id") == "__id__" and m2m100_token("in") == "__id__"
    assert all(nllb_code(c) and m2m100_token(c) for c in SEED_LANGUAGES)
    with pytest.raises(UnsupportedLanguageError, match="known: "):
        nllb_code("xx")


@pytest.mark.parametrize("family", ["m2m100", "nllb"])
def test_any_pair_directly_with_the_target_token_forced(tiny, family):
    translator = MultilingualTranslator(tiny[family])
    assert translator.family == family == model_family(tiny[family])
    source = translator.encode("The red lipstick.", "zh")
    assert source[0] == translator.token("zh") and source[-1] == "</s>"
    for src, tgt in (("zh", "th"), ("th", "zh"), ("es", "pt"), ("id", "ar"), ("vi", "ko")):
        hypotheses = translator.translate_tokens("Red matte lipstick. Order tonight!", src, tgt)
        assert len(hypotheses) == 2                                # one per sentence
        assert all(h[0] == translator.token(tgt) for h in hypotheses)   # forced, never English
    text = translator.translate("Red matte lipstick. Order tonight!", "zh", "th")
    assert text and "__" not in text and "_Thai" not in text and "madeupword" not in text
    assert translator.translate("   ", "en", "es") == ""
    with pytest.raises(UnsupportedLanguageError):
        translator.pair("en", "xx")


def test_glossary_masking_around_the_multilingual_model(tiny):
    translator = MultilingualTranslator(tiny["m2m100"])
    seen = []

    def spy(text: str) -> str:
        seen.append(text)
        return translator.translate(text, "en", "es")

    glossary = Glossary([GlossaryTerm("Velvet Matte"), GlossaryTerm("hyaluronic acid", {"es": "ácido hialurónico"})])
    out = translate_with_terms("Velvet Matte with hyaluronic acid.", "es", glossary, spy)
    assert seen[0] == "ZQX1 with ZQX0."              # the model never sees the terms (longest masked first)
    assert translator.encode(seen[0], "en")[0] == "__en__"
    assert isinstance(out, str)   # random weights: whether terms survive is checked by localize's term check


def test_hub_uses_the_multilingual_model_for_a_pair_without_a_model(tiny):
    statuses = []
    options = CaptionOptions(language="zh", translate_to=["th", "es"],
                             translation_models={"multilingual": tiny["nllb"]})
    hub = TranslationHub(options, None, lambda sev, text: statuses.append((sev, text)))
    out = hub.translate_final("红色口红今晚特价。", "zh", None)
    assert set(out) == {"th", "es"} and all(out.values()) and not statuses


def test_registry_entries_and_installed_lookup(tiny, tmp_path, monkeypatch, setup_models_dir):
    nllb, m2m = registry.spec("nllb-200-distilled-600m"), registry.spec("m2m100-418m")
    assert nllb.licence == "CC-BY-NC-4.0" and "non-commercial" in nllb.description
    assert m2m.licence == "MIT"
    for spec in (nllb, m2m):
        names = {f.name for f in spec.files}
        assert {"model.bin", "config.json", "sentencepiece.bpe.model"} <= names
        assert names & {"shared_vocabulary.json", "shared_vocabulary.txt"}
        assert spec.download_mb and spec.kind == "folder"
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    assert installed_multilingual_model() is None
    from studio.models.install import import_model

    from studio.models.readiness import check_captions

    whisper = str(setup_models_dir / "whisper-base")          # the set-up's multilingual Whisper
    options = CaptionOptions(language="zh", model=whisper, translate_to=["th"])
    assert "No translation model for zh→th" in " ".join(check_captions(options).problems)
    import_model("nllb-200-distilled-600m", tiny["nllb"])        # the converted folder, offline
    assert installed_multilingual_model() == tmp_path / "models" / "nllb-200-distilled-600m"
    assert check_captions(options).translations == ["th"]    # the captions can now translate zh→th


def test_a_folder_that_is_not_multilingual_is_refused(tmp_path):
    (tmp_path / "model.bin").write_bytes(b"x")
    (tmp_path / "shared_vocabulary.json").write_text('["<s>", "hello"]', "utf-8")
    with pytest.raises(TranslationModelError, match="not a multilingual"):
        MultilingualTranslator(tmp_path)
