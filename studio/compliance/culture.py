"""The cultural base: taboos checked on the catalog, and false halal claims across a show.

The taboo words themselves are pack rules with `category: cultural_sensitivity`
(packs/culture.yaml: pork and alcohol for halal buyers in ID/MY/BN, beef and pork in India,
slimming pitches; packs/gulf.yaml: alcohol, pork, suggestive language), so the script, the
live captions and `--text` already get them from the Checker. This module adds what a line
alone cannot show:

- the catalog: every product's name and notes (its description), not only the products a
  segment puts on screen, against the markets' cultural rules;
- a false halal claim: a product whose catalog entry names pork, lard, wine... and that the
  show calls halal (in its catalog entry, its segment's offer or lines). Data:
  assets/compliance/culture.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from studio import paths
from studio.compliance.markets import applies, parse_markets
from studio.compliance.model import Finding, RuleSeverity, TextRole

if TYPE_CHECKING:
    from studio.compliance.checker import Checker
    from studio.show.model import Product, Show

CULTURE_NAME = "culture.yaml"
CULTURAL = "cultural_sensitivity"
FALSE_HALAL_RULE_ID = "culture.false-halal"


@dataclasses.dataclass(frozen=True)
class HalalFacts:
    markets: tuple[str, ...]             # where a false claim blocks
    source: str
    suggestion: dict[str, str]
    claims: re.Pattern
    denials: re.Pattern
    ingredients: re.Pattern


def culture_path() -> Path:
    return paths.assets_dir() / "compliance" / CULTURE_NAME


def _words_regex(words: Iterable[str], ending: str = "") -> re.Pattern:
    """Latin words match whole words (with `ending`, a regex, after them); words in other scripts match
    anywhere (no spaces there)."""
    parts = []
    for word in sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True):
        # "schinken*" heads a compound ("Schinkenplatte"), "*schinken" ends one ("Räucherschinken"); never one that
        # says it is free of it ("schweinefleischfreie"): round 28
        head, tail = word.endswith("*"), word.startswith("*")
        word = word.strip("*")
        body = r"[\s\-]+".join(re.escape(p) for p in word.split())
        body = (r"\w*" if tail else "") + body + (r"(?!\w*frei)\w*" if head else "")
        parts.append(rf"(?<!\w){body}{ending}(?!\w)" if word.isascii() else body)
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


def load_halal_facts(path: Path | None = None) -> HalalFacts:
    path = path or culture_path()
    st = path.stat()
    return _load_cached(str(path), st.st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: int) -> HalalFacts:
    from studio.compliance.packs import PackError, read_yaml, str_list

    data = read_yaml(Path(path)) or {}
    halal = data.get("halal") if isinstance(data, dict) else None
    if not isinstance(halal, dict):
        raise PackError(f"{path}: expected a 'halal' section")
    for key in ("markets", "source", "suggestion", "claims", "ingredients"):
        if not halal.get(key):
            raise PackError(f"{path}: halal: missing '{key}'")
    suggestion = halal["suggestion"] if isinstance(halal["suggestion"], dict) else {"en": halal["suggestion"]}
    return HalalFacts(markets=str_list(halal["markets"], f"{path}: halal.markets"),
                      source=" ".join(str(halal["source"]).split()),
                      suggestion={str(k): " ".join(str(v).split()) for k, v in suggestion.items()},
                      claims=_words_regex(str_list(halal["claims"], path)),
                      denials=_words_regex(str_list(halal.get("denials"), path)),
                      ingredients=_words_regex(str_list(halal["ingredients"], path)))


def make_finding(**fields: Any) -> Finding:
    """A Finding from keyword fields, leaving out any this version of Finding does not have."""
    known = {f.name for f in dataclasses.fields(Finding)}
    return Finding(**{k: v for k, v in fields.items() if k in known})


def _cultural_checker(checker: "Checker") -> "Checker":
    from studio.compliance.checker import Checker

    rules = [r for r in checker.rules if r.category == CULTURAL]
    return Checker(checker.markets, rules=rules, user_pack=False, semantic=False)


def catalog_findings(show: "Show", checker: "Checker") -> list[Finding]:
    """Every product's name and notes against the markets' cultural rules (on-screen severity)."""
    cultural = _cultural_checker(checker)
    out: list[Finding] = []
    for product in show.products:
        for text in (product.name, product.notes):
            if text and text.strip():
                out += cultural.check_text(text, show.language, TextRole.ON_SCREEN)
    return out


def _claims(text: str, facts: HalalFacts) -> list[re.Match]:
    """Halal claims in a text, leaving out denials ("non-halal", "tidak halal")."""
    denied = [m.span() for m in facts.denials.finditer(text)]
    return [m for m in facts.claims.finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in denied)]


def _product_texts(show: "Show", product: "Product") -> list[tuple[str, TextRole, int | None, int | None, int | None]]:
    """(text, role, segment, line, source line) for everything the show says about a product."""
    texts = [(product.name, TextRole.ON_SCREEN, None, None, None), (product.notes, TextRole.ON_SCREEN, None, None, None)]
    for seg_index, segment in enumerate(show.segments):
        if segment.product_sku != product.sku:
            continue
        texts.append((segment.offer, TextRole.ON_SCREEN, seg_index, None, segment.source_line_no))
        for line_index, line in enumerate(segment.lines):
            if line.spoken:
                texts.append((line.text, TextRole.SPOKEN, seg_index, line_index, line.source_line_no))
                texts += [(t, TextRole.TRANSLATION, seg_index, line_index, line.source_line_no)
                          for t in line.translations.values()]
    return [t for t in texts if t[0] and t[0].strip()]


def false_halal_findings(show: "Show", markets: Iterable[str] | str | None = None,
                         facts: HalalFacts | None = None) -> list[Finding]:
    """A halal claim about a product whose catalog entry names a non-halal ingredient.
    Blocks where halal is the buyers' norm (ID, MY, BN, the Gulf); a warning elsewhere."""
    facts = facts or load_halal_facts()
    codes = parse_markets(markets if markets is not None else show.markets)
    if not codes:
        return []
    strict = tuple(m for m in codes if applies(facts.markets, m))
    severity = RuleSeverity.BLOCK if strict else RuleSeverity.WARN
    out: list[Finding] = []
    for product in show.products:
        found = facts.ingredients.search(f"{product.name}\n{product.notes}")
        if not found:
            continue
        for text, role, seg, line, line_no in _product_texts(show, product):
            for claim in _claims(text, facts):
                out.append(make_finding(
                    rule_id=FALSE_HALAL_RULE_ID, severity=severity, markets=strict or codes, lang=show.language,
                    start=claim.start(), end=claim.end(), matched=claim.group(0), text=text,
                    title="Halal claim for a product with a non-halal ingredient",
                    explanation=(f"The catalog lists \"{found.group(0)}\" for {product.sku} ({product.name}); calling "
                                 f"it halal is a false description that halal buyers and regulators treat as "
                                 f"serious."),
                    source=facts.source,
                    suggestion=facts.suggestion.get(show.language.split("-")[0], facts.suggestion.get("en", "")),
                    role=role, segment_index=seg, line_index=line, source_line_no=line_no, category=CULTURAL))
    return out


def culture_findings(show: "Show", checker: "Checker") -> list[Finding]:
    """Catalog taboos and false halal claims for the checker's markets."""
    return catalog_findings(show, checker) + false_halal_findings(show, checker.markets)
