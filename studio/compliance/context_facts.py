"""Facts around a line that decide what it claims, beyond prices and deadlines (deals.py).

- Payment in the notes: "[brand pays a monthly fee plus 20% commission]" then "my fave
  supplement, linking it below" is a hidden ad wherever the line, and the segment before it,
  never disclose. A disclosure in any language ("#ad", "#publi", "广告", "유료광고 포함",
  "Werbung") clears it. Without such a note there is no evidence: "not sponsored, I bought it
  myself" alone is not a finding.
- Environmental proof in the notes: "[contains synthetic fragrance]" makes "100% natural" a
  false green claim (blocking); "[GRS certified 50% recycled PET]" clears the classifier's vaguer
  reading of a specific claim.
- Ranking data in the notes: "[no survey or sales ranking exists]" makes "No. 1 in Singapore"
  an unsupported factual claim in every market, also where "best" is lawful puffery; notes that
  name the data ("[NielsenIQ Jan-Sep: unit leader; report linked]") clear it (not in CN).
- A medical disclaimer in the line (medical_context.py): "not a medicine, it cures nothing, ask your doctor" or a
  viewer's question answered by sending them to a doctor names the disease only to deny it.

Patterns: assets/compliance/context_facts.yaml (normalized text, every language at once).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Sequence

from studio.compliance.certified import certificate_only
from studio.compliance.context_words import context_patterns
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import _note_clauses
from studio.compliance.disclosure import says_denial
from studio.compliance.late_disclosure import discloses_up_front
from studio.compliance.medical_context import _without_denied_effect, is_medical_disclaimer, tells_to_stop_treatment
from studio.compliance.medical_referral import refers_without_cure
from studio.compliance.model import Finding, RuleSeverity, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.offer_only import only_an_offer
from studio.compliance.return_windows import is_return_window, refund_on_no_result
from studio.compliance.service_clauses import service_covers_guarantee

ENDORSEMENT, GREEN, SUPERLATIVE, MEDICAL, CULTURAL = ("undisclosed_endorsement", "green_claims",
                                                      "absolute_superlative", "medical", "cultural_sensitivity")
GUARANTEED, DISPARAGEMENT = "guaranteed_results", "disparagement"
READS_AS_MIN_SCORE = 0.2          # the classifier's top category at least this likely: the line reads as it


NEGATOR_SPAN_CHARS = 30         # a negator this close before a payment word negates it ("no payment, gift or commission")


def _payment_words(clause: str) -> tuple[bool, bool]:
    """(any payment word, every payment word negated): "sin pago, regalo ni comisión", "nenhuma relação
    paga", "بدون أي دفع أو هدية أو عمولة", "walang bayad": payment words under a negation are no payment."""
    p = context_patterns()
    hits = list(p.paid.finditer(clause))
    negated, last_end = [], None
    for m in hits:
        before = clause[max(0, m.start() - NEGATOR_SPAN_CHARS):m.start()]
        # a list goes on under the same negation ("no payment, gift or commission")
        listed = bool(negated) and negated[-1] and m.start() - last_end <= NEGATOR_SPAN_CHARS
        negated.append(listed or bool(p.backed_missing.search(before) or _NEGATED_WORD.search(before)))
        last_end = m.end()
    return bool(hits), bool(hits) and all(negated)


_NEGATED_WORD = re.compile(r"\bnenhum\w*|\bninguna?\b|\bnadie\b|\bkeine?\w*|\baucune?\b|\bzero\b|\bno\b|\bhindi\b|\bbukan\b")


def notes_say_paid(notes: Sequence[str]) -> bool:
    """The notes say the host is paid, gifted or on commission, and not that it is disclosed."""
    p = context_patterns()
    paid = False
    for clause in _note_clauses(notes):
        if p.disclosed.search(clause) and not p.undisclosed.search(clause):
            return False
        found, negated = _payment_words(clause)
        if found and not negated and not p.unpaid.search(clause):
            paid = True
    return paid


