"""Product nouns across languages, by concept: a buyer's "xe đẩy", "รถเข็นเด็ก" or "kereta sorong" and a catalog's
"Baby Stroller" or "Carriola" meet at one concept ("noun:stroller").

The lexicon (assets/comments/nouns/: the project's glossary of retail product kinds, CLDR's emoji names, CC-CEDICT's
Chinese words; built by scripts/build_product_nouns.py, licences in ATTRIBUTION.md) is a layer of its own beside the
kinds taxonomy: read exactly (no typos), its own index (a longer noun never hides a kind's shorter hit), and it fills
gaps only: a product the comment already reaches by a kind takes nothing more from it (products.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from studio.comments.understand.catalog_concepts import ACCESSORY, BRACKETED
from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.wordmatch import Lexicon, SafeLoader, fold

NOUN_FILES = ("glossary.yaml", "cldr.yaml", "cedict.yaml")
PREFIX = "noun:"        # apart from the taxonomy's concepts of the same English name
_CJK = re.compile(r"[\u3400-\u9fff]")
# a noun of a catalog's name after these is what the product is for or made of, not what it is: "Afilador de
# cuchillos" is no knife, "Funda para celular" no phone, "Case for iPhone" no phone
_LINK_BEFORE = re.compile(r"(?<![^\W\d_])(?:de|del|da|do|das|dos|para|pra|for|of|untuk|buat|cho|của|ng|sa)\s+$")
# an English noun followed by another noun, or by a word that names what goes with a thing, is that word's modifier:
# "Lash Extension Glue" is glue, "Mouse Pad" a pad, "Baby Bottle Warmer" a warmer ("Lash Extension Clusters" are lashes)
_ACCESSORY_HEAD = re.compile(
    r"\s*(?:case|cases|cover|covers|pad|pads|holder|stand|strap|straps|warmer|rack|mount|organizer|sleeve|protector|clip|"
    r"clips|hook|hooks|mat|mats|cleaner|dispenser|sterilizer|bag|bags|box|storage|accessory|accessories|parts|"
    r"refill|refills|tray|bin|basket|shelf|hanger|lid|lids|charm|sticker|stickers|decal|skin|film)(?![^\W\d_])")
# and a Chinese one followed by such a character: "鼠标垫" is a pad, "手机壳" a case, "奶瓶刷" a brush (not "口红套装", a
# lipstick set, nor "香水包邮", perfume shipped free)
_CJK_ACCESSORY_HEAD = re.compile(r"[垫墊壳殼架夹夾贴貼膜盒袋线線座盖蓋刷链鏈绳繩扣罩]|套(?!装|裝|餐)|包(?!邮|郵|装|裝)")


class NounLexicon(Lexicon):
    """The noun lexicon, with each concept's English words: an English noun another word follows is that word's modifier
    ("Phone Case"), and a compound's last English word names its broader noun ("pruning shears" are scissors)."""

    def __init__(self, concepts: dict[str, list[str]], english: dict[str, set[str]]):
        # a noun inside a longer one is not read ("รถเข็น", a cart, of "รถเข็นเด็ก", a stroller)
        super().__init__(concepts, nested=frozenset(concepts), arabic_word_ends=True)
        self.by_english = {word: frozenset(cs) for word, cs in english.items()}
        self.english = frozenset(english)


@lru_cache(maxsize=1)
def load_nouns() -> NounLexicon:
    """concept -> words in every language, from every noun file (read once per process: read-only after)."""
    concepts: dict[str, list[str]] = {}
    english: dict[str, set[str]] = {}       # each English word and the concepts that list it
    for name in NOUN_FILES:
        path = comments_assets_dir() / "nouns" / name
        if not path.exists():
            continue
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
        for concept, words in (data.get("glossary") or data.get("nouns") or {}).items():
            # the glossary lists words per language; the generated files one list per concept
            flat = [w for ws in words.values() for w in ws or []] if isinstance(words, dict) else words
            concepts.setdefault(PREFIX + str(concept), []).extend(str(w) for w in flat)
            if isinstance(words, dict):
                for w in words.get("en") or []:
                    english.setdefault(fold(str(w)), set()).add(PREFIX + str(concept))
    return NounLexicon(concepts, english)


