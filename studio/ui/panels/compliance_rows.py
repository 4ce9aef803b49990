"""The compliance table's rows: the same words in the same sentence once, with every market and rule
that flags them (a show for US and DE would otherwise list each sentence twice)."""

from __future__ import annotations

from dataclasses import dataclass

from studio.compliance.model import Finding, RuleSeverity

SEVERITY_RANK = {RuleSeverity.BLOCK: 2, RuleSeverity.WARN: 1, RuleSeverity.INFO: 0}


@dataclass(frozen=True)
class FindingRow:
    where: str
    findings: tuple[Finding, ...]       # worst first

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def severity(self) -> RuleSeverity:
        return self.first.severity

    @property
    def blocking(self) -> bool:
        return self.first.blocking

    @property
    def markets(self) -> tuple[str, ...]:
        return tuple(sorted({m for f in self.findings for m in f.markets}))

    @property
    def suggestions(self) -> tuple[tuple[str, Finding], ...]:
        """(markets, finding) for each different suggestion: one line per advice, not per market."""
        by_advice: dict[str, list[Finding]] = {}
        for f in self.findings:
            by_advice.setdefault(f.suggestion or f.title or f.rule_id, []).append(f)
        return tuple((", ".join(sorted({m for f in fs for m in f.markets})), fs[0]) for fs in by_advice.values())


def group_rows(rows: list[tuple[str, Finding]]) -> list[FindingRow]:
    """One row per (place, sentence, words), in the order the first of each came; worst finding first."""
    groups: dict[tuple, list[Finding]] = {}
    wheres: dict[tuple, str] = {}
    for where, f in rows:
        key = (where, f.text, f.matched.casefold())
        groups.setdefault(key, []).append(f)
        wheres.setdefault(key, where)
    return [FindingRow(wheres[key], tuple(sorted(fs, key=lambda f: -SEVERITY_RANK[f.severity])))
            for key, fs in groups.items()]
