"""A line that sends viewers to their doctor or keeps their treatment: no medical claim of its own.

"Le purificateur filtre les pollens, mais pour l'asthme, on garde le traitement prescrit par son médecin",
"الترمومتر للقياس بس، ولو السخونية مانزلتش روحوا للدكتور" (the thermometer only measures; if the fever stays,
go to the doctor): the classifier reads the health words as a medical claim, yet the line gives the claim to
the doctor. context_facts.py clears a doctor named with "not a medicine" or a viewer's question; this clears
the classifier's reading (not a rule's) when the line keeps the prescribed treatment, or names a doctor for
when symptoms persist or beside a device that only measures, or asks viewers to see one first when it names no cure
("konsultasi dulu sama dokter ya sebelum coba sambal level lima ini"), or says the product is for daily care only
beside a specialist ("see the dentist first, this toothpaste is for daily care": round 20). A line that tells viewers to stop their
medicine is never a referral. A pack rule's medical hit goes too when the line names no cure and no condition gone
("if you've got chronic back pain, chat with your GP first — this mattress is medium-firm": the rule read the
viewer's back pain). Words: assets/compliance/medical_referral.yaml.
"""

from __future__ import annotations

import functools
import re

from studio import paths
from studio.compliance.normalize import normalize
from studio.compliance.plain_readings import vocab_family


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "medical_referral.yaml")
    return (re.compile(data["keeps_treatment"]), re.compile(data["referral"]), re.compile(data["ask_first"]),
            re.compile(data["daily_care"]))


def only_refers_to_doctor(line: str) -> bool:
    """The line keeps the viewer's treatment, names a doctor for persisting symptoms or beside a measuring device,
    or sends the viewer to one first, or says the product is for daily care only, without naming a cure."""
    from studio.compliance.context_words import context_patterns
    from studio.compliance.medical_context import tells_to_stop_treatment

    norm = normalize(line).text
    keeps, referral, ask_first, daily_care = _patterns()
    p = context_patterns()
    if tells_to_stop_treatment(line) or p.affirms.search(norm):
        return False
    if keeps.search(norm) or (referral.search(norm) and p.see_doctor.search(norm)):
        return True
    return bool((ask_first.search(norm) or daily_care.search(norm)) and p.see_doctor.search(norm)
                and not vocab_family("cure").search(norm))


def refers_without_cure(line: str) -> bool:
    """A referral (above) that names no cure and no condition gone ({cure}, {gone} of vocab.yaml): the disease is the
    viewer's, so a rule's reading of it as the product's claim goes as well."""
    norm = normalize(line).text
    return only_refers_to_doctor(line) and not vocab_family("cure").search(norm) and not vocab_family("gone").search(norm)
