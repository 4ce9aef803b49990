"""Two readers of a line that belittles, each a pair of word families (studio/compliance/word_pairs.py).

A competitor run down: "don't buy" and a charge of junk, fakes or danger in one line ("بلاش ساعات كاسيو، دي
بتبوظ في أسبوع وخامتها زبالة", "Wag kayo bibili ng Casio, peke at sira agad yan", "삼성 건조기 사지 마세요, 진짜 금방
고장 나요", "别买小米的充电宝了，用两天就鼓包"). No pack rule covers disparagement and the classifier reads some of
these at under 0.2 (sets 16-19: ar, tl, ko, vi, th, zh). Every such line in sets 10-19 is labelled disparagement:
Directive 2006/114/EC art. 4(d), CAP 3.42, ICC art. 12; warn in the US. Words: assets/compliance/disparagement.yaml.

A body shamed: a word for a body's size or fat and a jeer or "no one will want you" ("Gordita, con esa panza nadie
te va a querer", "Béo như con heo thì ai thèm yêu", "胖成这样还好意思穿短裙"): slimming pitches that shame viewers
into buying are cultural_sensitivity (ICC art. 2 and 4), wherever the markets' policy has the category on, and a
warning where it is off (the US: set 22 labels it so).
Words: assets/compliance/body_shaming.yaml.

A sacred image or scripture on a diaper, underwear, socks or a doormat ("Bỉm in hình Đức Phật", "حفاضات مطبوع عليها
آيات قرآنية"): cultural in every market, no mockery needed. Words: assets/compliance/sacred_placement.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from studio import paths
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import alternation, normalize
from studio.compliance.word_pairs import UNLESS_WINDOW, apply_pair, word_pair

DISPARAGEMENT = "disparagement"
CULTURAL = "cultural_sensitivity"


# A rival named by its brand (round 18): a Latin-script name written with a capital inside the line ("Máy chiếu Epson
# là đồ rác", "โปรเจคเตอร์ Epson มันขยะ", "Nồi chiên Philips ... bị ung thư"), not the line's or a sentence's first
# word, not inside a run of capitalised words (a product name, "Rosé Wine Face Mist"), not an acronym or a shouted
# word ("GARANTIZADO"), not in German (every noun has a capital). A charge of junk or harm after it in the same clause,
# in the line's own language (German "Mist" is no charge in English), is the rival run down even without a "don't
# buy" (sets 19-21: the head reads these at 0.1-0.2). Spoken lines only.
# In a line of Han, Thai, Arabic or Hangul script a Latin name may open the line or touch the script ("Eheim嗰啲過濾器
#係垃圾"); after a line's capitalised first word a name is no run of capitals ("Lọc Sobo là đồ dỏm"): round 19.
_BRAND = re.compile(r"(?<![.!?:]\s)(?<![#@A-Za-z0-9])[A-Z][a-z]{2,}[A-Za-z]*(?![A-Za-z0-9])")
_UNCASED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u4e00-\u9fff\u0600-\u06ff\uac00-\ud7af]")
_CAPITALISED = re.compile(r"[A-Z][\w'-]*")
_CLAUSE_END = re.compile(r"[,;:.!?\u2014，；：。！？،؛؟]")
_QUESTION = frozenset("?？؟")
# A viewer greeted, thanked or answered by name is no rival brand ("gracias Lupita ...", "makasih kak Rina ...",
# "for Maria who asked: ...", "Chị Lan hỏi nha: ..."): a name right after one of these words or an @ is skipped.
_ADDRESS = frozenset("""chị anh em cô chú bạn ơn kak kakak sis bro ate kuya mbak mas bang teh thanks thank thx ty
    makasih kasih gracias obrigado obrigada valeu bienvenido bienvenida bienvenidos bem-vindo bem-vinda salamat for
    hi hey hello halo hola oi olá chào dear welcome querida querido amiga amigo""".split())
_NOT_BRANDS = frozenset("""Live Sale Flash Mall Shop Shopee Lazada Tiktok TikTok Tokopedia Google Facebook Instagram YouTube
    Ramadan Raya Tet Grade Promo Code Voucher Black Friday Christmas Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday""".split())
# The host's or the viewer's own device, or the brand that gives the warranty, is no rival (round 22): "I dropped my
# Samsung and the screen broke", "If your Dyson filter breaks", "Máy Philips nhà em xài 5 năm mới hư", "Có bảo hành
# Panasonic hư là đổi mới", "ประกันศูนย์ Samsung ถ้าพัง" (a possessive or a warranty word just before the name, or an
# own-possessive just after it), whatever punctuation follows the name.
_OWN_OR_WARRANTY_BEFORE = re.compile(
    r"(?:\b(?:my|our|your|mi|mis|tu|tus|meu|minha|meus|minhas|teu|tua|mon|ma|mes|ton|ta|tes|notre|votre|nuestr[oa]s?|"
    r"punya (?:aku|saya|gue|gw|ku|kamu)|(?:của|nhà) (?:em|mình|tôi|chị|anh))\s+(?:\w+\s+)?|"
    r"\b(?:warrant(?:y|ies)|guarantee|garant[ií]a|garantia|garantie|garansi|jaminan|bảo hành)\b\s*(?:\S+\s+){0,2}|"
    r"(?:ประกัน|保修|质保|보증|ضمان)\S*\s*)$", re.IGNORECASE)
_OWN_AFTER = re.compile(r"^\s*(?:(?:của |nhà )(?:em|mình|tôi|chị|anh)\b|(?:aku|ku|saya|gue|gw)\b|ของ(?:ฉัน|เรา|หนู|พี่|แม่|เค้า)|"
                        r"\b(?:of mine|de mi casa|lá de casa)\b)", re.IGNORECASE)
_CAPITALISED_NOUNS = frozenset({"de"})     # languages that write every noun with a capital
_SPOKEN = (TextRole.SPOKEN, TextRole.CAPTION, TextRole.TEXT, TextRole.TRANSLATION)


def _brand_clauses(line: str) -> list[str]:
    """For each brand-like name, the rest of its clause after it."""
    out = []
    uncased = bool(_UNCASED_SCRIPT.search(line))
    for m in _BRAND.finditer(line):
        words = line[:m.start()].split()
        before = words[-1] if len(words) > 1 and not re.search(r"[.!?:]$", words[-2]) else ""
        after = line[m.end():].split()[:1] or [""]
        said_to = words[-1].lower().strip(",") if words else ""
        if m.group(0) in _NOT_BRANDS or _CAPITALISED.match(before) or _CAPITALISED.match(after[0]) \
                or (m.start() == 0 and not uncased) or said_to in _ADDRESS or said_to.startswith("@") \
                or _OWN_OR_WARRANTY_BEFORE.search(line[:m.start()]) or _OWN_AFTER.match(line[m.end():]):
            continue
        end = _CLAUSE_END.search(line, m.end())
        if end and end.group(0) in _QUESTION:       # a viewer's question asked back, not a charge made
            continue
        out.append(line[m.end():end.start() if end else len(line)])
    return out


@dataclasses.dataclass(frozen=True)
class NamedRival:
    """A brand named (in the original text) and a charge of junk, defect or harm (normalised, not taken back)."""
    charge: re.Pattern
    unless: re.Pattern | None

    def reads(self, line: str) -> bool:
        for rest in _brand_clauses(line):
            norm = " " + normalize(rest).text
            if any(self.unless is None or not self.unless.search(norm[max(0, m.start() - UNLESS_WINDOW):m.start()])
                   for m in self.charge.finditer(norm)):
                return True
        return False


@functools.lru_cache(maxsize=16)
def named_rival(lang: str) -> NamedRival | None:
    """The charge and negator families of disparagement.yaml in one language (None where it has none)."""
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "disparagement.yaml")
    words = data["defect"].get(lang, []) + data["defect"].get(f"harm_{lang}", [])
    if not words:
        return None
    unless = data.get("unless", {}).get(lang)
    return NamedRival(alternation(words), alternation(unless) if unless else None)


def runs_down(line: str) -> bool:
    """A "don't buy" and a charge of junk, fakes or danger in the line (any language)."""
    return word_pair("disparagement.yaml", "target", "defect").reads(line)


def shames_body(line: str) -> bool:
    """A body's size or fat and a jeer or a "no one will want you" in the line (any language)."""
    return word_pair("body_shaming.yaml", "body", "shame").reads(line)


