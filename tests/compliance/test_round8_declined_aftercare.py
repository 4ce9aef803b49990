"""Claims round 8 (after blind set 13), rules and notes only (semantic=False):

- a viewer's health question declined and sent to a doctor drops the rule's medical hit too, with
  more doctors (Hautarzt, podiatrist, magpa-check up, 睇医生) and declines ("I can't answer that",
  "dazu kann ich nichts sagen"); a question answered yes stays a claim;
- aftercare of a fresh tattoo ("heals it up so nice") is no disease claim in the US pack.
"""

import pytest

from studio.compliance import Checker


def medical(market, text, lang):
    found = Checker([market], user_pack=False, semantic=False).check_text(text, lang)
    return [f for f in found if f.category == "medical"]


DECLINED = [
    ("DE", "de", "Jemand fragt, ob das gegen Neurodermitis hilft – dazu kann ich nichts sagen, das ist kein "
                 "Arzneimittel, geht bitte zum Hautarzt."),
    ("US", "en", "Someone's asking if the foot cream fixes diabetic foot ulcers, I can't answer that one, please "
                 "ask your podiatrist, this is just a moisturizer for cracked heels."),
    ("PH", "tl", "May nagtatanong kung nakakagamot ba ng diabetes, sorry po hindi ko masasagot yan, hindi po ito "
                 "gamot, magpa-check up po kayo."),
    ("FR", "fr", "Quelqu'un demande si ça guérit l'eczéma, je ne peux pas répondre, voyez votre dermatologue."),
    ("BR", "pt", "Perguntaram se cura a psoríase, não posso responder, procurem um médico."),
]

ANSWERED_YES = [
    ("US", "en", "Someone asks if it cures diabetic foot ulcers — yes it does! Ask your podiatrist, they'll love it."),
    ("DE", "de", "Jemand fragt, ob das gegen Neurodermitis hilft – ja, das heilt Neurodermitis, geht zum Hautarzt "
                 "und zeigt es ihm."),
]


@pytest.mark.parametrize("market,lang,text", DECLINED)
def test_declined_health_question_drops_the_rule_hit(market, lang, text):
    assert medical(market, text, lang) == []


@pytest.mark.parametrize("market,lang,text", ANSWERED_YES)
def test_question_answered_yes_stays_a_claim(market, lang, text):
    assert medical(market, text, lang)


def test_tattoo_aftercare_is_no_disease_claim_but_a_cure_still_is():
    assert medical("US", "Okay chat, this tattoo balm, I've put it on every fresh piece for two years, heals it "
                         "up so nice, honestly the best aftercare I've used.", "en") == []
    assert medical("US", "This balm heals your new tattoo fast.", "en") == []
    assert medical("US", "This tattoo balm heals eczema too.", "en")
    assert medical("US", "This tattoo balm heals it up, and it cures psoriasis.", "en")


def green(market, text, lang, notes=(), semantic=False):
    found = Checker([market], user_pack=False, semantic=semantic).check_text(text, lang, notes=notes)
    return [f for f in found if f.category == "green_claims"]


CONTRADICTED_GREEN = [
    ("CH", "de", "Diese Kerzen sind klimaneutral und zu 100 % natürlich, null Chemie.",
     "Paraffinwachs, keine Kompensation oder Zertifizierung."),
    ("FR", "fr", "Ces bougies sont neutres en carbone et 100 % naturelles, zéro impact.",
     "Cire paraffine, aucune compensation ni certification."),
    ("MX", "es", "Estas velas son neutras en carbono, cero químicos.", "Cera de parafina, sin compensación."),
    ("BR", "pt", "Essas velas são 100% naturais e neutras em carbono.", "Parafina, sem compensação nem certificado."),
    ("SG", "en", "These candles are carbon neutral, zero chemicals.", "Paraffin wax; no offset or certification."),
]


@pytest.mark.parametrize("market,lang,text,notes", CONTRADICTED_GREEN)
def test_green_claim_the_notes_contradict_blocks_in_every_market(market, lang, text, notes):
    found = green(market, text, lang, (notes,))
    assert found and all(f.severity.name == "BLOCK" for f in found)


def test_the_same_green_words_without_contradicting_notes_add_nothing_new():
    assert green("CH", "Diese Kerzen sind zu 100 % natürlich.", "de") == []


@pytest.mark.parametrize("market,lang,text", [
    ("ID", "id", "Mukena kita bahannya katun rayon 100%, cek aja labelnya, adem banget dipakai tarawih."),
    ("BR", "pt", "Camiseta 95% algodão, confere a etiqueta, super fresquinha."),
    ("US", "en", "This tee is 100% cotton, check the label, so soft."),
])
def test_a_fabric_composition_is_no_green_claim(market, lang, text):
    assert green(market, text, lang, semantic=True) == []


def test_a_composition_beside_a_green_word_stays_green():
    assert green("ID", "Tas ini 100% ramah lingkungan, bahan katun 100%.", "id", semantic=True)


@pytest.mark.parametrize("market", ["US", "CN"])
def test_tattoo_aftercare_in_every_pack_with_a_bare_heals(market):
    assert medical(market, "This tattoo balm on every fresh piece, heals it up so nice.", "en") == []
    assert medical(market, "This tattoo balm heals it up, and it cures psoriasis.", "en")
