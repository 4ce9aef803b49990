"""`studio captions` over files: JSON lines, SRT/WebVTT per language, clear errors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from studio.cli.main import main

from .speech import noise
from .tiny_mt import opus_mt_folder

TEXT = "Tap the orange cart below to order while the stock lasts."


@pytest.fixture(scope="module")
def talk_wav(speak, wav_writer):
    return wav_writer(np.concatenate([noise(0.5), speak(TEXT), noise(1.5)]), "talk.wav")


def test_captions_command_writes_json_lines_and_subtitles(talk_wav, tmp_path, capsys):
    model = opus_mt_folder(tmp_path / "opus-en-es", "en", "es")
    out, srt, vtt = tmp_path / "out.jsonl", tmp_path / "out.srt", tmp_path / "out.vtt"
    code = main(["captions", str(talk_wav), "--lang", "en", "--model", "tiny.en", "--translate", "es,de",
                 "--translation-model", f"en-es={model}", "--jsonl", str(out), "--srt", str(srt), "--vtt", str(vtt)])
    assert code == 1   # 'de' was asked for and has no model: said, and the exit status says it too
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {r["kind"] for r in rows} == {"partial", "final"}
    final = [r for r in rows if r["kind"] == "final"][-1]
    assert set(final) == {"kind", "start", "end", "emitted", "text", "lang", "translations"}
    assert final["lang"] == "en" and "orange" in final["text"].lower() and "stock lasts" in final["text"].lower()
    assert set(final["translations"]) == {"es"} and final["translations"]["es"]
    assert 0.2 < final["start"] < final["end"] < 5.5
    assert "stock lasts" in srt.read_text("utf-8").lower()
    assert (tmp_path / "out.es.srt").is_file() and vtt.read_text("utf-8").startswith("WEBVTT")
    err = capsys.readouterr().err
    assert "No translation model for en→de" in err and "1 finals" in err


def test_captions_command_errors_are_one_sentence(talk_wav, tmp_path, capsys):
    assert main(["captions", str(tmp_path / "nope.wav")]) == 2
    assert "audio file not found" in capsys.readouterr().err
    assert main(["captions", str(talk_wav), "--model", "medium"]) == 2
    assert "studio models download whisper-medium" in capsys.readouterr().err
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF0000WAVEjunk")
    assert main(["captions", str(bad), "--model", "tiny.en"]) == 2
    assert "bad.wav" in capsys.readouterr().err
    assert main(["captions", str(talk_wav), "--translation-model", "zh=oops"]) == 2
