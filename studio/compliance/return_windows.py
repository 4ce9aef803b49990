"""A shop's return window read as what it is: a service term, not a promised result.

"Retour gratuit dans les trente jours, aucune question", "free returns within 30 days, no questions
asked", "7 ngày đổi trả miễn phí", "30天无理由退货": the buyer may send it back, whatever it does.
The classifier often reads these as guaranteed results; the window (days, "free", "no questions")
and the absence of a result the refund hangs on tell them apart. A refund tied to a result
("没白全额退费", "if you don't lose 5 kg, money back", "kalau tak berkesan duit dikembalikan") is the
opposite: a guaranteed result, also when the refund is generous.

All patterns run on normalized text (normalize.py), every language at once.
"""

from __future__ import annotations

import re

from studio.compliance.normalize import normalize

_RETURN = re.compile(
    r"\breturns?\b|\brefunds?\b|\bmoney back\b|\bexchanges?\b|\bretour\w*|\brembours\w*|\bdevoluci[oó]n|\bdevolver\b|"
    r"\breembolso\b|\bdevolvemos\b|\bte devuelvo\b|\bdevolvemos tu dinero\b|\bdevolvemos o dinheiro\b|\bdevolvo o (?:seu )?dinheiro\b|\bdevolu[cç][aã]o|\btroca\b|\btrocar\b|\br[üu]ckgabe\w*|\bumtausch\w*|\br[üu]ckerstattung|"
    r"\bgeld zur[üu]ck\b|\bpengembalian\b|\bpulangan\b|\bretur\b|\btukar\b|\buang kembali\b|\bduit (?:dikembalikan|balik)\b|"
    r"\brefund\b|\bibalik\b|\bibabalik\b|\bpalit\b|đổi trả|hoàn tiền|trả hàng|คืนสินค้า|คืนเงิน|เปลี่ยนสินค้า|"
    r"退货|退换|换货|退款|退费|ارجاع|استرجاع|استرداد|ترجيع|استبدال|반품|교환|환불|"
    r"(?:فلوس|مصاري|نقود)\w* (?:ب|ه|هت|رح )?(?:ترجع|ترجعلك)|(?:ن|ب|بن|هن)?رجع\w* (?:لك )?(?:ال)?(?:فلوس|مصاري)")
# what makes it a window: a number of days, free of charge, no questions asked, no reason needed
_WINDOW = re.compile(
    r"\b(?:days?|jours?|d[ií]as?|tage?n?|hari|araw|weeks?|semaines?|semanas?|wochen)\b|ngày|วัน|天|일\s?(?:이내|안에|내)|"
    r"يوم|ايام|"
    r"\bfree\b|\bgratuit\w*|\bgr[aá]tis\b|\bkostenlos\w*|\bpercuma\b|\bmiễn phí|ฟรี|免费|무료|مجان\w*|\blibre\b|"
    r"\bno questions?\b|\baucune question\b|\bsans (?:question|justification)\b|\bsin (?:preguntas|explicaciones)\b|"
    r"\bsem (?:perguntas|justificativa)\b|\bohne (?:angabe von )?gr[üu]nde?\b|\btanpa (?:alasan|soal|tanya)\b|"
    r"\bwalang tanong\b|không cần lý do|ไม่ต้องให้เหตุผล|无理由|없이 (?:반품|환불)|بدون (?:اسئله|سبب)")
# a result the refund hangs on: "if it does not work / whiten / slim", "no result, money back"
_RESULT_CONDITION = re.compile(
    r"\bif (?:it )?(?:does(?:n.t| not)|did(?:n.t| not)) (?:work|help|happen)|\bif you don.t (?:lose|see|get)|\bno results?\b|"
    r"\bsi (?:no|ne) (?:te )?(?:funciona|adelgaz|ves|marche)|\bsi (?:[çc]a )?ne marche pas|\bsans r[ée]sultat|"
    r"\bse n[aã]o (?:funcionar|emagrecer|vir resultado)|\bsem resultado|\bwenn (?:es )?nicht (?:wirkt|hilft)|\bohne wirkung|"
    r"\b(?:kalau|jika|kalo) (?:tak|tidak|gak|nggak|ga) (?:berkesan|ngefek|berhasil|turun|putih|kurus|mempan)|"
    r"\bkung (?:hindi|di) (?:effective|tumalab|pumuti|pumayat|gumana)|không (?:hiệu quả|trắng|giảm|ốm)|"
    r"ไม่(?:ได้ผล|ขาว|ผอม|ลด)|没(?:白|瘦|效|用|效果)|不(?:白|瘦|见效|有效)|无效|효과(?:가)? 없(?:으면|을)|안 (?:빠지면|하얘지면)|"
    r"(?:لو|اذا) (?:ما|مش|لم) (?:اشتغل|نفع|ضعفت|بيضت|تشوف نتيجه)|بدون نتيجه")


# "..., or money back", "garanti, sinon remboursé", "y si no, te devuelvo", "kalau gak, uang kembali": the refund
# is the other branch of a promised result
_OTHERWISE = re.compile(
    r"\bor (?:your |full |the |100% )?(?:money|refund|cash)|\bif not\b|\bif never\b|\botherwise\b|\bsinon\b|\bsi no\b|"
    r"\bo te (?:devuelvo|devolvemos)\b|\bsen[aã]o\b|\bou (?:o )?(?:seu )?dinheiro|\bsonst\b|\bandernfalls\b|"
    r"\b(?:kalau|jika|kalo) (?:gak|tidak|tak|nggak|ga|enggak)\b(?:\s*,|\s(?:uang|duit))|\bkung hindi\b|\bkung di\b|nếu không\b|"
    r"ถ้าไม่|否则|不然|(?:瘦|白|流利|有效)不|不\S{0,3}(?:全额)?退|(?:والا|وإلا|غير كده)|"
    r"\bor (?:we|i)(?:.ll| will)? (?:give you (?:a |your )?)?(?:full )?refund|\bo (?:su|tu) dinero\b|\bou (?:o )?reembolso\b|"
    r"(?<!\w)او (?:فلوسك|فلوسكم|مصاريك|نرجع|ترجع|نرد|استرجع)")


def is_return_window(line: str) -> bool:
    """A return or refund offered within a window or unconditionally, not on a promised result: no
    result it hangs on, no "or money back" branch, no amount of change ("5 kg"), no guarantee word."""
    from studio.compliance.context_facts import _guarantee_words
    from studio.compliance.offer_only import promises_an_amount

    norm = normalize(line).text
    return bool(_RETURN.search(norm) and _WINDOW.search(norm) and not _RESULT_CONDITION.search(norm)
                and not _OTHERWISE.search(norm) and not promises_an_amount(norm) and not _guarantee_words().search(norm))


def refund_on_no_result(line: str) -> bool:
    """A refund that hangs on a result ("没白全额退费", "kalau tak putih duit dikembalikan"), or that is the other branch
    of one ("fluent in a month, guaranteed, or your money back", "مضمون أو فلوسك ترجع لك")."""
    norm = normalize(line).text
    return bool(_RETURN.search(norm) and (_RESULT_CONDITION.search(norm) or _OTHERWISE.search(norm)))
