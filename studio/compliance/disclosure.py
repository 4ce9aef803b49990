"""Sponsorship disclosure: what each market needs on screen and how often the host says it.

Read from assets/compliance/disclosure.yaml. `plan_for(markets, caption_languages)`
merges the markets of a show: the ticker is continuous if any market requires it, the
reminder interval is the shortest, and the label lists each language once.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from pathlib import Path

from studio import paths
from studio.compliance.markets import GROUPS, canonical_market, parse_markets
from studio.compliance.packs import PackError, read_yaml


class TickerMode(enum.Enum):
    CONTINUOUS = "continuous"   # on screen for the whole live
    TIMED = "timed"             # shown for ticker_show_s every ticker_every_s
    OFF = "off"


@dataclass(frozen=True)
class MarketDisclosure:
    market: str
    ticker: TickerMode
    ticker_every_s: float
    ticker_show_s: float
    reminder_every_s: float
    languages: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class DisclosurePlan:
    """The merged requirement for a show's markets."""

    markets: tuple[str, ...]
    ticker: TickerMode
    ticker_every_s: float
    ticker_show_s: float
    reminder_every_s: float
    label: str                      # "#ad · Sponsored · Werbung · Anzeige"
    reminder_text: str              # in the host's language
    sources: tuple[str, ...]

    def ticker_visible(self, t_s: float) -> bool:
        """Timed tickers show at the start of each period (t=0 included: viewers who
        arrive first see it at once)."""
        if self.ticker is TickerMode.CONTINUOUS:
            return True
        if self.ticker is TickerMode.OFF:
            return False
        return (t_s % self.ticker_every_s) < self.ticker_show_s


def disclosure_file() -> Path:
    return paths.assets_dir() / "compliance" / "disclosure.yaml"


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict:
    data = read_yaml(path)
    if not isinstance(data, dict) or "markets" not in data or "default" not in data["markets"]:
        raise PackError(f"{path}: needs 'labels', 'reminders' and 'markets' with a 'default' entry")
    return data


def market_disclosure(market: str, path: Path | None = None) -> MarketDisclosure:
    data = _load(path or disclosure_file())
    table = {canonical_market(k): v for k, v in data["markets"].items()}
    code = canonical_market(market)
    entry = table.get(code)
    if entry is None:
        group = next((g for g, members in GROUPS.items() if code in members), None)
        entry = table.get(group) if group else None
    entry = entry or table["DEFAULT"]
    try:
        return MarketDisclosure(
            market=code, ticker=TickerMode(str(entry.get("ticker", "timed"))),
            ticker_every_s=float(entry.get("ticker_every_s", 300)),
            ticker_show_s=float(entry.get("ticker_show_s", 20)),
            reminder_every_s=float(entry.get("reminder_every_s", 600)),
            languages=tuple(entry.get("languages") or ()), source=str(entry.get("source", "")))
    except (ValueError, TypeError) as exc:
        raise PackError(f"{path or disclosure_file()}: market {market}: {exc}") from exc


def plan_for(markets, caption_languages=(), host_language: str = "en",
             path: Path | None = None) -> DisclosurePlan:
    data = _load(path or disclosure_file())
    codes = parse_markets(markets) or ("DEFAULT",)
    items = [market_disclosure(m, path) for m in codes]
    if any(i.ticker is TickerMode.CONTINUOUS for i in items):
        mode = TickerMode.CONTINUOUS
    elif all(i.ticker is TickerMode.OFF for i in items):
        mode = TickerMode.OFF
    else:
        mode = TickerMode.TIMED
    timed = [i for i in items if i.ticker is TickerMode.TIMED] or items
    labels: dict[str, str] = data.get("labels") or {}
    langs: list[str] = []
    for lang in [host_language, *[lang for i in items for lang in i.languages], *caption_languages]:
        base = lang.split("-")[0].lower()
        if base in labels and base not in langs:
            langs.append(base)
    label = " · ".join(dict.fromkeys(labels[lang] for lang in langs)) or labels.get("en", "#ad")
    reminders: dict[str, str] = data.get("reminders") or {}
    host = host_language.split("-")[0].lower()
    return DisclosurePlan(
        markets=codes, ticker=mode,
        ticker_every_s=min(i.ticker_every_s for i in timed),
        ticker_show_s=max(i.ticker_show_s for i in timed),
        reminder_every_s=min(i.reminder_every_s for i in items),
        label=label, reminder_text=reminders.get(host) or reminders.get("en", ""),
        sources=tuple(dict.fromkeys(i.source for i in items if i.source)))


OPENING_RULE_ID = "disclosure.opening"


@functools.lru_cache(maxsize=4)
def _spoken_patterns(path: Path) -> tuple:
    from studio.compliance.matcher import compile_pattern_set
    from studio.compliance.model import PatternSet

    table = _load(path).get("spoken_disclosure") or {}
    return tuple(compile_pattern_set(PatternSet(lang=str(lang), phrases=tuple(str(p) for p in phrases)), False)
                 for lang, phrases in table.items())


@functools.lru_cache(maxsize=4)
def _denial_pattern(path: Path):
    from studio.compliance.normalize import alternation

    items = _load(path).get("spoken_denial") or []
    return alternation(items) if items else None


