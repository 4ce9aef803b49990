"""`studio comments classify IN.jsonl --show SHOW --out OUT.jsonl` end to end on the real encoder."""

from __future__ import annotations

import json
from pathlib import Path

from studio.cli.main import main

SHOW = Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md"


def _run(tmp_path, lines, *extra):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["comments", "classify", str(src), "--show", str(SHOW), "--out", str(out), "--no-translate", *extra])
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()] if out.exists() else []
    return rc, rows


def test_classify_writes_one_line_per_comment_with_every_field(tmp_path, capsys):
    rc, rows = _run(tmp_path, [
        json.dumps({"id": "a", "text": "CF 2", "user": "x", "t": 1.5}),
        json.dumps({"id": 7, "text": "¿Cuánto tarda el envío a Chile?"}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "ลิปแดง ๒ แท่งค่ะ"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "唇彩好好看"}, ensure_ascii=False),
    ], "--current-sku", "EYE-AVI")
    assert rc == 0
    assert [r["id"] for r in rows] == ["a", 7, "c", "d"]
    assert all(set(r) >= {"id", "lang", "intent", "sku", "quantity", "group", "translation", "reply"} for r in rows)
    a, b, c, d = rows
    assert (a["intent"], a["sku"], a["quantity"], a["lang"]) == ("buy", "EYE-AVI", 2, "und")
    assert (b["lang"], b["intent"], b["sku"], b["group"]) == ("es", "question", None, "faq:shipping")
    assert b["reply"].startswith("Los pedidos salen en 2 días")
    assert (c["lang"], c["intent"], c["sku"], c["quantity"]) == ("th", "buy", "LIP-RUBY", 2)
    assert (d["lang"], d["intent"], d["sku"], d["quantity"], d["reply"]) == ("zh", "praise", "LIP-NUDE", None, None)
    assert all(r["translation"] is None for r in rows)
    assert "4 comments classified, 0 lines skipped" in capsys.readouterr().err


def test_bad_lines_are_reported_and_the_run_goes_on(tmp_path, capsys):
    rc, rows = _run(tmp_path, ["{broken", "[1, 2]", json.dumps({"id": "x"}), json.dumps({"text": "no id"}),
                               json.dumps({"id": "y", "text": 42}), "", json.dumps({"id": "ok", "text": "+1"})])
    assert rc == 0 and [r["id"] for r in rows] == ["ok"]
    err = capsys.readouterr().err
    for n, why in [(1, "not JSON"), (2, "not a JSON object"), (3, 'no "text"'), (4, 'no "id"'), (5, 'no "text"')]:
        assert f"in.jsonl:{n}: skipped: {why}" in err
    assert "1 comments classified, 5 lines skipped" in err


def test_missing_input_show_or_product_is_exit_2(tmp_path, capsys):
    assert main(["comments", "classify", str(tmp_path / "none.jsonl"), "--show", str(SHOW)]) == 2
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "+1"}\n', encoding="utf-8")
    assert main(["comments", "classify", str(src), "--show", str(tmp_path / "no.show.md")]) == 2
    assert main(["comments", "classify", str(src), "--show", str(SHOW), "--current-sku", "NOPE"]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "NOPE is not in the show's catalog" in err
