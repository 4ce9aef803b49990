"""Regenerate the window's translations: .ts from the code (pyside6-lupdate), .qm from the .ts (pyside6-lrelease).

    .venv/bin/python scripts/i18n.py            # update assets/i18n/*.ts and compile *.qm
    .venv/bin/python scripts/i18n.py --check    # also exit 1 when a string has no translation

Scans every .py under studio/ui/ (panels added by anyone included). After it
runs, open assets/i18n/studio_zh_CN.ts in Qt Linguist (pyside6-linguist) or any
editor, fill the <translation type="unfinished"> entries, and run it again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "studio" / "ui"
I18N_DIR = ROOT / "assets" / "i18n"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into the venv (pip install -r requirements.lock)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"studio_{language}.ts"


def update_ts(language: str, files: list[Path]) -> Path:
    ts = ts_path(language)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", language, *map(str, files), "-ts", str(ts)], check=True)
    return ts


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not "".join(translation.itertext()).strip():
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    args = parser.parse_args(argv)
    files = sources()
    status = 0
    for language in LANGUAGES:
        ts = update_ts(language, files)
        qm = compile_qm(ts)
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated; compiled {qm.relative_to(ROOT)}")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
