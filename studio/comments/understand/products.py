"""Which product of the show's catalog a comment is about.

Three kinds of evidence, strongest first:
1. the product's own names: SKU, name, aliases, look id, segment titles, matched as whole
   words (rapidfuzz allows a typo from 5 letters on: "lipstik", "aviater") or, in scripts
   without spaces, as substrings;
2. concepts (assets/comments/product_words.yaml): a kind ("kacamata" -> glasses) or a colour
   ("labial rojo" -> lipstick + red) or a trait ("pb yg tipis" -> slim) that the comment and
   only some products share, and measures (studio/comments/understand/measures.py: "20rb",
   "两万", "No.21", "28cm", size M) that tell near-twins apart;
   the show's own words: terms of the product's script lines, translations and notes that no
   other product has (script_words.py: "豆腐砂" in a Chinese host's script for "Tofu Cat Litter"),
   and the catalog's Latin words spelled by ear in Thai or Arabic (translit.py: "เบนโทไนท์");
3. the encoder (product_fallback.py): cosine between the comment's vector and each product's
   descriptions (names and script lines), both centred on the labeled comments' mean, used only
   when it is clearly above the others (a margin) and tells near twins apart, for what no word
   list foresaw (a product area the kinds taxonomy lacks).
When nothing decides, the caller's current segment product stands in for a buy or a
question ("CF 2" during the Ruby segment is a Ruby order); see CommentAnalyzer.analyze.
A comment that fits two products equally ("the power bank" of two) names none, and so does a
choice between two ("peach tea or coffee?", "set of 3 or set of 5"), each side named by a kind,
number or name the other lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from studio.comments.understand.bed_sizes import BedSizes
from studio.comments.understand.buyer_words import HEAD_WEIGHT, lexicon_pick
from studio.comments.understand.catalog_concepts import (  # noqa: F401  (load_concepts, concepts_of_names: kept here too)
    OPPOSITE_TRAITS, concepts_of_names, load_concepts, with_parents)
from studio.comments.understand.colour_families import with_near_colours
from studio.comments.understand.measures import (lengths_if_sold, measures_in, pack_counts, unit_values,
                                                 without_unit_clash)
from studio.comments.understand.product_fallback import EncoderFallback, comment_centre, names_the_product, twins_of
from studio.comments.understand.product_nouns import heads_of_nouns, noun_spans, nouns_of_names
from studio.comments.understand.script_words import ScriptVocabulary, common_terms, product_texts, strong
from studio.comments.understand.translit import SkeletonIndex, latin_skeleton
from studio.comments.understand.twin_sizes import by_relative_size, plain_twin
from studio.comments.understand.used_with import USED_WITH, without_not_asked
from studio.comments.understand.wordmatch import fold, only_inside, phrase_in, shortened_in, without_marks, words_of

SCRIPT_TERM_WEIGHT = 0.5    # a strong term of the show's script: weaker than a word of the product's name
SCRIPT_TIE_BREAK = 0.05     # a weak one: only tells apart products the other evidence ties
MENTION = re.compile(r"@\S+")
THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
_UNSPACED_PIECE = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff]+")
# a choice between two products ("peach tea or coffee?", "set of 3 or set of 5", "粉色还是蓝色"): it names neither
# and a comparison of two ("ขวด100กับ50ต่างกันยังไง", "bedanya 50ml sama 100ml apa", "玫瑰大瓶小瓶区别"): neither
_COMPARE = (r"(?<![^\W\d_])(?:difference|different|diferencia|diferença|beda|bedanya|perbedaan|beza|bezanya|pinagkaiba|"
            r"pagkakaiba|khác nhau|khác gì|الفرق)(?![^\W\d_])|ต่างกัน|แตกต่าง|区别|區別|差别|差別")
COMPARE = re.compile(_COMPARE, re.IGNORECASE)
CHOICE = re.compile(r"(?<![^\W\d_])(?:or|ou|atau|ato|hoặc|vs|versus|o\s+(?:el|la|los|las|de|[0-9])|أو|او)(?![^\W\d_])"
                    r"|หรือ(?!เปล่า|ไม่)|还是|還是|或者|" + _COMPARE, re.IGNORECASE)
# "which one ...?": asked to choose, so twins told apart by nothing the buyer said stay unnamed ("卷发棒哪个适合新手")
WHICH = re.compile(r"(?<![^\W\d_])(?:which(?: one)?|cuál|cual|cuáles|qual|quais|yang mana|mana satu|alin|aling|cái nào|"
                   r"loại nào|mẫu nào|con nào)(?![^\W\d_])|哪个|哪個|哪款|哪一个|哪种|哪種|อันไหน|ตัวไหน|แบบไหน|รุ่นไหน|"
                   r"(?<![^\W\d_])(?:أي واحد|اي واحد|أيهم|ايهم|أي وحدة|اي وحده)(?![^\W\d_])", re.IGNORECASE)
# the live rooms' own words, never typos of a kind: "apartado" (Mexican "reserved for me") is no "aparador" (a sideboard)
LIVE_SELLING_WORDS = frozenset({"apartado", "apartada", "apartados", "apartadas", "apartame", "apártame", "apartas",
                                "apartan", "separado", "separada",
                                # the shop's cart in Indonesian ("masukin keranjang"): no misspelt "ranjang" (a bed)
                                "keranjang", "keranjangnya"})
def _things(evidence: set) -> set:
    """What names a product as a thing (its name, kind, number, a word spelled by ear), less its traits."""
    return {x for x in evidence if x[0] != "trait"}


STOP = {"the", "and", "with", "for", "one", "new", "set", "de", "la", "el", "os", "as", "do", "da",
        "matte", "velvet", "classic", "light", "shade", "long", "short",    # "how long" asks a time, not for the twin
        "size", "talla", "tamanho", "ukuran", "saiz",   # "mặc size gì" asks a size: "Cardigan (Free Size)" is not named
        "men",      # the Arabizi "from" ("etnen men el studs"): the men's twin is read by its concept
        "para", "pra", "até", "hasta", "por", "com", "con", "untuk", "dan", "cho", "và",   # "enviam para Portugal?" names none
        "desde", "from", "dari", "sin", "sem", "tanpa",     # "holaaa desde Bogotá" is no "Carrito (desde 18 meses)"
        # Spanish and Portuguese demonstratives and "to be": "está hermoso" is no shortening of "estampa"
        "esta", "este", "esto", "estas", "estos", "estar", "estoy", "estou", "estan", "estao", "estava", "estaba",
        "essa", "esse", "isso", "isto", "aquela", "aquele", "aquel", "aquella"}


@dataclass
class ProductEntry:
    sku: str
    names: list[str] = field(default_factory=list)       # whole phrases: name, aliases, titles
    words: set[str] = field(default_factory=set)         # words of those phrases
    concepts: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)         # the cross-language product nouns (product_nouns.py)
    numbers: set[str] = field(default_factory=set)       # measures: "21" (No.21), "10000" (10000mAh), "size:m"
    blob: str = ""
    # evidence -> weight: 1 / how many products share it (0 when all do); names only when no other has them
    weights: dict[tuple[str, str], float] = field(default_factory=dict)
    own_names: list[str] = field(default_factory=list)
    script: list[str] = field(default_factory=list)     # script lines, translations, notes




class ProductMatcher:
    """Built once per show; match() is read-only and thread-safe."""

    def __init__(self, show, encoder=None):
        self.concepts, self.kinds, self.parents = load_concepts()
        self.entries: list[ProductEntry] = []
        titles: dict[str, list[str]] = {}
        for seg in show.segments:
            if seg.product_sku:
                titles.setdefault(seg.product_sku, []).append(seg.title)
        for p in show.products:
            look = (p.look or "").split(":")[-1].replace("-", " ")
            kind = (p.look or "").split(":")[0] if p.look and ":" in p.look else ""
            phrases = [p.sku, p.name, *p.aliases, look, *titles.get(p.sku, [])]
            entry = ProductEntry(p.sku, [fold(x) for x in phrases if x and x.strip()])
            blob = " ".join(entry.names + [kind])
            blob_words = words_of(blob)
            entry.concepts = concepts_of_names([*entry.names, kind])
            entry.nouns = nouns_of_names([*entry.names, kind])
            entry.concepts |= heads_of_nouns(entry.nouns, self.concepts.heads)
            # a word the concept lists know ("mini", "red") counts once, as its concept
            # (Thai is a run of letters and marks: a piece between two marks, "องม" of "เครื่องมือ", is no word)
            thai_runs = set(THAI_RUN.findall(blob))
            entry.words = {w for w in blob_words if len(w) >= 3 and w not in STOP and not w.isdigit()
                           and not self.concepts.find(w, typos=False) and (not THAI_RUN.match(w) or w in thai_runs)}
            entry.numbers = set().union(*(measures_in(x, names=True) for x in phrases if x and x.strip()))
            entry.blob = blob
            entry.script = product_texts(show, p.sku)
            self.entries.append(entry)
        self.catalog_numbers = set().union(*(e.numbers for e in self.entries)) if self.entries else set()
        self.catalog_colours = {c for e in self.entries for c in e.concepts & self.concepts.colours}
        # words read as themselves, never as a typo of a kind: the catalog's ("crunchies" is no "scrunchies",
        # "plated" of "gold-plated" no "plate") and those of everyday comments ("talla" is no "toalla")
        self.catalog_words = frozenset(p for e in self.entries for w in words_of(e.blob) for p in (w, *w.split("-")))
        self.known_words = self.catalog_words | common_terms() | LIVE_SELLING_WORDS
        # a shortening names one product's long word: no everyday word, no word of a name (a SKU's parts may be)
        self.not_short = self.known_words - {p for e in self.entries for w in words_of(e.sku) for p in w.split("-")} | STOP
        # and as typed without accents: "está" is no shortening of "estampa"
        self.not_short |= {without_marks(w) for w in self.not_short}
        self._weigh()
        # each product's near twins (names alike once numbers and sizes are gone: the 8- and 12-inch pot, the red and the
        # yellow seeds)
        self.twins = twins_of([e.names[1] if len(e.names) > 1 else e.sku for e in self.entries])
        self.bed_sizes = BedSizes([e.names for e in self.entries])     # "the king mattress" of a 5- and a 6-foot one
        self._kind_terms: dict[str, bool] = {}      # script term -> whether it names a kind or a product noun
        self.script_words = ScriptVocabulary([e.script for e in self.entries], [e.blob for e in self.entries],
                                             self._shared_concept)
        self.spelled = SkeletonIndex({w for e in self.entries for w in words_of(e.blob)
                                      if len(w) >= 4 and w not in STOP and not w.isdigit()})
        self.encoder = encoder
        self.fallback: EncoderFallback | None = None
        if encoder is not None and self.entries:
            texts, owner = [], []
            for i, e in enumerate(self.entries):
                # the host's lines that name the product (not "thank you for watching" said in its segment)
                lines = [t for t in e.script if names_the_product(t, e.names)]
                # (the kinds' and colours' names; the buyers' lexicon concepts, "head:set", are read as words)
                concepts = " ".join(sorted(e.concepts - self.concepts.buyer))
                for name in dict.fromkeys(e.names[1:] + [concepts] + lines):
                    if name.strip():
                        texts.append(name)
                        owner.append(i)
            vecs = np.asarray(encoder.embed(texts, kind="query"), dtype=np.float32)
            self.fallback = EncoderFallback([e.names[1] if len(e.names) > 1 else e.sku for e in self.entries],
                                            vecs, np.array(owner), comment_centre(), encoder,
                                            [not e.concepts & self.kinds for e in self.entries])

    def _weigh(self) -> None:
        """Evidence shared by several products counts less ("cushion" in two cushions), and a
        name that fits another product too ("Cushions", a segment title) is not a whole name."""
        n = len(self.entries)
        blobs = [(e.blob, words_of(e.blob)) for e in self.entries]
        for e in self.entries:
            e.own_names = [name for name in e.names if len(name) >= 3 and not any(
                other is not e and phrase_in(name, b, bw) for other, (b, bw) in zip(self.entries, blobs))]
            for kind, items in (("word", e.words), ("concept", e.concepts), ("noun", e.nouns), ("number", e.numbers)):
                for item in items:
                    if kind == "word":
                        df = sum(1 for b, bw in blobs if phrase_in(item, b, bw))
                    else:
                        df = sum(1 for other in self.entries if item in getattr(other, kind + "s"))
                    e.weights[(kind, item)] = 0.0 if (df >= n and n > 1) else 1.0 / max(df, 1)

    def match(self, text: str, vec: np.ndarray | None = None, words_only: bool = False) -> str | None:
        """The SKU the comment is about, or None. words_only: no encoder-only guess (chatter:
        "cheguei" sits as close to "Aviator Blue-Light Glasses" as a real question does)."""
        if not self.entries:
            return None
        scores, evidence, folded, said = self.scores(text, words_only)
        best = float(scores.max())
        if best > 0 and not said.any():
            # only the buyers' lexicon (a head, a descriptor) met the catalog: the encoder decides with it
            i = lexicon_pick(scores, None if words_only else self._encoder_index(vec, text),
                             None if vec is None or self.fallback is None else self.fallback.similarities(vec))
            return None if i is None else self.entries[i].sku
        if best > 0 and len(scores) > 1 and CHOICE.search(folded):
            a, b = np.argsort(-scores)[:2]
            # "peach tea or coffee": each side named by what the other lacks (a kind, a number, a name);
            # "ลิป nude ชมพูหรือน้ำตาล" asks about one lipstick's tones, not a choice of products
            # a comparison's sides may be twins told apart by a colour or flavour ("หมวกดำกับหมวกขาวต่างกันยังไง", "the
            # lotus and the matcha box"); an "or" may ask about one product's trait ("stainless atau plastik?")
            side_a, side_b = (evidence[a], evidence[b]) if COMPARE.search(folded) else (_things(evidence[a]), _things(evidence[b]))
            if side_a - side_b and side_b - side_a:
                return None         # asked to choose between two: the buyer named no one product
        if best > 0 and len(scores) > 1 and WHICH.search(folded):
            a, b = np.argsort(-scores)[:2]
            things_a, things_b = _things(evidence[a]), _things(evidence[b])
            if things_a and things_a == things_b:
                return None         # "which one suits beginners?" over twins: a tie-break is no choice the buyer made
        if best > 0:
            top = np.flatnonzero(scores == best)
            # a reference that fits two products ("the power bank" of two power banks) names neither:
            # a wrong product on a sale costs more than none (the encoder guessed near-twins at chance)
            return self.entries[int(top[0])].sku if len(top) == 1 else None
        return None if words_only else self._by_encoder(vec, text)

    def scores(self, text: str, words_only: bool = False) -> tuple[np.ndarray, list[set], str, np.ndarray]:
        """Each product's word score for the comment, what names it as a thing (its name, kind or
        number: a choice between two is told by it), the folded text, and whether anything besides the
        buyers' lexicon (assets/comments/lexicon) scored for it."""
        text = MENTION.sub(" ", text)       # "@jen_23" names a viewer, not shade 23
        text = without_not_asked(text)      # "tengo rizos grandes naturales", "no la pluma": not asked for
        folded = fold(text)
        tw = words_of(folded)
        # the catalog's words without accents: "travesseiro de látex" is the Latex pillow
        plain = without_marks(folded)
        pw = words_of(plain)
        hit_spans = self.concepts.spans(folded)
        comment_concepts = with_parents(self.concepts.find(folded, known=self.known_words, spans=hit_spans), self.parents)
        if comment_concepts & self.kinds and USED_WITH.search(folded):
            # "la sartén sirve para estufa de inducción?": the stove is what the pan is used with, not the pan
            plain_text = USED_WITH.sub(" ", folded)
            used_with = comment_concepts & self.kinds - with_parents(
                self.concepts.find(plain_text, known=self.known_words), self.parents)
            comment_concepts -= used_with
        comment_concepts = with_near_colours(comment_concepts, self.catalog_colours)   # "米色" of the one "Nude" shade
        comment_numbers = without_unit_clash(measures_in(text), self.catalog_numbers) - (
            pack_counts(text) & unit_values(self.catalog_numbers))        # "เคสใส 2 ชิ้น" is no 2 m cable
        comment_numbers |= lengths_if_sold(text, self.catalog_numbers)     # "giày 8p": the 8 cm heels, not 8 minutes
        # chatter names no product by the script's weak words ("first!", "hello" in a segment's lines),
        # but a room question names one by a strong term ("有人买过这个吸尘器吗": 吸尘器 of the host's lines)
        script_hits = self.script_words.hits(text)
        # a piece of a kind or colour word the buyer wrote is that concept, counted above by how many products
        # share it: one product's translated lines ("กระเป๋าสตางค์ใบยาว") would otherwise claim it
        # (and of a product noun: "กระเป๋าสตางค์", counted by the nouns)
        said_nouns = noun_spans(folded, [m.span() for m in USED_WITH.finditer(folded)])
        spans = [(s, e) for s, e, _ in hit_spans] + [span for found in said_nouns.values() for span in found]
        script_hits = [{t for t in hits if not only_inside(t, folded, spans)} for hits in script_hits]
        # a term of one twin's lines that names the kind ("pasu" in the 8-inch pot's Malay lines) is its twins' too, and a
        # two-letter piece of Thai or Chinese ("ไป" of "แพงไปนะ") is no telling word: neither tells a twin apart (a
        # variant's own word does: "大波浪" in the 32 mm curler's lines, "light" in the light brown kit's)
        kind_terms = [{t for t in hits if self._names_a_kind(t)} for hits in script_hits]
        script_hits = [{t for t in hits if strong(t) or not _UNSPACED_PIECE.fullmatch(t)
                        or all(t in script_hits[j] for j in self.twins[i])}.union(*(kind_terms[j] for j in self.twins[i]))
                       for i, hits in enumerate(script_hits)]
        if words_only:
            script_hits = [{t for t in hits if strong(t)} for hits in script_hits]
        spelled = self.spelled.find(text)
        # (what the product is used with is none: "bisa buat bulu mata bawah?" of a lash glue)
        comment_nouns = set(said_nouns)
        if words_only:
            # chatter: only a long catalog word spelled by ear names a product; four consonants meet by chance in
            # a run of Thai ("โคราช" of "ใครดูจากโคราชบ้าง" spells "crispy")
            spelled = {w for w in spelled if len(latin_skeleton(w)) >= 5}
        scores = np.zeros(len(self.entries))
        evidence: list[set] = [set() for _ in self.entries]
        bed_size = self.bed_sizes.scores(text)
        kind_reaches = [bool(e.concepts & comment_concepts & self.kinds) for e in self.entries]
        sized_bed = [{("number", "bed size")} if b > 0 else set() for b in bed_size]
        said = np.zeros(len(self.entries), dtype=bool)     # scored by more than the buyers' lexicon
        buyer = self.concepts.buyer
        for i, e in enumerate(self.entries):
            if any(phrase_in(name, folded, tw) for name in e.own_names):
                scores[i] += 3.0            # a whole name or alias: the buyer named it
            scores[i] += sum(e.weights[("word", w)] for w in e.words
                             if phrase_in(w, folded, tw) or (len(w) >= 5 and phrase_in(w, plain, pw))
                             or (e.weights[("word", w)] == 1.0 and shortened_in(w, pw, self.not_short)))
            scores[i] += sum(e.weights[("concept", c)] for c in e.concepts & comment_concepts - buyer)
            # a product noun in another language than the catalog's, where no kind of the comment reaches the product
            # (or where a broad kind reaches it and others that have nouns of their own, and a noun fewer: "joran" is the
            # fishing kind of the rods and the reel, and a rod, where the reel is a reel; not the kind's own noun:
            # "chupete" of a pacifier and a teether, a kind of pacifier, names neither; nor where the others have no
            # noun the lists know: "风扇" of a desk fan and a "无叶塔扇" is any fan)
            nouns = e.nouns & comment_nouns
            reached = e.concepts & comment_concepts & self.kinds
            # (and a noun a near twin lacks tells no twin apart: a segment title's "保温杯" of one of two insulated bottles)
            if reached and not (all(other.nouns for other, by_kind in zip(self.entries, kind_reaches) if by_kind) and any(
                    c.removeprefix("noun:") not in reached and all(c in self.entries[j].nouns for j in self.twins[i])
                    and e.weights[("noun", c)] > max(e.weights[("concept", k)] for k in reached) for c in nouns)):
                nouns = set()
            scores[i] += sum(e.weights[("noun", c)] for c in nouns)
            scores[i] += 1.5 * sum(e.weights[("number", x)] for x in e.numbers & comment_numbers)
            scores[i] += 1.5 * bed_size[i] if bed_size[i] > 0 else 0.75 * bed_size[i]
            scores[i] += min(1.0, SCRIPT_TERM_WEIGHT * sum(1 for t in script_hits[i] if strong(t)))
            spelled_here = {w for w in spelled if phrase_in(w, e.blob, words_of(e.blob))}
            scores[i] += sum(e.weights.get(("word", w), 1.0 / self._spelled_df(w)) for w in spelled_here)
            said[i] = scores[i] > 0
            scores[i] += sum(e.weights[("concept", c)] * (HEAD_WEIGHT if c in self.concepts.heads else 1.0)
                             for c in e.concepts & comment_concepts & buyer)
            # what names this product as a thing: its whole name, its kind, its number (not a trait or a word)
            # and what tells it from a twin (a colour, a flavour, a trait), read only for a choice between two
            evidence[i] = ({("name", e.sku)} if any(phrase_in(n, folded, tw) for n in e.own_names) else set()) | {
                ("word", w) for w in spelled_here} | {
                ("kind", c) for c in e.concepts & comment_concepts & self.kinds} | {("kind", c) for c in nouns} | {
                ("number", x) for x in e.numbers & comment_numbers} | sized_bed[i] | {
                ("trait", c) for c in e.concepts & comment_concepts - self.kinds - buyer} | {
                ("trait", w) for w in e.words if e.weights[("word", w)] == 1.0 and phrase_in(w, folded, tw)}
            # a number or size that names another product ("20000" for the 10000 mAh twin) counts against
            scores[i] -= 0.75 * len((comment_numbers & self.catalog_numbers) - e.numbers)
            # a kind the product is not ("kacamata" for a lipstick) counts against it
            # (a narrow kind and the broad kind it implies count once: "mochila" is one backpack, not a bag too),
            # unless the product noun that names the product was said in the same words: then the kind is the
            # taxonomy's name for it ("bulu mata" of "Lash Extension Clusters", which no kind names); a kind said
            # elsewhere still counts ("กล้องสีดำดูผ่านมือถือ": the camera, not the sensor that notifies a phone)
            named = {c for s, t, cs in hit_spans for c in cs
                     if any(s < b and a < t for n in nouns for a, b in said_nouns[n])}
            scores[i] -= 0.5 * len(self._broadest((comment_concepts - e.concepts) & self.kinds - with_parents(named, self.parents)))
            scores[i] -= 0.5 * len({OPPOSITE_TRAITS[c] for c in comment_concepts if c in OPPOSITE_TRAITS}
                                   & e.concepts - comment_concepts)
            # "rouge" of a lipstick and a lipstick-kind gloss: the plain lipstick, by a hair
            if comment_concepts & self.kinds:
                # but not for a narrower kind: "drill" fits a drill and an impact drill alike (twins)
                scores[i] -= 0.1 * len((e.concepts - comment_concepts) & self.kinds - self.parents.keys())
            if nouns:       # and of two products the comment's noun names, the one that is only that ("رموش": the lashes, not their glue)
                scores[i] -= 0.1 * len(e.nouns - comment_nouns)
        best = float(scores.max())
        if best > 0:
            tied = scores == best
            # "กระถางใบใหญ่" (the big pot): among the tied products the comment's kind names, when some are named by it
            by_kind = np.array([any(x[0] == "kind" for x in ev) for ev in evidence])
            if (tied & by_kind).any():
                tied &= by_kind
            scores += 0.1 * by_relative_size(self.entries, tied, comment_concepts, folded)
            scores += 0.1 * plain_twin(self.entries, scores == float(scores.max()), comment_concepts, comment_numbers,
                                       folded, tw)
            best = float(scores.max())
            # a weak script term ("除臭" in one litter's lines) only tells apart products tied on the rest
            scores += (scores == best) * SCRIPT_TIE_BREAK * np.array([sum(1 for t in h if not strong(t))
                                                                      for h in script_hits])
        return scores, evidence, folded, said

    def _broadest(self, kinds: set[str]) -> set[str]:
        """The kinds less those implied by another of them (a backpack's "bag")."""
        return {k for k in kinds if not any(k in with_parents({n}, self.parents) - {n} for n in kinds)}

    def _names_a_kind(self, term: str) -> bool:
        if term not in self._kind_terms:
            self._kind_terms[term] = bool(self.concepts.find(term, typos=False) & self.kinds or noun_spans(fold(term)))
        return self._kind_terms[term]

    def _shared_concept(self, term: str) -> bool:
        return any(sum(c in e.concepts for e in self.entries) >= 2 for c in self.concepts.find(term, typos=False))

    def _spelled_df(self, word: str) -> int:
        return max(1, sum(1 for e in self.entries if word in words_of(e.blob)))

    def _by_encoder(self, vec: np.ndarray | None, text: str) -> str | None:
        i = self._encoder_index(vec, text)
        return None if i is None else self.entries[i].sku

    def _encoder_index(self, vec: np.ndarray | None, text: str) -> int | None:
        return None if vec is None or self.fallback is None else self.fallback.pick(vec, text)
