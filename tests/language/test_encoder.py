"""The sentence encoder on real weights: meaning across languages, shape, threads, missing model."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from studio.language import encoder as encoder_module
from studio.language.encoder import EncoderUnavailable, load_encoder
from studio.models import ModelMissingError

# Two claims, each said in four languages, and lines about something else entirely.
CURES = ["This cream cures psoriasis.",
         "这款面霜能治好银屑病。",
         "Esta crema cura la psoriasis.",
         "هذا الكريم يشفي الصدفية."]
SHIPPING = ["Shipping is free for every order today.",
            "今天所有订单都包邮。",
            "Hoy el envío es gratis en todos los pedidos.",
            "الشحن مجاني لجميع الطلبات اليوم."]
UNRELATED = ["My grandmother grew tomatoes in her garden.", "我们八点准时开播，记得来看。"]


def test_vectors_are_float32_rows_of_length_one(encoder):
    vecs = encoder.embed(["hello", "你好", ""], kind="query")
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert encoder.embed([]).shape == (0, 384)
    assert (encoder.model_name, encoder.dim) == ("multilingual-e5-small", 384)


def test_a_claim_in_chinese_spanish_or_arabic_is_nearest_to_its_english_original(encoder):
    # The way the claim checker uses it: labeled English lines vote on lines in other languages.
    anchors = [CURES[0], SHIPPING[0], UNRELATED[0]]
    anchor_vecs = encoder.embed(anchors)
    for claim, lines in ((0, CURES[1:]), (1, SHIPPING[1:])):
        sims = encoder.embed(lines) @ anchor_vecs.T
        for line, row in zip(lines, sims):
            assert int(np.argmax(row)) == claim, (line, row)


def test_translations_are_closer_than_unrelated_lines_in_the_same_language(encoder):
    en, zh = encoder.embed([SHIPPING[0], UNRELATED[0]]), encoder.embed([SHIPPING[1], UNRELATED[1]])
    assert float(en[0] @ zh[0]) > float(en[0] @ zh[1])   # shipping: English vs Chinese, vs Chinese about the live
    assert float(zh[0] @ en[0]) > float(zh[0] @ en[1])   # and the other way round


def test_query_and_passage_prefixes_give_different_vectors(encoder):
    query, passage = encoder.embed(["best price today"], "query"), encoder.embed(["best price today"], "passage")
    assert 0.8 < float(query[0] @ passage[0]) < 0.999
    with pytest.raises(ValueError, match="query"):
        encoder.embed(["x"], kind="document")
    with pytest.raises(TypeError):
        encoder.embed([b"bytes"])


def test_batches_and_single_texts_agree(encoder):
    batch = encoder.embed(CURES)
    singles = np.vstack([encoder.embed([t]) for t in CURES])
    assert np.allclose(batch, singles, atol=1e-5)
    assert np.array_equal(encoder.embed(CURES[0]), encoder.embed([CURES[0]]))


def test_odd_text_gives_a_vector_not_a_crash(encoder):
    odd = ["a\x00b", "\ud800 lone surrogate", "🙂" * 40, "x " * 600]  # NUL, bad UTF-16, emoji, > 512 tokens
    vecs = encoder.embed(odd)
    assert vecs.shape == (4, 384) and np.isfinite(vecs).all()


def test_two_threads_embedding_at_once_get_what_one_thread_gets(encoder):
    texts = [CURES, SHIPPING]
    expected = [encoder.embed(t) for t in texts]
    results: dict[int, list] = {0: [], 1: []}

    def work(k: int) -> None:
        for _ in range(15):
            results[k].append(encoder.embed(texts[k]))

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for k in (0, 1):
        assert len(results[k]) == 15
        assert all(np.allclose(r, expected[k], atol=1e-5) for r in results[k])


def test_missing_model_names_the_folder_and_the_import_command(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "empty"))
    with pytest.raises(EncoderUnavailable) as caught:
        load_encoder()
    message = str(caught.value)
    assert str(tmp_path / "empty") in message
    assert "studio models import multilingual-e5-small PATH" in message
    assert isinstance(caught.value, ModelMissingError)


def test_shared_encoder_is_one_object_for_every_thread(encoder):
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(encoder_module.shared_encoder())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(e is encoder for e in seen)
