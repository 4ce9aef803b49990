"""The sales log: one SQLite file (written with sqlite-utils) of what sold during each live,
tied to the run of show. The Qt panel and `studio sales` drive the same SalesLog.

    log = SalesLog.open()                     # --db / $STUDIO_SALES_DB / data folder
    session = log.start_session(show=show)
    log.set_segment(1)                        # the run of show moved on
    receipt = log.log_sale()                  # one unit of the product on screen, durable
    log.undo_last(); log.add_marker("price question in chat")
    figures = log.dashboard()
"""

from studio.sales.dashboard import Dashboard
from studio.sales.errors import (SalesDbBusy, SalesDbCorrupt, SalesDbTooNew, SalesError, SalesInputError,
                                 SalesWriteFailed)
from studio.sales.log import SalesLog
from studio.sales.model import Marker, Sale, SaleEdit, SaleInput, SaleReceipt, SegmentRef, SessionInfo
from studio.sales.store import resolve_db_path

__all__ = [
    "Dashboard", "Marker", "Sale", "SaleEdit", "SaleInput", "SaleReceipt", "SalesDbBusy", "SalesDbCorrupt",
    "SalesDbTooNew", "SalesError", "SalesInputError", "SalesLog", "SalesWriteFailed", "SegmentRef",
    "SessionInfo", "resolve_db_path",
]
