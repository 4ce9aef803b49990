from pathlib import Path

import pytest

from studio.ar.looks import Finish, LookCatalog, LookError, LookKind, load_item, load_shades
from studio.show.showfile import load_show

ROOT = Path(__file__).resolve().parents[2]


def test_builtin_catalog_has_every_kind_and_the_example_show_looks(example_show_path):
    catalog = LookCatalog.load()
    assert not catalog.problems
    kinds = {look.kind for look in catalog.all()}
    assert kinds == set(LookKind)
    show = load_show(example_show_path)
    for product in show.products:
        assert product.look in catalog, product.look
    ruby = catalog.require("lipstick:ruby-matte")
    assert ruby.makeup.finish is Finish.MATTE and ruby.makeup.color_rgb == (0x9B, 0x1B, 0x30)
    assert catalog.require("lipstick:nude-gloss").makeup.finish is Finish.GLOSS


def test_shipped_merchant_example_loads_as_a_png_item():
    look = load_item(ROOT / "assets" / "tryon" / "examples" / "crystal-star.item.toml")
    assert look.kind is LookKind.EARRINGS and look.item.image_path.suffix == ".png"
    assert look.item.anchors_px["hook"] == (80.0, 16.0)


def test_a_brand_shade_range_is_a_few_lines_and_merchant_files_override(tmp_path):
    (tmp_path / "brand.shades.toml").write_text(
        '[lipstick]\n'
        'fig = { name = "Fig", color = "#6B2D3C", finish = "matte" }\n'
        'ruby-matte = { name = "Brand Ruby", color = "#AA0011" }\n', "utf-8")
    catalog = LookCatalog.load([tmp_path])
    assert catalog.require("lipstick:fig").makeup.color_rgb == (0x6B, 0x2D, 0x3C)
    assert catalog.require("lipstick:ruby-matte").name == "Brand Ruby"


@pytest.mark.parametrize("text, fragment", [
    ('[lipstick]\nx = { color = "red" }\n', "#RRGGBB"),
    ('[lipstick]\nx = { color = "#112233", finish = "shiny" }\n', "finish"),
    ('[glasses]\nx = { color = "#112233" }\n', "item.toml"),
    ('[lipstick]\nx = { color = "#112233", opacity = 3 }\n', "opacity"),
])
def test_bad_shade_files_say_what_to_write(tmp_path, text, fragment):
    path = tmp_path / "bad.shades.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(LookError, match=fragment):
        load_shades(path)
    catalog = LookCatalog.load([tmp_path])          # reported, not fatal
    assert any(fragment in p for p in catalog.problems)
    assert "lipstick:ruby-matte" in catalog


def test_bad_item_files_are_explained(tmp_path):
    path = tmp_path / "x.item.toml"
    path.write_text('id = "glasses:x"\nkind = "glasses"\nimage = "missing.png"\n[anchors]\nleft=[1,2]\n', "utf-8")
    with pytest.raises(LookError, match="not found"):
        load_item(path)
    (tmp_path / "x.png").write_bytes(b"")
    path.write_text('id = "glasses:x"\nkind = "glasses"\nimage = "x.png"\n[anchors]\nleft=[1,2]\n', "utf-8")
    with pytest.raises(LookError, match="left, right"):
        load_item(path)


def test_unknown_look_suggests_the_same_kind():
    with pytest.raises(LookError, match="lipstick:ruby-matte"):
        LookCatalog.load().require("lipstick:rubby")
