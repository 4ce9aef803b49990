"""The window's layout: the preview in the middle, the built-in docks (sources, canvas), the
panels around, and their first-run sizes and saved state.

A mixin of StudioWindow. GUI thread only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QScrollArea, QTabBar, QVBoxLayout, QWidget

from studio.ui.canvas_dock import CanvasWidget
from studio.ui.panels import PanelContext, PanelSettings, PanelSpec
from studio.ui.preview import PreviewWidget
from studio.ui.sources_dock import SourcesWidget

log = logging.getLogger(__name__)

LAYOUT_VERSION = 2           # bump when built-in docks change so old saved layouts are not misapplied
PANEL_MIN_WIDTH_PX = 260
PANEL_AREA_SHARE = 0.3       # first run: the right panels take this share of the width ...
PANEL_AREA_MAX_SHARE = 0.42  # ... or up to this much when a panel needs it; the preview keeps the rest
LEFT_AREA_MAX_SHARE = 0.3    # first run: sources, canvas and left panels take at most this share


class WindowDocks:
    """Central preview, docks and panels of the StudioWindow. GUI thread only."""

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.preview = PreviewWidget(central)
        self.preview.set_aspect(self.settings.canvas().aspect)
        layout.addWidget(self.preview, 1)
        self.setCentralWidget(central)

    def _make_dock(self, object_name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea,
                   panel: bool = False) -> QDockWidget:
        """A dock around widget, inside a scroll area.

        Built-in docks scroll vertically and are as wide as their content. Panels
        scroll both ways: a wide panel toolbar must not force the window wider than a
        laptop screen or squeeze the preview (the host widens the dock when wanted).
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        area_widget = QScrollArea(dock)
        area_widget.setWidgetResizable(True)
        area_widget.setFrameShape(QScrollArea.Shape.NoFrame)
        area_widget.setWidget(widget)
        dock.setWidget(area_widget)
        if panel:
            dock.setMinimumWidth(PANEL_MIN_WIDTH_PX)
        else:
            area_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            dock.setMinimumWidth(widget.minimumSizeHint().width()
                                 + area_widget.verticalScrollBar().sizeHint().width() + 4)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.sources = SourcesWidget(self.settings.video(), self.settings.audio())
        self.sources_dock = self._make_dock("dock-sources", self.tr("Sources"), self.sources,
                                            Qt.DockWidgetArea.LeftDockWidgetArea)
        self.canvas_controls = CanvasWidget(self.settings.canvas())
        self.canvas_dock = self._make_dock("dock-canvas", self.tr("Canvas"), self.canvas_controls,
                                           Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.sources_dock], [340], Qt.Orientation.Horizontal)

    def _build_panels(self, specs: list[PanelSpec]) -> None:
        self.panel_specs = specs
        # Panels on the left share a tab with the canvas: three docks stacked in a laptop's height
        # would leave each one a scroll area.
        first_in_area: dict[Qt.DockWidgetArea, QDockWidget] = {
            Qt.DockWidgetArea.LeftDockWidgetArea: self.canvas_dock}
        for spec in specs:
            ctx = PanelContext(session_provider=lambda: self.controller.session, bridge=self.bridge,
                               settings=PanelSettings(self.settings.qsettings, spec.id),
                               show_provider=lambda: self.show_model)
            try:
                widget = spec.factory(ctx)
            except Exception:
                log.exception("panel %s failed to build; it is left out", spec.id)
                continue
            dock = self._make_dock(f"panel-{spec.id}", QCoreApplication.translate("Panels", spec.title), widget,
                                   spec.default_area, panel=True)
            if spec.default_area in first_in_area:
                self.tabifyDockWidget(first_in_area[spec.default_area], dock)
            else:
                first_in_area[spec.default_area] = dock
            dock.setVisible(spec.visible_by_default)
            action = dock.toggleViewAction()
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self.view_menu.insertAction(self._panels_separator, action)
            self.panel_docks[spec.id] = dock
            self.panel_widgets[spec.id] = widget
        for dock in first_in_area.values():
            dock.raise_()
        self._hide_spare_tab_bars()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._release_window_keys()
        for key, owners in self.shortcut_conflicts().items():
            # Qt fires neither of two shortcuts on the same key: the host would press it and nothing happens.
            log.warning("shortcut %s is used by %s; it will do nothing", key, ", ".join(owners))

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First run: 1440×900, or most of a smaller laptop screen (1366×768 is common).
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            width, height = 1440, 900
            if screen is not None:
                width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.92))
            self.resize(width, height)
        state = self.settings.window_state()
        # First run: size the side panels once the window has its real size (after show).
        self._first_run_layout = state is None or not self.restoreState(state, LAYOUT_VERSION)
        self._hide_spare_tab_bars()

    def _hide_spare_tab_bars(self) -> None:
        """Tabifying in a second dock area, or restoring a layout, leaves spare tab bars that the
        window's show() makes visible, painted across the docks (Qt 6.11). Hidden, they stay
        hidden: the layout shows again only the tab bars it uses."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.hide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_run_layout:
            self._first_run_layout = False
            QTimer.singleShot(0, self._first_run_dock_sizes)

    def _first_run_dock_sizes(self) -> None:
        left = [d for d in (self.sources_dock, self.canvas_dock, *self.panel_docks.values())
                if self.dockWidgetArea(d) == Qt.DockWidgetArea.LeftDockWidgetArea]
        if left:
            # As wide as the widest left dock needs, so none scrolls sideways, within LEFT_AREA_MAX_SHARE.
            wanted = max(self._width_wanted(d) for d in left)
            self.resizeDocks(left, [min(wanted, int(self.width() * LEFT_AREA_MAX_SHARE))] * len(left),
                             Qt.Orientation.Horizontal)
        for area in (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea):
            docks = [d for d in self.panel_docks.values() if self.dockWidgetArea(d) == area]
            if not docks:
                continue
            if area == Qt.DockWidgetArea.RightDockWidgetArea:
                # Wide enough for the widest panel there and for every tab title in full when the
                # window allows, never more than PANEL_AREA_MAX_SHARE: the preview keeps the rest.
                wanted = max(max(self._width_wanted(d) for d in docks), self._tab_bar_width(docks))
                width = max(int(self.width() * PANEL_AREA_SHARE), min(wanted, int(self.width() * PANEL_AREA_MAX_SHARE)))
                self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
            else:
                self.resizeDocks(docks, [int(self.height() * 0.25)] * len(docks), Qt.Orientation.Vertical)

    @staticmethod
    def _width_wanted(dock: QDockWidget) -> int:
        """The dock's content at its minimum width, with room for a vertical scroll bar and frame."""
        area: QScrollArea = dock.widget()   # every dock is made by _make_dock
        return area.widget().minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 8

    def _tab_bar_width(self, docks: list[QDockWidget]) -> int:
        """Width the window's tab bar over these docks needs to show every title in full (0: no tabs)."""
        titles = {d.windowTitle() for d in docks}
        return max((bar.sizeHint().width() + 4 for bar in self.findChildren(QTabBar)
                    if bar.parent() is self and bar.isVisible()
                    and any(bar.tabText(i) in titles for i in range(bar.count()))), default=0)