@functools.lru_cache(maxsize=4)
def _paid_relation(path: Path):
    """(relation next to paid, commission, negator) regexes from `spoken_paid_relation`, or None."""
    import re

    from studio.compliance.normalize import normalize_regex

    words = _load(path).get("spoken_paid_relation")
    if not words:
        return None
    rel, paid = (f"(?:{normalize_regex(words[k])})" for k in ("relation", "paid"))
    near = r"(?:\s*[^\s.!?]+){0,3}?\s*"
    return (re.compile(f"{rel}{near}(?P<p1>{paid})|(?P<p2>{paid}){near}{rel}"),
            re.compile(normalize_regex(words["commission"])),
            re.compile(f"(?:{normalize_regex(words['negators'])})[^.!?,]{{0,12}}$"))


def _says_paid_relation(norm: str, path: Path) -> bool:
    """A paid relationship said in any wording: "colaboración paga", "partenariat rémunéré",
    "me llevo comisión"; not when a negator comes just before the payment word ("sin comisión")."""
    return bool(paid_relation_spans(norm, path))


def paid_relation_spans(norm: str, path: Path | None = None) -> list[tuple[int, int]]:
    """Where _says_paid_relation hears a paid relationship in normalized text (late_disclosure.py reads its position:
    "... le lien est en bas... et sinon c'est une collab rémunérée" discloses only at the end, round 28)."""
    readers = _paid_relation(path or disclosure_file())
    if readers is None:
        return []
    pair, commission, negated = readers
    spans = []
    for m in pair.finditer(norm):
        start = m.start("p1") if m.group("p1") else m.start("p2")
        if not (negated.search(norm[max(0, m.start() - 20):m.start()]) or negated.search(norm[m.start():start])):
            spans.append((m.start(), m.end()))
    spans += [(m.start(), m.end()) for m in commission.finditer(norm)
              if not negated.search(norm[max(0, m.start() - 20):m.start()])]
    return spans


def says_disclosure(text: str, path: Path | None = None) -> bool:
    """True when the text contains a spoken disclosure phrase in any language, and no denial
    ("this is not sponsored" names sponsorship only to deny it)."""
    denied, spans, norm, path = _read_disclosure(text, path)
    return not denied and (bool(spans) or _says_paid_relation(norm, path))


def says_denial(text: str, path: Path | None = None) -> bool:
    """True when the text denies sponsorship ("not sponsored", "no es publicidad", "광고 아니에요"), or
    every disclosure word it says comes right after a negator ("ไม่ใช่สปอนเซอร์", "không nhận quảng cáo",
    "không có hoa hồng gì hết": round 25, set 27 read them as disclosures)."""
    return _read_disclosure(text, path)[0]


def _read_disclosure(text: str, path: Path | None) -> tuple[bool, list, str, Path]:
    """(denied, the disclosure phrases' spans, the normalized text, the file): denied when a denial phrase is said
    or every disclosure phrase comes right after a negator of `spoken_paid_relation`, in the same clause."""
    from studio.compliance.normalize import normalize

    path = path or disclosure_file()
    norm = normalize(text).text
    denial = _denial_pattern(path)
    spans = [span for p in _spoken_patterns(path) for span in p.spans(norm)]
    if denial is not None and denial.search(norm):
        return True, spans, norm, path
    readers = _paid_relation(path)
    negated = bool(spans) and readers is not None and all(
        readers[2].search(norm[max(0, s - 20):s]) for s, _e in spans)
    return negated, spans, norm, path


def opening_disclosure_finding(show, path: Path | None = None):
    """A warning Finding when the first segment never says the live is sponsored, else None."""
    from studio.compliance.model import Finding, RuleSeverity, TextRole

    if not show.markets or not show.segments:
        return None
    first = show.segments[0]
    texts = [t for line in first.spoken_lines for t in (line.text, *line.translations.values())]
    if any(says_disclosure(t, path) for t in texts):
        return None
    plan = plan_for(show.markets, show.caption_languages, show.language, path)
    return Finding(
        rule_id=OPENING_RULE_ID, severity=RuleSeverity.WARN, markets=plan.markets, lang=show.language,
        start=0, end=0, matched="", text=first.spoken_lines[0].text if first.spoken_lines else "",
        explanation="No spoken line of the opening segment says the live is sponsored or that the products "
                    "were given to you. If a brand pays you or sent the products, say so at the start and "
                    "repeat it for viewers who join later.",
        source="; ".join(plan.sources), suggestion=plan.reminder_text,
        title="No spoken disclosure at the start", role=TextRole.SPOKEN, segment_index=0,
        source_line_no=first.source_line_no)


class ReminderSchedule:
    """Says when a spoken disclosure reminder is due. Called on one thread (the caller's)."""

    def __init__(self, plan: DisclosurePlan, start_s: float = 0.0):
        self.plan = plan
        self._next_s = start_s + plan.reminder_every_s

    def poll(self, now_s: float) -> float | None:
        """The due time if a reminder fell due since the last poll, else None (one per call)."""
        if now_s < self._next_s:
            return None
        due = self._next_s
        while self._next_s <= now_s:  # after a stall, one reminder, not a burst
            self._next_s += self.plan.reminder_every_s
        return due
