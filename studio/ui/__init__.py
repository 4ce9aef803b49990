"""The studio window: the only package that imports Qt widgets.

`app.main(argv)` opens the window; `main_window.StudioWindow` holds the preview,
source pickers, canvas controls, Record button, segment bar and status bar;
`bridge.EventBridge` carries core events onto the GUI thread; docks come from
`studio.ui.panels` (read its docstring to add one).
"""
