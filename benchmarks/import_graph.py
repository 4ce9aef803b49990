"""Prints the arrows between studio packages: which package imports which (every import statement,
read with ast, including imports inside functions). Usage: import_graph.py [STUDIO_DIR]

A top-level module (studio/doctor.py) counts as its own package ("doctor").
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path


def package_of(path: Path, root: Path) -> str:
    rel = path.relative_to(root)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {n.split(".")[1] for n in names if n.startswith("studio.")}
    return found


def arrows(root: Path) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts or path.parent == root and path.stem in ("__init__", "__main__"):
            continue
        source = package_of(path, root)
        graph[source] |= imported_packages(path) - {source}
    return graph


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "studio"
    graph = arrows(root)
    for package in sorted(graph):
        print(f"{package:12s} -> {', '.join(sorted(graph[package])) or '(leaf)'}")


if __name__ == "__main__":
    main()
