"""Which product kinds each catalog product gets from its name, in English and in Chinese.

    .venv/bin/python benchmarks/check_catalog_kinds.py [SHOW.show.md ...]

Default: every show of the folded-in comment sets (tests/comments/data/*/) and the dev sets
(benchmarks/data/). For each product it prints the kinds the matcher reads from its English name
and from its segment titles (the dev shows' titles are Chinese: a catalog written in Chinese must
give the same kinds), and flags a product with no kind from a name, or whose English and Chinese
names disagree. Colours and traits are left out: they are read the same way but are no kind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.comments.understand.products import concepts_of_names, load_concepts  # noqa: E402
from studio.show import load_show  # noqa: E402


def kinds_of(text: str) -> set[str]:
    return concepts_of_names([text]) & load_concepts()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shows", nargs="*", type=Path)
    args = ap.parse_args()
    shows = args.shows or sorted([*(ROOT / "tests" / "comments" / "data").glob("*/*.show.md"),
                                  *(ROOT / "benchmarks" / "data").rglob("*.show.md")])
    products = no_kind = disagree = 0
    for path in shows:
        show = load_show(path)
        print(f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        for p in show.products:
            titles = " / ".join(seg.title for seg in show.segments if seg.product_sku == p.sku)
            en, zh = kinds_of(p.name), kinds_of(titles)
            products += 1
            flags = []
            if not en and not zh:
                no_kind += 1
                flags.append("NO KIND")
            elif titles and en != zh:
                disagree += 1
                flags.append("en/zh differ")
            print(f"  {p.sku:<12} {', '.join(sorted(en)) or '-':<34} | {', '.join(sorted(zh)) or '-':<34} "
                  f"{p.name[:40]:<40} | {titles[:24]}  {' '.join(flags)}")
    print(f"products {products}; no kind from any name {no_kind}; English and Chinese names disagree {disagree}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
