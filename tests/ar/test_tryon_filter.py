"""The try-on filter as the pipeline and the window use it: looks from the show, AR off,
before/after split, the cost controller's degraded modes and the product card."""

import threading

import numpy as np
import pytest

from studio.ar.budget import BudgetOptions, CostLevel
from studio.core.filters import Filter, FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.tryon import TryOnFilter, TryOnOptions, TryOnState
from studio.show.showfile import load_show


@pytest.fixture
def show(example_show_path):
    return load_show(example_show_path)


def run(f: TryOnFilter, image: np.ndarray, ctx: FilterContext, index: int = 0) -> VideoFrame:
    return f.process(VideoFrame(image, index * 33_333_333, index, 0), ctx)


def test_the_look_follows_the_segment_product_unless_the_host_picks_one(face_bgr, show):
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.FULL))
    assert isinstance(f, Filter)
    try:
        welcome = run(f, face_bgr, FilterContext(show, 0, 0))              # no product
        assert f.last_report.state is TryOnState.NO_LOOK and np.array_equal(welcome.image, face_bgr)
        run(f, face_bgr, FilterContext(show, 1, 0), 1)
        assert f.last_report.look_id == "lipstick:ruby-matte" and f.last_report.state is TryOnState.DRAWN
        run(f, face_bgr, FilterContext(show, 3, 0), 2)
        assert f.last_report.look_id == "glasses:aviator"
        assert [p.item for p in f.last_report.placements][0] == "glasses:aviator"
        f.set_manual_look("earrings:gold-hoop")
        run(f, face_bgr, FilterContext(show, 1, 0), 3)
        assert f.last_report.look_id == "earrings:gold-hoop"
        f.set_manual_look(None)
        run(f, face_bgr, FilterContext(show, 2, 0), 4)
        assert f.last_report.look_id == "lipstick:nude-gloss"
    finally:
        f.close()


def test_ar_off_passes_frames_untouched_and_split_shows_before_and_after(face_bgr, show):
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.FULL))
    f.set_manual_look("sunglasses:wayfarer")
    ctx = FilterContext(show, 1, 0)
    original = face_bgr.copy()
    try:
        dressed = run(f, face_bgr, ctx).image
        assert not np.array_equal(dressed, face_bgr)
        setter = threading.Thread(target=f.set_ar_enabled, args=(False,))   # the window's thread
        setter.start()
        setter.join()
        off = run(f, face_bgr, ctx, 1)
        assert f.last_report.state is TryOnState.OFF and np.array_equal(off.image, face_bgr)
        f.set_ar_enabled(True)
        f.set_split(True)
        split = run(f, face_bgr, ctx, 2).image
        half = face_bgr.shape[1] // 2
        assert np.array_equal(split[:, : half - 2], face_bgr[:, : half - 2])      # before
        assert not np.array_equal(split[:, half + 2:], face_bgr[:, half + 2:])    # after: glasses
        assert (split[:, half] == 255).all()                                        # the divider
        assert np.array_equal(face_bgr, original)                                   # input untouched
    finally:
        f.close()


def test_unknown_manual_look_is_refused_with_suggestions(face_bgr):
    f = TryOnFilter()
    with pytest.raises(ValueError, match="studio looks"):
        f.set_manual_look("glasses:monocle")


def test_alternate_frames_are_predicted_and_a_lost_face_is_not_resurrected(face_bgr):
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.ALTERNATE))
    f.set_manual_look("glasses:aviator")
    ctx = FilterContext(None, None, 0)
    try:
        predicted = []
        for i in range(6):
            run(f, face_bgr, ctx, i)
            predicted.append(f.last_report.predicted)
            assert f.last_report.face_found
        assert predicted == [False, True, False, True, False, True]
        empty = np.full_like(face_bgr, 60)
        run(f, empty, ctx, 6)                     # tracked frame: no face
        assert not f.last_report.face_found
        out = run(f, empty, ctx, 7)               # skipped frame: must not bring the glasses back
        assert not f.last_report.face_found and np.array_equal(out.image, empty)
    finally:
        f.close()


