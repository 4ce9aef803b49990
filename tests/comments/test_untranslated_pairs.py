"""Comments that no installed model can translate are counted per language pair, so the inbox and the CLI can
say so instead of leaving a blank under a Thai comment."""

from __future__ import annotations

import json
from pathlib import Path

from studio.comments.understand.translate import HubTranslator


def test_a_pair_with_no_model_is_remembered_once(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path))      # no translation model at all
    translate = HubTranslator()
    assert translate("ส่งไทยไหมคะ", "th", "zh") is None
    assert translate("ส่งไปภูเก็ตกี่วันคะ", "th", "zh") is None
    assert translate("chào shop", "vi-VN", "zh") is None
    assert translate.untranslated_pairs() == ["th→zh", "vi→zh"]


def test_comments_replay_tells_which_pairs_went_untranslated(monkeypatch, tmp_path, capsys):
    from studio import paths
    from studio.cli.main import main

    models = tmp_path / "models"          # the encoder only
    models.mkdir()
    (models / "multilingual-e5-small").symlink_to(paths.models_dir() / "multilingual-e5-small")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(models))
    recording = tmp_path / "room.jsonl"
    recording.write_text("\n".join(json.dumps({"t": i, "text": t}) for i, t in enumerate(
        ["สวัสดีค่ะ ส่งไทยไหมคะ", "¿cuánto cuesta el labial rojo?", "how much is the red one?"])), "utf-8")
    show = Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md"
    assert main(["comments", "replay", str(recording), "--show", str(show), "--host-lang", "zh"]) == 0
    err = capsys.readouterr().err
    assert "no translation model for en→zh, es→zh, th→zh:" in err, err
    # Without --host-lang the host reads the show's language (English here), as `classify` and `run` do.
    assert main(["comments", "replay", str(recording), "--show", str(show)]) == 0
    err = capsys.readouterr().err
    assert "no translation model for es→en, th→en:" in err, err
