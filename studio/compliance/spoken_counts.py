"""Small counts said as words, so a note's "the system shows 3" backs a host's "only three left".

Hosts say stock counts in words as often as in digits ("plus que quatre pièces", "باقي ثلاث قطع",
"最后五件", "tinggal tiga"); a note written by the producer usually has the digit. `word_counts(norm)`
reads the counts one to twenty of the thirteen languages we serve in normalized text (see
normalize.py: lower case, Arabic letters folded, Traditional Chinese simplified). Scripts written
without spaces (Chinese, Thai, Korean) count only before a counting word ("五件", "สามชิ้น", "세 개"),
so 一起 or 한번 is no count.
"""

from __future__ import annotations

import functools
import re

# value -> words, per language; Vietnamese also without accents (normalize keeps them, hosts drop them)
_SPACED = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty",
    "es": "uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis|dieciseis "
          "diecisiete dieciocho diecinueve veinte",
    "pt": "um|uma dois|duas três|tres quatro cinco seis sete oito nove dez onze doze treze catorze|quatorze quinze "
          "dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove vinte",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
          "dix-huit dix-neuf vingt",
    "de": "ein|eins|eine zwei drei vier fünf|fuenf sechs sieben acht neun zehn elf zwölf|zwoelf dreizehn vierzehn "
          "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
    "id": "satu|se dua tiga empat lima enam tujuh delapan|lapan sembilan sepuluh sebelas duabelas|dua-belas",
    "tl": "isa dalawa tatlo apat lima anim pito walo siyam sampu",
    "vi": "một|mot hai ba bốn|bon|tư năm|nam sáu|sau bảy|bay tám|tam chín|chin mười|muoi",
    "ar": "واحد|واحده اثنين|اثنان|ثنتين|اثنتين ثلاث|ثلاثه|تلات|تلاته اربع|اربعه خمس|خمسه ست|سته سبع|سبعه "
          "ثمان|ثمانيه|تمن|تمنيه تسع|تسعه عشر|عشره",
}
_UNSPACED = {
    "zh": "一 二|两|俩 三 四 五 六 七 八 九 十",
    "th": "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ",
    "ko": "한|하나 두|둘 세|셋 네|넷 다섯 여섯 일곱 여덟 아홉 열",
}
# counting words after a number in scripts without spaces (pieces, boxes, bottles, sets)
_COUNTER = r"\s?(?:件|个|款|份|瓶|盒|组|套|只|双|支|台|张|包|罐|单|条|把|ชิ้น|อัน|กล่อง|ขวด|ชุด|ตัว|คู่|เซ็ต|แพ็ค|개|세트|병|통|장|박스|팩|벌|켤레)"


@functools.lru_cache(maxsize=1)
def _readers() -> list[tuple[re.Pattern, dict[str, int]]]:
    out = []
    for table, spaced in ((_SPACED, True), (_UNSPACED, False)):
        values: dict[str, int] = {}
        for words in table.values():
            for n, alternatives in enumerate(words.split(), start=1):
                for word in alternatives.split("|"):
                    values.setdefault(word, n)
        alt = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
        pattern = rf"(?<!\w)({alt})(?!\w)" if spaced else rf"({alt})(?={_COUNTER})"
        out.append((re.compile(pattern), values))
    return out


def word_counts(norm: str) -> list[int]:
    """The counts one to twenty said as words in normalized text, in no particular order."""
    return [values[m.group(1)] for pattern, values in _readers() for m in pattern.finditer(norm)]
