"""The analyzer's vector arithmetic: one comment's dot products without BLAS threads give what the
BLAS product gives, the intent head decides the same, and a repeated comment is encoded once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.comments.understand import CommentAnalyzer
from studio.comments.understand.intent_head import IntentHead
from studio.comments.understand.vectors import dot_rows
from studio.compliance.semantic import knn_vote
from studio.language.encoder import shared_encoder
from studio.show import load_show

SHOW = Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md"


def test_dot_rows_is_the_matrix_product():
    rng = np.random.default_rng(3)
    matrix = rng.standard_normal((300, 16)).astype(np.float32)
    for queries in (rng.standard_normal((1, 16)), rng.standard_normal((5, 16)), rng.standard_normal((40, 16))):
        queries = queries.astype(np.float32)
        np.testing.assert_allclose(dot_rows(queries, matrix), queries @ matrix.T, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(dot_rows(queries[0], matrix), matrix @ queries[0], rtol=1e-5, atol=1e-5)
    assert dot_rows(queries[0], matrix[:0]).shape == (0,)


def test_the_head_votes_as_the_claim_heads_knn_does():
    head = IntentHead.load()
    vecs = head.example_vecs[[0, 7, 400]] + 0.01
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    want = knn_vote(vecs, head.example_vecs, head.example_class, len(head.classes), head.knn_k)
    from studio.comments.understand.intent_head import predict
    got = predict(vecs, head.weights, head.bias, head.example_vecs, head.example_class, head.knn_k, 1.0)
    np.testing.assert_allclose(got, want, atol=1e-4)


class CountingEncoder:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self):
        self.encoder = shared_encoder()
        self.texts: list[str] = []

    def embed(self, texts, kind="query"):
        self.texts.extend([texts] if isinstance(texts, str) else texts)
        return self.encoder.embed(texts, kind=kind)


def test_a_repeated_comment_is_encoded_once():
    encoder = CountingEncoder()
    analyzer = CommentAnalyzer(load_show(SHOW), host_language="zh", translator=False, encoder=encoder)
    encoder.texts.clear()
    first = analyzer.analyze("quiero el labial rojo")
    again = analyzer.analyze("quiero  el labial rojo")       # the same once cleaned
    assert encoder.texts.count("quiero el labial rojo") == 1
    assert (again.intent, again.sku) == (first.intent, first.sku) == ("buy", "LIP-RUBY")
    with pytest.raises(ValueError):
        analyzer._vector("quiero el labial rojo")[0] = 0.0     # shared between comments: read-only


def test_buy_codes_and_emoji_alone_skip_the_encoder():
    encoder = CountingEncoder()
    analyzer = CommentAnalyzer(load_show(SHOW), host_language="zh", translator=False, encoder=encoder)
    encoder.texts.clear()
    code = analyzer.analyze("CF 2", current_sku="LIP-NUDE")
    hearts = analyzer.analyze("❤️❤️❤️")
    assert (code.intent, code.quantity, code.sku, code.sku_from_segment) == ("buy", 2, "LIP-NUDE", True)
    assert (hearts.intent, hearts.sku) == ("other", None)
    assert encoder.texts == []
    assert analyzer.analyze("CF 2 labial rojo").sku == "LIP-RUBY"       # more than a code: read as usual
    assert encoder.texts == ["CF 2 labial rojo"]
