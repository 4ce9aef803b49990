"""The one way every terms set (bench_terms_lines*.py) turns its glossary and frames into spoken lines."""

from __future__ import annotations


def rotate_lines(terms: list[str], frames: list[str], offset: int, count: int = 20) -> list[str]:
    """`count` lines: the frames in turn, three consecutive terms a line starting at `offset`, every term used."""
    out = []
    for j in range(count):
        base = 3 * j + offset
        a, b, c = (terms[(base + k) % len(terms)] for k in range(3))
        out.append(frames[j % len(frames)].format(a=a, b=b, c=c))
    return out
