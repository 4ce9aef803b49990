"""Which markets a cultural finding of the claim classifier speaks for.

The classifier says a line is culturally sensitive by what it means ("skip taraweeh, stay on my
live", "a Buddha head for your bathroom shelf", "pork floss for your Muslim friends at Raya").
What that means in a market depends on the taboo it touches (assets/compliance/culture.yaml,
`topics`): mocking a faith, its rites or sacred images touches no dietary or dress topic and
counts wherever the markets' policy has the category on; pork, alcohol, beef or immodest dress
count only where buyers hold that taboo, unless the line pitches it to the people who hold it
(names them: a feast's name alone is not a pitch). A line that names a rite or a place of worship is
about the faith itself (everywhere); a line about a feast that touches no taboo counts only where
that people's taboos are held; a taboo named only as absent
("alcohol-free", "tanpa babi") respects it and is no finding. All of it is data in culture.yaml.

Who a line is about comes before what it touches (round 24): a reading that names a body's size or skin
(body_shaming.yaml `body`, `figure`, `skin`) is about people's bodies, and one that names a sacred figure, image or
scripture (sacred_placement.yaml `sacred`) is about the faith; either speaks in every market at the
category's own threshold, whatever taboo word is beside it ("fat as a pig" is no pork; a Buddha poster
with a beer glass mocks the Buddha in Thailand too). People words match inflected ("muslimischen").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from studio.compliance.certified import CERTIFIED as _CERTIFIED
from studio.compliance.culture import _words_regex, culture_path
from studio.compliance.markets import applies
from studio.compliance.normalize import alternation, normalize
from studio.compliance.word_pairs import word_pair

TABOO_FREE_MIN_SCORE = 0.70    # a cultural reading with no taboo word in the line needs this probability
FEAST_ONLY_MIN_SCORE = 0.90    # a feast named, no taboo, no people, no rite: food offers read 0.55-0.76, a hijab taken off 0.95-1.0 (sets 4-20)
LAUGHED_AT_MIN_SCORE = 0.50    # a cultural reading of a line that laughs at a feast or a rite (round 13: 0.56-1.0 in sets 17-18)


@dataclasses.dataclass(frozen=True)
class Topic:
    name: str
    markets: tuple[str, ...]
    audience: str
    words: re.Pattern


@dataclasses.dataclass(frozen=True)
class Audience:
    people: re.Pattern        # naming them pitches to them, in any market
    feasts: re.Pattern        # their feasts and places of worship: they say whose culture a line is about
    respects: re.Pattern | None = None   # words that keep their diet ("vegetarian" for a Hindu audience)


@dataclasses.dataclass(frozen=True)
class CultureTopics:
    topics: tuple[Topic, ...]
    audiences: dict[str, Audience]
    worship: re.Pattern | None = None
    dismissal: re.Pattern | None = None
    reminder: re.Pattern | None = None
    absent_before: re.Pattern | None = None     # ends with the word that makes a taboo absent ("free from ")
    absent_after: re.Pattern | None = None      # starts with it ("-free", "frei")
    mocked: re.Pattern | None = None            # a rite or festival (worship_dismissed.rites/festivals)...
    mockery: re.Pattern | None = None           # ...called stupid, a farce, superstition, or made fun of
    laughter: re.Pattern | None = None          # "haha", "kkk", "mdr", "555": laughing at what the line names
    greeting: re.Pattern | None = None          # "Selamat", "快乐", "Mubarak": a feast greeted and nothing more
    recipients: re.Pattern | None = None        # "neighbours", "Kollegen", "in-laws": persons a feast gift goes to
    devotional: re.Pattern | None = None        # "prayer beads", "tràng hạt", "سبحه": goods a rite uses

    def dismisses_worship(self, text: str) -> bool:
        """A worship word and a dismissal in one line ("skip taraweeh, stay on my live")."""
        if self.worship is None or self.dismissal is None:
            return False
        norm = normalize(text).text
        if self.reminder is not None:
            norm = self.reminder.sub(" ", norm)
        if self.worship.search(norm) and self.dismissal.search(norm):
            return True
        # mocking a rite or a festival ("Ramadan? wer hungert, ist selber schuld", "拜月都是迷信")
        return bool(self.mockery is not None and self.mockery.search(norm) and (
            self.worship.search(norm) or (self.mocked is not None and self.mocked.search(norm))
            or any(a.feasts.search(norm) for a in self.audiences.values())))

    def laughs_at_faith(self, norm: str) -> bool:
        """A laugh ("haha", "kkk", "mdr", "555") in a line naming a feast, a rite, worship or a sacred figure."""
        return bool(self.laughter is not None and self.laughter.search(norm) and (
            (self.worship is not None and self.worship.search(norm)) or (self.mocked is not None and self.mocked.search(norm))
            or any(a.feasts.search(norm) for a in self.audiences.values())))

    def _only_greets(self, norm: str) -> bool:
        """Nothing but feast names and greeting words ("selamat hari raya!", "开斋节快乐！", "eid mubarak everyone")."""
        for audience in self.audiences.values():
            norm = audience.feasts.sub(" ", norm)
        return not re.sub(r"[\W\d_]+", "", self.greeting.sub(" ", norm))

    def _feast_gift(self, norm: str, audience: str) -> bool:
        """A taboo food given to persons for the feast of the people who keep the taboo ("Zuckerfest-Geschenk für eure
        Nachbarn" with pork): offered to them, in any market (round 28; culture.yaml `gift_recipients`)."""
        return bool(self.recipients is not None and audience in self.audiences
                    and self.audiences[audience].feasts.search(norm) and self.recipients.search(norm))

    def _absent(self, norm: str, start: int, end: int) -> bool:
        before = self.absent_before is not None and self.absent_before.search(norm[max(0, start - 24):start])
        return bool(before or (self.absent_after is not None and self.absent_after.match(norm, end)))

    def touched(self, text: str) -> list[Topic]:
        """The taboos a line affirms (a topic word not named as absent)."""
        norm = normalize(text).text
        return [t for t in self.topics if any(not self._absent(norm, m.start(), m.end()) for m in t.words.finditer(norm))]

    def holders(self, audience: str) -> tuple[str, ...]:
        """The markets that hold an audience's taboos (every topic of that audience)."""
        return tuple(m for t in self.topics if t.audience == audience for m in t.markets)

    def speaks_for(self, text: str, market: str, score: float = 1.0) -> bool:
        """Whether a cultural reading of `text` (the classifier's probability `score`) is a finding in
        `market` (see the module doc)."""
        if self.dismisses_worship(text):
            return True                  # belittling a rite: everywhere the policy is on
        norm = normalize(text).text
        if _keeps_sacred(norm) and not self.laughs_at_faith(norm):
            return False                 # a sacred image kept as its faith asks: above the waist, on the altar (round 25)
        if _names_bodies_or_sacred(norm):
            return True                  # about people's bodies or a sacred figure, not a diet: everywhere
        if score >= LAUGHED_AT_MIN_SCORE and self.laughs_at_faith(norm):
            return True                  # a feast, rite or sacred figure laughed at: mocking the faith
        topics = self.touched(text)
        if not topics and any(t.words.search(norm) for t in self.topics):
            return False                 # a taboo named only as absent: "alcohol-free", "tanpa babi"
        if not topics and score < TABOO_FREE_MIN_SCORE and not (
                any(a.people.search(norm) for a in self.audiences.values()) and not _CERTIFIED.search(norm)):
            # no taboo word: only a confident reading speaks (a halal-certified Eid box, a coffee, a
            # disclosed ad read at 0.5-0.65 in sets 5-12; mocking a rite reads at 0.8 and above); an
            # uncertified "halal for sure" to the people themselves still speaks
            return False
        if not topics and self.devotional is not None and self.devotional.search(norm) \
                and not word_pair("sacred_placement.yaml", "sacred", "lowly").second.search(norm):
            return False                 # devotional goods sold for their rite ("tràng hạt ... đi chùa"): round 28
        if self.worship is not None and self.worship.search(norm):
            return True                  # a rite or a place of worship named: the faith itself
        if topics:
            return any(applies(t.markets, market) or
                       (t.audience in self.audiences and self.audiences[t.audience].people.search(norm))
                       or self._feast_gift(norm, t.audience) for t in topics)
        if _CERTIFIED.search(norm):
            return False                 # no taboo, a certificate named: the offer keeps the diet (28 such feast lines, sets 6-19)
        pitched = [a for a in self.audiences.values() if a.people.search(norm)]
        if pitched:                      # pitched to the people themselves, unless it says it keeps their diet
            return not all(a.respects is not None and a.respects.search(norm) for a in pitched)
        feasts = [name for name, a in self.audiences.items() if a.feasts.search(norm)]
        if feasts and self.greeting is not None and self._only_greets(norm):
            return False                 # a feast greeted and nothing more: no taboo, no pitch
        if feasts and all(self.audiences[name].respects is not None and self.audiences[name].respects.search(norm)
                          for name in feasts):
            return False                 # the feast kept ("kurma ... buat buka puasa bareng keluarga", "pure veg Diwali box")
        if feasts:                       # a feast, no taboo: where that people's taboos are held, read with confidence
            return score >= FEAST_ONLY_MIN_SCORE and any(applies(self.holders(name), market) for name in feasts)
        return True                      # religion, rites, sacred images: everywhere the policy is on


def names_bodies_or_sacred(text: str) -> bool:
    """A body's size or skin, or a sacred figure, image or scripture, named in the line (look-alikes
    such as "low-fat", "Buddha bowl", "extra virgin" read as spaces)."""
    return _names_bodies_or_sacred(normalize(text).text)


def _names_bodies_or_sacred(norm: str) -> bool:
    """names_bodies_or_sacred on text already normalized (speaks_for normalizes once per market)."""
    body, figure = word_pair("body_shaming.yaml", "body", "skin"), word_pair("body_shaming.yaml", "figure", "skin")
    sacred = word_pair("sacred_placement.yaml", "sacred", "lowly")
    return any(pattern.search(_blanked(pair.blank, norm)) for pair in (body, figure, sacred)
               for pattern in (pair.first, pair.second if pair is figure else None) if pattern is not None)


def _keeps_sacred(norm: str) -> bool:
    """A sacred figure named with a word of keeping it (sacred_placement.yaml `reverence`) and nothing of `lowly`."""
    sacred = word_pair("sacred_placement.yaml", "sacred", "lowly")
    keeping = word_pair("sacred_placement.yaml", "sacred", "reverence")
    text = _blanked(sacred.blank, norm)
    return bool(sacred.first.search(text) and keeping.second.search(text) and not sacred.second.search(text))


def _blanked(blank: re.Pattern | None, norm: str) -> str:
    return blank.sub(lambda m: " " * len(m.group(0)), norm) if blank is not None else norm


@functools.lru_cache(maxsize=2)
def culture_topics(path: Path | None = None) -> CultureTopics:
    from studio.compliance.packs import read_yaml

    data = read_yaml(path or culture_path())
    topics = tuple(Topic(name, tuple(spec["markets"]), spec.get("audience", ""),
                         _words_regex(normalize(w).text for w in spec["words"]))
                   for name, spec in (data.get("topics") or {}).items())
    audiences = {name: _audience(words) for name, words in (data.get("audiences") or {}).items()}
    absent = data.get("absent") or {}
    before = [normalize(w).text for w in absent.get("before") or ()]
    after = [normalize(w).text for w in absent.get("after") or ()]
    dismissed = data.get("worship_dismissed") or {}
    pattern = lambda key: alternation(dismissed[key]) if dismissed.get(key) else None
    mocked = [r for key in ("rites", "festivals", "sacred") for r in dismissed.get(key) or ()]
    mockery = [r for key in ("mockery", "mocking") for r in dismissed.get(key) or ()]
    return CultureTopics(topics, audiences, pattern("worship"), pattern("dismissal"), pattern("reminder"),
                         _absent_regex(before, at_end=True), _absent_regex(after, at_end=False),
                         alternation(mocked) if mocked else None, alternation(mockery) if mockery else None,
                         pattern("laughter"), pattern("greeting"),
                         _words_regex((normalize(w).text for w in data.get("gift_recipients") or ()), _PEOPLE_ENDING)
                         if data.get("gift_recipients") else None,
                         _words_regex(normalize(w).text for w in data.get("devotional_goods") or ()))


def _audience(words) -> Audience:
    """culture.yaml `audiences`: {people: [...], feasts: [...]}; a plain list is people."""
    spec = words if isinstance(words, dict) else {"people": words}
    respects = spec.get("respects") or ()
    return Audience(_words_regex((normalize(w).text for w in spec.get("people") or ()), _PEOPLE_ENDING),
                    _words_regex(normalize(w).text for w in spec.get("feasts") or ()),
                    _words_regex(normalize(w).text for w in respects) if respects else None)


# A Latin people word also takes an adjective or plural ending ("muslimischen", "musulmanas", "hindúes"): a
# people named in any grammatical form pitches to them. Not any suffix: "muslimah" is a style of modest wear.
_PEOPLE_ENDING = r"(?:e[nmrs]?|s|es|as?|os)?"


def _absent_regex(words: list[str], at_end: bool) -> re.Pattern | None:
    """Words that make a taboo absent, right before (at_end) or right after a topic word;
    Latin words stand alone or joined by a hyphen ("alcohol-free"), others touch it (无酒精)."""
    if not words:
        return None
    bodies = []
    for word in sorted(set(words), key=len, reverse=True):
        body = r"[\s\-]+".join(re.escape(p) for p in word.split())
        if word.isascii():
            body = rf"(?<!\w){body}[\s\-]*\Z" if at_end else rf"[\s\-]*{body}(?!\w)"
        else:
            body = rf"{body}\s*\Z" if at_end else rf"\s*{body}"
        bodies.append(body)
    return re.compile("|".join(f"(?:{b})" for b in bodies), re.IGNORECASE)