def notes_say_unpaid(notes: Sequence[str]) -> bool:
    """The notes say the host is not paid ("[bought at retail; no relationship with the brand]",
    "[no payment, gift or commission from the brand]")."""
    p = context_patterns()
    return any(p.unpaid.search(c) or _payment_words(c)[1] for c in _note_clauses(notes)) \
        and not notes_say_paid(notes)


def notes_say_disclosed(notes: Sequence[str]) -> bool:
    """The notes say the disclosure is made ("'Publicidade' label on screen the whole time")."""
    p = context_patterns()
    return any(p.disclosed.search(c) and not p.undisclosed.search(c) for c in _note_clauses(notes))


def declines_results(line: str) -> bool:
    """"Results vary, I promise no kilos" / "tùy cơ địa, em không hứa" / "¿adelgaza? No, ...": a
    promise declined or a question about a result answered no; or
    the guarantee is of the service ("Entrega garantida em 7 dias"), not of a result."""
    p, norm = context_patterns(), normalize(line).text
    return bool(p.declines_results.search(norm) or _service_guarantee(line) or p.asked_denied.search(norm)
                or is_return_window(line))


def _service_guarantee(line: str) -> bool:
    """The guarantee is of the service (delivery, warranty, a refund for damaged goods), not of a result."""
    return service_covers_guarantee(normalize(line).text, context_patterns().service_guarantee, _guarantee_words())


@functools.lru_cache(maxsize=1)
def _guarantee_words() -> re.Pattern:
    """The `guarantee` word family of vocab.yaml in every language ("guaranteed", "garanto", "保证", "مضمون")."""
    from studio.compliance.packs import load_families, vocab_path

    words = [w for fam in load_families(vocab_path()).values() for w in fam.get("guarantee", ())]
    def one(word: str) -> str:      # word boundaries for spaced scripts only (保证 sits inside 我保证你)
        text = re.escape(normalize(word).text)
        # Thai sits inside the range but is written without spaces: no boundaries ("รับประกันค่าไฟลดลง")
        spaced = re.match(r"[a-zà-ỹ]", word.lower()) and not re.match(r"[\u0e00-\u0e7f]", word)
        return rf"(?<!\w){text}(?!\w)" if spaced else text
    return re.compile("|".join(one(w) for w in words if w != "100%"))


def _notes_fact(notes: Sequence[str], false: re.Pattern, true: re.Pattern | None = None,
                unless: re.Pattern | None = None) -> bool | None:
    """False-fact in any clause: False; else a true-fact (in a clause `unless` does not match): True;
    else None."""
    clauses = _note_clauses(notes)
    if any(false.search(c) for c in clauses):
        return False
    if true is not None and any(true.search(c) and not (unless and unless.search(c)) for c in clauses):
        return True
    return None


def _says_outdated(notes: Sequence[str]) -> bool:
    """The notes say newer models exist or it came out years ago, not "no newer model" ("tidak ada
    model lebih baru", "chưa có mẫu mới hơn": a negator in the words just before)."""
    p = context_patterns()
    for clause in _note_clauses(notes):
        for m in p.outdated.finditer(clause):
            if not p.backed_missing.search(clause[max(0, m.start() - 20):m.start()]):
                return True
    return False


def _reads_as(verdict, category: str) -> bool:
    return verdict is not None and verdict is not True and verdict.top_category == category \
        and verdict.score >= READS_AS_MIN_SCORE


