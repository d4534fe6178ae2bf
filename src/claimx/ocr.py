"""OCR token repair: a confusion table proposes candidates, known words and symbols accept them.

A token is repaired only when it is unknown (not a lexicon entry, not an
English word, not an abbreviation the document defines) and a candidate a few
confusions away is known: a lexicon entry, a form the document itself uses,
or, for lower-case words, a common English word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .confusions import Confusion
from .ocr_repairer import KnowsWords, Repairer
from .vocab import Vocabulary, ascii_words

Op = tuple[int, int, str, str, float]
TOKEN = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)*(?:-(?=[\s,.;:)\]]))?(?!\w)")
# TOKEN for a text whose word characters are all ASCII (vocab.ascii_words): the same matches, faster.
_ASCII_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:-(?=[\s,.;:)\]]))?(?![A-Za-z0-9_])")
_TOKEN_CHARS = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "_-") else 32 for b in range(256))
_NEXT_WORD = re.compile(r"[)\]]?[ \t]+([^\W\d_]+)")
_DEFINED = re.compile(r"\(([^\s()]{2,15})\)")
# A long form ending in a lone Latin letter after a hyphen ("factor-p") is itself damaged.
_DAMAGED_LONG = re.compile(r"-[PpBbfyoaqk3]\b")
_LATIN_GREEK = {"a": "α", "b": "β", "B": "β", "g": "γ", "k": "κ"}


def defined_abbreviations(text: str) -> set[str]:
    """Short forms the document defines in parentheses after a matching, undamaged long form."""
    out = set()
    for m in _DEFINED.finditer(text):
        short = m.group(1)
        before = text[max(0, m.start() - 120):m.start()].split()
        long_form = _long_form(short, before[-(len(short) + 5):])
        if long_form and not _DAMAGED_LONG.search(long_form):
            out.add(short)
    return out


def _long_form(short: str, words: list[str]) -> str | None:
    """Schwartz-Hearst: the short form's characters in order, the first at a word start."""
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars or not words:
        return None
    text = " ".join(words).lower()
    i = len(text) - 1
    for k in range(len(chars) - 1, -1, -1):
        c = chars[k]
        while i >= 0 and (text[i] != c or (k == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
    return text[i + 1:]


def repair_ops(text: str, lexicon: KnowsWords | None, confusions: tuple[Confusion, ...],
               vocab: Vocabulary | None = None, *, ascii_text: bool = False) -> list[Op]:
    """Repair operations (start, end, replacement, rule, score) for OCR-damaged tokens of `text`.

    `ascii_text`: the caller knows that the text's word characters are all ASCII (vocab.ascii_words).
    """
    if ascii_text or ascii_words(text):
        token_re, tokens = _ASCII_TOKEN, _ascii_tokens(text)
    else:
        token_re, tokens = TOKEN, TOKEN.findall(text)
    counts = Counter(tokens)
    repairer = Repairer.shared(lexicon, confusions)
    protected: set[str] | None = None
    fixes: dict[str, tuple[str, str, float, bool] | None] = {}
    needs_context: set[str] = set()
    dropped: list[str] = []
    # Most tokens are no repair target in any document, which the repairer remembers: skip them here.
    for token in repairer.maybe_targets(counts):
        if token.endswith("-"):
            dropped.append(token)  # decided below, once the document shows Greek damage
            continue
        shape = repairer.target(token)
        if shape is None:
            continue
        if shape == "word" and counts[token] >= 3:
            continue  # the document's own usage makes it a word
        fix = repairer.choose(token, shape, counts, None)
        # The document's word counts are asked only about a repair (a word-shaped token left
        # unrepaired is the same whether skipped here or recorded as None: it has no Greek form).
        if shape == "word" and fix is not None and vocab is not None and vocab.count(token) >= 3:
            continue
        # maybe known together with the word after it ("Trl cells"); a token without candidates never is
        if shape == "symbol" and (fix is None or not fix[3]) and repairer.candidates(token, shape):
            needs_context.add(token)
        # An abbreviation the document defines stays unless the lexicon backs the repair.
        if fix is not None and not fix[3]:
            if protected is None:
                protected = defined_abbreviations(text)
            if token in protected:
                fix = None
        fixes[token] = fix
    if _greek_damaged(fixes):
        for token in dropped:
            fix = repairer.choose(token, "symbol", counts, None)
            # only the dropped letter is put back ("TGF-" -> "TGF-β"), nothing else in the token changes
            fixes[token] = fix if fix is not None and fix[3] and fix[0].startswith(token) else None
    fixes.update(_greek_canonical(counts, fixes, repairer))
    wanted = {t for t, f in fixes.items() if f is not None} | needs_context
    if not wanted:
        return []
    ops: list[Op] = []
    in_context = repairer.contexts
    for start, end, token in _occurrences(text, token_re, tokens, wanted):
        fix = fixes.get(token)
        if token in needs_context:
            nw = _NEXT_WORD.match(text, end)
            before = text[max(0, start - 60):start].split()[-2:]
            key = (token, nw.group(1) if nw else "", " ".join(before))
            if key not in in_context:
                in_context[key] = repairer.in_context(token, key[1], before)
            fix = in_context[key] or fix
        if fix is not None:
            ops.append((start, end, fix[0], fix[1], fix[2]))
    return ops


def _ascii_tokens(text: str) -> list[str]:
    """TOKEN.findall(text) for a text whose word characters are all ASCII, mostly without a regex.

    With every character but [A-Za-z0-9_-] made a space, each run left holds at most one TOKEN
    match, at its start (TOKEN's lookbehind fails inside a run); a run of letters and digits joined
    by single hyphens is that match. The other runs (an underscore, a hyphen at an end, "--") are
    matched one by one in the text.
    """
    runs = text.encode("ascii", "replace").translate(_TOKEN_CHARS).decode("ascii")
    odd = set()
    for mark in ("_", " -", "- ", "--"):
        i = runs.find(mark)
        while i != -1:
            odd.add(runs.rfind(" ", 0, i + 1 if mark[0] != " " else i + 2) + 1)
            i = runs.find(mark, i + 1)
    if runs.startswith("-"):
        odd.add(0)
    if runs.endswith("-"):
        odd.add(runs.rfind(" ") + 1)
    if not odd:
        return runs.split()
    tokens: list[str] = []
    last = 0
    for start in sorted(odd):
        end = runs.find(" ", start)
        end = len(runs) if end == -1 else end
        tokens += runs[last:start].split()
        m = _ASCII_TOKEN.match(text, start)
        if m is not None:
            tokens.append(m.group())
        last = end
    tokens += runs[last:].split()
    return tokens


def _occurrences(text: str, token_re: re.Pattern, tokens: list[str], wanted: set[str]
                 ) -> Iterator[tuple[int, int, str]]:
    """(start, end, token) of the wanted tokens standing alone, left to right.

    The matches of `(?<![\w-])(?:w1|w2|...)(?!\w)(?!-\w)`, longest alternative first, without
    compiling and running that alternation over the text (a document's own, so a new pattern
    per document): such a match starts where a TOKEN match does (same lookbehind), and its
    token is the TOKEN match's, that without its trailing hyphen, or that with the hyphen
    after it ("TGF-" before "/": TOKEN keeps a final hyphen only before a space or a stop).
    A wanted token's position is found from the previous one's with str.find: the first place
    after it where TOKEN matches that token (TOKEN matches are `tokens`, in text order).
    """
    related = wanted | {w + "-" for w in wanted} | {w[:-1] for w in wanted if w.endswith("-")}
    n = len(text)
    match = token_re.match
    last = pos = 0
    for t in [t for t in tokens if t in related]:
        p = text.find(t, pos)
        while (m := match(text, p)) is None or m.group() != t:
            p = text.find(t, p + 1)
        pos = p + len(t)
        if p < last:
            continue
        for w in (t + "-", t, t[:-1]) if t.endswith("-") else (t + "-", t):
            e = p + len(w)
            if w not in wanted or not text.startswith(w, p):
                continue
            nxt = text[e:e + 1]
            if nxt and (nxt.isalnum() or nxt == "_"):  # (?!\w); \w is exactly these characters
                continue
            if nxt == "-" and e + 1 < n and (text[e + 1].isalnum() or text[e + 1] == "_"):  # (?!-\w)
                continue
            yield p, e, w
            last = e
            break


def _greek_damaged(fixes: dict) -> bool:
    """Whether some unknown token of the document was repaired to a Greek letter."""
    return any(f is not None and any(g in f[0] for g in "αβγκ") for f in fixes.values())


def _greek_canonical(counts: Counter, fixes: dict, repairer: Repairer) -> dict[str, tuple[str, str, float, bool]]:
    """In a document with Greek letters damaged by OCR, Latin stand-ins (TGF-B, NF-kB) become Greek too.

    Only where the Greek form names the same lexicon entry; clean text that
    writes TGF-B on purpose has no damaged Greek and is left as written.
    """
    if repairer.lexicon is None or not hasattr(repairer.lexicon, "lookup"):
        return {}
    out = {}
    # A damaged token is repaired to the Greek form; a known token only in a document with damaged Greek.
    known = [(t, None) for t in repairer.maybe_greek(counts) if t not in fixes] if _greek_damaged(fixes) else []
    for token, fix in known + [(t, f) for t, f in fixes.items() if f]:
        target = repairer.greek_form(fix[0] if fix else token)
        if target is not None:
            out[token] = (target, "ocr-lexicon", fix[2] if fix else 0.8, True)
    return out
