"""The words of a caption as voice follow compares them with the script's.

Whisper writes some script words its own way: digits for a number the script spells out ("100" for
"cien"), one word as two ("water proof"), a short window twice, an accent left off ("esta" for
"está"). These turn its words back into the script's where the script has them.
"""

from __future__ import annotations

import unicodedata
from typing import Callable

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.tokens import number_words, tokenize

JOIN_MIN_CHARS = 7   # two heard words joined by closeness make a long word, never two short ones
ACCENT_FOLDING_LANGUAGES = {"es", "pt", "fr", "it", "ca", "ro", "de", "nl", "en", "id", "ms", "tr", "pl"}


def fold_accents(word: str) -> str:
    """The word without its accents ("está" -> "esta")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def without_echo(words: list[str]) -> list[str]:
    """Whisper sometimes writes a short window twice ("la crema de noche la crema de noche la cre"),
    or loops on its end after a misheard start ("200 130 gram gas canister 130 gram gas canister 130
    gram"): the words once. A host does not say the same words twice within one 2.5 s window."""
    n = len(words)
    for start in range(0, n - 3):
        for period in range(2, (n - start) // 2 + 1):
            if all(words[i] == words[i - period] for i in range(start + period, n - 1)) and \
                    words[n - 1 - period].startswith(words[n - 1]):
                return words[:start + period]
    return words


def heard_words(event: CaptionEvent, vocab: dict[str, int] | set[str], language: str | None,
                near: Callable[[str], bool] | None = None) -> list[str]:
    """The caption's words, normalized like the script's tokens (vocab: the script's words; near:
    whether a word not in it is close to one of them, for a word Whisper split in two)."""
    if event.words:
        norms = [t.norm for word, _s, _e in event.words for t in tokenize(word)]
    else:
        norms = [t.norm for t in tokenize(event.text)]
    # Digits the script does not write ("100 grams" for "one hundred grams") as their words.
    out: list[str] = []
    for norm in norms:
        spoken = None if norm in vocab else number_words(norm, language)
        out.extend(spoken or (norm,))
    out = joined(out, vocab, near)
    return without_echo(out) if event.kind == WINDOW_KIND else out


def joined(words: list[str], vocab: dict[str, int] | set[str], near: Callable[[str], bool] | None = None) -> list[str]:
    """A script word the recognizer wrote as two ("water proof" for "waterproof"), joined; with
    `near`, also two words that are not the script's and together are close to one of its long words
    ("amber line" for "Emberline", "tordes shell" for "tortoiseshell", "horny yo" for "hornillo")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
        if pair and ((pair in vocab and not (words[i] in vocab and words[i + 1] in vocab))
                     or (near is not None and len(pair) >= JOIN_MIN_CHARS and words[i] not in vocab
                         and words[i + 1] not in vocab and near(pair))):
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out
