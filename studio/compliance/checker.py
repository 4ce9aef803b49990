"""The checker: text, a whole show, or a live caption in; findings out.

    checker = Checker(["US", "DE"])
    for f in checker.check_text("Best serum ever, cures acne!", lang="en"):
        print(f.rule_id, f.severity.value, f.start, f.end, f.suggestion)

A Checker is immutable after construction and holds no per-call state, so one
instance may be shared: the CLI and the script panel call it on their own thread,
the live checker on the captions thread (never the GUI thread: the semantic check
runs a sentence encoder, ~20-40 ms a line on this CPU).

Two sources of findings: the packs' rules (exact span, rule id, law, rewrite) and the
semantic claim classifier (studio.compliance.semantic), which reads the whole line, with
the producer notes of its segment, and adds a finding for a category no rule found there,
with the market's semantic policy (severity, law, rewrite) and the labeled example it
resembles. The classifier loads lazily, once per process, on the first line it reads.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from studio.compliance.deal_context import DEAL_CATEGORIES
from studio.compliance.disclosure import OPENING_RULE_ID, says_disclosure
from studio.compliance.late_disclosure import discloses_up_front
from studio.compliance.line_readers import apply_line_readers
from studio.compliance.markets import applies, parse_markets
from studio.compliance.matcher import ANY_LANG, RAW_LANGS, compile_rule
from studio.compliance.model import Finding, Rule, RuleSeverity, TextRole
from studio.compliance.normalize import NormalizedText, normalize
from studio.compliance.packs import disabled_ids, load_rules, retraction_words, semantic_policy
from studio.compliance.semantic import ClaimVerdict, SemanticUnavailable, shared_classifier
from studio.compliance.semantic_findings import (is_note_line, nearest_notes, split_notes, verdict_findings,
                                                 worth_classifying)

if TYPE_CHECKING:
    from studio.core.events import CaptionEvent
    from studio.show.model import Show

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


class UnknownMarketError(ValueError):
    """No loaded rule pack covers a market the user asked for."""


MAX_TAG_CHARS = 12     # a leading bracket this short is a tag shown on screen, not a producer's note


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
                 strict_markets: bool = False, semantic: bool = True):
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
        # market -> category -> SemanticPolicy; empty when the semantic check is off
        # (the deal check reads the same policy with or without the classifier)
        policies = semantic_policy(self.markets, packs_dir, user_pack)
        self._category_policies = {m: {c: p for c, p in by_cat.items() if p.severity is not None}
                                   for m, by_cat in policies.items()}
        self._policies = self._category_policies if semantic else {}
        self.semantic = any(self._policies.values())
        self._latin_langs = sorted({ps.lang for a in active for ps in a.rule.patterns
                                    if ps.lang not in RAW_LANGS and ps.lang not in ("ar", ANY_LANG)})
        # a cheap first look: only a line holding a retraction word is matched for retracted hits
        words = retraction_words(packs_dir)
        self._may_retract = re.compile("|".join(re.escape(w) for w in words)) if words else None

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

    @property
    def semantic_notice(self) -> str | None:
        """Why the semantic check is not running (no encoder model...), or None."""
        if not self.semantic:
            return None
        try:
            shared_classifier()
        except SemanticUnavailable as exc:
            return f"semantic claim check off: {exc}"
        return None

    def classify(self, texts: Sequence[str], notes: Sequence[Sequence[str]] | None = None
                 ) -> list[ClaimVerdict | None]:
        """Classifier verdicts in one encoder call; None for each text when the check cannot run."""
        if not self.semantic or not texts:
            return [None] * len(texts)
        try:
            return list(shared_classifier().classify(list(texts), notes))
        except SemanticUnavailable as exc:
            log.info("semantic claim check skipped: %s", exc)
            return [None] * len(texts)

    def check_text(self, text: str, lang: str | None = None, role: TextRole = TextRole.TEXT,
                   notes: Sequence[str] = (), verdict: ClaimVerdict | None | bool = True,
                   segment_disclosed: bool = False) -> list[Finding]:
        """Findings in text, sorted by position then severity. lang None: guess from script.
        notes: producer notes of the text's segment (facts the line is read with); leading
        bracketed notes in the text itself count too. verdict: a classifier verdict already
        computed for this text (check_show batches them), None for none, True to classify here.
        segment_disclosed: an earlier line of the segment said the live is sponsored (a paid note
        then needs no disclosure in this line)."""
        if not text or not text.strip():
            return []
        findings = self._rule_findings(text, lang, role)
        if role is not TextRole.CUE and not is_note_line(text):
            inline, spoken, spoken_from = split_notes(text)
            context = nearest_notes([*notes, *inline])
            # a disclosure tag that opens the line ("【广告】", "[Werbung]") is shown with it: the line discloses
            segment_disclosed = segment_disclosed or any(len(n) <= MAX_TAG_CHARS and says_disclosure(n) for n in inline)
            if not self.semantic:
                verdict = None
            elif verdict is True:
                spoken_read = self.without_retracted(spoken, lang)
                verdict = self.classify([spoken_read], [context])[0] if worth_classifying(spoken_read) else None
            if isinstance(verdict, ClaimVerdict) and verdict.category == "undisclosed_endorsement" \
                    and (discloses_up_front(spoken) or segment_disclosed):
                # "#ad, paid partnership, but my opinion is honest" discloses: it cannot be a hidden ad (unless it
                # says so only after the pitch: late_disclosure.py)
                verdict = dataclasses.replace(verdict, category=None)
            if isinstance(verdict, ClaimVerdict):
                findings = self._agreed(findings, verdict, role)
                findings += self._semantic_findings(text, verdict, findings, lang, role, spoken_from)
            findings = apply_line_readers(findings, text, spoken_from, context, self._category_policies,
                                          base_language(lang) or "", role, verdict, self.semantic, segment_disclosed)
        # rules first: their span, rule and rewrite are the precise ones
        findings.sort(key=lambda f: (f.origin != "rule", f.start, -f.severity.rank, f.rule_id))
        return findings

    def _agreed(self, findings: list[Finding], verdict: ClaimVerdict, role: TextRole) -> list[Finding]:
        """A rule finding the classifier agrees with (same category) takes the markets' policy
        severity when that is stricter: a warn-level pattern ("guaranteed") on a line the
        classifier also reads as a guaranteed result is the claim the market blocks. Prices and
        deadlines are left to their notes (studio.compliance.deals)."""
        if role is TextRole.CUE or verdict.category is None or verdict.category in DEAL_CATEGORIES:
            return findings
        out = []
        for f in findings:
            ranks = [p.rank for m in f.markets
                     if (p := self._policies.get(m, {}).get(f.category)) is not None]
            if f.origin == "rule" and f.category == verdict.category and ranks and len(ranks) == len(f.markets) \
                    and min(ranks) > f.severity.rank:
                f = dataclasses.replace(f, severity=next(s for s in RuleSeverity if s.rank == min(ranks)))
            out.append(f)
        return out

    def _semantic_findings(self, text: str, verdict: ClaimVerdict, rule_findings: list[Finding],
                           lang: str | None, role: TextRole, spoken_from: int) -> list[Finding]:
        hits: dict[str, set[str]] = {}
        for f in rule_findings:
            for market in f.markets:
                hits.setdefault(market, set()).add(f.category)
        return verdict_findings(text, verdict, self._policies, hits, base_language(lang) or "", role, spoken_from)

    def _rule_findings(self, text: str, lang: str | None, role: TextRole) -> list[Finding]:
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
                        suggestion=rule.suggestion_for(finding_lang or None), title=rule.title, role=role,
                        category=rule.category))
        return findings

    def without_retracted(self, text: str, lang: str | None) -> str:
        """The text as the classifier reads it: without a claim the host took back at once and
        the words that took it back ("全网最……不对，是很受欢迎" reads "，是很受欢迎"); the
        rules already drop such hits (matcher: retraction)."""
        forms = {fold: normalize(text, fold) for fold in (False, True)}
        if self._may_retract is None or not any(self._may_retract.search(f.text) for f in forms.values()):
            return text
        cuts: list[tuple[int, int]] = []
        langs = self.languages_for(text, lang)
        for active in self._active:
            compiled = compile_rule(active.rule)
            norm = forms[active.rule.fold_diacritics]
            for code in langs:
                if (patterns := compiled.get(code)) is not None:
                    cuts += [norm.original_span(s, e) for s, e in patterns.retracted(norm.text)]
        if not cuts:
            return text
        out, pos = [], 0
        for s, e in sorted(cuts):
            if e > pos:
                out.append(text[pos:max(s, pos)])
                pos = e
        return "".join(out + [text[pos:]])

    @staticmethod
    def _severity(rule: Rule, role: TextRole) -> RuleSeverity:
        # A cue is read by the host, never said to viewers: worth knowing, never blocking.
        return RuleSeverity.INFO if role is TextRole.CUE else rule.severity

    def check_lines(self, text: str, lang: str | None = None, role: TextRole = TextRole.TEXT) -> list[Finding]:
        """check_text per line of a multi-line text; source_line_no is the 1-based line. A line
        that is only a bracketed note ("[offer really ends 21:00]") is read as a cue and is
        context for the lines after it."""
        out: list[Finding] = []
        lines = text.splitlines() or [text]
        notes: list[str] = []
        entries = []
        for no, line in enumerate(lines, start=1):
            if is_note_line(line):
                notes.append(line.strip())
                entries.append((no, line, TextRole.CUE, ()))
            else:
                entries.append((no, line, role, tuple(notes)))
        verdicts = self._batch_verdicts([(line, r, n) for _no, line, r, n in entries])
        disclosed = False
        for (no, line, line_role, line_notes), verdict in zip(entries, verdicts):
            out.extend(dataclasses.replace(f, source_line_no=no)
                       for f in self.check_text(line, lang, line_role, line_notes, verdict, disclosed))
            disclosed = disclosed or (line_role is not TextRole.CUE and says_disclosure(line))
        return out

    def _batch_verdicts(self, items: Sequence[tuple[str, TextRole, Sequence[str]]]) -> list[ClaimVerdict | None]:
        """One encoder call for many lines (a script, a caption and its translations)."""
        todo, where = [], []
        for i, (text, role, notes) in enumerate(items):
            if not self.semantic or role is TextRole.CUE or not text or is_note_line(text):
                continue
            inline, spoken, _ = split_notes(text)
            spoken = self.without_retracted(spoken, None)
            if worth_classifying(spoken):
                todo.append((spoken, nearest_notes([*notes, *inline])))
                where.append(i)
        out: list[ClaimVerdict | None] = [None] * len(items)
        if todo:
            for i, verdict in zip(where, self.classify([t for t, _ in todo], [n for _, n in todo])):
                out[i] = verdict
        return out

    def check_show(self, show: "Show") -> list[Finding]:
        """Every spoken line and its approved translations, the offer and product names drawn
        on screen, and cues (as info: they are never spoken). In run-of-show order. A line is
        read with the notes (cues) that come before it in its segment."""
        items: list[tuple[str, str | None, TextRole, tuple[str, ...] | None, dict]] = []
        products_checked: set[str] = set()
        for seg_index, segment in enumerate(show.segments):
            where = {"segment_index": seg_index}
            on_screen = dict(where, source_line_no=segment.source_line_no)
            if segment.offer:
                items.append((segment.offer, show.language, TextRole.ON_SCREEN, (), on_screen))
            product = show.product(segment.product_sku)
            if product is not None and product.sku not in products_checked:
                products_checked.add(product.sku)
                # a product name is a name ("Velvet Matte, Ruby"): rules only, no sentence to read
                items.append((product.name, show.language, TextRole.ON_SCREEN, None, on_screen))
            notes: list[str] = []
            for line_index, line in enumerate(segment.lines):
                place = dict(where, line_index=line_index, source_line_no=line.source_line_no)
                if not line.spoken:
                    items.append((line.text, show.language, TextRole.CUE, (), place))
                    notes.append(line.text)
                    continue
                context = nearest_notes(notes)
                items.append((line.text, show.language, TextRole.SPOKEN, context, place))
                for lang, translated in line.translations.items():
                    items.append((translated, lang, TextRole.TRANSLATION, context, place))
        verdicts = self._batch_verdicts([(text, role if notes is not None else TextRole.CUE, notes or ())
                                         for text, _lang, role, notes, _place in items])
        out: list[Finding] = []
        disclosed: set[int] = set()         # segments where a spoken line has said the live is sponsored
        for (text, lang, role, notes, place), verdict in zip(items, verdicts):
            seg = place["segment_index"]
            out += [dataclasses.replace(f, **place)
                    for f in self.check_text(text, lang, role, notes or (), verdict, seg in disclosed)]
            if role in (TextRole.SPOKEN, TextRole.TRANSLATION) and says_disclosure(text):
                disclosed.add(seg)
        if self.check_opening_disclosure:
            from studio.compliance.disclosure import opening_disclosure_finding

            missing = opening_disclosure_finding(show)
            if missing is not None:
                out.insert(0, missing)
        return out

    def check_caption(self, event: "CaptionEvent") -> list[Finding]:
        """A final caption's spoken text and each of its translations (one encoder call for all)."""
        texts = [(event.text, event.lang or None)] + [(t, lang) for lang, t in event.translations.items()]
        verdicts = self._batch_verdicts([(text, TextRole.CAPTION, ()) for text, _ in texts])
        out: list[Finding] = []
        for (text, lang), verdict in zip(texts, verdicts):
            out += self.check_text(text, lang, TextRole.CAPTION, (), verdict)
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
