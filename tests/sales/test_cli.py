"""`studio sales ...` end to end over a real file, as a producer's script would drive it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.cli.sales_cmd import ACTIONS_HELP

ROOT = Path(__file__).resolve().parents[2]
SHOW = str(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["sales", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_live_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert run(capsys, "--db", db, "session", "start", "--show", SHOW)[0] == 0
    assert run(capsys, "session", "segment", "2", "--db", db)[1].startswith("segment 2: Ruby matte")
    code, out, _ = run(capsys, "log", "--db", db)
    assert code == 0 and "1 × LIP-RUBY" in out and "19.90 USD" in out
    out = run(capsys, "log", "--db", db, "-q", "2", "--coupon", "VIP", "--discount", "5")[1]
    assert "34.80 USD" in out and "coupon VIP" in out
    assert "undone #2" in run(capsys, "undo", "--db", db)[1]
    assert run(capsys, "marker", "--db", db, "flash", "sale", "starts")[1].startswith("marker 1: flash sale starts")
    assert run(capsys, "viewers", "--db", db, "350")[0] == 0
    out = run(capsys, "dashboard", "--db", db)[1]
    assert "GMV 19.90 USD · 1 units · 1 orders" in out and "199 left" in out
    data = json.loads(run(capsys, "list", "--db", db, "--format", "json", "--include-undone")[1])
    assert [(s["id"], s["undone"]) for s in data] == [(1, False), (2, True)]
    report = tmp_path / "report.html"
    assert run(capsys, "report", "--db", db, "-o", str(report))[0] == 0
    assert "<svg" in report.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run(capsys, "export", "--db", db, "--table", "sales")[1])))
    assert [r["sku"] for r in rows] == ["LIP-RUBY", "LIP-RUBY"] and rows[1]["undone"] == "1"
    assert "session 1 ended" in run(capsys, "session", "end", "--db", db)[1]
    assert json.loads(run(capsys, "report", "--db", db, "--format", "json")[1])["totals"]["orders"] == 1


def test_environment_variable_points_at_another_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STUDIO_SALES_DB", str(tmp_path / "env.sqlite"))
    run(capsys, "catalog", "import", str(ROOT / "assets" / "sales" / "sample_catalog.csv"))
    assert (tmp_path / "env.sqlite").exists()
    assert "MASK-JP" in run(capsys, "catalog", "list")[1]
    assert "1,980 JPY" in run(capsys, "catalog", "set", "MASK-JP", "--stock", "12")[1]


def test_user_mistakes_are_one_sentence_and_exit_2(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    code, _, err = run(capsys, "--db", db, "log", "LIP-RUBY")
    assert code == 2 and "no live session is open" in err
    run(capsys, "--db", db, "session", "start", "--show", SHOW)
    code, _, err = run(capsys, "--db", db, "log", "--price", "19.999 USD")
    assert code == 2 and "2 decimal places" in err
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not sqlite" * 500)
    code, _, err = run(capsys, "--db", str(bad), "list")
    assert code == 2 and "damaged" in err and "A copy was kept" in err


def test_unknown_export_gets_a_mapping_file_then_imports(tmp_path, capsys):
    db = str(tmp_path / "m.sqlite")
    run(capsys, "--db", db, "session", "start", "--show", SHOW)
    export = tmp_path / "shop.csv"
    export.write_text("Ref,Item Code,Qty,Paid,When\nA1,LIP-RUBY,2,39.80,2026-11-22 03:33\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(export))
    assert code == 3 and "Nothing was imported" in out and "still needed: order_id" in out
    mapping_path = tmp_path / "shop.mapping.json"
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert mapping["columns"]["sku"] == "Item Code" and mapping["columns"]["amount"] == "Paid"
    mapping["columns"]["order_id"] = "Ref"                      # the user fills in what was missing
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(export), "--mapping", str(mapping_path))
    assert code == 0 and "1 order line(s) imported" in out and "LIP-RUBY" in out and "+2" in out
    code, out, _ = run(capsys, "--db", db, "import", str(export))       # remembered now
    assert code == 0 and "a column mapping you confirmed before" in out


def test_purge_counts_first_and_deletes_with_yes(tmp_path, capsys):
    db = str(tmp_path / "p.sqlite")
    run(capsys, "--db", db, "session", "start", "--show", SHOW)
    run(capsys, "--db", db, "log", "LIP-NUDE", "--buyer", "Mei")
    assert "would delete" in run(capsys, "--db", db, "purge", "--personal")[1]
    assert "deleted 0 session(s), 0 sale(s), 0 marker(s), 0 imported order line(s), 1 buyer field(s)" in \
        run(capsys, "--db", db, "purge", "--personal", "--yes")[1]
    assert "deleted 1 session(s), 1 sale(s)" in run(capsys, "--db", db, "purge", "--before", "2999-01-01", "--yes")[1]


@pytest.mark.parametrize("action", sorted(ACTIONS_HELP))
def test_every_action_is_documented(action):
    assert f"### studio sales {action}" in (ROOT / "docs" / "sales.md").read_text(encoding="utf-8")
