import numpy as np
import pytest

from studio.core.compositor import CanvasConfig, Compositor, crop_rect


def test_canvas_sizes_are_even_and_the_right_shape():
    assert CanvasConfig("9:16", 1920).size_px == (1080, 1920)
    assert CanvasConfig("16:9", 1920).size_px == (1920, 1080)
    assert CanvasConfig("9:16", 1280).size_px == (720, 1280)
    with pytest.raises(ValueError):
        CanvasConfig("4:3")


def test_vertical_canvas_crops_the_centre_of_a_landscape_camera():
    x, y, w, h = crop_rect(1280, 720, CanvasConfig("9:16", 1280))
    assert (y, h) == (0, 720)
    assert w == pytest.approx(405, abs=1) and x == pytest.approx((1280 - 405) / 2, abs=1)


def test_zoom_and_pan_move_the_crop_inside_the_picture():
    canvas = CanvasConfig("16:9", 1280, zoom=2.0, pan_x=1.0, pan_y=-1.0)
    x, y, w, h = crop_rect(1280, 720, canvas)
    assert (w, h) == (640, 360)
    assert x + w == 1280 and y == 0          # right edge, top edge
    x, y, w, h = crop_rect(1280, 720, CanvasConfig("16:9", 1280, zoom=0.2, pan_x=5))
    assert (x, y, w, h) == (0, 0, 1280, 720)  # clamped: never outside the picture


def test_compose_places_the_left_half_on_the_left():
    image = np.zeros((720, 1280, 3), np.uint8)
    image[:, :640] = (0, 0, 255)   # left half red
    image[:, 640:] = (255, 0, 0)   # right half blue
    out = Compositor(CanvasConfig("16:9", 640, zoom=2.0, pan_x=-1.0)).compose(image)
    assert out.shape == (360, 640, 3)
    assert (out[:, :, 2] > 200).all()  # zoomed into the left half: all red
