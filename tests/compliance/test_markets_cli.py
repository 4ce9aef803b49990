"""`studio check` and `studio follow` take scripts as they are, any market code, and say
per finding where it is, what it claims, where it came from and what to say instead."""

import json
import wave

import numpy as np
import pytest

from studio.cli.main import main as studio

SCRIPT_TXT = """Title: Glow night
Segment: Serum (3m)
product: SER-1
Serum ini menyembuhkan jerawat dalam seminggu.
[Tunjukkan botolnya ke kamera]
Klik keranjang kuning untuk pesan.
"""

JSON_FIELDS = {"line", "span", "text", "category", "source", "severity", "market", "rule", "rewrite", "similar_to"}


@pytest.fixture
def script_txt(tmp_path):
    path = tmp_path / "glow-night.txt"
    path.write_text(SCRIPT_TXT, encoding="utf-8")
    return path


def test_check_takes_a_plain_text_script(script_txt, capsys):
    assert studio(["check", str(script_txt), "--market", "ID"]) == 1
    out = capsys.readouterr().out
    assert f"{script_txt}:4:" in out and "id.cosmetic-medical-claim" in out


def test_check_takes_csv_and_markdown_scripts(tmp_path, capsys):
    csv = tmp_path / "rows.csv"
    csv.write_text("segment,line\nSerum,Kem này đặc trị mụn\nSerum,Giao hàng trong ba ngày\n", encoding="utf-8")
    assert studio(["check", str(csv), "--market", "VN", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in report["findings"]] == ["vn.cosmetic-medical-claim"]
    md = tmp_path / "notes.md"
    md.write_text("# Night\n\n## Serum\n\nThe best lipstick I've ever worn.\n", encoding="utf-8")
    assert studio(["check", str(md), "--market", "US"]) == 0


def test_check_takes_a_word_script(tmp_path, capsys):
    import docx

    document = docx.Document()
    document.add_heading("Serum", level=1)
    document.add_paragraph("Kem này đặc trị mụn cho da dầu.")
    document.add_paragraph("Giao hàng trong ba ngày.")
    path = tmp_path / "dem-nay.docx"
    document.save(str(path))
    assert studio(["check", str(path), "--market", "VN", "--format", "json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["rule"] == "vn.cosmetic-medical-claim" and finding["segment"] == 0


def test_json_has_the_fields_a_pipeline_reads(script_txt, capsys):
    assert studio(["check", str(script_txt), "--market", "ID,SHOPEE", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["markets"] == ["ID", "SHOPEE"] and report["blocking"] >= 1
    first = report["findings"][0]
    assert JSON_FIELDS <= set(first)
    assert first["line"] == 4 and first["category"] == "medical" and first["source"] == "rule"
    start, end = first["span"]
    assert first["text"][start:end] == first["matched"] == "menyembuhkan jerawat"
    assert first["rule"] == "id.cosmetic-medical-claim" and first["market"] == "ID"
    assert first["rewrite"].startswith("Jelaskan") and "BPOM" in first["law"]


def test_text_json_one_line_at_a_time(capsys):
    assert studio(["check", "--text", "이 크림은 최고예요", "--market", "KR", "--format", "json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["category"] == "absolute_superlative" and finding["severity"] == "block"
    assert finding["line"] == 1 and finding["span"] == [6, 8]


def test_any_iso_code_gets_a_notice_never_a_refusal(capsys):
    assert studio(["check", "--text", "Leave a 5-star review and get a refund", "--market", "JP,AMAZON"]) == 1
    err = capsys.readouterr().err
    assert "no national pack for JP" in err and "AMAZON" in err


def test_a_code_that_is_not_a_market_is_a_usage_error(capsys):
    assert studio(["check", "--text", "hi", "--market", "US,ZZZZ"]) == 2
    err = capsys.readouterr().err
    assert "'ZZZZ': not a market" in err and "ISO 3166" in err


def test_a_show_with_a_code_that_is_not_a_market_names_the_file(tmp_path, capsys):
    show = tmp_path / "x.show.md"
    show.write_text("# X\nmarkets: US, XYZ\n\n## Segment: A\nHello\n", encoding="utf-8")
    assert studio(["check", str(show)]) == 2
    assert f"{show}: markets: 'XYZ': not a market" in capsys.readouterr().err


def test_the_example_show_has_no_finding_for_its_markets(example_show_path, capsys):
    assert studio(["check", str(example_show_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []     # "Last one: ..." is not scarcity


def test_unreadable_files_are_usage_errors(tmp_path, capsys):
    assert studio(["check", str(tmp_path / "missing.txt"), "--market", "US"]) == 2
    bad = tmp_path / "script.pdf"
    bad.write_bytes(b"%PDF")
    assert studio(["check", str(bad), "--market", "US"]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and ".pdf" in err and "Traceback" not in err


def test_no_market_at_all_checks_the_universal_policy_with_a_notice(capsys):
    assert studio(["check", "--text", "hello"]) == 0
    assert "no markets given" in capsys.readouterr().err


def test_a_planned_date_on_ramadan_is_a_calendar_warning(script_txt, capsys):
    assert studio(["check", str(script_txt), "--market", "ID", "--date", "2027-03-01", "--format", "json"]) == 1
    [warning] = json.loads(capsys.readouterr().out)["calendar"]
    assert warning["event"] == "ramadan" and warning["markets"] == ["ID"] and "iftar" in warning["advice"]
    assert studio(["check", str(script_txt), "--market", "ID", "--date", "1.3.2027"]) == 2
    capsys.readouterr()
    assert studio(["check", "--text", "hello", "--market", "AE", "--date", "2031-01-20", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["calendar"] == [] and any("Ramadan 2031" in n for n in report["notices"])


def test_rules_listing_shows_categories(capsys):
    assert studio(["check", "--rules", "--market", "VN", "--format", "json"]) == 0
    rules = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["vn.superlative"]["category"] == "absolute_superlative"


@pytest.mark.slow
def test_follow_takes_a_plain_text_script(script_txt, tmp_path):
    from studio.models.registry import installed_path

    if installed_path("whisper-tiny.en") is None:
        pytest.fail("model whisper-tiny.en is not installed: run scripts/setup.sh")
    noise = tmp_path / "noise.wav"      # sound at speaking level that no recognizer turns into words
    rng = np.random.default_rng(7)
    samples = (np.cumsum(rng.normal(0, 1, 16000 * 8)) % 2000 - 1000) * 8
    with wave.open(str(noise), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(samples.astype(np.int16).tobytes())
    out = tmp_path / "positions.jsonl"
    assert studio(["follow", str(script_txt), str(noise), "--jsonl", str(out), "--model", "tiny.en",
                   "--fallback-after", "2"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["segment"] == 0 for r in rows)


def test_follow_refuses_an_unreadable_script_clearly(tmp_path, capsys):
    assert studio(["follow", str(tmp_path / "missing.txt"), str(tmp_path / "a.wav"), "--jsonl", "-"]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and "Traceback" not in err
