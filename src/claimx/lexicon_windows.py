"""Lexicon names in a Doc: the longest match at each token, its window grown a word at a time."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from claimx.found import MEMO_LIMIT, Found, TokenIndex, memo_flags, token_columns
from claimx.variants import fold

MAX_WINDOW = 8  # tokens; lexicon names longer than this are not worth the lookups
_SKIP_START = {",", ";", ":", ".", "(", ")", "[", "]", "and", "or", "the", "a", "an", "of", "in", "with", "by"}
_WINDOW_STOP = {",", ";", ":", ".", "[", "]"}  # never inside a name worth matching
_BAD_END = {",", ";", ":", "(", "[", "and", "or", "the", "of", "in", "with", "by", "-"}
# bits of what the rules ask of a word (LexiconWindows._word_flags)
_OPEN, _CLOSE, _HYPHEN, _STOP, _SKIP_WORD, _BAD_END_WORD, _SUFFIX, _ALIVE = 1, 2, 4, 8, 16, 32, 64, 128
_SPACE, _PUNCT = 256, 512  # the lexeme's IS_SPACE and IS_PUNCT
_CAN_END, _MAY_OPEN = 1024, 2048  # a name may end at the word; a window may open at it (X-induced aside)


class LexiconWindows:
    """Finds lexicon names; `concept(entry)` makes what a match carries.

    Lookups, and what the rules ask of each distinct word, are memoized across documents
    (which repeat their names) until another lexicon or cue set is used.
    """

    def __init__(self, concept: Callable[[Any], Any]):
        self._concept = concept
        self._memo: dict[str, tuple[Any, bool]] = {}  # surface -> (concept or None, alive)
        self._flags: dict[int, int] = {}  # ORTH hash -> _OPEN | _CLOSE | ...
        self._word: dict[int, Any] = {}  # ORTH hash -> the one-word probe's concept or None
        self._flags_cues: Any = None  # the cues _flags were worked out with
        self._flags_vocab: Any = None  # ... and the vocab whose lexemes gave _SPACE and _PUNCT
        self._sorted_keys: list[str] = []
        self._prefix_of: Any = None

    def matches(self, doc: Doc, index: TokenIndex, lex: Any, cues: Any) -> list[tuple[Found, Any]]:
        """Longest lexicon match at each token, left to right.

        Token attributes are read once as lists (a Token object per access is the cost here),
        and the word rules are worked out once per distinct word; a window opens only at a word
        some key starts with, grows only while some key starts with its folded text, and never
        runs past clause punctuation.
        """
        text = index.text
        n = len(index.starts)
        window = min(MAX_WINDOW, max(1, lex.max_words + 2))
        if not n:
            return []
        starts, lengths = index.starts, index.lengths
        orth = token_columns(doc).orth
        if len(self._memo) > MEMO_LIMIT:
            self._memo.clear()
        probe = self._prober(lex)
        word = self._word
        if len(word) > MEMO_LIMIT:
            word.clear()
        # Per-word bits (_word_flags): what numpy worked out per token in ~35 calls is one bit each.
        flags = self._word_flags(orth, index, doc.vocab, cues, probe)
        out = []
        nxt = 0  # tokens before this one belong to the last match
        # never start inside "X-induced": that word belongs to X
        opens = [i for i, f in enumerate(flags) if f & _MAY_OPEN and not (f & _SUFFIX and i and flags[i - 1] & _HYPHEN)]
        for i in opens:
            if i < nxt:
                continue
            h = orth[i]  # the one-word probe by ORTH: an int key instead of slicing and hashing the word again
            a = starts[i]
            concept = word.get(h, word)
            if concept is word:
                concept = word[h] = probe(text[a: a + lengths[i]])[0]
            hit = (i + 1, concept) if concept is not None and flags[i] & _CAN_END else None
            for j in range(i + 2, min(n, i + window) + 1):
                if flags[j - 1] & _STOP:
                    break
                concept, alive = probe(text[a: starts[j - 1] + lengths[j - 1]])
                if not alive:
                    break  # no key starts with this text, so no longer window can match
                if concept is not None and flags[j - 1] & _CAN_END:
                    hit = (j, concept)
            if hit is not None:
                j = hit[0]
                b = starts[j - 1] + lengths[j - 1]
                out.append((Found(i, j, a, b, text[a:b]), hit[1]))
                nxt = j
        return out

    def _word_flags(self, orth: list[int], index: TokenIndex, vocab: Any, cues: Any,
                    probe: Callable[[str], tuple[Any, bool]]) -> list[int]:
        """Each token's word flags (worked out once per distinct word)."""
        known = self._flags
        if self._flags_cues is not cues or self._flags_vocab is not vocab:
            known.clear()
            self._flags_cues, self._flags_vocab = cues, vocab

        def flags_of(w: str) -> int:
            low = w.lower()
            lexeme = vocab[w]  # the token's own lexeme (its ORTH is w's hash)
            f = (lexeme.is_space * _SPACE | lexeme.is_punct * _PUNCT
                 | (w == "(") * _OPEN | (w == ")") * _CLOSE | (w == "-") * _HYPHEN
                 | (w in _WINDOW_STOP) * _STOP | (low in _SKIP_START) * _SKIP_WORD
                 | (low in _BAD_END) * _BAD_END_WORD | (low in cues.suffixes) * _SUFFIX
                 | probe(w)[1] * _ALIVE)  # some key starts with the word
            blocked = f & _SPACE or f & _PUNCT and not f & _OPEN  # never inside a name ...
            if not (blocked and not f & _CLOSE) and not f & _BAD_END_WORD:
                f |= _CAN_END  # ... but a ")" may end one
            if not blocked and not f & _SKIP_WORD and f & _ALIVE:
                f |= _MAY_OPEN
            return f

        return memo_flags(known, orth, index.starts, index.lengths, index.text, flags_of)

    def _prober(self, lex: Any) -> Callable[[str], tuple[Any, bool]]:
        """surface -> (lexicon concept or None, whether some key starts with it), memoized."""
        memo = self._memo
        has_prefix = self._prefixes(lex)
        concept_of = self._concept

        def probe(surface: str) -> tuple[Any, bool]:
            hit = memo.get(surface)
            if hit is None:
                alive = "\n\n" not in surface and has_prefix(fold(surface).lower())
                entry = lex.lookup(surface) if alive else None
                hit = memo[surface] = (None if entry is None else concept_of(entry), alive)
            return hit

        return probe

    def _prefixes(self, lex: Any) -> Callable[[str], bool]:
        """A test 'does any lexicon key start with this folded text', by bisecting sorted keys."""
        if self._prefix_of is not lex:
            made = getattr(lex, "prefix_keys", None)  # the Lexicon keeps them sorted; other lookups do not
            self._sorted_keys = made() if made else sorted({k.lower() for k in lex.keys()})
            self._prefix_of = lex
            self._memo.clear()
            self._flags.clear()
            self._word.clear()
        keys = self._sorted_keys

        def has_prefix(p: str) -> bool:
            k = bisect.bisect_left(keys, p)
            return k < len(keys) and keys[k].startswith(p)

        return has_prefix
