"""Mojibake, Latin ligatures and soft hyphens, repaired word by word with ftfy."""

from __future__ import annotations

import re
from functools import lru_cache

from .vocab import non_ascii

Op = tuple[int, int, str, str, float]


# UTF-8 read as Windows-1252/Latin-1: a lead byte (Â Ã â ï ...) then a continuation-byte character;
# plus Latin ligatures and soft hyphens. Only words holding one of these are given to ftfy.
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                      "\u20ac\u2122]|[\ufb00-\ufb06\u00ad]")
_WORD_START = re.compile(r"\S*\Z")
_WORD_END = re.compile(r"\S*")


@lru_cache(maxsize=1)
def _ftfy_config():
    import ftfy

    # Only undo wrong decodings and ligatures: quotes, widths and Unicode forms stay as written.
    return ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
                                fix_latin_ligatures=True, fix_character_width=False, uncurl_quotes=False,
                                fix_line_breaks=False, fix_surrogates=True, remove_control_chars=False,
                                normalization=None, explain=False)


def mojibake_ops(text: str) -> list[Op]:
    """Mojibake ("Ã©", "â€™"), ligatures ("ﬁ") and soft hyphens inside words."""
    # Every _SUSPECT match holds a lead byte, a ligature or a soft hyphen: most texts have none.
    if not any("\u00c2" <= c <= "\u00f4" or "\ufb00" <= c <= "\ufb06" or c == "\u00ad" for c in non_ascii(text)):
        return []
    import ftfy

    ops: list[Op] = []
    last_end = -1
    for hit in _SUSPECT.finditer(text):
        if hit.start() < last_end:
            continue
        start = _WORD_START.search(text, max(0, hit.start() - 64), hit.start()).start()
        end = _WORD_END.match(text, hit.end()).end()
        word = text[start:end]
        fixed = ftfy.fix_text(word, _ftfy_config()).replace("\u00ad", "")
        if fixed != word:
            rule = "mojibake" if fixed != word.replace("\u00ad", "") else "dehyphenate"
            ops.append((start, end, fixed, rule, 0.9))
        last_end = end
    return ops
