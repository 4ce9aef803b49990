"""The AR try-on camera filter: the current product's look drawn on the host's face.

The look comes from the current segment's product (show.product(sku).look) unless
the host picked one by hand. The window toggles "AR off", the manual look and the
before/after split through thread-safe setters; everything else — the face tracker
(MediaPipe), the cost controller, sprites — belongs to the video-pipeline thread,
which alone calls process() and close().
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from studio.ar.budget import BudgetOptions, CostController, CostLevel, TrackRateGuard
from studio.ar.geometry import FaceGeometry
from studio.ar.looks import Look, LookCatalog
from studio.ar.pose import HeadPose
from studio.ar.track_thread import TrackingThread
from studio.ar.tracker import FaceTrack, FaceTracker, TrackerOptions
from studio.core.events import Severity, StatusMessage
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.core.messages import message
from studio.overlays.accessories import AccessoryRenderer, Placement
from studio.overlays.makeup import apply_makeup, makeup_placement
from studio.overlays.product_card import card_width_px, draw_card, render_card

log = logging.getLogger(__name__)

DIVIDER_BGR = (255, 255, 255)
BACK_AFTER_FRAMES = 90          # ~3 s at 30 fps off the card before "the look is back" is said


class TryOnState(enum.Enum):
    OFF = "off"                   # the host switched AR off
    NO_LOOK = "no_look"           # no product look for this segment and none picked
    NO_FACE = "no_face"           # nothing drawn
    DRAWN = "drawn"
    PRODUCT_CARD = "product_card"  # over budget: the flat card instead
    ERROR = "error"               # the look could not be drawn; the frame passes unchanged
    LOADING = "loading"           # the face model is still loading (live sessions): frames pass unchanged


@dataclass(frozen=True)
class TryOnOptions:
    tracker: TrackerOptions = TrackerOptions()
    budget: BudgetOptions = BudgetOptions()
    # None: the cost controller adapts to the frame budget. A level pins it: FULL for files
    # (every frame tracked, no degradation), a cheaper one for a known-weak laptop or a benchmark.
    fixed_level: CostLevel | None = None
    extra_look_dirs: tuple[Path, ...] = ()
    # Live sessions: load and run the face model on its own thread over the newest frame
    # (studio.ar.track_thread); frames pass unchanged while it loads, then each is drawn with the newest
    # face extrapolated to it, and the pipeline never waits for the model. Off (files): the first frame
    # waits for the model, and every frame is tracked in line and gets its look.
    track_in_background: bool = False


@dataclass
class TryOnReport:
    """What happened to one frame (the CLI's JSON, the window's status, the tests)."""

    index: int
    timestamp_ns: int
    state: TryOnState
    look_id: str | None = None
    face_found: bool = False
    faces_found: int = 0
    predicted: bool = False
    pose: HeadPose | None = None
    placements: list[Placement] = field(default_factory=list)
    cost_level: CostLevel = CostLevel.FULL
    track_ms: float = 0.0
    render_ms: float = 0.0

    def to_json(self) -> dict:
        out = {"index": self.index, "timestamp_s": round(self.timestamp_ns / 1e9, 6),
               "state": self.state.value, "look": self.look_id, "face_found": self.face_found,
               "faces_found": self.faces_found, "predicted": self.predicted,
               "cost_level": self.cost_level.name.lower(),
               "items": [p.to_json() for p in self.placements],
               "track_ms": round(self.track_ms, 3), "render_ms": round(self.render_ms, 3)}
        out["pose"] = None if self.pose is None else {
            "yaw_deg": round(self.pose.yaw_deg, 3), "pitch_deg": round(self.pose.pitch_deg, 3),
            "roll_deg": round(self.pose.roll_deg, 3)}
        return out


@dataclass(frozen=True)
class _Controls:
    ar_enabled: bool = True
    manual_look_id: str | None = None
    split: bool = False


class TryOnFilter:
    """Camera filter (studio.core.filters.Filter). Setters: any thread; process/close: pipeline thread."""

    name = "tryon"

    def __init__(self, options: TryOnOptions = TryOnOptions(), catalog: LookCatalog | None = None) -> None:
        from studio.overlays.qt_paint import ensure_gui_application

        ensure_gui_application()          # sprites and the card are rasterised with QtGui later
        self.options = options
        self.enabled = True
        self.catalog = catalog or LookCatalog.load(options.extra_look_dirs)
        self._controls = _Controls()
        self._lock = threading.Lock()
        self._last_report: TryOnReport | None = None
        self._tracker: FaceTracker | None = None
        self._controller = CostController(options.budget)
        self._worker: TrackingThread | None = None        # track_in_background
        self._closed_worker: TrackingThread | None = None # kept for summary() after close()
        self._rate_guard = TrackRateGuard()
        self._accessories: dict[str, AccessoryRenderer] = {}
        self._cards: dict[tuple, np.ndarray] = {}
        self._failed_looks: set[str] = set()
        # (frame w, h) -> (x, y, w, h) of the picture the canvas shows (the session's crop); None: the whole frame
        self.visible_area: Callable[[int, int], tuple[int, int, int, int]] | None = None
        # the session's bus (StatusMessage): the host hears when the look gives way to the card and when it is back
        self.on_status: Callable[[object], None] | None = None
        self._frames_seen = 0
        self._state_counts: dict[str, int] = {}      # frames per TryOnState, for the session's report
        self._card_said = False
        self._frames_off_card = 0

    # -- controls (any thread) -------------------------------------------------------------

    def set_ar_enabled(self, enabled: bool) -> None:
        with self._lock:
            self._controls = _Controls(bool(enabled), self._controls.manual_look_id, self._controls.split)

    def set_manual_look(self, look_id: str | None) -> None:
        """Pin a look (the host's pick) or None to follow the segment's product again."""
        if look_id is not None:
            self.catalog.require(look_id)
        with self._lock:
            self._controls = _Controls(self._controls.ar_enabled, look_id, self._controls.split)

    def set_split(self, split: bool) -> None:
        """Before/after: the left half of the frame without try-on, the right half with it."""
        with self._lock:
            self._controls = _Controls(self._controls.ar_enabled, self._controls.manual_look_id, bool(split))

    @property
    def controls(self) -> _Controls:
        with self._lock:
            return self._controls

    @property
    def last_report(self) -> TryOnReport | None:
        with self._lock:
            return self._last_report

    # -- the pipeline thread ---------------------------------------------------------------

    def resolve_look(self, ctx: FilterContext, controls: _Controls) -> tuple[Look | None, object]:
        """The look to draw and the product it belongs to (picked by hand: the show's product with that look, if any)."""
        if controls.manual_look_id:
            products = getattr(ctx.show, "products", None) or ()
            owner = next((p for p in products if getattr(p, "look", None) == controls.manual_look_id), None)
            return self.catalog.get(controls.manual_look_id), owner
        product = ctx.show.product(ctx.segment.product_sku) if ctx.show and ctx.segment else None
        if product is None or not product.look:
            return None, product
        look = self.catalog.get(product.look)
        if look is None and product.look not in self._failed_looks:
            self._failed_looks.add(product.look)
            log.warning("product %s names look '%s', which is not in the catalog", product.sku, product.look)
        return look, product

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        controls = self.controls
        report = TryOnReport(frame.index, frame.timestamp_ns, TryOnState.OFF,
                             cost_level=self._controller.level)
        out = frame
        if controls.ar_enabled:
            look, product = self.resolve_look(ctx, controls)
            report.look_id = look.id if look else None
            if look is None:
                report.state = TryOnState.NO_LOOK
            else:
                out = self._process_look(frame, look, product, report)
        if controls.split:
            out = self._split(frame, out)
        with self._lock:
            self._last_report = report
            self._state_counts[report.state.value] = self._state_counts.get(report.state.value, 0) + 1
        return out

    def tracks_per_s(self) -> float | None:
        """Live: how often the face model ran over the last seconds (any thread); None when it tracks in line."""
        worker = self._worker
        return worker.rate_hz() if worker is not None else None

    def summary(self) -> dict:
        """What the try-on did this session: frames per state (drawn, product_card, no_face, loading...), where
        the face model ran, and its last inference time (`studio run --report`)."""
        with self._lock:
            counts = dict(self._state_counts)
        out = {"frames": counts, "tracking": "background" if self.options.track_in_background else "in line"}
        worker = self._worker or self._closed_worker
        if worker is not None:
            out.update(tracks=worker.tracks, tracks_per_s=round(worker.mean_rate_hz(), 1),
                       last_track_ms=round(worker.track_ms, 1))
        return out

    def _process_look(self, frame: VideoFrame, look: Look, product, report: TryOnReport) -> VideoFrame:
        if self.options.track_in_background:
            return self._process_in_background(frame, look, product, report)
        # One-off set-up (model graph, sprite raster) is not frame cost: keep it out of the budget.
        if self._tracker is None:
            self._tracker = FaceTracker(self.options.tracker)
        if look.item is not None:
            self._renderer(look)
        t0 = time.perf_counter()
        level = self._controller.level if self.options.fixed_level is None else self.options.fixed_level
        report.cost_level = level
        self._frames_seen += 1
        if level is CostLevel.PRODUCT_CARD:
            out = self._card_frame(frame, look, product, report)
            self._observe(t0, frame, report)
            return out
        track = self._track(frame, level)
        report.track_ms = (time.perf_counter() - t0) * 1000.0
        frame.stage_ms["tryon.track"] = report.track_ms
        out = self._draw(frame, look, track, report)
        self._observe(t0, frame, report)
        return out

    def _process_in_background(self, frame: VideoFrame, look: Look, product, report: TryOnReport) -> VideoFrame:
        worker = self._worker
        if worker is None:
            worker = self._worker = TrackingThread(self.options.tracker)
        if worker.error is not None:   # the pipeline switches the filter off; switched on again, it loads anew
            self._worker = None
            raise worker.error
        worker.submit(frame.image, frame.timestamp_ns)
        if worker.loading:
            report.state = TryOnState.LOADING
            return frame
        if look.item is not None:
            self._renderer(look)
        t0 = time.perf_counter()
        level = self.options.fixed_level
        if level is None:
            level = self._rate_guard.observe(worker.rate_hz(), time.monotonic())
        report.cost_level = level
        self._say_card(level)
        if level is CostLevel.PRODUCT_CARD:
            out = self._card_frame(frame, look, product, report)
        else:
            report.track_ms = worker.track_ms          # spent on the face-tracker thread, not this one
            out = self._draw(frame, look, worker.face_at(frame.timestamp_ns), report)
        frame.stage_ms["tryon"] = (time.perf_counter() - t0) * 1000.0
        return out

    def _card_frame(self, frame: VideoFrame, look: Look, product, report: TryOnReport) -> VideoFrame:
        image = frame.image.copy()
        area = self.visible_area(image.shape[1], image.shape[0]) if self.visible_area else None
        draw_card(image, self._card(look, product, area[2] if area else image.shape[1]), area)
        report.state = TryOnState.PRODUCT_CARD
        return frame.with_image(image)

    def _draw(self, frame: VideoFrame, look: Look, track: FaceTrack | None, report: TryOnReport) -> VideoFrame:
        if track is None:
            report.state = TryOnState.NO_FACE
            return frame
        t1 = time.perf_counter()
        report.face_found, report.faces_found = True, track.faces_found
        report.predicted, report.pose = track.predicted, track.pose
        image = frame.image.copy()
        try:
            geom = FaceGeometry(track)
            if look.makeup is not None:
                regions = apply_makeup(image, geom, look)
                report.placements = [makeup_placement(f"{look.id}#{i}", region, geom)
                                     for i, region in enumerate(regions)]
            else:
                report.placements = self._renderer(look).draw(image, geom)
        except Exception:                    # a broken item must not stop the stream
            if look.id not in self._failed_looks:
                self._failed_looks.add(look.id)
                log.exception("could not draw look %s", look.id)
            report.state = TryOnState.ERROR
            return frame
        report.state = TryOnState.DRAWN
        report.render_ms = (time.perf_counter() - t1) * 1000.0
        frame.stage_ms["tryon.render"] = report.render_ms
        return frame.with_image(image)

    def _track(self, frame: VideoFrame, level: CostLevel) -> FaceTrack | None:
        tracker = self._tracker
        tracker.inference_long_side_px = (self.options.budget.small_inference_long_side_px
                                          if level is CostLevel.ALTERNATE_SMALL
                                          else self.options.tracker.inference_long_side_px)
        if level >= CostLevel.ALTERNATE and self._frames_seen % 2 == 0:
            return tracker.predict(frame.timestamp_ns)
        return tracker.track(frame.image, frame.timestamp_ns)

    def _observe(self, t0: float, frame: VideoFrame, report: TryOnReport) -> None:
        total_ms = (time.perf_counter() - t0) * 1000.0
        frame.stage_ms["tryon"] = total_ms
        if self.options.fixed_level is None:
            previous = self._controller.level
            level = self._controller.observe(total_ms)
            if level != previous:
                log.info("try-on cost level %s -> %s (budget %.0f ms)", previous.name, level.name,
                         self.options.budget.budget_ms)
            self._say_card(level)

    def _say_card(self, level: CostLevel) -> None:
        """Say the fall back to the card once, and the return once the look has held for BACK_AFTER_FRAMES:
        the controller probes up and falls back again on a busy machine, which must not chatter."""
        if level is CostLevel.PRODUCT_CARD:
            self._frames_off_card = 0
            if not self._card_said:
                self._card_said = True
                self._status(Severity.WARNING, "tryon.busy")
        elif self._card_said:
            self._frames_off_card += 1
            if self._frames_off_card >= BACK_AFTER_FRAMES:
                self._card_said = False
                self._status(Severity.INFO, "tryon.back")

    def _status(self, severity: Severity, key: str) -> None:
        if self.on_status is not None:
            self.on_status(StatusMessage.of(severity, message(key), source="tryon"))

    def _renderer(self, look: Look) -> AccessoryRenderer:
        renderer = self._accessories.get(look.id)
        if renderer is None or renderer.look is not look:
            renderer = self._accessories[look.id] = AccessoryRenderer(look)
        return renderer

    def _card(self, look: Look, product, frame_width_px: int) -> np.ndarray:
        key = (look.id, getattr(product, "sku", None), frame_width_px)
        card = self._cards.get(key)
        if card is None:
            picture = None
            if look.item is not None:
                picture = self._renderer(look).sprite.levels[min(1, len(self._renderer(look).sprite.levels) - 1)]
            price = str(product.price) if product is not None and product.price is not None else None
            card = self._cards[key] = render_card(look, getattr(product, "name", None), price,
                                                  card_width_px(frame_width_px), picture)
        return card

    @staticmethod
    def _split(before: VideoFrame, after: VideoFrame) -> VideoFrame:
        image = after.image.copy() if after.image is before.image else after.image
        w = image.shape[1]
        half = w // 2
        image[:, :half] = before.image[:, :half]
        line_px = max(2, w // 400)
        image[:, half - line_px // 2: half - line_px // 2 + line_px] = DIVIDER_BGR
        return before.with_image(image)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._closed_worker, self._worker = self._worker, None
        if self._tracker is not None:
            self._tracker.close()
            self._tracker = None
