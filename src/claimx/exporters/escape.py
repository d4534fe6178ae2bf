"""Backslash escaping shared by the quoted strings of N-Triples/Turtle and Cypher."""

from __future__ import annotations

# Escapes every format here shares; each adds the escape of its own quote character.
COMMON = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def escaped(s: str, table: dict[str, str]) -> str:
    """`s` with `table`'s escapes applied and other control characters as \\uXXXX."""
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)
