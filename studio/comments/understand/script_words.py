"""The show's own words for each product beyond its name: the segment's script lines, their approved
translations and the product notes (not the offer: "free gift wrap tonight" is about the shop).

A Chinese host's script says "逗猫棒" and "豆腐砂" where the catalog says "Feather Wand Cat Toy"
and "Tofu Cat Litter"; a translated line gives the Thai or Spanish word. A term names a product
only when it is in that product's texts and no other's, and is not everyday chat: terms found
in many of the labeled comments (assets/comments/labeled: "今天", "可以", "ship") say nothing
about a product. Words in spaced scripts need four letters; in Chinese or Thai, runs are cut
into 2-4 character pieces (no word segmenter: a piece shared with another product drops out).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from studio.comments.understand.intent_head import labeled_dir
from studio.comments.understand.wordmatch import fold, words_of

COMMON_MIN_COMMENTS = 4       # a term in this many labeled comments is everyday chat, not a product's
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff\uf900-\ufaff]+")
_LATINISH = re.compile(r"[^\W\d_]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# structural and sentence-final particles: no product's name begins or ends with one
ZH_PARTICLES = set("的地得了吗嗎呢吧啊呀哦嘛哈么麼")


def product_texts(show, sku: str) -> list[str]:
    """Everything the show file says about one product, besides its name."""
    product = show.product(sku)
    texts = [product.notes] if product is not None and product.notes else []
    for seg in show.segments:
        if seg.product_sku != sku:
            continue
        for line in seg.lines + seg.b_lines:
            texts.append(line.text)
            texts.extend(line.translations.values())
    return [t for t in texts if t and t.strip()]


def terms_of(text: str) -> set[str]:
    """Spaced words of 4+ letters, and the 2-4 character pieces of Chinese and Thai runs."""
    folded = fold(text)
    out = {w for w in words_of(_UNSPACED.sub(" ", folded)) if len(w) >= 4 and _LATINISH.match(w) and not w.isdigit()}
    for m in _UNSPACED.finditer(folded):
        run = m.group(0)
        out |= {run[i:i + n] for n in (2, 3, 4) for i in range(len(run) - n + 1)}
    return out


@lru_cache(maxsize=1)
def common_terms() -> frozenset[str]:
    """Terms of everyday comments: in COMMON_MIN_COMMENTS or more of the labeled comments."""
    counts: dict[str, int] = {}
    for path in sorted(labeled_dir().glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for term in terms_of(json.loads(line).get("text", "")):
                    counts[term] = counts.get(term, 0) + 1
    return frozenset(t for t, n in counts.items() if n >= COMMON_MIN_COMMENTS)


class ScriptVocabulary:
    """Per product, the terms of its script that no other product's texts or names share."""

    def __init__(self, texts: list[list[str]], names: list[str], shared=lambda term: False):
        """shared(term): True when the term is a kind or colour that several products are ("奶瓶" of
        two bottles said only in one bottle's lines): such a term tells no twin apart."""
        common = common_terms()
        terms = [set().union(*(terms_of(t) for t in group)) if group else set() for group in texts]
        name_terms = [terms_of(n) for n in names]
        self.terms: list[set[str]] = []
        for i, own in enumerate(terms):
            others = set().union(*(t for j, t in enumerate(terms) if j != i),
                                 *(t for j, t in enumerate(name_terms) if j != i))
            self.terms.append({t for t in own - others - common if not shared(t) and not _particle_edge(t)})

    def hits(self, text: str) -> list[set[str]]:
        """For each product, its terms the comment contains (the longest piece of a run wins)."""
        found = terms_of(text)
        return [_longest(own & found) for own in self.terms]


def _particle_edge(term: str) -> bool:
    """A Chinese piece that starts or ends with a particle is no name of a thing: "的宝宝" of
    "大床的宝宝看这里" (the script's "babies with a big bed") named the king sheet for any 宝宝."""
    return term[0] in ZH_PARTICLES or term[-1] in ZH_PARTICLES


def strong(term: str) -> bool:
    """A Chinese or Thai piece of 3+ characters ("逗猫棒", "羊脂膏") names the product by itself;
    a 2-character piece or a spaced word may be the kind every twin shares, said in one segment
    only ("奶瓶" in the 150 ml bottle's lines, "audio" in the earbuds'): it only breaks ties. Thai writes
    vowels and tone marks as characters of their own: 3 of them are less than a syllable ("องใ" of "สองใบ")."""
    return len(term) >= (4 if _THAI.match(term) else 3) and bool(_UNSPACED.fullmatch(term))


def _longest(terms: set[str]) -> set[str]:
    """"逗猫棒" found, its pieces "逗猫" and "猫棒" are one term, not three."""
    return {t for t in terms if not any(t != u and t in u for u in terms)}