def apply_belittling(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                     lang: str, role: TextRole) -> list[Finding]:
    findings = apply_pair(findings, word_pair("disparagement.yaml", "target", "defect"), DISPARAGEMENT,
                          "it tells viewers not to buy a product it calls junk, fake or dangerous",
                          text, spoken_from, policies, lang, role)
    rival = named_rival(lang) if role in _SPOKEN and lang not in _CAPITALISED_NOUNS else None
    if rival is not None:
        findings = apply_pair(findings, rival, DISPARAGEMENT, "it names a rival brand and calls it junk, broken or a health risk",
                              text, spoken_from, policies, lang, role)
    # where the policy is off (the US) it warns, as a people or a faith laughed at does: "every market" (ICC art. 4), round 28
    findings = apply_pair(findings, word_pair("sacred_placement.yaml", "sacred", "lowly"), CULTURAL,
                          "it puts a sacred image or scripture on something worn below, stepped on or soiled",
                          text, spoken_from, policies, lang, role, fallback=_faith_mocked_fallback())
    findings = apply_pair(findings, word_pair("group_mockery.yaml", "group", "derision"), CULTURAL,
                          "it puts down a people or a region's folk to sell", text, spoken_from, policies, lang, role)
    return apply_pair(findings, word_pair("body_shaming.yaml", "body", "shame"), CULTURAL,
                      "it mocks the viewer's body to sell", text, spoken_from, policies, lang, role,
                      fallback=_body_shaming_fallback())


@functools.lru_cache(maxsize=1)
def _faith_mocked_fallback() -> dict:
    """group_mockery.yaml's fallback (a people or a faith mocked to sell), shared with laughed_at.py."""
    from studio.compliance.packs import read_yaml

    return read_yaml(paths.assets_dir() / "compliance" / "group_mockery.yaml")["fallback"]


@functools.lru_cache(maxsize=1)
def _body_shaming_fallback() -> dict:
    """Title, source and suggestion of a body shamed where the market's policy has the category off (the US)."""
    from studio.compliance.packs import read_yaml

    return read_yaml(paths.assets_dir() / "compliance" / "body_shaming.yaml")["fallback"]
