"""Candidate repairs of one OCR token, and whether a form is known; memoized across documents.

A confusion table proposes candidates a few confusions away from a token; the
lexicon, the document's own usage and English frequencies decide which are
acceptable (repair policy per document is in ocr.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from .confusions import Confusion
from .vocab import COMMON, KNOWN, zipf


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


MEMO_LIMIT = 200_000  # entries per memo table before it is emptied (bounds memory on huge corpora)


class Repairer:
    """Proposes repairs for the unknown tokens of one document.

    What does not depend on the document (is a form known, a token's candidates, whether a
    token can be a repair target at all) is memoized per (lexicon, confusions) pair and kept
    across documents, which share most of their tokens.
    """

    def __init__(self, lexicon: KnowsWords | None, confusions: tuple[Confusion, ...]):
        self.lexicon = lexicon
        self.confusions = confusions
        self._known: dict[str, bool] = {}
        self._candidates: dict[tuple[str, str], list[tuple[str, float]]] = {}
        self._targets: dict[str, str | None] = {}
        self.contexts: dict[tuple[str, str, str], tuple[str, str, float, bool] | None] = {}
        self._wrong = [c.wrong for c in confusions if c.wrong]
        self._greek: dict[str, str | None] = {}
        self._greek_rows = sorted((c for c in confusions if c.where == "greek" and c.wrong), key=lambda c: c.cost)

    @classmethod
    def shared(cls, lexicon: KnowsWords | None, confusions: tuple[Confusion, ...]) -> Repairer:
        """The repairer (and its memos) for this lexicon and confusion table; a few are kept."""
        for r in _REPAIRERS:
            if r.lexicon is lexicon and r.confusions is confusions:
                break
        else:
            r = cls(lexicon, confusions)
            _REPAIRERS.insert(0, r)
            del _REPAIRERS[4:]
        for table in (r._known, r._candidates, r._targets, r._greek, r.contexts):
            if len(table) > MEMO_LIMIT:
                table.clear()
        return r

    def known(self, form: str) -> bool:
        hit = self._known.get(form)
        if hit is None:
            hit = self._known[form] = self._is_known(form)
        return hit

    def _is_known(self, form: str) -> bool:
        if self.lexicon is None:
            return False
        if self.lexicon.is_known(form):
            return True
        return len(form) > 3 and form.endswith("s") and not form.endswith("ss") and self.lexicon.is_known(form[:-1])

    def target(self, token: str) -> str | None:
        """The token's shape when it may need repair in some document, else None (digits, known
        symbols, common words, no confusable substring)."""
        if token in self._targets:
            return self._targets[token]
        shape = _shape(token)
        if shape is None or token.isdigit():
            shape = None
        elif shape == "word":
            if zipf(token) >= KNOWN:
                shape = None
        elif self.known(token) or (token.isalpha() and zipf(token) >= COMMON):
            shape = None
        if shape is not None and not any(w in token for w in self._wrong):
            shape = None
        self._targets[token] = shape
        return shape

    def maybe_targets(self, tokens: Iterable[str]) -> list[str]:
        """The tokens that are not known non-targets, plus every token ending in a hyphen."""
        memo = self._targets
        return [t for t in tokens if memo.get(t, "") is not None or t.endswith("-")]

    def maybe_greek(self, forms: Iterable[str]) -> list[str]:
        """The forms that are not known to have no Greek form."""
        memo = self._greek
        return [f for f in forms if memo.get(f, "") is not None]

    def candidates(self, token: str, shape: str) -> list[tuple[str, float]]:
        """Forms a few confusions away from the token, cheapest first (memoized; do not mutate)."""
        key = (token, shape)
        hit = self._candidates.get(key)
        if hit is None:
            hit = self._candidates[key] = self._find_candidates(token, shape)
        return hit

    def _find_candidates(self, token: str, shape: str) -> list[tuple[str, float]]:
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


    def greek_form(self, form: str) -> str | None:
        """The form with one Latin stand-in made Greek, when that names the same lexicon entry."""
        if form not in self._greek:
            self._greek[form] = self._find_greek_form(form)
        return self._greek[form]

    def _find_greek_form(self, form: str) -> str | None:
        if not any(c.wrong in form for c in self._greek_rows):
            return None
        entry = self.lexicon.lookup(form)
        if entry is None:
            return None
        for c in self._greek_rows:
            at = form.find(c.wrong)
            while at != -1:
                if _context_ok(form, at, at + len(c.wrong), "greek", "symbol"):
                    target = form[:at] + c.right + form[at + len(c.wrong):]
                    hit = self.lexicon.lookup(target)
                    if hit is not None and hit.id == entry.id:
                        return target
                at = form.find(c.wrong, at + 1)
        return None

    def in_context(self, token: str, next_word: str, before: list[str]) -> tuple[str, str, float, bool] | None:
        """A lexicon-backed repair of a token read with its neighbours ("Trl cells", "growth factor-p")."""
        for form, cost in self.candidates(token, "symbol"):
            phrases = [f"{form} {next_word}"] if next_word else []
            phrases += [" ".join(before[k:] + [form]) for k in range(len(before))]
            if any(self.known(p) for p in phrases):
                sim = Levenshtein.normalized_similarity(token, form)
                return form, "ocr-lexicon", round(0.5 * sim + 0.5 * (1 - min(cost, 1)), 3), True
        return None


_REPAIRERS: list[Repairer] = []