def apply_context_facts(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                        policies: dict[str, dict], lang: str, role: TextRole, verdict=None,
                        segment_disclosed: bool = False) -> list[Finding]:
    """The line's findings with the facts above applied. policies: market -> category ->
    SemanticPolicy (every category the packs decide, severity None where off)."""
    if role is TextRole.CUE:
        return findings
    spoken = text[spoken_from:]
    out = list(findings)
    if any(f.category == MEDICAL for f in out) and (is_medical_disclaimer(spoken) or refers_without_cure(spoken)):
        out = [f for f in out if f.category != MEDICAL]
    if any(f.category == MEDICAL for f in out) and not tells_to_stop_treatment(spoken):
        out = _without_denied_effect(out, spoken, spoken_from)
    if tells_to_stop_treatment(spoken):
        out = ensure_finding(out, MEDICAL, text, spoken_from, policies, lang, role,
                      "it tells viewers to stop their medicine or skip the doctor")
    if any(f.category == GUARANTEED for f in out) and declines_results(spoken):
        # the classifier's reading goes; a rule's too, unless the line also says a guarantee word ("garantido")
        # a service guarantee ("garansi uang kembali kalau barang cacat") keeps its guarantee word
        promised = _guarantee_words().search(normalize(spoken).text) and not _service_guarantee(spoken)
        out = [f for f in out if not (f.category == GUARANTEED and (f.origin == "semantic" or not promised))]
    if only_an_offer(spoken, _guarantee_words()) or certificate_only(normalize(spoken).text, _guarantee_words()):
        # "Tết này ... giảm 10%": a price; "vienen con certificado de ensayo": a grade vouched for; not a result
        out = [f for f in out if not (f.category == GUARANTEED and f.origin == "semantic")]
    if refund_on_no_result(spoken) and _guarantee_words().search(normalize(spoken).text) and not declines_results(spoken):
        # "保证...没白全额退费": a money-back clause does not take back the promised result
        out = ensure_finding(out, GUARANTEED, text, spoken_from, policies, lang, role, "it refunds if the result fails",
                             severity=None)
    if any(f.category == DISPARAGEMENT and f.origin == "semantic" for f in out) and _service_guarantee(spoken) \
            and context_patterns().return_terms.search(normalize(spoken).text):
        # the shop's own return or delivery terms ("sete dias pra trocar se vier com defeito") belittle no one
        out = [f for f in out if not (f.category == DISPARAGEMENT and f.origin == "semantic")]
    if not any(f.category == CULTURAL for f in out) and culture_topics().dismisses_worship(spoken):
        out = ensure_finding(out, CULTURAL, text, spoken_from, policies, lang, role,
                      "it tells viewers to skip or belittle worship", severity=None)
    p = context_patterns()
    # a disclosure in the line, in an earlier line of the segment, or on screen per the notes
    discloses = discloses_up_front(spoken) or segment_disclosed or (bool(notes) and notes_say_disclosed(notes))
    paid = bool(notes) and notes_say_paid(notes)
    if discloses or (not paid and (says_denial(spoken) or (bool(notes) and notes_say_unpaid(notes)))):
        # disclosed; or a denial with no evidence against it, or notes that confirm it: the classifier's
        # reading of a testimonial as a hidden ad is no finding
        out = [f for f in out if not (f.category == ENDORSEMENT and f.origin == "semantic")]
    elif paid:
        out = ensure_finding(out, ENDORSEMENT, text, spoken_from, policies, lang, role,
                      "the producer notes say the host is paid or gifted, and nothing in the line or before it "
                      "in the segment says so")
    norm = normalize(spoken).text
    if p.composition.search(norm) and not p.green_claim.search(norm):   # "100% cotton": a label, not green
        out = [f for f in out if not (f.category == GREEN and f.origin == "semantic")]
    if notes:
        green = _notes_fact(notes, p.green_false, p.green_true, unless=p.backed_missing)  # not "no test report"
        if green is False and (any(f.category == GREEN for f in out) or _reads_as(verdict, GREEN)
                               or p.green_claim.search(norm)):
            out = ensure_finding(out, GREEN, text, spoken_from, policies, lang, role,
                          "the producer notes contradict it", fallback=p.green_policy)
        elif green is True:
            out = [f for f in out if not (f.category == GREEN and f.origin == "semantic")]
        ranking = _notes_fact(notes, p.unsupported, p.ranking_backed, unless=p.backed_missing)
        if ranking is False and p.unsupported.search(norm):
            ranking = True      # the line says the rank below first itself ("xếp hạng 4", "판매 3위"): the notes bear it out
        if ranking is False and (
                p.ranking.search(norm) or any(f.category == SUPERLATIVE for f in out) or _reads_as(verdict, SUPERLATIVE)):
            out = ensure_finding(out, SUPERLATIVE, text, spoken_from, policies, lang, role,
                          "the producer notes say nothing backs it", fallback=p.unsupported_policy)
        elif ranking is True:
            out = _backed_ranking(out, p.backed_still_banned)
        if p.newest.search(norm) and _says_outdated(notes):
            # "the newest model" over "[released two years ago; two newer series exist]"
            out = ensure_finding(out, SUPERLATIVE, text, spoken_from, policies, lang, role,
                          "the producer notes say newer models exist", fallback=p.unsupported_policy)
        elif p.newest.search(norm) and not p.ranking.search(p.newest.sub(" ", norm)) and \
                any(p.newest_confirmed.search(c) for c in _note_clauses(notes)):
            # "the newest model" over "[launched this month; the newest model]": its only superlative is true
            out = [f for f in out if not (f.category == SUPERLATIVE and f.origin == "semantic")]
    return out


