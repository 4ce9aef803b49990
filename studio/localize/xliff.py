"""XLIFF 2.0 export and import (one file per target language), with lxml.

Files from outside translators are untrusted: a document with a DOCTYPE (where entity bombs and
external entities live) is refused before anything is read, entities are never resolved, the
network is never touched, and files over 20 MB are refused.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from studio.localize.exchange import (MAX_IMPORT_BYTES, STATES, ExchangeFormatError, ExchangeRow, export_rows)
from studio.show.model import Show

NS = "urn:oasis:names:tc:xliff:document:2.0"
_Q = f"{{{NS}}}"


def to_xliff(show: Show, lang: str) -> bytes:
    root = etree.Element(_Q + "xliff", nsmap={None: NS}, version="2.0", srcLang=show.language, trgLang=lang)
    file_el = etree.SubElement(root, _Q + "file", id="show", original=show.title)
    for row in export_rows(show, lang):
        unit = etree.SubElement(file_el, _Q + "unit", id=row.unit_id, name=row.title)
        notes = etree.SubElement(unit, _Q + "notes")
        etree.SubElement(notes, _Q + "note", category="source-hash").text = row.source_hash
        segment = etree.SubElement(unit, _Q + "segment", state=row.state)
        etree.SubElement(segment, _Q + "source").text = row.source
        if row.target:
            etree.SubElement(segment, _Q + "target").text = row.target
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _safe_parse(data: bytes) -> etree._Element:
    if len(data) > MAX_IMPORT_BYTES:
        raise ExchangeFormatError("the XLIFF file is over 20 MB; refused")
    head = data.upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:   # bytes check first; UTF-16 files are caught below
        raise ExchangeFormatError("the XLIFF file declares a DOCTYPE or entities; refused "
                                  "(XLIFF 2.0 needs neither, and they can hide entity bombs)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExchangeFormatError(f"not well-formed XML: {exc}") from None
    if root.getroottree().docinfo.doctype or root.getroottree().docinfo.internalDTD is not None:
        raise ExchangeFormatError("the XLIFF file declares a DOCTYPE; refused")
    return root


def _text(element) -> str:
    """The element's text with inline markup (<ph/>, <pc>...) flattened to its text."""
    return "".join(element.itertext()) if element is not None else ""


def read_xliff(data: bytes) -> tuple[str, list[ExchangeRow]]:
    """(target language, rows) of an XLIFF 2.0 document."""
    root = _safe_parse(data)
    if root.tag != _Q + "xliff" or not (root.get("version") or "").startswith("2."):
        raise ExchangeFormatError("not an XLIFF 2.x document (root <xliff version=\"2.0\"> in the "
                                  "urn:oasis:names:tc:xliff:document:2.0 namespace)")
    lang = root.get("trgLang")
    if not lang:
        raise ExchangeFormatError("the XLIFF file names no target language (trgLang)")
    rows = []
    for unit in root.iter(_Q + "unit"):
        segments = unit.findall(_Q + "segment")
        if not segments:
            continue
        # A unit a tool split into several segments is joined back: the show translates whole lines.
        states = [s.get("state", "initial") for s in segments]
        state = min(states, key=lambda st: STATES.index(st) if st in STATES else -1)
        source = " ".join(_text(s.find(_Q + "source")).strip() for s in segments)
        target = " ".join(_text(s.find(_Q + "target")).strip() for s in segments).strip()
        hash_note = unit.find(f"{_Q}notes/{_Q}note[@category='source-hash']")
        rows.append(ExchangeRow(unit.get("id", ""), unit.get("name", ""), source,
                                (hash_note.text or "").strip() if hash_note is not None else "", target, state))
    return lang, rows


def write_xliff(show: Show, lang: str, path: Path) -> Path:
    Path(path).write_bytes(to_xliff(show, lang))
    return Path(path)
