""""The newest model", read with the notes.

"Máy in 3D này là mẫu mới nhất của hãng" over "[hãng đã ra mẫu X2 từ tháng trước]" is false: a newer model is out
(UCPD art. 6(1)(b), ICC art. 5); "mẫu đồng hồ thông minh mới nhất của hãng, vừa ra mắt tuần rồi" over "[chưa có mẫu
nào mới hơn]" is a fact the notes back, yet the classifier read it as a superlative (set 11 and set 18, vi; gadgets,
smart-home devices and instruments sell by generation in every language). Notes that say a newer one is out make it a
superlative finding in every market (the unsupported-claim policy of context_facts.yaml where the category is off:
it is a false statement of fact, not puffery); notes that back it clear the classifier's finding. With no notes,
nothing changes.
Words: assets/compliance/latest_model.yaml.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from studio import paths
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize

SUPERLATIVE = "absolute_superlative"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "latest_model.yaml")
    return {key: re.compile(data[key]) for key in ("line", "newer_out", "backed")}


def says_latest(line: str) -> bool:
    return bool(_patterns()["line"].search(normalize(line).text))


def apply_latest_model(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                       policies: dict[str, dict], lang: str, role: TextRole) -> list[Finding]:
    from studio.compliance.context_facts import ensure_finding, _note_clauses, context_patterns

    if role is TextRole.CUE or not notes or not says_latest(text[spoken_from:]):
        return findings
    p = _patterns()
    clauses = _note_clauses(notes)
    if any(p["newer_out"].search(c) and not p["backed"].search(c) for c in clauses):
        return ensure_finding(findings, SUPERLATIVE, text, spoken_from, policies, lang, role,
                       "the producer notes say a newer model is already out",
                       fallback=context_patterns().unsupported_policy, severity=None)
    if any(p["backed"].search(c) for c in clauses):
        return [f for f in findings if not (f.category == SUPERLATIVE and f.origin == "semantic")]
    return findings
