"""A disclosure said only at the end of a long line, after the pitch: viewers have heard the ad before they learn it
is one.

"Schaut euch die Aquarium-Pumpe von AquaNorm an, läuft flüsterleise, ach ja, und das Ganze ist übrigens Werbung",
"Os dejo el enlace de la academia de ukelele de Marta, que enseña genial, y por cierto, esto es publicidad", "Ini biola
yang dipake anakku les, bagus banget, link-nya di bawah ya, btw ini kerja sama berbayar": the disclosure words are
there, so says_disclosure() cleared the classifier's reading of a hidden ad (set 29 lost 3 of its 21 endorsement lines
so). The rules the packs cite want the label before the pitch, not after it: the CMA/ASA influencer guide (UK: the
label "upfront", seen before viewers engage), the Medienanstalten's Leitfaden Werbekennzeichnung (DE/AT: the label at
the start), the AUTOCONTROL/AEA influencer code (ES, 2020: the ad identifiable at once), France's loi 2023-451 art. 5
(the mention clear for the whole promotion), the FTC's Disclosures 101 (US: hard to miss, not buried) and ICC Code
art. 7 (identifiable as advertising whatever its form); the blind sets' labeling rule since set 24 says the same
("disclosures pass only at the start"). A line whose first disclosure word starts in its last quarter, after at least MIN_WORDS_BEFORE words (or MIN_CHARS_BEFORE
characters of a script written without spaces), discloses late; the classifier must read the line as an endorsement
first (READS_AS_MIN_SCORE), or the words before the disclosure send viewers to buy (plain_readings.yaml's `bare_nudge`
words: link, cart, order; and a discount code or the description), so a closing "thanks for watching, see you Friday,
this live was sponsored" stays clean.
Disclosures up front and in the middle of a line stay disclosures (sets 5-28: the latest at 0.70 of the line, "btw ini
endorse berbayar ya guys" after a short pitch). Round 27.
Round 28: every wording of a disclosure has a position (a paid relationship said freely, "this one's an ad"), and a
plain call to buy ("mọi người đặt đi", "cómprenla ya") is a pitch (set 30 lost 3 of its 21 endorsement lines so).
"""

from __future__ import annotations

import functools
import re

from studio import paths
from studio.compliance.disclosure import _read_disclosure, paid_relation_spans
from studio.compliance.model import Finding, TextRole
from studio.compliance.semantic import ClaimVerdict

ENDORSEMENT = "undisclosed_endorsement"
LATE_FROM = 0.75            # the first disclosure word starts in the line's last quarter
MIN_WORDS_BEFORE = 10       # ... after a pitch this long (spaced scripts)
MIN_CHARS_BEFORE = 24       # ... or this many characters of zh/ja/th (no spaces between words)
READS_AS_MIN_SCORE = 0.1    # the classifier's top reading is an endorsement, at least this likely

_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
# where to buy, besides bare_nudge's words: a discount code, the description or the bio
_WHERE_TO_BUY = re.compile(r"\b(?:code|codes?|description|bio|c[oó]digo|cupom|cup[oó]n|kode|kupon|voucher|beschreibung|gutschein)\b|"
                           r"mã giảm|mô tả|ลิงก์|โค้ด|链接|优惠码|링크|쿠폰|رابط|كود")
# a call to buy or order in its plain imperative forms, which bare_nudge (kept narrow for urgency) lacks: "mọi người đặt
# đi", "buy it here", "commandez", "beli sekarang" (round 28, set 30: a Vietnamese pitch disclosed at its end)
_CALL_TO_BUY = re.compile(r"\b(?:buy|order|shop|get) (?:it|yours|one|them|now|here|today)\b|\bc[oó]mpr(?:a|e|en|an)(?:l[oa]s?)?\b|\bp[ií]d(?:a|e|an|en)(?:l[oa]s?)?\b|"
                          r"\b(?:compre[m]?|pe[çc]a[m]?|garant(?:a|am)) (?:j[aá]|agora|o seu|a sua|aqui)\b|\b(?:commandez|achetez)\b|"
                          r"\b(?:kauft|bestellt|holt euch)\b|\b(?:beli|pesan|order|checkout|co) (?:sekarang|aja|ya|yuk|di)\b|"
                          r"\b(?:đặt|mua|chốt) (?:đi|nha|nhé|ngay|liền|thôi)\b|(?:สั่ง|ซื้อ)(?:ได้|เลย|กัน)|"
                          r"(?:快|赶快|赶紧)?(?:买|下单|拍)(?:吧|起来|它)|(?:구매|주문)하세요|사세요|(?:اطلب|اشتر)\w*|\bbili(?:hin)? na\b")


