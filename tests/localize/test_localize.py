"""studio localize end to end: drafts through the real multilingual code on a tiny model, terms
checked, claims checked per market, drafts written as proposed, captions ignore them."""

from __future__ import annotations

import json
import shutil

import pytest

from studio.captions.approved import ScriptAligner
from studio.captions.glossary import Glossary, GlossaryTerm
from studio.cli.main import main
from studio.compliance.checker import Checker
from studio.localize.drafting import localize
from studio.localize.engines import DraftEngines, NoModelError
from studio.localize.terms import missing_terms, term_base
from studio.localize.units import iter_units, slot_of
from studio.show import load_show, parse_show
from studio.show.translations import TranslationState

from .tiny_multilingual import multilingual_folder

SHOW = """# Serum night
markets: US, TH
language: en
captions: es

## Products
| sku | name | price |
|---|---|---|
| SER-HA | Aqua Boost Serum | 25.00 USD |

## Segment: Serum (3m)
product: SER-HA
offer: 10% off Aqua Boost Serum tonight

Meet Aqua Boost Serum with hyaluronic acid.
> es: Conoce Aqua Boost Serum con ácido hialurónico.
This serum cures acne in 3 days.
[Show the bottle]

### B
Only fifty bottles left tonight.

## FAQ
### Shipping
q: How long does shipping take?
a: Orders leave within 2 days.
"""


@pytest.fixture(scope="module")
def tiny_m2m(tmp_path_factory):
    return multilingual_folder(tmp_path_factory.mktemp("m2m") / "m2m100-418m", "m2m100")


