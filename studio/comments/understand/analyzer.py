"""CommentAnalyzer: what one buyer's comment says, for the inbox, the CLI and the sales log.

    analyzer = CommentAnalyzer(show, host_language="zh", translator=None)
    u = analyzer.analyze("quero 2 batom vermelho", lang_hint=None, current_sku=None)
    u.lang, u.intent, u.sku, u.quantity, u.translation, u.reply, u.group
    analyzer.groups()          # question groups, largest first

One encoder call per comment (~6-15 ms); everything else is rules, word lists and small
matrix products. analyze() is thread-safe and meant for a worker thread: the encoder, the
translator and the groups each hold their own lock.

current_sku (the product of the segment on air) is used only for a buy or a question that
names no product: "CF 2" or "how much?" during the Ruby segment is about Ruby. A comment
that names a product keeps it, and praise, complaints and chatter get no product from it.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from studio.comments.understand.faq import FaqMatcher, Reply
from studio.comments.understand.groups import QuestionGroup, QuestionGroups
from studio.comments.understand.intent_head import HeadMissing, IntentHead
from studio.comments.understand.intent_rules import LAUGH_AT_HOST, NO_LETTERS, apply_rules
from studio.comments.understand.language_id import UNDETERMINED, LanguageIdentifier
from studio.comments.understand.market import infer_market
from studio.comments.understand.products import ProductMatcher
from studio.comments.understand.room_and_orders import SHOP_PLUG
from studio.comments.understand.quantity import is_buy_code, quantity
from studio.comments.understand.told_complaints import NO_REPLY, NOT_ARRIVED
from studio.comments.understand.translate import HubTranslator, Translate
from studio.comments.understand.vi_accents import restore_accents

log = logging.getLogger(__name__)

MAX_COMMENT_CHARS = 500
# a live room repeats itself ("+1", "CF 2", "precio?", the same question pasted): their vectors are kept
VECTOR_CACHE_COMMENTS = 2048


@dataclass(frozen=True)
class Understanding:
    text: str                       # the comment as analysed (control characters removed, capped)
    lang: str                       # ISO 639-1, or "und" when the comment has no language ("+1")
    intent: str                     # question | buy | complaint | praise | other
    intent_score: float
    sku: str | None
    sku_from_segment: bool          # True: the comment named no product, current_sku stood in
    quantity: int | None            # buys only, when stated
    translation: str | None         # into the host's language; None when same language or no model
    reply: str | None               # approved FAQ answer in the buyer's language, claim-checked
    reply_withheld: str | None      # why an approved answer was held back
    faq_topic: str | None
    group: str                      # stable key: "faq:shipping", "q:LIP-RUBY:1a2b3c4d", "buy:LIP-RUBY"
    market: str | None = None       # the buyer's market when the comment says it (a country, or a language
                                    # only one of the show's markets speaks); None: unknown
    reply_checked_for: tuple[str, ...] = ()   # the markets the reply's claim check covered


def clean_text(text: str) -> str:
    """Untrusted viewer text: control characters out (newlines become spaces), length capped."""
    out = "".join(" " if ch in "\r\n\t" else ch for ch in str(text)
                  if ch in "\r\n\t" or unicodedata.category(ch) != "Cc")
    return " ".join(out.split())[:MAX_COMMENT_CHARS]


def markets_checker(show):
    """The claim checker for the show's markets, or None when no market is set (said once)."""
    if not show.markets:
        log.warning("show has no markets: FAQ replies are not claim-checked")
        return None
    from studio.compliance.checker import Checker

    return Checker(show.markets)