def _backed_ranking(findings: list[Finding], still_banned: frozenset) -> list[Finding]:
    """The notes name the data behind the ranking (NielsenIQ, Olive Young's ranking, sales data on
    file): a substantiated ranking is lawful, so its findings go, except in the markets whose law
    bans absolute terms whatever the data (CN)."""
    out = []
    for f in findings:
        if f.category != SUPERLATIVE:
            out.append(f)
            continue
        banned = tuple(m for m in f.markets if m in still_banned)
        if banned:
            out.append(replace(f, markets=banned))
    return out


def ensure_finding(findings: list[Finding], category: str, text: str, spoken_from: int, policies: dict[str, dict],
                   lang: str, role: TextRole, why: str, fallback: dict | None = None,
                   severity: RuleSeverity | None = RuleSeverity.BLOCK) -> list[Finding]:
    """The category blocks in every market: existing findings of it are raised to block, and a
    whole-line finding is added for the markets none covers (the pack's law; `fallback` where
    the market's policy has the category off). severity None: each market's own policy severity."""
    out = [replace(f, severity=severity) if f.category == category and severity is not None else f
           for f in findings]
    covered = {m for f in out if f.category == category for m in f.markets}
    groups: dict[tuple, list[str]] = {}
    for market, by_cat in policies.items():
        if market in covered:
            continue
        policy = by_cat.get(category)
        if policy is not None and policy.severity is not None:
            groups.setdefault((policy.pack_id, policy.title, policy.source), []).append(market)
        elif fallback is not None:
            groups.setdefault(("", fallback["title"], fallback["source"]), []).append(market)
    rest = text[spoken_from:]
    start = spoken_from + (len(rest) - len(rest.lstrip()))
    end = start + len(rest.strip())
    for (pack_id, title, source), markets in groups.items():
        policy = policies[markets[0]].get(category)
        if pack_id and policy is not None:
            suggestion = policy.suggestion_for(lang or None)
        else:
            table = fallback["suggestion"]
            suggestion = table.get(lang) or table.get("en", "")
        out.append(Finding(
            rule_id=f"context.{category.replace('_', '-')}",
            severity=severity or (policy.severity if policy is not None else RuleSeverity.WARN), markets=tuple(markets),
            lang=lang, start=start, end=end, matched=text[start:end], text=text,
            explanation=f"{title}: {why}.", source=source, suggestion=suggestion, title=title, role=role,
            category=category))
    return out
