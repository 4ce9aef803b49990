"""The show file's `## FAQ` section: questions buyers ask and the producer-approved answers.

    ## FAQ
    ### Shipping time
    topic: shipping
    product: LIP-RUBY
    q: How long does shipping take?
    q: ¿Cuánto tarda el envío?
    a: Orders leave within 2 days; delivery takes 5 to 10 days.
    > es: Los pedidos salen en 2 días; la entrega tarda de 5 a 10 días.

Kept apart from showfile.py so the run of show's parser stays readable; the parser hands each
line of the section here.
"""

from __future__ import annotations

import re

from studio.show.model import FaqEntry
from studio.show.translations import read_translation_line

_ENTRY_HEADING = re.compile(r"^###\s*(.+?)\s*$")
_KEY = re.compile(r"^(topic|product|q|a|question|answer|问|答)\s*[:：]\s*(.*)$", re.I)
FAQ_HEADING = re.compile(r"^##\s*(faq|questions|常见问题|问答)\s*$", re.I)


class FaqParser:
    """Feeds on the section's lines; `error` is (message) for the caller to raise with the line number."""

    def __init__(self, answer_language: str):
        self.entries: list[FaqEntry] = []
        self._language = answer_language

    def feed(self, line: str, line_no: int) -> str | None:
        """Take one line; returns an error message when the line does not belong in a FAQ."""
        m = _ENTRY_HEADING.match(line)
        if m:
            title = m.group(1)
            self.entries.append(FaqEntry(title=title, topic=title.lower(), answer_language=self._language,
                                         source_line_no=line_no))
            return None
        if not self.entries:
            return "a FAQ starts each question with a '### Title' line"
        entry = self.entries[-1]
        translation = read_translation_line(line)
        if translation:
            if not entry.answer:
                return "a '> xx: translation' in the FAQ must follow the 'a:' answer it translates"
            entry.slot().take(translation)
            return None
        m = _KEY.match(line)
        if not m:
            return (f"in the FAQ write 'q: question', 'a: answer', '> xx: translated answer', 'topic:' or "
                    f"'product:', not '{line}'")
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "topic":
            entry.topic = value.lower() or entry.topic
        elif key == "product":
            entry.product_sku = value or None
        elif key in ("q", "question", "问"):
            if value:
                entry.questions.append(value)
        else:
            if entry.answer:
                return f"FAQ '{entry.title}' already has an answer: one 'a:' per question"
            entry.answer = value
        return None


def dump_faq(entries: list[FaqEntry]) -> list[str]:
    if not entries:
        return []
    out = ["", "## FAQ"]
    for entry in entries:
        out.append(f"### {entry.title}")
        if entry.topic != entry.title.lower():
            out.append(f"topic: {entry.topic}")
        if entry.product_sku:
            out.append(f"product: {entry.product_sku}")
        out += [f"q: {q}" for q in entry.questions]
        if entry.answer:
            out.append(f"a: {entry.answer}")
        out += entry.slot().file_lines()
    return out
