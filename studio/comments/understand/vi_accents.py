"""Vietnamese typed without accents, read back with them.

Many Vietnamese buyers type without diacritics ("cu sac 65w gia bao nhieu" for "củ sạc 65w giá bao
nhiêu"). The intent rules, the question words, the product lexicon and the encoder all read the
accented form, so an unaccented comment reaches none of them. Rather than a folded twin of every
rule, the words are given their accents back from the Vietnamese the assets already hold: the
labeled Vietnamese comments and every Vietnamese variant of the word lists (kinds, product words,
complaint, praise and topic words), folded on both sides. A folded word or phrase is restored only
when it stays unambiguous: one accented form holds at least DOMINANT of what folds to it ("may" is
"mấy", "máy" and "may" alike: left as typed, unless a longer phrase decides: "may tinh" -> "máy tính").

distinctive_words(): folded Vietnamese words that no other Latin-script language of the assets
writes, the language identifier's evidence that "nhan dan dien thoai co mau hong ko" is Vietnamese.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

import yaml

from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.wordmatch import SafeLoader

DOMINANT = 0.75         # share of a folded form one accented form must hold to stand for it
MAX_PHRASE = 4          # words in the longest phrase restored at once
# letters only Vietnamese writes among the Latin-script market languages (as in language_id)
VIET_LETTERS = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_IBERIAN = re.compile(r"[ñçãõü]", re.IGNORECASE)     # letters Vietnamese never writes
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)", re.UNICODE)    # a word alone: not the "A" of "A5"
_OTHER_LATIN = ("en", "es", "pt", "id", "ms", "tl")
_YAML_FILES = ("product_words.yaml", "complaint_words.yaml", "praise_words.yaml", "topic_words.yaml")


def fold_vi(text: str) -> str:
    """Accents and tone marks off, "đ" -> "d", lower case: how a buyer types without them."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not "\u0300" <= ch <= "\u036f"))


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def _asset_texts() -> tuple[list[str], list[str], list[str]]:
    """(Vietnamese comments, Vietnamese list variants, texts of the other Latin-script languages)."""
    base = comments_assets_dir()
    comments, others = [], []
    for path in sorted((base / "labeled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("lang") == "vi":
                    comments.append(row["text"])
                elif row.get("lang") in _OTHER_LATIN:
                    others.append(row["text"])
    strings = [s for path in [*(base / name for name in _YAML_FILES), *sorted((base / "kinds").glob("*.yaml"))]
               for s in _strings(yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {})]
    # Vietnamese: a letter only it writes, or accents on syllables all of which Vietnamese writes ("máy tính")
    syllables = {fold_vi(w) for t in comments + [s for s in strings if VIET_LETTERS.search(s)] for w in _words(t)}
    variants = []
    for s in strings:
        words = _words(s)
        marked = fold_vi(s) != s.lower() and not _IBERIAN.search(s)
        vietnamese = VIET_LETTERS.search(s) or (marked and words and all(fold_vi(w) in syllables for w in words))
        (variants if vietnamese else others).append(s)
    return comments, variants, others


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class AccentReader:
    """Built once from the assets; restore() is read-only and thread-safe."""

    def __init__(self, comments: list[str], variants: list[str], others: list[str]):
        counts: dict[str, Counter] = defaultdict(Counter)
        for text in comments:
            for w in _words(text):
                counts[fold_vi(w)][w] += 1
        for v in variants:
            # a list's word counts as the whole variant it is ("đen" black, "đèn" lamp: "den" stays as typed);
            # its phrases decide a word that alone is ambiguous ("may tinh" -> "máy tính")
            words = _words(v)
            if len(words) <= MAX_PHRASE:
                counts[fold_vi(" ".join(words))][" ".join(words)] += 1
            for n in range(2, min(len(words), MAX_PHRASE + 1)):     # its inner phrases: "điện thoại"
                for i in range(len(words) - n + 1):
                    counts[fold_vi(" ".join(words[i:i + n]))][" ".join(words[i:i + n])] += 1
        self.forms: dict[str, str] = {}
        for folded, forms in counts.items():
            form, n = forms.most_common(1)[0]
            if n >= DOMINANT * sum(forms.values()) and form != folded:
                self.forms[folded] = form
        other_words = {fold_vi(w) for t in others for w in _words(t)}
        self.distinctive = frozenset(f for f in self.forms if " " not in f and len(f) >= 3 and f not in other_words)

    def restore(self, text: str) -> str:
        """text with its unaccented Vietnamese words and phrases accented, the longest phrase first;
        digits and everything else stay as written. A buyer who types accents types them all: a comment
        with any is left as written ("sổ bao nhiêu trang": "trang" is a page, not "trắng" white)."""
        if fold_vi(text) != text.lower():
            return text
        spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        out, last, i = [], 0, 0
        while i < len(spans):
            for n in range(min(MAX_PHRASE, len(spans) - i), 0, -1):
                group = spans[i:i + n]
                # a phrase runs over words separated by spaces only, all typed without accents
                if any(text[a[1]:b[0]] != " " for a, b in zip(group, group[1:])):
                    continue
                typed = " ".join(w for _, _, w in group)
                if fold_vi(typed) != typed.lower():
                    continue
                form = self.forms.get(typed.lower())
                if form:
                    out.append(text[last:group[0][0]])
                    out.append(form)
                    last, i = group[-1][1], i + n
                    break
            else:
                i += 1
        out.append(text[last:])
        return "".join(out)


@lru_cache(maxsize=1)
def accent_reader() -> AccentReader:
    return AccentReader(*_asset_texts())


def restore_accents(text: str) -> str:
    return accent_reader().restore(text)


def distinctive_words() -> frozenset[str]:
    return accent_reader().distinctive
