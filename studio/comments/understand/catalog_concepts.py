"""The concepts of the kinds taxonomy and of a catalog's product names.

load_concepts reads the kinds, colours, traits and flavours of every language (assets/comments/product_words.yaml and
assets/comments/kinds/*.yaml), and the buyers' lexicon of what is no kind (assets/comments/lexicon/*.yaml: generic
heads such as "the machine", "the set", "the oil", and descriptors: scents, materials, shapes, what it is for);
concepts_of_names says which of them a product's names carry. Split out of products.py
(which matches a comment against them) when it reached 400 lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from studio.comments.understand.diminutives import with_diminutives
from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.wordmatch import Lexicon, SafeLoader, words_of

# what comes with a product is not the product: "... with case", "con estuche", "带收纳盒", "Mũ 3/4 có kính" (a visor)
ACCESSORY = re.compile(r"(?<![^\W\d_])(?:with|w/|incl\.?|including|con|com|dengan|kèm|có)(?![^\W\d_])|(?:带|附|送|含|พร้อม)",
                       re.IGNORECASE)
# a pack unit after a count: "x 12 bottles", "30 sachets", "2 pairs"
PACK_UNIT = re.compile(r"(?<![a-z])(?:x\s*)?[0-9]+\s*(?:x\s*)?[a-z]+", re.IGNORECASE)

# what a set holds, listed in brackets: "香水礼盒（玫瑰 30ml + 沉香 30ml）", "Gift Box (Rose + Oud)"
SET_CONTENTS = re.compile(r"[(（]([^()（）]*[+＋、&][^()（）]*)[)）]")
# words in brackets that list no parts: a note on the product ("（铺在床垫上用）", "(for iPhone 15)", "(women's size)")
BRACKETED = re.compile(r"[(（][^()（）+＋、&]*[)）]")

# twin traits of which one rules the other out: "ใบสั้น" is no long wallet, "女款" no men's watch, "vuông" no round tray
OPPOSITE_TRAITS = {"long": "short", "short": "long", "men": "women", "women": "men", "round": "square", "square": "round",
                   "full face": "open face", "open face": "full face", "cabin": "checked", "checked": "cabin"}


@lru_cache(maxsize=4)
def load_concepts(without: frozenset[str] = frozenset()) -> tuple[Lexicon, frozenset[str], dict[str, set[str]]]:
    """Kinds, colours, traits and flavours in every language (product_words.yaml and the kinds taxonomy in
    assets/comments/kinds/*.yaml, merged by concept), which concepts are kinds, and each narrow
    kind's broader ones ("robot vacuum" -> "vacuum"). Read once per process: read-only after.
    without: kinds left out with every narrower kind (benchmarks: a catalog whose area the taxonomy lacks)."""
    base = comments_assets_dir()
    # flavours are traits that tell twins apart ("BBQ" or "Sour Cream" chips) and, like kinds, hide a shorter
    # concept inside them ("cream" of "sour cream" is no face cream)
    # heads ("head:machine", "head:set"): a product picked by its nature; no kind, so an area the taxonomy lacks keeps them
    # variants (assets/comments/lexicon/variants.yaml: animals and motifs, patterns, fillings and fruits): what one
    # product of a line is and its twin is not ("Kit Ursinho" / "Kit Coelhinho"), read as decisively as a colour
    groups: dict[str, dict[str, list[str]]] = {"kinds": {}, "colours": {}, "traits": {}, "flavours": {}, "heads": {},
                                               "variants": {}}
    parents: dict[str, set[str]] = {}
    everyday: list[str] = []        # words that hold a concept's word and are none ("เป้า" of "เป้")
    buyer: set[str] = set()         # concepts only the buyers' lexicon has (heads, new descriptors)
    lexicon_files = sorted((base / "lexicon").glob("*.yaml"))
    for path in [base / "product_words.yaml", *sorted((base / "kinds").glob("*.yaml")), *lexicon_files]:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
        for group, concepts in groups.items():
            for concept, variants in (data.get(group) or {}).items():
                if path in lexicon_files and group not in ("variants", "colours") and not any(concept in g for g in groups.values()):
                    buyer.add(concept)
                concepts.setdefault(concept, []).extend(str(v) for v in variants or [])
        everyday += [str(w) for w in data.get("everyday") or []]
        for narrow, broad in (data.get("parents") or {}).items():
            parents.setdefault(narrow, set()).update([broad] if isinstance(broad, str) else broad)
    if without:
        gone = {k for k in groups["kinds"] if with_parents({k}, parents) & without}
        groups["kinds"] = {k: v for k, v in groups["kinds"].items() if k not in gone}
        parents = {n: bs for n, bs in parents.items() if n not in gone}
    kinds = frozenset(groups["kinds"])
    unknown = {b for bs in parents.values() for b in bs} - kinds
    if unknown:
        raise ValueError(f"kinds taxonomy: parents name unknown kinds {sorted(unknown)}")
    merged: dict[str, list[str]] = {}
    for concepts in groups.values():
        for c, v in concepts.items():
            merged.setdefault(c, []).extend(v)
    merged, small = with_diminutives(merged)      # "conejito", "Ursinho", "bolsinha": the lists' words, said small
    # a head inside a kind's hit stays: "电动剃须刀" is a shaver and a machine, as "máy sấy tóc" is
    lexicon = Lexicon(merged, nested=kinds | frozenset(groups["flavours"]) | frozenset(groups["variants"]),
                      arabic_word_ends=True, everyday=everyday,
                      overlapping=frozenset(buyer), exact=small)
    lexicon.colours = frozenset(groups["colours"])
    lexicon.heads = frozenset(groups["heads"])
    lexicon.buyer = frozenset(buyer)
    return lexicon, kinds, parents


def with_parents(found: set[str], parents: dict[str, set[str]]) -> set[str]:
    """A narrow kind is also its broader kind: "hút bụi cầm tay" is a vacuum too."""
    out = set(found)
    todo = [c for c in found if c in parents]
    while todo:
        for b in parents.get(todo.pop(), ()):
            if b not in out:
                out.add(b)
                todo.append(b)
    return out


def concepts_of_names(names: list[str]) -> set[str]:
    """The concepts of a product's names; a kind named only as what comes with it ("Screwdriver Set with
    case", "Fan with Remote") or as its pack unit ("Oolong Tea x 12 Bottles") is not what it is."""
    lexicon, kinds, parents = load_concepts()
    found, core, used_on = set(), set(), set()
    for name in names:
        # a set named by its kind is not what it holds: the gift box of rose and oud is no bottle of rose
        # (a buyer asking for "the rose" means the rose perfume; "the gift box" names the set by its kind)
        without_contents = SET_CONTENTS.sub(" ", name)
        if without_contents != name and lexicon.find(without_contents, typos=False) & kinds:
            name = without_contents
        # and a kind in brackets is what it is used on or with, when the name names its own kind outside them:
        # "记忆棉薄床垫（铺在床垫上用）" (a topper "for use on a mattress") is no mattress, "Case (for iPhone 15)" no phone
        # (a trait there stays: "watch, 36 mm (women's size)")
        outside = lexicon.find(BRACKETED.sub(" ", name), typos=False)
        if outside & kinds:
            used_on |= lexicon.find(" ".join(BRACKETED.findall(name)), typos=False) & kinds - outside
        head, *tail = ACCESSORY.split(name, maxsplit=1)
        if not lexicon.find(head, typos=False) & kinds:
            head, tail = name, []           # "带盖玻璃碗": the bowl is named after the lid
        found |= lexicon.find(head, typos=False)
        core |= lexicon.find(PACK_UNIT.sub(" ", head), typos=False)
        found |= lexicon.find(" ".join(tail), typos=False) - kinds - lexicon.heads     # "with 2 batteries", "with case"
    # "Long Zip Wallet": in a catalog's name "long" and "short" are the twin's length (in a comment "how long" asks a time)
    found |= {w for name in names for w in words_of(name) if w in OPPOSITE_TRAITS and w in ("long", "short")}
    # a word that is a kind or a head and a colour ("Oatmeal", "Charcoal", "Cream") is the colour in a name that names
    # another kind: "Sleep Sack, Oatmeal" is no cereal, "Canvas Tote Bag, Cream" no cream
    both = {k for name in names for _, _, cs in lexicon.spans(name) if cs & lexicon.colours
            for k in cs & (kinds | lexicon.heads)}
    if found & kinds - both:
        found -= both
        core -= both
    if core & kinds:        # a unit's kind stays only when the name names no other ("2 Pillows")
        # (a narrow kind whose broad kind is the core stays: "Pegasus 40 Running Shoes" are sneakers)
        found -= {k for k in (found - core) & kinds if not with_parents({k}, parents) & core}
    return with_parents(found - used_on, parents)
