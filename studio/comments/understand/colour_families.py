"""Near colours that stand in for each other only where the catalog has one of them.

Beige, nude and cream are three colours when a catalog sells two of them ("Light Beige" cushions and a
"Rose Nude" lipstick; a "Cream" tote and a "Beige" one): each keeps its own words then. A catalog with
only one of them gets the buyer's near word too ("米色" or "krem" for its one "Nude" shade), since
buyers and sellers draw the line between these tones in different places. Silver and chrome likewise: a
buyer calls a chrome finish "the silver one". A plain colour and its dark shade too (red and maroon, blue and navy,
green and olive).
"""

from __future__ import annotations

# each colour's stand-ins, nearest first: the first one the catalog has is read for the buyer's word
NEAR_COLOURS: dict[str, tuple[str, ...]] = {
    "beige": ("nude", "cream"),
    "nude": ("beige", "cream"),
    "cream": ("beige", "nude"),
    # a finish buyers name by its colour: "the silver one", "prateado", "الفضي" of a chrome faucet (and back)
    "silver": ("chrome",),
    "chrome": ("silver",),
    # a dark shade named by its plain colour where the catalog sells only the dark one: "kebaya merah" of "Merah
    # Marun", "o maiô azul" of "Azul Marino", "hijau" of "Hijau Army" (and back: "the maroon one" of a red)
    "red": ("burgundy",),
    "burgundy": ("red",),
    "blue": ("navy",),
    "navy": ("blue",),
    "green": ("olive",),
    "olive": ("green",),
}


def with_near_colours(found: set[str], catalog_colours: set[str]) -> set[str]:
    """The comment's concepts with a colour the catalog lacks read as its nearest one the catalog has."""
    out = set(found)
    for colour in found:
        if colour in catalog_colours or colour not in NEAR_COLOURS:
            continue
        near = next((c for c in NEAR_COLOURS[colour] if c in catalog_colours), None)
        if near is not None:
            out.add(near)
    return out
