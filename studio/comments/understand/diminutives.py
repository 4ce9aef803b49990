"""Spanish and Portuguese diminutives of the concept words, made by rule rather than listed word by word.

Buyers and catalogs in Spanish and Portuguese name a thing small and dear: "el conejito", "Kit Ursinho",
"a bolsinha", "la cajita", "o botãozinho". A typo allowance does not reach them ("conejito" is 86 % of "conejo"),
and the lists held a few by hand ("osito", "cajita") where a folded set showed them. with_diminutives adds the
regular forms of every single Latin word of the lists, so a concept written once ("conejo", "urso") is found in
its diminutive in a comment and in a catalog's name alike, whatever the product area.
"""

from __future__ import annotations

import re
import unicodedata

# a word a diminutive rule may apply to: Latin letters only, 4 or more
_WORD = re.compile(r"[a-zà-ÿ]{4,}")
# diminutives that are everyday words of a live room, not the small thing: the shopping cart ("carrito", "carrinho"
# of "carro"), a coffee ("cafecito" of the brown "café"), "a little" ("poquito", "pouquinho"), "right now" ("ahorita")
EVERYDAY = frozenset({"carrito", "carritos", "carrinho", "carrinhos", "cafecito", "cafezinho", "poquito", "pouquinho",
                      "ahorita", "agorinha", "cosita", "cositas", "coisinha", "coisinhas", "ratito", "ratinho",
                      "momentito", "minutito", "segundito", "besito", "besitos", "beijinho", "beijinhos", "amorcito"})


def _plain(word: str) -> str:
    """Accents off the stem: "botón" -> "boton" before "-cito" ("botoncito"); a tilde stays ("botãozinho")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn" or c == "\u0303")


def diminutives(word: str) -> set[str]:
    """The regular Spanish (-ito, -cito) and Portuguese (-inho, -zinho) diminutives of one word, both genders and
    numbers where the word's ending says them: "conejo" -> "conejito", "conejitos", "conejinho", ...;
    "caja" -> "cajita", "cajinha"; "botón" -> "botoncito"; "botão" -> "botãozinho"; "nube" -> "nubecita"."""
    if not _WORD.fullmatch(word):
        return set()
    out: set[str] = set()
    base = word[:-1] if word.endswith("s") and word[-2:-1] in ("o", "a") else word      # "osos" -> "oso"
    if base.endswith(("ão", "ãe")):
        out |= {base + "zinho", base + "zinhos", base + "zinha", base + "zinhas"}
    elif base[-1] in "oa":
        stem, g = base[:-1], base[-1]
        # "saco" -> "saquito", "saquinho"; "lago" -> "laguito"
        stem = stem[:-1] + "qu" if stem.endswith("c") else stem + "u" if stem.endswith("g") else stem
        for suffix in ("it", "inh"):
            out |= {stem + suffix + g, stem + suffix + g + "s"}
    elif base[-1] in "elnr" or base.endswith(("ón", "ín", "ór")):
        if base.endswith("e"):      # "elefante" -> "elefantito", "elefantinho" (and "nube" -> "nubecita" below)
            out |= {base[:-1] + "ito", base[:-1] + "itos", base[:-1] + "inho", base[:-1] + "inhos"}
        plain = _plain(base)
        out |= {plain + "cito", plain + "cita", plain + "citos", plain + "citas",
                base + "zinho", base + "zinha", base + "zinhos", base + "zinhas"}
    return {w for w in out if w != word and w not in EVERYDAY}


def with_diminutives(concepts: dict[str, list[str]]) -> tuple[dict[str, list[str]], frozenset[str]]:
    """concepts with the diminutives of their single Latin words added to each concept whose word makes them
    ("osito" to the teddy bear and the bear motif, both of which say "oso"); a form already written for a concept
    that does not make it is left to the lists (they decide where they speak). Also the forms made, which are read
    only as written (no typo allowance: two diminutives share their ending, "olhinho" and "coelhinho")."""
    written: dict[str, set[str]] = {}
    for concept, variants in concepts.items():
        for v in variants:
            written.setdefault(str(v).lower(), set()).add(concept)
    made: dict[str, set[str]] = {}
    for concept, variants in concepts.items():
        for v in variants:
            for form in diminutives(str(v).lower()):
                made.setdefault(form, set()).add(concept)
    extra: dict[str, list[str]] = {}
    for form, owners in made.items():
        if written.get(form, set()) <= owners:
            for concept in owners - written.get(form, set()):
                extra.setdefault(concept, []).append(form)
    made_forms = frozenset(f for forms in extra.values() for f in forms)
    return {c: list(vs) + sorted(extra.get(c, [])) for c, vs in concepts.items()}, made_forms
