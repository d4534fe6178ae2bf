"""OCR token repair: a confusion table proposes candidates, known words and symbols accept them.

A token is repaired only when it is unknown (not a lexicon entry, not an
English word, not an abbreviation the document defines) and a candidate a few
confusions away is known: a lexicon entry, a form the document itself uses,
or, for lower-case words, a common English word.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from .confusions import Confusion
from .vocab import COMMON, KNOWN, Vocabulary, zipf

Op = tuple[int, int, str, str, float]
TOKEN = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)*(?:-(?=[\s,.;:)\]]))?(?!\w)")
_NEXT_WORD = re.compile(r"[)\]]?[ \t]+([^\W\d_]+)")
_DEFINED = re.compile(r"\(([^\s()]{2,15})\)")
# A long form ending in a lone Latin letter after a hyphen ("factor-p") is itself damaged.
_DAMAGED_LONG = re.compile(r"-[PpBbfyoaqk3]\b")
_LATIN_GREEK = {"a": "α", "b": "β", "B": "β", "g": "γ", "k": "κ"}


class KnowsWords(Protocol):
    def is_known(self, surface: str) -> bool: ...


_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def _shape(token: str) -> str | None:
    """'symbol', 'word' or None (not a repair target)."""
    if _ACRONYM.fullmatch(token):
        return None  # MEF, ERK, PGE: a letter-for-letter misreading is indistinguishable from a real acronym
    if token.isalpha() and token.islower():
        return "word" if len(token) >= 4 else None
    if token.isalpha() and token[0].isupper() and token[1:].islower():
        return "symbol" if len(token) <= 5 else "word"
    return "symbol"


def _context_ok(token: str, start: int, end: int, where: str, shape: str) -> bool:
    if where == "word":
        return shape == "word"
    if shape != "symbol":
        return False
    if where == "symbol":
        return True
    prev = token[start - 1] if start else ""
    nxt = token[end] if end < len(token) else ""
    if nxt.islower():
        return False
    if prev == "-" or prev.isdigit():
        return True
    # after a capital only at the end of the token (PPARy), never inside an acronym (GB, MC38)
    return prev.isupper() and not nxt and token[start:end].islower()


class Repairer:
    """Proposes repairs for the unknown tokens of one document."""

    def __init__(self, lexicon: KnowsWords | None, confusions: tuple[Confusion, ...]):
        self.lexicon = lexicon
        self.confusions = confusions

    def known(self, form: str) -> bool:
        if self.lexicon is None:
            return False
        if self.lexicon.is_known(form):
            return True
        return len(form) > 3 and form.endswith("s") and not form.endswith("ss") and self.lexicon.is_known(form[:-1])

    def candidates(self, token: str, shape: str) -> list[tuple[str, float]]:
        edits = []
        for c in self.confusions:
            if not c.wrong:
                if token.endswith("-") and _context_ok(token + " ", len(token), len(token), c.where, shape):
                    edits.append((len(token), len(token), c.right, c.cost))
                continue
            at = token.find(c.wrong)
            while at != -1:
                end = at + len(c.wrong)
                # a stray letter is dropped only inside a stem, before its number (STATS3, not BAG-1S)
                stray_ok = c.right or (at and token[at - 1].isalpha() and end < len(token) and token[end].isdigit())
                if stray_ok and _context_ok(token, at, end, c.where, shape):
                    edits.append((at, end, c.right, c.cost))
                at = token.find(c.wrong, at + 1)
        out: dict[str, float] = {}
        for k in (1, 2):
            for combo in combinations(edits, k):
                spans = sorted(combo)
                if any(a[1] > b[0] or (a[0] == b[0] and a[1] == b[1]) for a, b in zip(spans, spans[1:])):
                    continue
                parts, pos = [], 0
                for s, e, r, _ in spans:
                    parts.append(token[pos:s] + r)
                    pos = e
                form = "".join(parts) + token[pos:]
                cost = sum(x[3] for x in spans)
                if form != token and cost < out.get(form, 9):
                    out[form] = cost
        return sorted(out.items(), key=lambda kv: kv[1])

    def choose(self, token: str, shape: str, counts: Counter,
               next_word: str | None) -> tuple[str, str, float, bool] | None:
        """(repair, rule, score, backed by the lexicon) or None."""
        best: list[tuple[float, int, int, str]] = []
        for form, cost in self.candidates(token, shape):
            if shape == "word":
                z = zipf(form)
                ok = z >= COMMON or (z >= KNOWN and counts.get(form, 0) > 0)
                rank = 0 if ok else 2
            else:
                in_lexicon = self.known(form) or (next_word is not None and self.known(f"{form} {next_word}"))
                ok = in_lexicon or counts.get(form, 0) > 0
                rank = 0 if in_lexicon else 1
            if ok:
                best.append((rank, cost, -counts.get(form, 0), form))
        if not best:
            return None
        best.sort()  # backed by the lexicon first, then fewest confusions, then the document's usage
        if len(best) > 1 and best[0][:3] == best[1][:3]:
            return None  # two equally good repairs: leave the token alone
        rank, cost, _, form = best[0]
        sim = Levenshtein.normalized_similarity(token, form)
        score = round(0.5 * sim + 0.5 * (1 - min(cost, 1)), 3)
        return form, "ocr-word" if shape == "word" else "ocr-lexicon", score, rank == 0


    def in_context(self, token: str, next_word: str, before: list[str]) -> tuple[str, str, float, bool] | None:
        """A lexicon-backed repair of a token read with its neighbours ("Trl cells", "growth factor-p")."""
        for form, cost in self.candidates(token, "symbol"):
            phrases = [f"{form} {next_word}"] if next_word else []
            phrases += [" ".join(before[k:] + [form]) for k in range(len(before))]
            if any(self.known(p) for p in phrases):
                sim = Levenshtein.normalized_similarity(token, form)
                return form, "ocr-lexicon", round(0.5 * sim + 0.5 * (1 - min(cost, 1)), 3), True
        return None


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
               vocab: Vocabulary | None = None) -> list[Op]:
    """Repair operations (start, end, replacement, rule, score) for OCR-damaged tokens of `text`."""
    counts = Counter(TOKEN.findall(text))
    repairer = Repairer(lexicon, confusions)
    protected: set[str] | None = None
    fixes: dict[str, tuple[str, str, float, bool] | None] = {}
    needs_context: set[str] = set()
    dropped: list[str] = []
    for token in counts:
        if token.endswith("-"):
            dropped.append(token)  # decided below, once the document shows Greek damage
            continue
        shape = _shape(token)
        if shape is None or token.isdigit():
            continue
        if shape == "word":
            if zipf(token) >= KNOWN or counts[token] >= 3 or (vocab is not None and vocab.count(token) >= 3):
                continue
        elif repairer.known(token) or (token.isalpha() and zipf(token) >= COMMON):
            continue
        if not any(c.wrong in token for c in repairer.confusions if c.wrong):
            continue
        if protected is None:
            protected = defined_abbreviations(text)
        fix = repairer.choose(token, shape, counts, None)
        if shape == "symbol" and (fix is None or not fix[3]):
            needs_context.add(token)  # maybe known together with the word after it ("Trl cells")
        # An abbreviation the document defines stays unless the lexicon backs the repair.
        if fix is not None and token in protected and not fix[3]:
            fix = None
        fixes[token] = fix
    if _greek_damaged(fixes):
        for token in dropped:
            fix = repairer.choose(token, "symbol", counts, None)
            # only the dropped letter is put back ("TGF-" -> "TGF-β"), nothing else in the token changes
            fixes[token] = fix if fix is not None and fix[3] and fix[0].startswith(token) else None
    fixes.update(_greek_canonical(counts, fixes, lexicon, confusions))
    wanted = {t for t, f in fixes.items() if f is not None} | needs_context
    if not wanted:
        return []
    ops: list[Op] = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(wanted, key=len, reverse=True)))
                         + r")(?!\w)(?!-\w)")
    in_context: dict[tuple[str, str], tuple[str, str, float, bool] | None] = {}
    for m in pattern.finditer(text):
        token = m.group(0)
        fix = fixes.get(token)
        if token in needs_context:
            nw = _NEXT_WORD.match(text, m.end())
            before = text[max(0, m.start() - 60):m.start()].split()[-2:]
            key = (token, nw.group(1) if nw else "", " ".join(before))
            if key not in in_context:
                in_context[key] = repairer.in_context(token, key[1], before)
            fix = in_context[key] or fix
        if fix is not None:
            ops.append((m.start(), m.end(), fix[0], fix[1], fix[2]))
    return ops


def _greek_damaged(fixes: dict) -> bool:
    """Whether some unknown token of the document was repaired to a Greek letter."""
    return any(f is not None and any(g in f[0] for g in "αβγκ") for f in fixes.values())


def _greek_canonical(counts: Counter, fixes: dict, lexicon,
                     confusions: tuple[Confusion, ...]) -> dict[str, tuple[str, str, float, bool]]:
    """In a document with Greek letters damaged by OCR, Latin stand-ins (TGF-B, NF-kB) become Greek too.

    Only where the Greek form names the same lexicon entry; clean text that
    writes TGF-B on purpose has no damaged Greek and is left as written.
    """
    if lexicon is None or not hasattr(lexicon, "lookup"):
        return {}
    greek = [c for c in confusions if c.where == "greek" and c.wrong]
    out = {}
    # A damaged token is repaired to the Greek form; a known token only in a document with damaged Greek.
    known = [(t, None) for t in counts if t not in fixes] if _greek_damaged(fixes) else []
    for token, fix in known + [(t, f) for t, f in fixes.items() if f]:
        form = fix[0] if fix else token
        entry = lexicon.lookup(form)
        if entry is None or not any(c.wrong in form for c in greek):
            continue
        for c in sorted(greek, key=lambda c: c.cost):
            at = form.find(c.wrong)
            while at != -1:
                if _context_ok(form, at, at + len(c.wrong), "greek", "symbol"):
                    target = form[:at] + c.right + form[at + len(c.wrong):]
                    hit = lexicon.lookup(target)
                    if hit is not None and hit.id == entry.id:
                        out[token] = (target, "ocr-lexicon", fix[2] if fix else 0.8, True)
                        break
                at = form.find(c.wrong, at + 1)
            if token in out:
                break
    return out

