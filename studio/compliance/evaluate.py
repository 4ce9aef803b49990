"""Precision and recall of the rule packs on a labeled set of utterances (JSON Lines).

Each row: {"id", "lang", "market", "text", "flag": bool, "rules": [expected rule ids]}.
Counting is per (utterance, rule): an expected rule found is a true positive, a rule
found that was not expected a false positive, an expected rule missed a false negative.
Used by tests/compliance (floors) and benchmarks/bench_compliance.py (figures).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from studio.compliance.checker import Checker
from studio.compliance.model import Rule


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    utterances: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_labeled(path: Path) -> list[dict]:
    rows = []
    for no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            if row["flag"] != bool(row["rules"]):
                raise ValueError(f"{path}:{no}: flag and rules disagree")
            rows.append(row)
    return rows


def evaluate(rows: list[dict], rules: list[Rule] | None = None) -> dict[str, Score]:
    """Scores by language, plus "all"."""
    from studio.compliance.packs import load_rules

    rules = rules if rules is not None else load_rules(user_pack=False)
    categories = {r.id: r.category for r in rules}
    checkers: dict[str, Checker] = {}
    scores: dict[str, Score] = defaultdict(Score)
    for row in rows:
        checker = checkers.get(row["market"])
        if checker is None:
            checker = checkers[row["market"]] = Checker([row["market"]], rules=rules, semantic=False)
        expected = set(row["rules"])
        found = _credited({f.rule_id: f.category for f in checker.check_text(row["text"], row["lang"])},
                          expected, categories)
        for key in (row["lang"], "all"):
            s = scores[key]
            s.utterances += 1
            s.tp += len(found & expected)
            s.fp += len(found - expected)
            s.fn += len(expected - found)
        if found != expected:
            scores[row["lang"]].errors.append(
                f"{row['id']} [{row['market']}] {row['text']!r}: expected {sorted(expected)}, found {sorted(found)}")
    return dict(scores)


def _credited(found: dict[str, str | None], expected: set[str], categories: dict[str, str | None]) -> set[str]:
    """Rule ids found, where a deal finding (deals.*, studio.compliance.deals) stands for an
    expected rule of its category that did not fire: the line is stopped for that reason."""
    out = {rid for rid in found if not rid.startswith("deals.")}
    for rid, category in found.items():
        if rid.startswith("deals."):
            missing = sorted(e for e in expected - out if categories.get(e) == category)
            out.add(missing[0] if missing else rid)
    return out
