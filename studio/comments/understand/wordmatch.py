"""Word lists in many languages, matched the way buyers write: whole words in Latin script (one
typo allowed from 5 letters on, glued endings such as Indonesian "-nya"), substrings in scripts
written without spaces (Chinese, Thai) or with attached articles (Arabic "ال")."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

# libyaml's loader where it is built in: the kinds taxonomy is thousands of words
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FUZZY_MIN_RATIO = 87
# a typo is read only in a word of 5 letters or more, on both sides: "back" is no typo of "black",
# nor "fast" of "feast" (one letter less in a short word is usually another word)
FUZZY_MIN_LETTERS = 5
# endings glued to a word: Indonesian/Malay "-nya" ("kacamatanya"), "-ku", "-mu", plurals
CLITICS = "nya|ku|mu|s|es"
_SPACED = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")    # Latin: words are separated by spaces
# a Latin word ends where Latin letters and digits end, also against Chinese or Thai ("nude那支")
_L = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff"
_WORDS = re.compile(rf"[{_L}]+(?:-[{_L}]+)*|[^\W_{_L}]+")
_LATIN_START = re.compile(rf"(?<![{_L}])[{_L}]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VIET_ONLY = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def without_marks(text: str) -> str:
    """Latin accents off ("látex" -> "latex", "bambú" -> "bambu"), for the catalog's words that have
    none; Thai and Arabic marks stay (they are letters of the word there)."""
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", text)
                                                if not "\u0300" <= ch <= "\u036f"))


def words_of(text: str) -> list[str]:
    return _WORDS.findall(fold(text))


def phrase_in(phrase: str, text: str, text_words: list[str]) -> bool:
    """phrase (folded) occurs in text (folded), text_words = words_of(text)."""
    if not phrase:
        return False
    if not _SPACED.search(phrase):
        return phrase in text
    if re.search(rf"(?<![{_L}]){re.escape(phrase)}(?:{CLITICS})?(?![{_L}])", text):
        return True
    if " " in phrase or len(phrase) < FUZZY_MIN_LETTERS:
        return False
    return any(len(w) >= FUZZY_MIN_LETTERS and abs(len(w) - len(phrase)) <= 2 and fuzz.ratio(w, phrase) >= FUZZY_MIN_RATIO
               for w in text_words)


def shortened_in(word: str, text_words: list[str], skip: frozenset[str]) -> bool:
    """A buyer's shortening of a catalog word: "dino" of "dinosaurio", "hippo" of "hippopotamus" (a word of 4 letters
    or more that starts the catalog word and leaves 3 or more of it out; none of skip, the everyday and catalog words)."""
    return word.isalpha() and any(4 <= len(t) <= len(word) - 3 and word.startswith(t) and t.isalpha() and t not in skip
                                  for t in text_words)


def _with_arabic_article(phrase: str) -> str:
    """An Arabic phrase of two words or more with the article on the words after the first, as a
    definite phrase is written: "ميزان ليزر" -> "ميزان الليزر" ("المكنسة اليدوية" then holds it)."""
    words = phrase.split(" ")
    if len(words) < 2 or not _ARABIC.search(phrase):
        return phrase
    return " ".join([words[0], *(w if w.startswith("ال") or not _ARABIC.match(w) else "ال" + w for w in words[1:])])


# what may follow an Arabic word inside the same written word: plural and dual endings and attached pronouns
# ("سماعات", "شاحنين", "شنطتي", "مروحتك"); not "ة" ("حلق" earrings is not "حلقة" an episode, "كوب" no "كوبون")
_ARABIC_ENDINGS = ("", "ات", "ين", "ان", "تين", "تان", "ه", "ها", "ي", "ك", "كم", "هم", "نا", "ى", "و", "وا", "ني", "تي", "تك", "ته",
                   "تها")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


# what may come before an Arabic word inside the same written word: the article and the one-letter particles
# ("التمر", "والتمر", "بالتمر", "للتمر"); not any letters ("تمر" dates is not inside "مستمر" or "استمر")
_ARABIC_PREFIXES = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال", "وب", "وبال", "ول", "ولل")


def _arabic_word_ends(text: str, variant: str, start: int) -> bool:
    """An Arabic variant found in text at start ends its word there, or with an ending of _ARABIC_ENDINGS, and
    begins it, or after a prefix of _ARABIC_PREFIXES; any other variant is read where found."""
    if not _ARABIC.search(variant[-1]):
        return True
    if _ARABIC.match(variant[0]):
        head = re.search(r"[\u0621-\u064a\u0671-\u06d3]*$", text[:start]).group(0)
        if head not in _ARABIC_PREFIXES and not (variant.startswith("ال") and head in ("و", "ب", "ف", "ك", "ل")):
            return False
    end = start + len(variant)
    tail = re.match(r"[\u0621-\u064a\u0671-\u06d3]*", text[end:]).group(0)
    # an ending that spells an everyday word is no ending: "تمرين" (a workout) is not two "تمر" (dates)
    return tail in _ARABIC_ENDINGS and (variant + tail).removeprefix("ال") not in _ARABIC_EVERYDAY


_ARABIC_EVERYDAY = frozenset({"تمرين", "تمرينات", "سكري"})     # a workout; diabetic


# Spanish -ito/-ita and Portuguese -inho/-inha/-zinho, with plurals: what each could be the diminutive of
_DIMINUTIVES = (
    (re.compile(r"^(.{3,})zinh[oa]s?$"), r"\1"),                    # ventiladorzinho -> ventilador
    (re.compile(r"^(.{2,})quinh([oa])(s?)$"), r"\1c\2\3"),          # saquinho -> saco
    (re.compile(r"^(.{2,})inh([oa])(s?)$"), r"\1\2\3"),             # bolsinha -> bolsa, sapatinhos -> sapatos
    (re.compile(r"^(.{2,})quit([oa])(s?)$"), r"\1c\2\3"),           # saquito -> saco
    (re.compile(r"^(.{3,})cit([oa])(s?)$"), r"\1"),                  # cojincito -> cojin
    (re.compile(r"^(.{2,})it([oa])(s?)$"), r"\1\2\3"),              # camita -> cama, zapatitos -> zapatos
)


def undiminished(word: str) -> list[str]:
    """The words a Spanish or Portuguese diminutive could come from ("mochilita" -> ["mochila"])."""
    return [pattern.sub(repl, word) for pattern, repl in _DIMINUTIVES if pattern.match(word)]


def _with_arabic_dual(phrase: str) -> str:
    """The phrase with its first word in the dual, as buyers order two: "لوح تقطيع" -> "لوحين تقطيع",
    "مخدة" -> "مخدتين" (a feminine ة becomes تين; a one-word masculine noun needs none: "سكين" is inside
    "سكينين" already)."""
    first, sep, rest = phrase.partition(" ")
    if not _ARABIC.search(first) or len(first) < 3:
        return phrase
    if first.endswith("ة"):
        return first[:-1] + "تين" + sep + rest
    if rest and first[-1] not in "يىاو":
        return first + "ين" + sep + rest
    return phrase


def _positions(text: str, word: str) -> list[int]:
    out, start = [], text.find(word)
    while start >= 0:
        out.append(start)
        start = text.find(word, start + 1)
    return out


def only_inside(term: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """term occurs in text, each time inside one of the spans (start, end)."""
    starts = _positions(text, term)
    return bool(starts) and all(any(s <= a and a + len(term) <= e for s, e in spans) for a in starts)


class _Alternations:
    """One pattern per first two letters: the variants, longest first, as whole words (glued endings allowed).

    Each is compiled the first time a comment has a word starting with its letters: compiling all of them
    took about 4 s of the inbox's start on a busy laptop, and a live's comments use a small part."""

    def __init__(self, by_prefix: dict[str, list[str]]) -> None:
        self._variants = by_prefix
        self._compiled: dict[str, re.Pattern] = {}

    def get(self, prefix: str) -> re.Pattern | None:
        pattern = self._compiled.get(prefix)
        if pattern is None:
            variants = self._variants.get(prefix)
            if variants is None:
                return None
            pattern = self._compiled[prefix] = re.compile(
                "(" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
                + rf")(?:{CLITICS})?(?![{_L}])")
        return pattern


def _alternations(by_prefix: dict[str, list[str]]) -> _Alternations:
    return _Alternations(by_prefix)


class Lexicon:
    """concept -> its words; find() names the concepts a text mentions. Read-only after load.

    Matches what phrase_in() matches, indexed once: Latin variants by their first two letters (one
    small alternation each, the longest variant first), other scripts by their first character,
    and rapidfuzz's batch scorer for typos. With a thousand kinds a single alternation or a scan of
    every substring would cost milliseconds a comment.

    nested: concepts (kinds) of which a hit inside a longer hit of another of them, or of a colour, is not
    read: "ตู้" (cabinet) inside "ตู้เย็น" (fridge), "sấy" (dried) inside "máy sấy tóc" (hair dryer), "hạt" (nuts)
    inside "nâu hạt dẻ" (chestnut brown); a colour's phrase that opens with the kind names it ("เคสใส", a clear case)."""

    def __init__(self, concepts: dict[str, list[str]], nested: set[str] | frozenset[str] = frozenset(),
                 arabic_word_ends: bool = False, everyday: list[str] = (), overlapping: frozenset[str] = frozenset(),
                 exact: frozenset[str] = frozenset()):
        """overlapping: concepts whose Latin words are read also where a longer word of another concept starts
        ("beard" of "beard oil", "oil" of "oil sprayer": the buyers' lexicon, read beside the kinds).
        exact: variants read only as written, never as a typo's target (diminutives made by rule: "olhinho" is no
        typo of "coelhinho", they share only the ending)."""
        self.concepts = {c: [fold(str(v)) for v in variants] for c, variants in concepts.items()}
        # everyday words that hold a short variant and are no concept: "เป้า" (a target) is no "เป้" (backpack)
        self.everyday = [fold(w) for w in everyday]
        # which concepts are colours, where the caller tells (a word both a kind and a colour: "Oatmeal")
        self.colours: frozenset[str] = frozenset()
        # which concepts are generic heads ("head:machine"), where the caller tells: no kind, read only as said
        self.heads: frozenset[str] = frozenset()
        # the concepts only the buyers' lexicon has (assets/comments/lexicon: heads and descriptors no kinds file names)
        self.buyer: frozenset[str] = frozenset()
        self.nested = frozenset(nested)
        # nouns (kinds of products): an Arabic hit must end its word or take a noun ending; verbs of topic and
        # complaint words ("تشحنون" of "شحن") take any ending
        self.arabic_word_ends = arabic_word_ends
        self._spaced: dict[str, set[str]] = {}      # Latin variant -> concepts
        self._substrings: dict[str, dict[str, set[str]]] = {}     # first char -> variant -> concepts
        written = {v for vs in self.concepts.values() for v in vs}
        unmarked: dict[str, set[str]] = {}
        for concept, variants in self.concepts.items():
            for v in variants:
                plain = without_marks(v).replace("đ", "d")
                # one Vietnamese syllable folds onto other languages' words ("lồng" cage -> "long"): phrases only
                # (vi_accents.py reads those back in Vietnamese comments); one word of another language from 5 letters
                if plain != v and _SPACED.search(v) and plain not in written and (
                        " " in plain or (len(plain) >= FUZZY_MIN_LETTERS and not _VIET_ONLY.search(v))):
                    unmarked.setdefault(plain, set()).add(concept)
        extra: dict[str, list[str]] = {}
        for plain, cs in unmarked.items():
            if len(cs) == 1:
                extra.setdefault(next(iter(cs)), []).append(plain)
        for concept, variants in self.concepts.items():
            # typed without accents ("bascula", "may tinh"): the folded form too, where it names one concept
            variants = variants + extra.get(concept, [])
            for v in variants:
                if not v:
                    continue
                if _SPACED.search(v):
                    self._spaced.setdefault(v, set()).add(concept)
                    continue
                forms = {v, _with_arabic_article(v), _with_arabic_dual(v), _with_arabic_article(_with_arabic_dual(v))}
                if _ARABIC.search(v) and " " not in v and v.endswith("ة") and len(v) >= 4:
                    forms.add(v[:-1] + "ت")     # with a pronoun: "شنطة" -> "شنطتي" (my bag), "مروحتك"
                for form in forms:
                    self._substrings.setdefault(form[0], {}).setdefault(form, set()).add(concept)
        by_prefix: dict[str, list[str]] = {}
        for v in self._spaced:
            by_prefix.setdefault(v[:2], []).append(v)
        self._latin = _alternations(by_prefix)
        beside: dict[str, list[str]] = {}
        for v, cs in self._spaced.items():
            if cs & overlapping:
                beside.setdefault(v[:2], []).append(v)
        self._latin_beside = _alternations(beside)
        # typo candidates by length: a typo is at most 2 letters longer or shorter
        self._fuzzy: dict[int, list[str]] = {}
        for v in self._spaced:
            if " " not in v and len(v) >= FUZZY_MIN_LETTERS and v not in exact:
                for n in range(len(v) - 2, len(v) + 3):
                    self._fuzzy.setdefault(n, []).append(v)

    @classmethod
    def load(cls, path: Path, groups: tuple[str, ...] = ()) -> "Lexicon":
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
        if groups:
            data = {c: v for g in groups for c, v in (data.get(g) or {}).items()}
        return cls(data)

    def _hits(self, folded: str) -> list[tuple[int, int, set[str]]]:
        """(start, end, concepts) of every exact hit: substrings anywhere, Latin at word starts."""
        hits = []
        for ch in set(folded):
            for v, concepts in self._substrings.get(ch, {}).items():
                start = folded.find(v)
                while start >= 0:
                    if not self.arabic_word_ends or _arabic_word_ends(folded, v, start):
                        hits.append((start, start + len(v), concepts))
                    start = folded.find(v, start + 1)
        for m in _LATIN_START.finditer(folded):
            s = m.start()
            # a variant of one letter is keyed by it alone; longer ones by their first two letters
            # (the longest variant at each start, and the longest of the overlapping concepts' beside it)
            for table in (self._latin, self._latin_beside):
                for key in (folded[s:s + 2], folded[s]):
                    pattern = table.get(key)
                    hit = pattern.match(folded, s) if pattern else None
                    if hit:
                        hits.append((s, hit.end(1), self._spaced[hit.group(1)]))
                        break
        return hits

    def spans(self, text: str) -> list[tuple[int, int, set[str]]]:
        """(start, end, concepts) of each exact hit in the folded text, less the nested concepts read inside a
        longer hit of another ("ตู้" of "ตู้เย็น"); no typos."""
        folded = fold(text)
        hits = self._hits(folded)
        if self.everyday:
            held = [(a, a + len(w)) for w in self.everyday for a in _positions(folded, w)]
            hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in held)]
        out = []
        for s, e, concepts in hits:
            kept = {c for c in concepts if not (c in self.nested and any(
                s2 <= s and e <= e2 and e2 - s2 > e - s and (c2 in self.nested or c2 in self.colours and s > s2) and c2 != c
                for s2, e2, cs2 in hits for c2 in cs2))}
            if kept:
                out.append((s, e, kept))
        return out

    def find(self, text: str, typos: bool = True, known: frozenset[str] | set[str] = frozenset(),
             spans: list[tuple[int, int, set[str]]] | None = None) -> set[str]:
        """typos=False for text written with care (a catalog's names): no fuzzy matches.
        known: words read as themselves, never as a typo (the catalog's own: "crunchies" is no "scrunchies").
        spans: self.spans(text) where the caller has them already."""
        folded = fold(text)
        found: set[str] = set().union(*(cs for _, _, cs in (self.spans(folded) if spans is None else spans)))
        for word in set(words_of(folded)) if typos else ():
            # a word that is itself a variant is not a typo of another ("juicer" is no "juice")
            if len(word) < FUZZY_MIN_LETTERS or word in self._spaced or word in known:
                continue
            for variant, _score, _ in process.extract(word, self._fuzzy.get(len(word), ()), scorer=fuzz.ratio,
                                                      limit=None, score_cutoff=FUZZY_MIN_RATIO):
                found |= self._spaced[variant]
            # a Spanish or Portuguese diminutive names its word: "camita", "mochilita", "ventiladorzinho", "bolsinha"
            base = next((b for b in undiminished(word) if b in self._spaced), None)
            if base:
                found |= self._spaced[base]
        return found
