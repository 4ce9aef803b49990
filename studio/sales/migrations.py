"""Versioned schema migrations. The schema version is SQLite's `PRAGMA user_version`.

Each step runs in its own write transaction together with the version bump, so a
crash mid-migration leaves the file at the previous version, never half-way.
Never edit a released step: add a new one (docs/sales.md documents the result).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


_V1 = """
CREATE TABLE products (
    sku TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    price_minor INTEGER,                 -- price in minor units of `currency` (cents, yen, fils)
    currency TEXT,
    stock INTEGER,                       -- units available for the live
    look TEXT,                           -- try-on look id, e.g. lipstick:ruby-matte
    notes TEXT NOT NULL DEFAULT '',
    updated_ms INTEGER NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    show_title TEXT,
    currency TEXT NOT NULL,              -- reporting currency: FX rates convert into it
    target_minor INTEGER,                -- sales target in minor units of `currency`
    started_ms INTEGER NOT NULL,         -- Unix epoch milliseconds, UTC
    ended_ms INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE session_segments (          -- the run of show as planned when the session started
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    segment_index INTEGER NOT NULL,
    title TEXT NOT NULL,
    product_sku TEXT,
    planned_s REAL,
    PRIMARY KEY (session_id, segment_index)
);
CREATE TABLE segment_changes (           -- when each segment went on screen
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at_ms INTEGER NOT NULL,
    segment_index INTEGER NOT NULL,
    title TEXT NOT NULL,
    product_sku TEXT
);
CREATE INDEX segment_changes_session ON segment_changes(session_id, at_ms);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at_ms INTEGER NOT NULL,
    segment_index INTEGER,               -- segment on screen when the sale was logged
    segment_title TEXT,
    sku TEXT NOT NULL,
    product_name TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    currency TEXT NOT NULL,
    coupon TEXT,
    note TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,                -- which program logged it: app, cli, host name
    undone_ms INTEGER                    -- set by undo, the row is kept
);
CREATE INDEX sales_session ON sales(session_id, at_ms);
CREATE TABLE sale_edits (                -- every change to a logged sale, old and new value
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    at_ms INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE TABLE markers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at_ms INTEGER NOT NULL,
    segment_index INTEGER,
    note TEXT NOT NULL
);
CREATE TABLE fx_rates (                  -- the exchange rates of one session, fixed when entered
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    currency TEXT NOT NULL,
    rate TEXT NOT NULL,                  -- decimal text: session currency per 1 unit of `currency`
    source TEXT NOT NULL DEFAULT 'entered',
    taken_ms INTEGER NOT NULL,
    PRIMARY KEY (session_id, currency)
);
CREATE VIEW sales_readable AS
    SELECT id, session_id, strftime('%Y-%m-%d %H:%M:%f', at_ms / 1000.0, 'unixepoch') AS at_utc,
           segment_index, segment_title, sku, product_name, quantity,
           unit_price_minor, discount_minor, total_minor, currency, coupon, note, origin,
           undone_ms IS NOT NULL AS undone
    FROM sales;
"""

_V2 = """
ALTER TABLE sales ADD COLUMN buyer TEXT;  -- personal data: only when the user types it
ALTER TABLE sessions ADD COLUMN unique_viewers INTEGER;
CREATE TABLE viewer_counts (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at_ms INTEGER NOT NULL,
    viewers INTEGER NOT NULL CHECK (viewers >= 0),   -- concurrent viewers at that moment
    source TEXT NOT NULL DEFAULT 'entered'
);
CREATE INDEX viewer_counts_session ON viewer_counts(session_id, at_ms);
CREATE TABLE order_imports (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    file_name TEXT NOT NULL,
    layout TEXT NOT NULL,                -- known layout id, or 'custom'
    mapping_json TEXT NOT NULL,          -- field -> column header used for this file
    imported_ms INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL
);
CREATE TABLE platform_orders (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES order_imports(id),
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    order_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    amount_minor INTEGER,                -- line amount in minor units of `currency`
    currency TEXT,
    ordered_ms INTEGER,
    status TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0,
    buyer TEXT,                          -- personal data: only with --keep-buyer
    UNIQUE (session_id, order_id, sku)
);
CREATE TABLE column_mappings (           -- mappings the user confirmed for unknown layouts
    header_signature TEXT PRIMARY KEY,
    mapping_json TEXT NOT NULL,
    saved_ms INTEGER NOT NULL
);
"""

_V3 = """
ALTER TABLE sales ADD COLUMN comment_id TEXT;  -- the buy comment it was logged from (LiveEvent.event_id)
CREATE INDEX sales_comment ON sales(session_id, comment_id);
CREATE TABLE talk_track_changes (        -- when the prompter switched a segment to its A or B talk-track
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at_ms INTEGER NOT NULL,
    segment_index INTEGER NOT NULL,
    track TEXT NOT NULL CHECK (track IN ('A', 'B'))
);
CREATE INDEX talk_track_changes_session ON talk_track_changes(session_id, at_ms);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "catalog, sessions, segments, sales, edits, markers, FX rates", _V1),
    Migration(2, "viewer counts, platform order import, saved column mappings, optional buyer", _V2),
    Migration(3, "sales linked to the buy comment; talk-track (A/B) changes", _V3),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
