"""The checker: text, a whole show, or a live caption in; findings out.

    checker = Checker(["US", "DE"])
    for f in checker.check_text("Best serum ever, cures acne!", lang="en"):
        print(f.rule_id, f.severity.value, f.start, f.end, f.suggestion)

A Checker is immutable after construction and holds no per-call state, so one
instance may be shared: the CLI and the script panel call it on their own thread,
the live checker on the captions thread.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from studio.compliance.disclosure import OPENING_RULE_ID
from studio.compliance.markets import applies, parse_markets
from studio.compliance.matcher import ANY_LANG, RAW_LANGS, compile_rule
from studio.compliance.model import Finding, Rule, RuleSeverity, TextRole
from studio.compliance.normalize import NormalizedText, normalize
from studio.compliance.packs import disabled_ids, load_rules

if TYPE_CHECKING:
    from studio.core.events import CaptionEvent
    from studio.show.model import Show

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


class UnknownMarketError(ValueError):
    """No loaded rule pack covers a market the user asked for."""


def base_language(lang: str | None) -> str | None:
    """'pt-BR' -> 'pt', 'zh-Hant' -> 'zh', 'in' (old Indonesian code) -> 'id'."""
    if not lang:
        return None
    base = lang.replace("_", "-").split("-")[0].lower()
    return {"in": "id", "iw": "he", "cmn": "zh"}.get(base, base)


@dataclasses.dataclass(frozen=True)
class _ActiveRule:
    rule: Rule
    markets: tuple[str, ...]          # the requested markets this rule speaks for


class Checker:
    """Rules for a set of markets. Thread-safe (no mutable state after __init__)."""

    def __init__(self, markets: Iterable[str] | str, rules: list[Rule] | None = None,
                 packs_dir: Path | None = None, user_pack: Path | None | bool = True,
                 strict_markets: bool = False):
        self.markets = parse_markets(markets if isinstance(markets, str) else list(markets))
        all_rules = rules if rules is not None else load_rules(packs_dir, user_pack)
        active: list[_ActiveRule] = []
        covered: set[str] = set()
        for rule in all_rules:
            hit = tuple(m for m in self.markets if applies(rule.markets, m))
            if hit:
                active.append(_ActiveRule(rule, hit))
                covered.update(hit)
        self.uncovered_markets = tuple(m for m in self.markets if m not in covered)
        if strict_markets and self.uncovered_markets:
            raise UnknownMarketError(
                f"no rule pack covers {', '.join(self.uncovered_markets)}; packs cover CN, US, "
                f"the EU member states, GULF (AE, SA, KW, QA, BH, OM) and TIKTOK")
        self._active = active
        # The script-level disclosure check is on unless a user pack disabled its id.
        self.check_opening_disclosure = OPENING_RULE_ID not in disabled_ids(user_pack)
        self._latin_langs = sorted({ps.lang for a in active for ps in a.rule.patterns
                                    if ps.lang not in RAW_LANGS and ps.lang not in ("ar", ANY_LANG)})

    @property
    def rules(self) -> list[Rule]:
        return [a.rule for a in self._active]

    def languages_for(self, text: str, lang: str | None) -> list[str]:
        """The pattern languages to run: the given one, or those whose script is in the text."""
        base = base_language(lang)
        if base:
            return [base, ANY_LANG]
        langs = [ANY_LANG]
        if _HAN.search(text):
            langs.append("zh")
        if _THAI.search(text):
            langs.append("th")
        if _ARABIC.search(text):
            langs.append("ar")
        if _LATIN.search(text):
            langs.extend(self._latin_langs)
        return langs

    def check_text(self, text: str, lang: str | None = None, role: TextRole = TextRole.TEXT) -> list[Finding]:
        """Findings in text, sorted by position then severity. lang None: guess from script."""
        if not text or not text.strip():
            return []
        langs = self.languages_for(text, lang)
        reported_lang = base_language(lang) or ""
        forms: dict[bool, NormalizedText] = {}
        findings: list[Finding] = []
        for active in self._active:
            rule = active.rule
            compiled = compile_rule(rule)
            seen: set[tuple[int, int]] = set()
            for code in langs:
                patterns = compiled.get(code)
                if patterns is None:
                    continue
                norm = forms.get(rule.fold_diacritics)
                if norm is None:
                    norm = forms[rule.fold_diacritics] = normalize(text, rule.fold_diacritics)
                for s, e in patterns.spans(norm.text):
                    start, end = norm.original_span(s, e)
                    if (start, end) in seen:
                        continue
                    seen.add((start, end))
                    finding_lang = reported_lang or (code if code != ANY_LANG else "")
                    findings.append(Finding(
                        rule_id=rule.id, severity=self._severity(rule, role), markets=active.markets,
                        lang=finding_lang, start=start, end=end, matched=text[start:end], text=text,
                        explanation=rule.explanation, source=rule.source,
                        suggestion=rule.suggestion_for(finding_lang or None), title=rule.title, role=role))
        findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule_id))
        return findings

    @staticmethod
    def _severity(rule: Rule, role: TextRole) -> RuleSeverity:
        # A cue is read by the host, never said to viewers: worth knowing, never blocking.
        return RuleSeverity.INFO if role is TextRole.CUE else rule.severity

    def check_lines(self, text: str, lang: str | None = None, role: TextRole = TextRole.TEXT) -> list[Finding]:
        """check_text per line of a multi-line text; source_line_no is the 1-based line."""
        out: list[Finding] = []
        for no, line in enumerate(text.splitlines() or [text], start=1):
            out.extend(dataclasses.replace(f, source_line_no=no) for f in self.check_text(line, lang, role))
        return out

    def check_show(self, show: "Show") -> list[Finding]:
        """Every spoken line and its approved translations, the offer and product names drawn
        on screen, and cues (as info: they are never spoken). In run-of-show order."""
        out: list[Finding] = []
        products_checked: set[str] = set()
        for seg_index, segment in enumerate(show.segments):
            where = {"segment_index": seg_index}
            if segment.offer:
                out += [dataclasses.replace(f, source_line_no=segment.source_line_no, **where)
                        for f in self.check_text(segment.offer, show.language, TextRole.ON_SCREEN)]
            product = show.product(segment.product_sku)
            if product is not None and product.sku not in products_checked:
                products_checked.add(product.sku)
                out += [dataclasses.replace(f, source_line_no=segment.source_line_no, **where)
                        for f in self.check_text(product.name, show.language, TextRole.ON_SCREEN)]
            for line_index, line in enumerate(segment.lines):
                place = dict(where, line_index=line_index, source_line_no=line.source_line_no)
                role = TextRole.SPOKEN if line.spoken else TextRole.CUE
                out += [dataclasses.replace(f, **place) for f in self.check_text(line.text, show.language, role)]
                for lang, translated in line.translations.items():
                    out += [dataclasses.replace(f, **place)
                            for f in self.check_text(translated, lang, TextRole.TRANSLATION)]
        if self.check_opening_disclosure:
            from studio.compliance.disclosure import opening_disclosure_finding

            missing = opening_disclosure_finding(show)
            if missing is not None:
                out.insert(0, missing)
        return out

    def check_caption(self, event: "CaptionEvent") -> list[Finding]:
        """A final caption's spoken text and each of its translations."""
        out = self.check_text(event.text, event.lang or None, TextRole.CAPTION)
        for lang, translated in event.translations.items():
            out += self.check_text(translated, lang, TextRole.CAPTION)
        return out


def by_script_line(findings: Iterable[Finding]) -> dict[tuple[int, int], list[Finding]]:
    """Findings in the host's own words (spoken lines and cues), keyed by (segment_index,
    line_index) and sorted by span: what the teleprompter underlines on each line."""
    out: dict[tuple[int, int], list[Finding]] = {}
    for f in findings:
        if f.role in (TextRole.SPOKEN, TextRole.CUE) and f.segment_index is not None and f.line_index is not None:
            out.setdefault((f.segment_index, f.line_index), []).append(f)
    for items in out.values():
        items.sort(key=lambda f: (f.start, -f.severity.rank))
    return out
