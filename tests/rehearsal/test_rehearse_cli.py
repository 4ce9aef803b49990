"""`studio rehearse` end to end: espeak-ng reads the example show with a skipped line, a repeated
line, a jump back and an ad-lib with a claim no market allows; the real Whisper tiny.en, voice
follower and claim checker score it. And the bad inputs: each a clear sentence and exit 2."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest

from studio.cli.main import main as studio_main
from studio.rehearsal import history
from studio.show import load_show

from tests.prompter.synth_reading import adlib, line, synthesize, tools_missing

ROOT = Path(__file__).resolve().parents[2]
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
AD_LIB = "Honestly, this lipstick cures cold sores, guaranteed."


def _plan(show):
    return [line(show, 0, 0), line(show, 0, 2), line(show, 0, 3),
            line(show, 1, 0),                                   # skips "It glides on ..." (1, 2)
            line(show, 1, 3), line(show, 1, 3),                 # repeats "Tap the orange cart ..."
            adlib(AD_LIB),
            line(show, 0, 2),                                   # jumps back to "Tonight we have ..."
            line(show, 2, 0), line(show, 2, 1)]


@pytest.fixture(scope="module")
def reading() -> tuple[Path, dict]:
    """The synthesized reading, cached in the temp folder across runs (espeak-ng and sox take a while)."""
    missing = tools_missing()
    if missing:
        pytest.fail(missing)
    show = load_show(SHOW)
    plan = _plan(show)
    key = hashlib.sha1(json.dumps([(s.kind, s.text) for s in plan]).encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / "studio-test-readings" / f"rehearsal-{key}"
    wav, truth = folder / "reading.wav", folder / "truth.json"
    if not (wav.is_file() and truth.is_file()):
        made = synthesize(plan, folder / "work")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.move(made.wav_path, wav)
        truth.write_text(json.dumps([{"text": h.step.text, "kind": h.step.kind, "start": h.start_s, "end": h.end_s}
                                     for h in made.heard]))
    return wav, {"steps": json.loads(truth.read_text())}


def _rehearse(*args: str) -> int:
    from studio.models.registry import installed_path

    if installed_path("whisper-tiny.en") is None:
        pytest.fail("model whisper-tiny.en is not installed: run scripts/setup.sh")
    return studio_main(["rehearse", *args])


@pytest.mark.slow   # Whisper tiny.en over ~35 s of speech: ~15 s on two cores
def test_rehearse_a_reading_with_a_skip_a_repeat_a_jump_back_and_an_ad_lib(reading, tmp_path, capsys):
    wav, truth = reading
    # A rehearsal kept before this one: the new one is compared with it.
    slug = history.show_slug(load_show(SHOW).title)
    earlier = {"created": "2026-01-01T00:00:00+00:00", "duration_s": 12.0, "adlibs": [], "findings": [],
               "terms": {"said": 0, "heard": 0, "missed": []}, "markets": {"US": {"go": True, "reasons": []}},
               "segments": [{"index": 0, "title": "Welcome", "actual_s": 9.0,
                             "lines": [{"line": 0, "status": "read"}, {"line": 1, "status": "skipped"}]}]}
    history.history_dir(slug).mkdir(parents=True)
    (history.history_dir(slug) / "20260101-000000.json").write_text(json.dumps(earlier))

    out, page = tmp_path / "rehearsal.json", tmp_path / "rehearsal.html"
    assert _rehearse(str(SHOW), str(wav), "--market", "US,DE", "--json", str(out), "--html", str(page),
                     "--model", "tiny.en") == 0
    data = json.loads(out.read_text("utf-8"))
    lines = {(s["index"], ln["line"]): ln for s in data["segments"] for ln in s["lines"]}
    read = {k for k, ln in lines.items() if ln["status"] == "read"}
    assert {(0, 0), (0, 1), (1, 0), (1, 2), (2, 1)} <= read
    assert lines[(1, 1)]["status"] == "skipped"                     # the skipped line
    assert all(lines[(3, k)]["status"] == "skipped" for k in (0, 1))  # a segment never reached
    assert lines[(0, 1)]["times_read"] >= 2                         # read again after the jump back
    steps = truth["steps"]
    assert lines[(0, 0)]["at"] == pytest.approx(steps[0]["start"], abs=1.0)
    assert lines[(1, 0)]["at"] == pytest.approx(steps[3]["start"], abs=1.5)

    adlib_step = next(s for s in steps if s["kind"] == "adlib")
    found = [a for a in data["adlibs"] if "cold sores" in a["text"].lower()]
    assert len(found) == 1 and found[0]["at"] == pytest.approx(adlib_step["start"], abs=3.0)
    claims = [f for f in data["findings"] if f["source"] == "said" and f["severity"] == "block"
              and "cure" in f["matched"].lower()]
    assert {f["market"] for f in claims} == {"US", "DE"} and all(f["adlib"] and f["rewrite"] for f in claims)
    for market in ("US", "DE"):
        assert data["markets"][market]["go"] is False
        assert any("cure" in reason for reason in data["markets"][market]["reasons"])
    assert data["terms"]["said"] >= 1 and data["terms"]["heard"] <= data["terms"]["said"]
    assert data["disclosure"]["US"]["status"] == "ok"
    assert data["duration_s"] == pytest.approx(steps[-1]["end"] + 1.4, abs=0.6)

    rows = {row["key"]: (row["before"], row["now"]) for row in data["comparison"]["rows"]}
    assert rows["go.US"] == ("GO", "NO-GO") and rows["adlibs"] == (0, 1)
    html = page.read_text("utf-8")
    assert "Compared with the previous rehearsal" in html and "cold sores" in html
    assert len(list(history.history_dir(slug).glob("*.json"))) == 2   # this one is kept too
    assert "NO-GO" in capsys.readouterr().err


def test_a_missing_recording_is_a_clear_message(tmp_path, capsys):
    assert studio_main(["rehearse", str(SHOW), str(tmp_path / "nope.wav"), "--market", "US",
                        "--json", str(tmp_path / "r.json")]) == 2
    assert "nope.wav: no such file" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_a_missing_show_is_a_clear_message(tmp_path, capsys):
    wav = tmp_path / "r.wav"
    wav.write_bytes(b"RIFF")
    assert studio_main(["rehearse", str(tmp_path / "none.show.md"), str(wav), "--market", "US",
                        "--json", str(tmp_path / "r.json")]) == 2
    assert "none.show.md" in capsys.readouterr().err


def test_an_unknown_market_is_a_clear_message(tmp_path, capsys):
    wav = tmp_path / "r.wav"
    wav.write_bytes(b"RIFF")
    assert studio_main(["rehearse", str(SHOW), str(wav), "--market", "US,XQ", "--json",
                        str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert "'XQ'" in err and "not a market" in err


def test_a_corrupt_recording_is_a_clear_message(tmp_path, capsys):
    wav = tmp_path / "broken.wav"
    wav.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt garbage" + bytes(range(256)) * 8)
    assert _rehearse(str(SHOW), str(wav), "--market", "US", "--json", str(tmp_path / "r.json"),
                     "--model", "tiny.en") == 2
    err = capsys.readouterr().err
    assert "broken.wav" in err and "unexpected" not in err
    assert not (tmp_path / "r.json").exists()


def test_an_unreadable_glossary_is_a_clear_message(tmp_path, capsys):
    wav = tmp_path / "r.wav"
    wav.write_bytes(b"RIFF")
    assert studio_main(["rehearse", str(SHOW), str(wav), "--market", "US", "--json", str(tmp_path / "r.json"),
                        "--glossary", str(tmp_path / "terms.txt")]) == 2
    assert "terms.txt: cannot read it" in capsys.readouterr().err
