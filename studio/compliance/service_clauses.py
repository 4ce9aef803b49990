"""A guarantee of the service covers its own clause only.

"Garansi resmi 2 tahun" or "Entrega garantida em 7 dias" guarantees a service, not a result; but in
"Garansi resmi 2 tahun, dijamin langsing dalam 7 hari" the next clause still promises a result, and a
warranty named anywhere in the line used to excuse it."""

from __future__ import annotations

import re

# clause breaks in every seed script (Latin, Arabic, CJK); not the dash, which joins "in 7 days — guaranteed"
_CLAUSE = re.compile(r"[,;.!?¿¡،؛؟，；。！？…]+")
# guarantee words that promise, not those that only say "surely" or name a warranty ("garansi 1 tahun")
WEAK_WORDS = re.compile(r"^(?:pasti|seguro que|com certeza|certeza que|chắc chắn|แน่นอน|ชัวร์|اكيد|بالتاكيد|juro|eu juro|"
                        r"i swear|te lo juro|garansi|jamin|janji|definitely will|for sure you'll|100 في المية)$")


# a guarantee of the refund itself ("money-back guarantee", "保证退款", "garansi uang kembali", "remboursement garanti"):
# in a line that names the service it covers (a damaged or lost parcel), its guarantee word promises no result
REFUND_GUARANTEE = re.compile(
    r"\bmoney.?back guarantee\w*|\bguarantee\w* (?:a |your |full )?(?:refund|money back)\b|\brefund guarantee\w*|"
    r"\bgaransi (?:uang|duit) kembali\b|\bjaminan (?:wang|uang) (?:dikembalikan|kembali)\b|\bremboursement garanti\b|"
    r"\bgarant[ií]a de (?:devoluci[oó]n|reembolso)\b|\bgarantia de (?:devolu[cç][aã]o|reembolso)\b|\bgeld.zur[üu]ck.garantie\b|"
    r"cam kết hoàn tiền|đảm bảo hoàn tiền|รับประกันคืนเงิน|保证(?:全额)?退款|包退(?:款|换)?|환불(?:을)? 보장|"
    r"ضمان (?:استرجاع|استرداد|ارجاع)|نضمن (?:لك )?(?:استرجاع|استرداد|رجوع)")


def clauses(norm: str) -> list[str]:
    return [c for c in _CLAUSE.split(norm) if c.strip()]


def strong_guarantee(text: str, words: re.Pattern) -> bool:
    return any(not WEAK_WORDS.match(m.group(0).strip()) for m in words.finditer(text))


def service_covers_guarantee(norm: str, service: re.Pattern, words: re.Pattern) -> bool:
    """The line names a service guarantee and no promising guarantee word stands in a clause without one
    (normalized text)."""
    if not service.search(norm):
        return False
    return not any(strong_guarantee(REFUND_GUARANTEE.sub(" ", c), words) and not service.search(c) for c in clauses(norm))


def outside_service(norm: str, service: re.Pattern) -> str:
    """The clauses that name no service (warranty, delivery), joined: where a promised result can stand."""
    return ", ".join(c for c in clauses(norm) if not service.search(c))
