from pathlib import Path

import pytest

from studio.cli.main import main as studio_main
from studio.show import LineKind, dump_show, load_show, parse_show
from studio.show.importers import ImportOptions, ScriptImportError, import_script


def _lines(show, segment):
    return [(ln.kind, ln.text) for ln in show.segments[segment].lines]


def _roundtrips(show) -> None:
    assert parse_show(dump_show(show)) == show


def test_txt_headings_meta_inline_cues_wrapped_sentences(tmp_path: Path):
    path = tmp_path / "summer_glow.txt"
    path.write_text(
        "Segment: Welcome (2m)\nHi everyone, welcome back! Tonight is all about summer glow.\n"
        "[wave to camera]\n\n"
        "== Serum ==\nproduct: SER-01\noffer: buy one get one\noffer time: 10m\n"
        "Our vitamin C serum brightens skin [hold up the bottle] and it absorbs\nin seconds.\n"
        "> es: Absorbe en segundos.\n---\nCue: wave goodbye\nThank you for watching。我们下次见！\n",
        encoding="utf-8")
    show = import_script(path)
    assert show.title == "Summer glow"
    assert [s.title for s in show.segments] == ["Welcome", "Serum", "Part 1"]
    assert show.segments[0].duration_s == 120.0
    assert _lines(show, 0) == [(LineKind.SPOKEN, "Hi everyone, welcome back!"),
                               (LineKind.SPOKEN, "Tonight is all about summer glow."),
                               (LineKind.CUE, "wave to camera")]
    serum = show.segments[1]
    assert (serum.product_sku, serum.offer, serum.offer_duration_s) == ("SER-01", "buy one get one", 600.0)
    assert _lines(show, 1) == [(LineKind.SPOKEN, "Our vitamin C serum brightens skin"),
                               (LineKind.CUE, "hold up the bottle"),
                               (LineKind.SPOKEN, "and it absorbs in seconds.")]
    assert serum.lines[2].translations == {"es": "Absorbe en segundos."}
    assert _lines(show, 2) == [(LineKind.CUE, "wave goodbye"), (LineKind.SPOKEN, "Thank you for watching。"),
                               (LineKind.SPOKEN, "我们下次见！")]
    assert show.product("SER-01") is not None      # placeholder so the show file stays valid
    _roundtrips(show)


def test_markdown_script_and_existing_show_file(tmp_path: Path, example_show_path: Path):
    path = tmp_path / "glow.md"
    path.write_text("# Summer Glow\n\n## Welcome (2m)\nHi **everyone**, welcome to the [shop](http://x).\n\n"
                    "*Wave to camera*\n\n- This live is sponsored.\n- Tap the cart.\n\n"
                    "## Serum\n> hold up the bottle\n\nOur serum brightens skin.\n> es: Ilumina la piel.\n",
                    encoding="utf-8")
    show = import_script(path)
    assert show.title == "Summer Glow"
    assert _lines(show, 0) == [(LineKind.SPOKEN, "Hi everyone, welcome to the shop."),
                               (LineKind.CUE, "Wave to camera"), (LineKind.SPOKEN, "This live is sponsored."),
                               (LineKind.SPOKEN, "Tap the cart.")]
    assert _lines(show, 1)[0] == (LineKind.CUE, "hold up the bottle")
    assert show.segments[1].lines[1].translations == {"es": "Ilumina la piel."}
    _roundtrips(show)
    assert import_script(example_show_path) == load_show(example_show_path)


def test_docx_title_headings_italic_cues_and_av_table(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("Summer Glow Live", style="Title")
    document.add_heading("Welcome (2m)", level=1)
    document.add_paragraph("Hi everyone, welcome back. Tonight is all about glow.")
    document.add_paragraph().add_run("Wave to camera").italic = True
    document.add_heading("Serum", level=1)
    table = document.add_table(rows=3, cols=2)
    for (r, c), text in {(0, 0): "Video", (0, 1): "Audio", (1, 0): "Close-up of bottle",
                         (1, 1): "Our serum brightens skin.", (2, 1): "It absorbs in seconds."}.items():
        table.cell(r, c).text = text
    document.add_paragraph("Thanks for watching!")
    path = tmp_path / "glow.docx"
    document.save(str(path))
    show = import_script(path)
    assert show.title == "Summer Glow Live"
    assert [s.title for s in show.segments] == ["Welcome", "Serum"]
    assert _lines(show, 0)[-1] == (LineKind.CUE, "Wave to camera")
    assert _lines(show, 1) == [(LineKind.CUE, "Close-up of bottle"), (LineKind.SPOKEN, "Our serum brightens skin."),
                               (LineKind.SPOKEN, "It absorbs in seconds."), (LineKind.SPOKEN, "Thanks for watching!")]
    _roundtrips(show)


def test_csv_semicolons_gb18030_translations_and_cues(tmp_path: Path):
    path = tmp_path / "脚本.csv"
    path.write_bytes(("段落;时长;商品;类型;台词;es\n开场;2m;;;大家好，欢迎来到直播间！;¡Hola!\n"
                      "开场;;;提示;举起产品;\n口红;5m;LIP-RUBY;;这款口红非常显白。;\n").encode("gb18030"))
    show = import_script(path, ImportOptions(language="zh"))
    assert show.language == "zh" and show.title == "脚本"
    assert [s.title for s in show.segments] == ["开场", "口红"]
    assert _lines(show, 0) == [(LineKind.SPOKEN, "大家好，欢迎来到直播间！"), (LineKind.CUE, "举起产品")]
    assert show.segments[0].lines[0].translations == {"es": "¡Hola!"}
    assert show.segments[1].product_sku == "LIP-RUBY" and show.segments[1].duration_s == 300.0
    _roundtrips(show)


def test_clear_errors_for_bad_input(tmp_path: Path):
    with pytest.raises(ScriptImportError, match="cannot import '.pdf'"):
        import_script(tmp_path / "script.pdf")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ScriptImportError, match="docx"):
        import_script(bad)
    no_text = tmp_path / "cols.csv"
    no_text.write_text("segment,price\nA,3\n", encoding="utf-8")
    with pytest.raises(ScriptImportError, match="'text' column"):
        import_script(no_text)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n[only a cue]\n", encoding="utf-8")
    with pytest.raises(ScriptImportError, match="no spoken lines"):
        import_script(empty)


def test_cli_import_script_writes_and_never_overwrites(tmp_path: Path, capsys):
    script = tmp_path / "night.txt"
    script.write_text("Segment: Hello\nHi everyone.\n", encoding="utf-8")
    assert studio_main(["import-script", str(script)]) == 0
    out = tmp_path / "night.show.md"
    assert load_show(out).segments[0].lines[0].text == "Hi everyone."
    assert studio_main(["import-script", str(script)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert studio_main(["import-script", str(script), "--out", "-", "--title", "Night Live"]) == 0
    assert capsys.readouterr().out.startswith("# Night Live")
