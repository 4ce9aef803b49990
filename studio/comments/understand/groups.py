"""Repeated questions grouped: "12 people ask about shipping to Chile".

A question that matches a FAQ entry joins that entry's group ("faq:shipping"); one that names a
topic (topic_words.yaml) but no FAQ entry joins the topic's group ("topic:price:LIP-RUBY"). Others
join the nearest open group when their vectors are close and they are about the same product (or no
product), else start one. A group's key comes from its first question (sku and a hash of the
text), so it never changes as the group grows and the inbox can keep its selection.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

GROUP_MIN_COSINE = 0.90      # two questions this close ask the same thing (dev comments)
MAX_EXAMPLES = 3


@dataclass
class QuestionGroup:
    key: str
    topic: str | None                  # the FAQ topic, when the group is a FAQ's
    sku: str | None
    count: int = 0
    examples: list[str] = field(default_factory=list)
    languages: Counter = field(default_factory=Counter)
    replies: dict[str, str] = field(default_factory=dict)   # language -> approved, claim-checked reply draft
    centroid: np.ndarray | None = field(default=None, repr=False)

    @property
    def summary(self) -> str:
        about = self.topic or (self.examples[0] if self.examples else "")
        who = "1 person asks" if self.count == 1 else f"{self.count} people ask"
        return f"{who} about {about}" + (f" ({self.sku})" if self.sku else "")


def text_key(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:8]


class QuestionGroups:
    def __init__(self):
        self._groups: dict[str, QuestionGroup] = {}
        self._lock = threading.Lock()

    def add(self, text: str, lang: str, sku: str | None, vec: np.ndarray, faq_topic: str | None = None,
            faq_sku: str | None = None, topic: str | None = None, reply: str | None = None) -> str:
        with self._lock:
            if faq_topic:
                key = f"faq:{faq_topic}" + (f":{faq_sku}" if faq_sku else "")
                group = self._groups.get(key) or QuestionGroup(key, faq_topic, faq_sku)
            elif topic:
                key = f"topic:{topic}" + (f":{sku}" if sku else "")
                group = self._groups.get(key) or QuestionGroup(key, topic, sku)
            else:
                group = self._nearest(vec, sku) or QuestionGroup(f"q:{sku or 'any'}:{text_key(text)}", None, sku)
            self._groups[group.key] = group
            group.count += 1
            group.languages[lang] += 1
            if reply:
                group.replies[lang] = reply
            if len(group.examples) < MAX_EXAMPLES and text not in group.examples:
                group.examples.append(text)
            # a running mean keeps the group about what most of its questions ask
            group.centroid = vec.copy() if group.centroid is None else group.centroid + (vec - group.centroid) / group.count
            return group.key

    def _nearest(self, vec: np.ndarray, sku: str | None) -> QuestionGroup | None:
        best, best_cos = None, GROUP_MIN_COSINE
        for group in self._groups.values():
            if group.topic or group.centroid is None or group.sku != sku:
                continue
            cos = float(group.centroid @ vec / (np.linalg.norm(group.centroid) + 1e-9))
            if cos >= best_cos:
                best, best_cos = group, cos
        return best

    def snapshot(self) -> list[QuestionGroup]:
        """Groups, largest first (copies: the caller may read them on another thread)."""
        with self._lock:
            groups = [QuestionGroup(g.key, g.topic, g.sku, g.count, list(g.examples), Counter(g.languages), dict(g.replies))
                      for g in self._groups.values()]
        return sorted(groups, key=lambda g: (-g.count, g.key))