class CommentAnalyzer:
    def __init__(self, show, host_language: str = "en", translator: Translate | None | bool = None,
                 encoder=None, checker=None):
        """translator: a callable (text, source, target) -> str | None; None: the installed caption
        translation models; False: no translation. encoder: the shared e5 encoder by default
        (raises studio.language.encoder.EncoderUnavailable when the model is not installed)."""
        if encoder is None:
            from studio.language.encoder import shared_encoder

            encoder = shared_encoder()
        self.show = show
        self.host_language = host_language.split("-")[0].lower()
        self.encoder = encoder
        self.head = IntentHead.load()
        self.language = LanguageIdentifier(markets=show.markets)
        self.products = ProductMatcher(show, encoder)
        self.faq = FaqMatcher(show, encoder, checker if checker is not None else markets_checker(show))
        self.translator = HubTranslator(show) if translator is None else (translator or None)
        self._groups = QuestionGroups()
        self._vector = lru_cache(maxsize=VECTOR_CACHE_COMMENTS)(self._embed)

    def analyze(self, text: str, lang_hint: str | None = None, current_sku: str | None = None) -> Understanding:
        clean = clean_text(text)
        if not clean:
            return Understanding("", lang_hint or UNDETERMINED, "other", 1.0, None, False, None, None, None, None,
                                 None, "other")
        lang = self.language.identify(clean, lang_hint, room=True)
        # Vietnamese typed without accents is read with them: rules, word lists and the encoder know that form
        text = restore_accents(clean) if lang == "vi" else clean
        if is_buy_code(text) or NO_LETTERS.match(text):
            # "+1", "CF 2", "❤️❤️": the rules decide, and no product or answer is read from a code,
            # so the encoder (most of a comment's time) is not asked
            vec = None
            intent, score = apply_rules(text, lang, "other", 1.0)
        else:
            vec = self._vector(text)
            intent, score = apply_rules(text, lang, *self.head.intents(vec[None, :])[0])
        # laughing at the host ("lmaooo host eating chips mid sentence") is about the host, not the chips on sale;
        # another seller's plug ("sigam @lojinha pra roupinhas de bebê") names their goods, not the show's
        # and "nobody answers the chat" or "the order has not come" names a product by its words only, never by the
        # encoder's guess
        sku = None if intent == "other" and (LAUGH_AT_HOST.search(text) or SHOP_PLUG.search(text)) else self.products.match(
            text, vec, words_only=intent == "other" or bool(NO_REPLY.search(text) or NOT_ARRIVED.search(text)))
        topics = self.faq.topics.find(text) if intent == "question" else set()
        hit = self.faq.match(vec, sku, topics) if intent == "question" else None
        from_segment = False
        # a shop-wide question (shipping, returns) is about no product, whatever is on air
        shop_wide = hit is not None and hit.product_sku is None
        if (sku is None and current_sku and intent in ("buy", "question") and not shop_wide
                and self.show.product(current_sku)):
            sku, from_segment = current_sku, True
            if hit is None and intent == "question":
                hit = self.faq.match(vec, sku, topics)
        market = infer_market(text, lang, self.show.markets or [])
        qty = quantity(text, self.products.catalog_numbers) if intent == "buy" else None
        reply, topic = Reply(None), None
        if intent == "question":
            if hit is not None:
                topic = hit.topic
                reply = self.faq.reply(hit, lang, market)
                group = self._groups.add(text, lang, sku, vec, hit.topic, hit.product_sku, reply=reply.text)
            else:
                group = self._groups.add(text, lang, sku, vec, topic=min(topics) if topics else None)
        else:
            group = f"{intent}:{sku}" if sku else intent
        return Understanding(clean, lang, intent, score, sku, from_segment, qty, self._translate(text, lang),
                             reply.text, reply.withheld, topic, group, market, reply.checked_for)

    def _embed(self, text: str) -> np.ndarray:
        vec = np.asarray(self.encoder.embed([text], kind="query")[0], dtype=np.float32)
        vec.flags.writeable = False     # shared by every comment of the same text
        return vec

    def groups(self) -> list[QuestionGroup]:
        return self._groups.snapshot()

    def _translate(self, text: str, lang: str) -> str | None:
        if not self.translator or lang in (UNDETERMINED, self.host_language) or not text:
            return None
        return self.translator(text, lang, self.host_language)


__all__ = ["CommentAnalyzer", "Understanding", "HeadMissing"]