@functools.lru_cache(maxsize=1)
def _nudge() -> re.Pattern:
    from studio.compliance.packs import read_yaml

    return re.compile(read_yaml(paths.assets_dir() / "compliance" / "plain_readings.yaml")["bare_nudge"]["words"])


def pitched_before(text: str) -> bool:
    """The words before the line's first disclosure send viewers to buy ("link is below", "code RIDE10", "đặt đi")."""
    _denied, spans, norm = _disclosure_spans(text)
    return _pitches(norm[:min((start for start, _end in spans), default=len(norm))])


def discloses_late(text: str) -> bool:
    """The line says a disclosure, but only at its end, after a pitch (see the module doc)."""
    denied, spans, late = _reading(text)
    return not denied and late


def discloses_up_front(text: str) -> bool:
    """says_disclosure, unless the disclosure comes only at the end of the line (discloses_late); one reading."""
    denied, spans, late = _reading(text)
    return not denied and bool(spans) and not late


def _reading(text: str) -> tuple[bool, list, bool]:
    """(denied, where a disclosure is said, whether it is late). A paid relationship worded freely is late only after
    a call to buy ("先跟大家说明一下，今天这场是...的付费合作" is all disclosure)."""
    denied, phrases, norm, path = _read_disclosure(text, None)
    spans = phrases + paid_relation_spans(norm, path)
    late = _late(spans, norm) and (bool(phrases) or _pitches(norm[:min(start for start, _end in spans)]))
    return denied, spans, late


def _disclosure_spans(text: str) -> tuple[bool, list, str]:
    """(denied, spans, normalized text): the disclosure phrases and, in any wording, a paid relationship ("une collab
    rémunérée", "colaboración paga": disclosure.yaml `spoken_paid_relation`), each where it is said (round 28: the
    paid-relation wording had no position, so a late one read as up front)."""
    denied, phrases, norm, path = _read_disclosure(text, None)
    return denied, phrases + paid_relation_spans(norm, path), norm


def _pitches(before: str) -> bool:
    return bool(_nudge().search(before) or _WHERE_TO_BUY.search(before) or _CALL_TO_BUY.search(before))


def _late(spans: list, norm: str) -> bool:
    if not spans:
        return False
    first = min(start for start, _end in spans)
    before = norm[:first]
    long_pitch = len(before.split()) >= MIN_WORDS_BEFORE or len(_UNSPACED.findall(before)) >= MIN_CHARS_BEFORE
    return long_pitch and first >= LATE_FROM * len(norm.rstrip(" .!?。！？"))


def apply_late_disclosure(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict], lang: str,
                          role: TextRole, verdict: ClaimVerdict | None, segment_disclosed: bool) -> list[Finding]:
    """An endorsement finding for a line read as one whose disclosure comes only after the pitch."""
    spoken = text[spoken_from:]
    if role is TextRole.CUE or segment_disclosed or any(f.category == ENDORSEMENT for f in findings) \
            or not discloses_late(spoken):
        return findings
    read_as_ad = verdict is not None and verdict.top_category == ENDORSEMENT and verdict.score >= READS_AS_MIN_SCORE
    if not (read_as_ad or pitched_before(spoken)):
        return findings
    from studio.compliance.context_facts import ensure_finding

    return ensure_finding(findings, ENDORSEMENT, text, spoken_from, policies, lang, role,
                   "the line says it is an ad only at its end, after the pitch; say it first", severity=None)