def test_over_budget_falls_back_to_the_product_card_without_stopping(face_bgr, show):
    # A budget no machine can meet: FULL -> ALTERNATE -> ALTERNATE_SMALL -> PRODUCT_CARD.
    f = TryOnFilter(TryOnOptions(budget=BudgetOptions(budget_ms=0.0001, window_frames=1)))
    said = []
    f.on_status = said.append
    ctx = FilterContext(show, 1, 0)
    try:
        states, levels = [], []
        for i in range(6):
            out = run(f, face_bgr, ctx, i)
            assert out.image.shape == face_bgr.shape
            states.append(f.last_report.state)
            levels.append(f.last_report.cost_level)
        assert levels[:4] == [CostLevel.FULL, CostLevel.ALTERNATE, CostLevel.ALTERNATE_SMALL,
                              CostLevel.PRODUCT_CARD]
        assert states[-1] is TryOnState.PRODUCT_CARD
        h, w = face_bgr.shape[:2]
        diff = np.abs(out.image.astype(int) - face_bgr.astype(int)).max(axis=2)
        assert diff[h // 2:, w // 2:].mean() > 20             # the card, lower right
        assert diff[: h // 3, : w // 2].max() == 0            # no try-on drawn any more
        assert "tryon" in out.stage_ms
        # the host hears it once (the CLI prints it, the window's status line translates it), not per frame
        assert [(m.severity.name, m.message.key) for m in said] == [("WARNING", "tryon.busy")]
        assert "product card" in said[0].text
    finally:
        f.close()


def test_the_look_back_on_the_face_is_said_once_it_holds():
    """A busy machine probes up from the card and falls back: only a return that holds is said."""
    from studio.ar.budget import CostLevel as L

    f = TryOnFilter()
    said = []
    f.on_status = said.append
    try:
        for level in [L.PRODUCT_CARD, L.ALTERNATE_SMALL, L.PRODUCT_CARD] + [L.ALTERNATE_SMALL] * 120:
            f._say_card(level)
    finally:
        f.close()
    assert [m.message.key for m in said] == ["tryon.busy", "tryon.back"]


def test_a_look_picked_by_hand_shows_its_product_on_the_card(show):
    """Picked by hand, the card names the show's product with that look and its price, not the shade twice."""
    product = next(p for p in show.products if p.look == "lipstick:ruby-matte")
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.PRODUCT_CARD))
    f.set_manual_look("lipstick:ruby-matte")
    try:
        look, owner = f.resolve_look(FilterContext(show, 0, 0), f.controls)
        assert owner is product and look.id == "lipstick:ruby-matte"
        look, owner = f.resolve_look(FilterContext(None, None, 0), f.controls)
        assert owner is None                                    # no show: the look alone
    finally:
        f.close()


def test_a_card_without_a_product_has_one_line_not_the_name_twice():
    from studio.ar.looks import LookCatalog
    from studio.overlays.product_card import render_card

    look = LookCatalog.load().get("lipstick:ruby-matte")
    alone = render_card(look, None, None, 300)
    priced = render_card(look, None, "19.90 USD", 300)
    assert alone.shape[0] < priced.shape[0]                     # one line of text, not the name again
    named = render_card(look, "Velvet Matte Lipstick, Ruby", None, 300)
    assert named.shape[0] >= priced.shape[0]                    # the product's name over the shade's


def test_the_product_card_sits_in_the_part_of_the_camera_the_canvas_shows(show):
    """A 9:16 canvas shows the middle of a 16:9 camera: the card is drawn there, not at the camera's own corner
    (where the crop left a white sliver on the programme)."""
    from studio.core.compositor import CanvasConfig, crop_rect

    camera = np.full((720, 1280, 3), 40, np.uint8)
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.PRODUCT_CARD))
    f.visible_area = lambda w, h: crop_rect(w, h, CanvasConfig("9:16"))
    try:
        out = run(f, camera, FilterContext(show, 1, 0))
        x, y, w, h = crop_rect(1280, 720, CanvasConfig("9:16"))
        drawn = np.abs(out.image.astype(int) - camera.astype(int)).max(axis=2) > 0
        assert drawn[:, x:x + w].sum() > 2000                  # the card is inside the crop
        assert drawn[:, :x].sum() == 0 and drawn[:, x + w:].sum() == 0   # and nothing outside it
        assert drawn[y + h // 2:, x + w // 2:x + w].sum() > 0.9 * drawn.sum()    # at its lower right
    finally:
        f.close()


def test_the_product_card_leaves_the_captions_room_and_the_price_card_free(show):
    """On a busy laptop the card stands in for the try-on during a whole product segment, with captions and
    the price card on: at the lower left the caption bar covered the product's name (seen in a recording)."""
    from studio.overlays.caption_bar import CAPTION_ROOM_FRAC
    from studio.overlays.price_card import PriceCardStyle

    camera = np.full((1280, 720, 3), 40, np.uint8)            # a 9:16 camera: the canvas shows all of it
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.PRODUCT_CARD))
    try:
        out = run(f, camera, FilterContext(show, 1, 0))
    finally:
        f.close()
    drawn = np.abs(out.image.astype(int) - camera.astype(int)).max(axis=2) > 0
    rows, cols = np.nonzero(drawn)
    assert rows.size > 2000
    assert rows.max() < 1280 * (1 - CAPTION_ROOM_FRAC)                    # above the caption bar's room
    price = PriceCardStyle()
    assert cols.min() > 720 * (price.margin_frac + price.width_frac)      # right of the price card