def test_localize_cli_writes_proposed_drafts_that_captions_ignore(tiny_m2m, tmp_path, capsys):
    show_path = tmp_path / "serum.show.md"
    show_path.write_text(SHOW, "utf-8")
    code = main(["localize", str(show_path), "--to", "es,th,ar,en", "--model", str(tiny_m2m), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["show"] == str(show_path)
    assert report["skipped"] == {"en": "the show is written in en"}
    show = load_show(show_path)
    units = list(iter_units(show))
    assert [u.id for u in units] == ["s0.offer", "s0.l0", "s0.l1", "s0.b0", "faq0"]
    for unit in units:
        slot = slot_of(show, unit.id)
        assert slot.state("th") is TranslationState.PROPOSED and slot.state("ar") is TranslationState.PROPOSED
        assert slot.proposed["th"].source_hash == slot.current_hash
    # The approved Spanish line is kept, not drafted over; the others get Spanish drafts.
    line0 = show.segments[0].lines[0]
    assert line0.slot().state("es") is TranslationState.APPROVED and "es" not in line0.proposed
    assert show.segments[0].lines[1].slot().state("es") is TranslationState.PROPOSED
    assert report["kept"] == 1 and len(report["drafts"]) == 5 + 5 + 4
    # Random weights lose the brand name: every draft of a line naming it is flagged with the term.
    flagged = {(d["id"], d["lang"]) for d in report["drafts"] if "Aqua Boost Serum" in d["missing_terms"]}
    assert ("s0.offer", "th") in flagged and ("s0.l0", "ar") in flagged
    assert all(not d["missing_terms"] for d in report["drafts"] if d["id"] in ("s0.l1", "faq0"))
    # Captions use approved translations only: the drafts never reach them.
    aligner = ScriptAligner(show)
    match = aligner.match("Meet Aqua Boost Serum with hyaluronic acid.", 0)
    assert match is not None and set(match.translations) == {"es"}
    assert aligner.match("This serum cures acne in 3 days.", 0) is None
    assert show.faq[0].answer_in("th") is None


def test_terms_kept_and_claims_flagged_per_market():
    """A word-table stand-in for the model (it translates words and copies what it does not know,
    as the placeholders need): the term restoring and the per-market claim check are the code under test."""
    show = parse_show(SHOW)
    words = {"Meet": "Conoce", "with": "con", "This serum cures acne in 3 days.": "Este sérum cura el acné en 3 días.",
             "Only fifty bottles left tonight.": "Solo quedan cincuenta frascos esta noche.",
             "10% off": "10% de descuento en", "tonight": "esta noche", "Orders leave within 2 days.":
             "Los pedidos salen en 2 días."}

    def word_table(text: str) -> str:
        for en, es in words.items():
            text = text.replace(en, es)
        return text

    class Engines:
        def translator(self, source, target):
            return word_table, "word table"

    glossary = Glossary([GlossaryTerm("hyaluronic acid", {"es": "ácido hialurónico"})]).merged(Glossary.from_show(show))
    show.segments[0].lines[0].slot().approved.clear()          # draft this one too
    report = localize(show, ["es"], glossary, Engines(), Checker(["US", "MX", "TH"], semantic=False))
    by_id = {d.unit.id: d for d in report.drafts}
    assert by_id["s0.l0"].draft == "Conoce Aqua Boost Serum con ácido hialurónico."
    assert by_id["s0.l0"].missing_terms == [] and by_id["s0.offer"].missing_terms == []
    claim = by_id["s0.l1"]
    assert {m for f in claim.findings for m in f.markets} == {"US", "MX"}     # not TH: Thai rules read Thai
    assert claim.blocking and not by_id["faq0"].flagged
    assert report.term_retention() == 1.0


def test_term_check_accepts_the_fixed_translation_only():
    glossary = Glossary([GlossaryTerm("hyaluronic acid", {"es": "ácido hialurónico"}), GlossaryTerm("Velvet Matte")])
    source = "Velvet Matte with hyaluronic acid"
    assert missing_terms(source, "Velvet Matte con ácido hialurónico", "es", glossary) == []
    assert missing_terms(source, "Velvet Matte con hyaluronic acid", "es", glossary) == \
        ["hyaluronic acid → ácido hialurónico"]
    assert missing_terms(source, "Terciopelo mate con ácido hialurónico", "es", glossary) == ["Velvet Matte"]


def test_term_base_is_the_captions_glossary_file(tmp_path):
    show = parse_show(SHOW)
    (tmp_path / "terms.txt").write_text("Aqua Boost Serum = th: อควา บูสต์ เซรั่ม\nhyaluronic acid\n", "utf-8")
    base = term_base(show, tmp_path / "terms.txt")
    assert base.terms[0].rendering("th") == "อควา บูสต์ เซรั่ม"          # the file's fixed translation wins
    assert [t.term for t in base.terms].count("Aqua Boost Serum") == 1
    assert "SER-HA" in base.hotwords()                                   # the same terms Whisper hears


def test_no_model_is_a_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    with pytest.raises(NoModelError, match="m2m100-418m"):
        DraftEngines().translator("en", "th")
    show_path = tmp_path / "s.show.md"
    show_path.write_text(SHOW, "utf-8")
    assert main(["localize", str(show_path), "--to", "th"]) == 2
    assert "no translation model for en→th" in capsys.readouterr().err
    assert load_show(show_path) == parse_show(SHOW)        # nothing written


def test_a_show_with_comments_is_not_rewritten_without_out(tiny_m2m, tmp_path, example_show_path, capsys):
    show_path = tmp_path / "lip.show.md"
    shutil.copyfile(example_show_path, show_path)
    assert main(["localize", str(show_path), "--to", "th", "--model", str(tiny_m2m), "--rules-only"]) == 2
    assert "comments" in capsys.readouterr().err
    out = tmp_path / "lip.th.show.md"
    assert main(["localize", str(show_path), "--to", "th", "--model", str(tiny_m2m), "--out", str(out),
                 "--rules-only"]) == 0
    assert all(line.proposed.get("th") for seg in load_show(out).segments for line in seg.spoken_lines)


def test_chinese_drafts_come_in_the_markets_script():
    show = parse_show(SHOW.replace("markets: US, TH", "markets: TW"))

    class Engines:   # a stand-in that answers in Simplified Chinese, as M2M100's one "zh" does
        def translator(self, source, target):
            return (lambda text: "这款精华今晚特价"), "stand-in"

    report = localize(show, ["zh", "zh-Hans"], Glossary(), Engines())
    drafts = {(d.unit.id, d.lang): d.draft for d in report.drafts}
    assert drafts[("s0.l1", "zh")] == "這款精華今晚特價"          # Taiwan reads Traditional
    assert drafts[("s0.l1", "zh-Hans")] == "这款精华今晚特价"
