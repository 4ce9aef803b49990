"""The run of show: catalog, segments, lines, cues, approved translations, and the file format."""

from studio.show.model import Line, LineKind, Product, Segment, Show
from studio.show.money import Money
from studio.show.showfile import ShowFormatError, dump_show, load_show, parse_show

__all__ = ["Line", "LineKind", "Money", "Product", "Segment", "Show", "ShowFormatError",
           "dump_show", "load_show", "parse_show"]
