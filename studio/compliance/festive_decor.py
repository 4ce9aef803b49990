"""A feast decorated: festival decorations named with their feast mock nothing.

"Pour l'Aïd, guirlandes lune et étoile et lanternes dorées, tout est arrivé", "Simbang Gabi na, kaya eto na ang mga
parol at Christmas lights natin": the classifier reads the feast's name as a cultural or a disparaging line (set 22:
fr, tl false alarms). A line that names a feast and what it is decorated with, and touches no taboo (culture.yaml
topics), mocks no rite, dismisses no worship and laughs at no faith, drops the classifier's reading of those two
categories; rules and the readers of mockery keep theirs. Words: assets/compliance/festive_decor.yaml.
"""

from __future__ import annotations

import functools
import re

from studio import paths
from studio.compliance.normalize import alternation, normalize

CATEGORIES = frozenset({"cultural_sensitivity", "disparagement"})


@functools.lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Feasts (these and culture.yaml's festivals), decorations, and culture.yaml's sacred figures and worship."""
    from studio.compliance.culture import culture_path
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "festive_decor.yaml")
    dismissed = read_yaml(culture_path()).get("worship_dismissed") or {}
    sacred = [*(dismissed.get("sacred") or ()), *(dismissed.get("worship") or ())]
    return alternation([*data["feasts"], *(dismissed.get("festivals") or ())]), alternation(data["decor"]), alternation(sacred)


def decorates_feast(line: str) -> bool:
    """A feast and its decorations in the line, and no sacred figure or worship (a Buddha as décor is a taboo of its
    own), nothing that touches a taboo or mocks the faith."""
    from studio.compliance.culture_topics import culture_topics

    norm = normalize(line).text
    feasts, decor, sacred = _words()
    topics = culture_topics()
    named = feasts.search(norm) or any(a.feasts.search(norm) for a in topics.audiences.values())
    if not named or not decor.search(norm) or sacred.search(norm):
        return False
    return not (topics.touched(line) or topics.dismisses_worship(line) or topics.laughs_at_faith(norm))
