"""Deal claims read with their producer notes: reference prices, discounts, scarcity, countdowns.

"Was $120, tonight $29" and "only 3 left!" are lawful when true. What makes them violations is
a fact the words do not carry — a list price never charged, a timer that resets, 4,800 units in
the warehouse — and producers write that fact in the notes ("[never sold at $120]",
"【库存充足，约3000件】"). So, per line, for fake_discount and false_urgency:

    notes (or the line itself) say it is false  -> a finding in every market where the category
                                                   is on, blocking (the pack's law: 16 CFR 233,
                                                   98/6/EC art. 6a, UCPD Annex I pt 7, 价格法 §14...)
    notes say it is true                         -> no finding of that category, rule or semantic
    notes silent                                 -> markets whose pack blocks the category (EU, UK,
                                                   CN for prices, IN for urgency) get a warn to verify

The shapes and the note facts are regexes in assets/compliance/deals.yaml, over normalized text
(any script's digits as 0-9), in every language at once: a note may be English over a Thai line.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from typing import Sequence

from studio import paths
from studio.compliance.amounts import money_at, ranges_at
from studio.compliance.spoken_counts import word_counts
from studio.compliance.normalize import alternation, normalize

DEAL_CATEGORIES = ("fake_discount", "false_urgency")
STOCK_CONTRADICTS = 50          # a stock this large in the notes makes "only N left" untrue
# A silent note warns only where the classifier gives the deal at least this probability
# ("Die Show endet um 22 Uhr" 0.05, "Statt 149 € nur 29 €" 0.54): a shape alone is too common.
SILENT_MIN_SCORE = 0.25


class Fact(enum.Enum):
    FALSE = "false"      # the notes or the line say the deal is not what it claims
    TRUE = "true"        # the notes or the line say it is real
    SILENT = "silent"


@dataclass(frozen=True)
class DealPatterns:
    shapes: dict[str, re.Pattern]
    topics: dict[str, re.Pattern]
    facts: dict[tuple[str, Fact], re.Pattern]
    stock_words: re.Pattern
    line_true: dict[str, re.Pattern]
    line_false: dict[str, re.Pattern]
    scoped_line: re.Pattern | None = None
    scoped_notes: re.Pattern | None = None
    scoped_global: re.Pattern | None = None
    no_restock: re.Pattern | None = None
    no_reset: re.Pattern | None = None
    system_count: re.Pattern | None = None
    crowd: re.Pattern | None = None
    run_total: re.Pattern | None = None
    usual_price: re.Pattern | None = None
    one_off: re.Pattern | None = None
    lowest_30: re.Pattern | None = None
    runs_on: re.Pattern | None = None
    ultimatum: re.Pattern | None = None       # "now or never": with the notes silent, the line is the claim
    restock_dated: re.Pattern | None = None   # "pas de réassort avant février": the line names the restock itself
    list_price_kept: re.Pattern | None = None  # "[list price unchanged for 3 months]": the price after the deal


@functools.lru_cache(maxsize=1)
def deal_patterns() -> DealPatterns:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "deals.yaml")
    facts = data["facts"]
    return DealPatterns(
        shapes={c: alternation(data["shapes"][c]) for c in DEAL_CATEGORIES},
        topics={c: alternation(data["topics"][c]) for c in DEAL_CATEGORIES},
        # YAML reads the keys `false:` and `true:` as booleans
        facts={(c, f): alternation(facts[c][f is Fact.TRUE]) for c in DEAL_CATEGORIES for f in (Fact.FALSE, Fact.TRUE)},
        stock_words=alternation(facts["stock_words"]),
        line_true={c: alternation(v) for c, v in (data.get("line_true") or {}).items()},
        line_false={c: alternation(v) for c, v in (data.get("line_false") or {}).items()},
        scoped_line=alternation(data["scoped_superlative"]["line"]), scoped_notes=alternation(data["scoped_superlative"]["notes"]),
        scoped_global=alternation(data["scoped_superlative"]["global"]),
        no_restock=alternation([facts["no_restock"], _negated(facts["negated_restock"])]), no_reset=alternation(facts["no_reset"]),
        system_count=alternation(facts["system_count"]), crowd=alternation(facts["crowd"]), run_total=alternation(facts["run_total"]), usual_price=alternation(facts["usual_price"]),
        one_off=alternation(facts["one_off"]), lowest_30=alternation(facts["lowest_30"]), runs_on=alternation(facts["runs_on"]),
        ultimatum=alternation(data["ultimatum"]) if data.get("ultimatum") else None,
        restock_dated=alternation(facts["restock_dated"]) if facts.get("restock_dated") else None,
        list_price_kept=alternation(facts["list_price_kept"]) if facts.get("list_price_kept") else None)


def _negated(words: dict) -> str:
    """A negator right before a restock word (one filler word or a glued prefix between), any language."""
    return (rf"(?<!\w)(?:{words['negators']})\s*(?:(?:ada|any|a|de|na|nang|more|further|mais|plus de)\s+)?"
            rf"\S{{0,4}}?(?:{words['restock']})")


_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?![\d])|\d+")


def _numbers(text: str) -> list[int]:
    return [int(re.sub(r"[.,]", "", m.group())) for m in _NUMBER.finditer(text)]


def _usual_price_fact(clause: str, line: str) -> Fact:
    """A note giving the usual price: the line's reference (highest) price -> TRUE; only its
    deal (lowest) price -> FALSE ("always sold at RM39.90" under "was RM399, now RM39.90").
    The amount read is the first of the line's amounts after the note's usual-price word, else the
    nearest before it ("一直卖299元，999元是划线价": 299; "지난 3개월간 39만 9천원에 판매": 399,000);
    amounts compare in any shorthand ("89 lucas" = "89.000 CLP", "39만 9천원", "4.5k", "1 triệu 2")."""
    usual = deal_patterns().usual_price.search(clause) if line else None
    if usual is None:
        return Fact.SILENT
    said = {a for _, a in money_at(line) if a >= 5}
    if len(said) < 2:
        return Fact.SILENT
    noted = [(pos, a) for pos, a in money_at(clause) if a in said]
    after = [a for pos, a in noted if pos >= usual.start()]
    before = [a for pos, a in noted if pos < usual.start()]
    value = after[0] if after else (before[-1] if before else None)
    if value is None:
        return _usual_range_fact(clause, said, usual.start())
    if value == max(said) or _named_as_reference(line, value):
        return Fact.TRUE
    if value == min(said):
        return Fact.FALSE
    return Fact.SILENT


def _usual_range_fact(clause: str, said: set[float], after: int) -> Fact:
    """A usual price given as a range ("selalu dijual 2,4-2,6 juta") that holds the line's deal price and not its
    reference price -> FALSE; one that holds the reference -> TRUE (round 26)."""
    for _pos, low, high in (r for r in ranges_at(clause) if r[0] >= after):
        if low <= max(said) <= high:
            return Fact.TRUE
        if low <= min(said) <= high:
            return Fact.FALSE
    return Fact.SILENT


def _named_as_reference(line: str, value: float) -> bool:
    """The line names `value` as its reference price ("was 899, tonight 549"), whatever other
    numbers it says ("the VoltPack 1000")."""
    shape = deal_patterns().shapes.get("fake_discount")
    spans = [m.span() for m in shape.finditer(line)] if shape is not None else []
    return any(a == value and any(s <= pos < e for s, e in spans) for pos, a in money_at(line))


_DAYS = re.compile(r"\d+\s*(?:j\b|jours?\b|days?\b|d[ií]as\b|tagen?\b|hari\b|ngày|天|日|يوم|ايام|أيام|일|วัน|araw\b)")


def _lowest_30_fact(clause: str, line: str) -> Fact:
    """The lowest price of the previous 30 days in a note: the line's reference price -> TRUE; another
    amount -> FALSE ("Was €89, now €39" over "[lowest price in the last 30 days was €42]")."""
    # the amount may stand on either side of the words ("79 € = prix le plus bas sur 30 j"); a count of days
    # is the period, not a price
    said = {a for pos, a in money_at(line) if a >= 5 and not _DAYS.match(line, pos)}
    noted = [a for pos, a in money_at(clause) if a >= 5 and not _DAYS.match(clause, pos)]
    if len(said) < 2 or not noted or max(said) in noted:
        return Fact.TRUE
    return Fact.FALSE


def _stock_contradicts(clause: str, line: str) -> bool:
    """A stock of 50 or more in the notes contradicts "only N left", unless it is a production
    total ("limited run of 500") or the number the line says."""
    said = set(_numbers(line)) if line else set()
    return any(any(n >= STOCK_CONTRADICTS and n not in said for n in _numbers(part)) for part in _stock_parts(clause))


def _stock_parts(clause: str):
    """The comma-separated parts of a note clause that name stock (a stock word), not a run total."""
    p = deal_patterns()
    previous = ""
    for part in re.split(r"[，、،]|,\s", clause):          # not "3,000"
        # "limited edition, 100 pcs": a bare count right after the run names its size
        run = p.run_total.search(part) or (p.run_total.search(previous) and len(part.split()) <= 2)
        previous = part
        if p.stock_words.search(part) and not run:
            yield part


def _stated_count_fact(clause: str, line: str) -> Fact:
    """A note stating the stock left, read against the count the line says (digits or words): the
    same count -> TRUE ("sisa 3 pcs" under "tinggal 3 lagi", "3 pièces restantes" under "plus que
    trois pièces"); a larger one -> FALSE ("still 30 pcs" under "only 3 left"). Run totals ("limited
    edition of 300") are not stock. "One" said as a word is also an article ("une", "se", "una"): it backs
    a noted 1 but contradicts nothing."""
    said = {n for n in _prices(line) + word_counts(line) if n < STOCK_CONTRADICTS} if line else set()
    if not said:
        return Fact.SILENT
    counted = {n for n in _prices(line) if n < STOCK_CONTRADICTS} | {n for n in word_counts(line) if 1 < n}
    verdict = Fact.SILENT
    for part in _stock_parts(clause):
        noted = {n for n in _prices(part) + word_counts(part) if n > 0}
        if not noted:
            continue
        if noted & said:
            verdict = Fact.TRUE
        elif counted and min(noted) > max(counted):
            return Fact.FALSE
    return verdict


def _system_count_fact(clause: str, line: str) -> Fact:
    """A note saying what the shop's system shows: the count the line says -> TRUE ("system shows 3
    left" under "only 3 left"); a crowd the line makes many times larger -> FALSE ("backend shows
    6 checkouts" under "248 people checking out now")."""
    p = deal_patterns()
    shown = p.system_count.search(clause) if line else None
    if shown is None:
        return Fact.SILENT
    said = set(_prices(line))
    # "the 420 is a sticker, the system has 5": 5; else the count before it ("5 left per the stock system");
    # counts said as words too ("والنظام يبين ثلاث قطع", "系统显示剩五件" under "باقي ثلاث قطع", "最后五件")
    after = clause[shown.end():]
    noted = set(_numbers(after)) | set(word_counts(after)) or set(_numbers(clause[:shown.start()]))
    if not noted:
        return Fact.SILENT
    if said & noted or set(word_counts(line)) & noted:
        return Fact.TRUE
    if not said:        # "hurry!" after "only 4 left" (its own sentence): the system's low count backs it
        return Fact.TRUE if min(noted) < STOCK_CONTRADICTS else Fact.SILENT
    inflated = p.crowd.search(line) and max(said) >= max(3 * max(noted), STOCK_CONTRADICTS)
    return Fact.FALSE if inflated else Fact.SILENT


def _prices(text: str) -> list[int]:
    """The numbers of a line that are not percentages."""
    norm = normalize(text).text
    return [n for m, n in zip(_NUMBER.finditer(norm), _numbers(norm)) if not norm[m.end():].lstrip().startswith("%")]


def _note_clauses(notes: Sequence[str]) -> list[str]:
    """Each note split at ';' so "price runs all week; timer resets" gives two facts."""
    out = []
    for note in notes:
        body = normalize(note.strip().strip("[]【】")).text
        out.extend(part for part in re.split(r"[;；؛]", body) if part.strip())
    return out


def notes_fact(category: str, notes: Sequence[str], line: str = "") -> Fact:
    """What the notes (and the line's own words) say about the line's deal of this category."""
    p = deal_patterns()
    norm_line = normalize(line).text if line else ""
    if norm_line and category in p.line_false and p.line_false[category].search(norm_line):
        return Fact.FALSE
    verdict = Fact.SILENT
    for clause in _note_clauses(notes):
        if category == "false_urgency":
            counted = _system_count_fact(clause, norm_line)
            if counted is Fact.FALSE:
                return Fact.FALSE
            if counted is Fact.TRUE:
                verdict = Fact.TRUE
                continue
        if category == "false_urgency" and p.restock_dated is not None and p.restock_dated.search(norm_line):
            clause = re.sub(r"\brestock\w*", " ", clause)     # the notes' restock is the one the line announces
        if category == "false_urgency" and p.list_price_kept is not None:
            clause = p.list_price_kept.sub(" ", clause)    # the price the deal ends at, not a deadline that runs on
        if category == "false_urgency" and p.one_off.search(clause):
            verdict = Fact.TRUE         # "[one-night promo]", "[이번 방송 한정]": the deadline is real
            clause = p.one_off.sub(" ", clause)
        if category == "false_urgency" and p.no_restock.search(clause):
            verdict = Fact.TRUE         # "[discontinued]", "[kilang tak buat lagi]": the scarcity is real
            clause = p.no_restock.sub(" ", clause)
        if not p.topics[category].search(clause):
            continue
        if category == "false_urgency":
            for real in (p.no_restock, p.no_reset):
                if real.search(clause):
                    clause = real.sub(" ", clause)  # "no restock planned", "timer does not reset" are not restocks
                    verdict = Fact.TRUE
        if p.facts[(category, Fact.FALSE)].search(clause):
            return Fact.FALSE           # a contradiction outweighs any "real" in the same notes
        if category == "false_urgency" and p.runs_on.search(clause) and not p.runs_on.search(norm_line):
            return Fact.FALSE           # the offer runs on past the line's deadline ("[... through end of month]")
        if category == "false_urgency":     # the stock the notes list against the count the line says
            stated = _stated_count_fact(clause, norm_line)
            if stated is Fact.FALSE or _stock_contradicts(clause, norm_line):
                return Fact.FALSE
            verdict = stated if stated is Fact.TRUE else verdict
        if category == "fake_discount" and p.lowest_30.search(clause):
            lowest = _lowest_30_fact(clause, norm_line)
            if lowest is Fact.FALSE:
                return Fact.FALSE
            verdict = Fact.TRUE
            continue
        if category == "fake_discount":
            usual = _usual_price_fact(clause, norm_line)
            if usual is Fact.FALSE:
                return Fact.FALSE
            if usual is Fact.TRUE:
                verdict = Fact.TRUE
        if p.facts[(category, Fact.TRUE)].search(clause):
            verdict = Fact.TRUE
    if verdict is Fact.SILENT and norm_line and category in p.line_true and p.line_true[category].search(norm_line):
        return Fact.TRUE
    if verdict is Fact.SILENT and category == "false_urgency" and p.ultimatum is not None and p.ultimatum.search(norm_line):
        return Fact.FALSE               # "Heute Abend oder nie": no note makes the ultimatum true, so it is the claim
    return verdict


def deal_span(category: str, text: str) -> tuple[int, int] | None:
    """The first deal shape of the category in text (original indices), or None."""
    norm = normalize(text)
    m = deal_patterns().shapes[category].search(norm.text)
    if not m:
        return None
    end = m.end()          # "was $1" -> "was $199": the whole number is the claim
    while end < len(norm.text) and (norm.text[end].isdigit() or
                                    (norm.text[end] in ".," and norm.text[end + 1:end + 2].isdigit())):
        end += 1
    return norm.original_span(m.start(), end)


def scoped_superlative(line: str, notes: Sequence[str] = ()) -> bool:
    """True when a superlative in the line is scoped to the seller's own range, shop or period,
    or the notes say it rests on the shop's own data (see deals.yaml, scoped_superlative)."""
    p = deal_patterns()
    norm = normalize(line).text
    if p.scoped_global.search(norm):
        return False
    return bool(p.scoped_line.search(norm) or any(p.scoped_notes.search(clause) for clause in _note_clauses(notes)))
