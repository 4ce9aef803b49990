"""Shared rules for turning a writer's script into segments, spoken lines and cues.

Every importer feeds paragraphs through one ScriptBuilder, so .txt, .md and .docx follow
the same conventions (docs/script-import.md):
- a segment heading: "Segment: Title (5m)" / "段落：标题", or the format's own headings;
- "product: SKU", "offer: ...", "offer time: 10m" right under a heading set the segment's fields;
- a cue: a whole line in [brackets], "Cue: ..." / "提示：...", or inline "[...]" inside a line
  (the line is split around it: the host sees the cue where it belongs);
- "> es: ..." under a spoken line is its approved translation;
- a paragraph is split into sentences, one prompter line each, so progress and voice
  follow move line by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.show.model import Line, LineKind, Product, Segment, Show
from studio.show.showfile import parse_duration_s


class ScriptImportError(ValueError):
    """A script that cannot be imported; the message says which file and what to change."""


@dataclass(frozen=True)
class ImportOptions:
    title: str | None = None         # overrides the title found in the script
    language: str = "en"             # the host's spoken language (Whisper code)
    split_sentences: bool = True     # one prompter line per sentence


_HEADING = re.compile(r"^(?:segment|section|part|段落|环节)\s*\d*\s*[:：]\s*(.+?)\s*$", re.I)
_TITLE_DURATION = re.compile(r"^(.*?)\s*[(（]\s*([0-9][0-9hms .]*(?:min)?)\s*[)）]\s*$", re.I)
_META = re.compile(r"^(product|sku|offer time|offer|商品|优惠时长|优惠)\s*[:：]\s*(.*)$", re.I)
_CUE_PREFIX = re.compile(r"^(?:cue|提示|动作)\s*[:：]\s*(.+)$", re.I)
_TRANSLATION = re.compile(r"^>\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?)\s*[:：]\s*(.+)$")
_INLINE_CUE = re.compile(r"\[([^\[\]]+)\]")
# A sentence ends at . ! ? … followed by a space, or at CJK full stops (no space follows them).
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)|(?<=[。！？])")
_META_KEYS = {"product": "product", "sku": "product", "商品": "product", "offer": "offer", "优惠": "offer",
              "offer time": "offer time", "优惠时长": "offer time"}


def split_title_duration(text: str) -> tuple[str, float | None]:
    """'Ruby matte (5m)' -> ('Ruby matte', 300.0); a parenthesis that is not a duration stays."""
    m = _TITLE_DURATION.match(text.strip())
    if m:
        try:
            return m.group(1).strip(), parse_duration_s(m.group(2).replace("min", "m"))
        except ValueError:
            pass
    return text.strip(), None


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


class ScriptBuilder:
    """Accumulates a Show from paragraphs in reading order. Used by one importer call (any thread)."""

    def __init__(self, options: ImportOptions, source: str) -> None:
        self.options = options
        self.source = source
        self.show = Show(title="", language=options.language)
        self._segment: Segment | None = None
        self._untitled = 0

    # --- structure --------------------------------------------------------------------------

    def set_title(self, title: str) -> None:
        if not self.show.title and title.strip():
            self.show.title = title.strip()

    def start_segment(self, heading: str, duration_s: float | None = None) -> None:
        title, parsed_s = split_title_duration(heading)
        self._segment = Segment(title=title or self._next_untitled(), duration_s=duration_s or parsed_s)
        self.show.segments.append(self._segment)

    def _next_untitled(self) -> str:
        self._untitled += 1
        return f"Part {self._untitled}"

    def segment(self) -> Segment:
        if self._segment is None:
            self.start_segment(self._next_untitled() if self.show.segments else "Script")
        assert self._segment is not None
        return self._segment

    # --- content ----------------------------------------------------------------------------

    @staticmethod
    def is_structural(text: str) -> bool:
        """A heading, metadata, cue or translation line: never part of a wrapped sentence."""
        text = text.strip()
        return bool(_HEADING.match(text) or _META.match(text) or _TRANSLATION.match(text)
                    or _CUE_PREFIX.match(text) or text.startswith("["))

    def add_paragraph(self, text: str, cue: bool = False) -> None:
        """One paragraph of the script; applies the heading/meta/cue/translation conventions."""
        text = text.strip()
        if not text:
            return
        m = _HEADING.match(text)
        if m:
            self.start_segment(m.group(1))
            return
        m = _META.match(text)
        if m and self._segment is not None and not self._segment.lines:
            self._apply_meta(_META_KEYS[m.group(1).lower()], m.group(2).strip())
            return
        m = _TRANSLATION.match(text)
        if m:
            self.add_translation(m.group(1), m.group(2))
            return
        m = _CUE_PREFIX.match(text)
        if cue or m:
            self.add_cue(m.group(1) if m else text)
            return
        if text.startswith("[") and text.endswith("]") and "[" not in text[1:-1]:
            self.add_cue(text[1:-1])
            return
        pos = 0
        for inline in _INLINE_CUE.finditer(text):
            self.add_spoken(text[pos:inline.start()])
            self.add_cue(inline.group(1))
            pos = inline.end()
        self.add_spoken(text[pos:])

    def add_spoken(self, text: str) -> None:
        text = " ".join(text.split())
        if not text or not re.search(r"\w", text):
            return
        parts = split_sentences(text) if self.options.split_sentences else [text]
        for part in parts:
            self.segment().lines.append(Line(part, LineKind.SPOKEN))

    def add_cue(self, text: str) -> None:
        text = " ".join(text.split())
        text = re.sub(r"^(?:cue|提示)\s*[:：]?\s*", "", text, flags=re.I)
        if text:
            self.segment().lines.append(Line(text, LineKind.CUE))

    def add_translation(self, language: str, text: str) -> None:
        seg = self.segment()
        if not seg.lines or not seg.lines[-1].spoken:
            raise ScriptImportError(f"{self.source}: the translation '> {language}: {text[:30]}' "
                                    f"does not follow a spoken line")
        seg.lines[-1].translations[language] = text.strip()

    def _apply_meta(self, key: str, value: str) -> None:
        seg = self.segment()
        if key == "product":
            seg.product_sku = value or None
        elif key == "offer":
            seg.offer = value
        else:
            try:
                seg.offer_duration_s = parse_duration_s(value)
            except ValueError as exc:
                raise ScriptImportError(f"{self.source}: offer time: {exc}") from None

    # --- result -----------------------------------------------------------------------------

    def finish(self, fallback_title: str) -> Show:
        show = self.show
        if self.options.title:
            show.title = self.options.title
        if not show.title:
            show.title = fallback_title
        show.segments = [s for s in show.segments if s.lines or s.offer or s.product_sku]
        if not any(line.spoken for s in show.segments for line in s.lines):
            raise ScriptImportError(f"{self.source}: no spoken lines found; is this the script file?")
        # The show file needs every product a segment names in its catalog: add a placeholder
        # the producer completes (name = SKU, no price) rather than dropping the link.
        known = {p.sku for p in show.products}
        for seg in show.segments:
            if seg.product_sku and seg.product_sku not in known:
                show.products.append(Product(sku=seg.product_sku, name=seg.product_sku))
                known.add(seg.product_sku)
        return show