def with_broader(nouns: set[str]) -> set[str]:
    """A compound noun is its English name's last word too, where that is a noun: "lem bulu mata" (noun:lash glue) is
    glue, and meets "Lash Extension Glue"; "eyebrow pencil" a pencil; "pruning shears" scissors (the noun that lists
    "shears" among its English words)."""
    lexicon = load_nouns()
    out = set(nouns)
    for n in nouns:
        if " " not in n:
            continue
        last = n.rsplit(" ", 1)[1]
        out |= {PREFIX + last} if PREFIX + last in lexicon.concepts else lexicon.by_english.get(last, frozenset())
    return out


def _late(before: str) -> bool:
    """A noun said after the opening words of a name in a language that names the thing first (es pt id ms tl vi th
    ar): what the product does or goes with, not what it is ("เซ็นเซอร์ประตู ... แจ้งเตือนเข้ามือถือ" is no phone); a
    brand or a word or two may open the name ("Pigeon Bình sữa"), and a list after a colon starts anew ("Kit de
    seguridad: candado en U y luces"); Thai, written without spaces, by its letters."""
    before = re.split(r"[:：]", before)[-1]
    spaced = len(re.findall(r"[^\W\d_]+", before))
    thai = len(re.findall(r"[\u0e00-\u0e7f]", before))
    return spaced - (1 if thai else 0) > 2 or thai > 12


def _heads(name: str) -> set[str]:
    """The nouns of one name that say what the product is: not one after "de"/"for" ("Afilador de cuchillos"), nor an
    English one another word follows ("Phone Case": a case), nor one that opens inside a noun before it (Arabic names
    the head first: "منظمات حقائب السفر" are organizers, not suitcases; Chinese last: "直发夹板" is a straightener). A set's parts, listed after a colon ("Paket
    Aksesoris Gitar: senar akustik, capo dan tuner", "ชุดเครื่องมือทำสวน: บัวรดน้ำ + กรรไกรตัดกิ่ง"), are each what it is."""
    lexicon = load_nouns()
    folded = fold(name)
    found: set[str] = set()
    spans = lexicon.spans(folded)
    colon = re.search(r"[:：]", folded)
    parts_from = colon.end() if colon else len(folded) + 1
    taken_start, taken_end = -1, -1
    for start, end, concepts in sorted(spans):
        if taken_start < start < taken_end and not _CJK.match(folded[start:end]):
            continue
        # Chinese names the head last: of two nouns that overlap, the later ("直发夹板": 夹板, a straightener, not 发夹)
        if _CJK.match(folded[start:end]) and any(start < s2 < end < e2 for s2, e2, _ in spans):
            continue
        if _LINK_BEFORE.search(folded[:start]):
            continue
        word = folded[start:end]
        if word not in lexicon.english and not _CJK.match(word) and start < parts_from and _late(folded[:start]):
            continue
        after = folded[end:]
        if folded[start:end] in lexicon.english and (_ACCESSORY_HEAD.match(after) or any(
                s2 > end and not folded[end:s2].strip() for s2, _, _ in spans)):
            continue
        if _CJK.match(folded[start:end]) and _CJK_ACCESSORY_HEAD.match(after):
            continue
        found |= concepts
        if end > taken_end:
            taken_start, taken_end = start, end
    return found


def nouns_of_names(names: list[str]) -> set[str]:
    """The nouns a product's names carry, less what comes with it ("Fan with Remote" is no remote)."""
    found: set[str] = set()
    for name in names:
        head = ACCESSORY.split(name, maxsplit=1)[0]
        # a noun in brackets is what the product is used on, when the name has its own ("Topper (for a mattress)")
        outside = BRACKETED.sub(" ", head)
        found |= _heads(outside) or _heads(head) or _heads(name)
    return with_broader(found)


def noun_spans(folded: str, left_out: list[tuple[int, int]] = ()) -> dict[str, list[tuple[int, int]]]:
    """Each noun of a comment with where it was said (a compound's broader noun where the compound was), less those
    said inside left_out (what the product is used with: "bisa buat bulu mata bawah?" of a lash glue)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for start, end, concepts in load_nouns().spans(folded):
        if any(a <= start and end <= b for a, b in left_out):
            continue
        for noun in with_broader(concepts):
            out.setdefault(noun, []).append((start, end))
    return out


def heads_of_nouns(nouns: set[str], heads: frozenset[str]) -> set[str]:
    """The generic heads a product's nouns imply through their English name's last word: a "Bình sữa" (noun:baby
    bottle) is a bottle to a buyer who writes "ขวดเล็ก" (the small bottle), a lunch box a box."""
    return {h for n in nouns if (h := "head:" + n.removeprefix(PREFIX).split()[-1]) in heads}
