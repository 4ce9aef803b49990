"""XLIFF 2.0 and CSV exchange with outside translators: round trip, states, stale on return,
and hostile files refused cleanly."""

from __future__ import annotations

import pytest

from studio.cli.main import main
from studio.localize.csv_table import read_csv, to_csv
from studio.localize.exchange import ExchangeFormatError, ExchangeRow, export_rows, import_rows
from studio.localize.units import slot_of
from studio.localize.xliff import read_xliff, to_xliff
from studio.show import dump_show, load_show, parse_show
from studio.show.translations import TranslationState

from .test_localize import SHOW


def _reviewed_show():
    show = parse_show(SHOW)
    slot_of(show, "s0.l1").propose("es", "Este sérum cura el acné en 3 días.")
    slot_of(show, "s0.offer").propose("es", "=10% de descuento")         # starts like a formula
    slot_of(show, "faq0").propose("es", "Los pedidos salen en 2 días.")
    slot_of(show, "faq0").approve("es")
    return show


@pytest.mark.parametrize("fmt", ["xliff", "csv"])
def test_round_trip_keeps_every_text_and_state(fmt):
    show = _reviewed_show()
    rows = export_rows(show, "es")
    states = {r.unit_id: r.state for r in rows}
    assert states == {"s0.offer": "translated", "s0.l0": "final", "s0.l1": "translated", "s0.b0": "initial",
                      "faq0": "final"}
    lang, back = read_xliff(to_xliff(show, "es")) if fmt == "xliff" else read_csv(to_csv(show, "es").encode("utf-8"))
    assert lang == "es" and back == rows
    fresh = parse_show(SHOW)
    result = import_rows(fresh, "es", back)
    assert (result.approved, result.unchanged, result.proposed, result.stale, result.ignored) == (1, 1, 2, 0, [])
    assert parse_show(dump_show(fresh)) == parse_show(dump_show(show))


def test_csv_is_spreadsheet_safe():
    text = to_csv(_reviewed_show(), "es")
    assert text.startswith("\ufeff# language: es") and ",'=10% de descuento," in text


def test_translator_states_map_to_proposed_and_approved_and_stale_on_return(tmp_path, capsys):
    show_path = tmp_path / "serum.show.md"
    show_path.write_text(SHOW, "utf-8")
    assert main(["localize", "export", str(show_path), "--to", "th"]) == 0
    xlf = tmp_path / "serum.th.xlf"
    data = xlf.read_bytes().decode("utf-8")
    # The translator fills two units: one approved ("final"), one as a draft ("reviewed").
    data = data.replace('state="initial">\n        <source>This serum cures acne in 3 days.</source>',
                        'state="final">\n        <source>This serum cures acne in 3 days.</source>\n'
                        '        <target>เซรั่มนี้รักษาสิวได้ภายใน 3 วัน</target>')
    data = data.replace('state="initial">\n        <source>Only fifty bottles left tonight.</source>',
                        'state="reviewed">\n        <source>Only fifty bottles left tonight.</source>\n'
                        '        <target>เหลือเพียงห้าสิบขวดคืนนี้</target>')
    xlf.write_text(data, "utf-8")
    # Meanwhile the producer edits the B line: its translation comes back stale.
    show_path.write_text(SHOW.replace("Only fifty bottles left tonight.", "Only forty bottles left tonight."), "utf-8")
    assert main(["localize", "import", str(show_path), str(xlf)]) == 0
    assert "1 approved, 0 proposed, 1 stale" in capsys.readouterr().out
    show = load_show(show_path)
    assert slot_of(show, "s0.l1").state("th") is TranslationState.APPROVED
    assert show.segments[0].lines[1].live_translations() == {"th": "เซรั่มนี้รักษาสิวได้ภายใน 3 วัน"}
    assert slot_of(show, "s0.b0").state("th") is TranslationState.STALE


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
 <file id="f"><unit id="s0.l1"><segment state="final"><source>x</source><target>&d;</target></segment></unit></file>
</xliff>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
 <file id="f"><unit id="s0.l1"><segment state="final"><source>x</source><target>&secret;</target></segment></unit></file>
</xliff>"""


@pytest.mark.parametrize("data", [BOMB, EXTERNAL, BOMB.decode().encode("utf-16")], ids=["bomb", "external", "utf16"])
def test_hostile_xliff_is_refused_and_nothing_changes(tmp_path, capsys, data):
    with pytest.raises(ExchangeFormatError, match="DOCTYPE|entities|well-formed"):
        read_xliff(data)
    show_path = tmp_path / "serum.show.md"
    show_path.write_text(SHOW, "utf-8")
    (tmp_path / "evil.xlf").write_bytes(data)
    assert main(["localize", "import", str(show_path), str(tmp_path / "evil.xlf")]) == 2
    assert "refused" in capsys.readouterr().err
    assert show_path.read_text("utf-8") == SHOW


def test_broken_files_are_clear_errors():
    with pytest.raises(ExchangeFormatError, match="well-formed"):
        read_xliff(b"<xliff")
    with pytest.raises(ExchangeFormatError, match="not an XLIFF 2"):
        read_xliff(b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>')
    with pytest.raises(ExchangeFormatError, match="header row"):
        read_csv(b"# language: es\nfoo,bar\n")
    with pytest.raises(ExchangeFormatError, match="UTF-8"):
        read_csv("id,title\n".encode("utf-16"))
    show = parse_show(SHOW)
    rows = [ExchangeRow("s9.l9", "", "x", "", "y", "final"), ExchangeRow("s0.l1", "", "x", "", "y", "done")]
    assert import_rows(show, "es", rows).ignored == ["s9.l9: no such line in the show", "s0.l1: unknown state 'done'"]
