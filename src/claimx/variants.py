"""Surface-form folding and variant generation for lexicon keys.

`fold()` is applied both to every generated variant at load time and to every
surface string looked up, so "TGF-β", "TGF-beta", "TGFβ" and "TGF beta" meet
on one key. What folding cannot express (Latin letters for Greek ones,
plurals) is produced by `variants()` at load time, never at lookup time.
"""

from __future__ import annotations

import re
from functools import lru_cache

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu",
    "µ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma",
    "τ": "tau", "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}
GREEK.update({k.upper(): v for k, v in list(GREEK.items()) if k.upper() != k and k not in "µς"})
# Greek names that papers also write as one Latin letter (TGF-B, IFN-g, NF-kB).
GREEK_LETTER = {"alpha": "a", "beta": "b", "gamma": "g", "delta": "d", "kappa": "k", "epsilon": "e"}

# Step 1: one dash, one apostrophe, one space.
_UNIFY = str.maketrans(
    {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"}
    | {c: "'" for c in "\u2018\u2019\u02bc\u2032`"}
    | {c: " " for c in "\u00a0\u2009\u200a\u202f\t\n\r"}
)
# Step 3: separators vanish ("TGF-β" == "TGF β" == "TGFβ"), Greek letters become names.
_SQUASH = str.maketrans({" ": None, "-": None, "_": None, **GREEK})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_POSITIVE = re.compile(r"\s*\(\+\)|(?<=[\w)])[-\s]?positive\b|(?<=[\w)])\s+\+", re.IGNORECASE)
_NEGATIVE = re.compile(r"\s*\((?:-|neg)\)|(?<=[\w)])[-\s]?negative\b", re.IGNORECASE)
_GREEK_WORD = re.compile(r"(?<![a-z])(alpha|beta|gamma|delta|kappa|epsilon)(?![a-z])", re.IGNORECASE)
_GREEK_CHAR = re.compile("[" + "".join(k for k, v in GREEK.items() if v in GREEK_LETTER) + "]")
_ALNUM = re.compile(r"[^\W_]")
# A leading function word keeps its space, so "a PD-L1" never folds into "aPD-L1" (anti-PD-L1).
_LEADING_WORD = re.compile(r"^(?:a|an|the|of|and|or|in|on|to|by|with|for|at|as|is|via|vs)\s+(?=\S)", re.IGNORECASE)

PLURAL_TYPES = frozenset({"cell", "therapy", "agent", "disease", "process", "outcome", "trial", "cytokine"})
ENGLISH_ZIPF = 3.0  # a symbol whose lower case is at least this common is an English word


def fold(surface: str) -> str:
    """Fold a surface string to its case-preserving lexicon key."""
    # ASCII text meets only the ASCII keys of the two tables: "\t\n\r`" in _UNIFY, " -_" in _SQUASH;
    # plain str methods do their work several times faster than translate's per-character look-ups.
    if surface.isascii() and not ("\t" in surface or "\n" in surface or "\r" in surface or "`" in surface):
        s = surface.strip()
    else:
        s = surface.translate(_UNIFY).strip()
    if "'" in s:
        s = _POSSESSIVE.sub("", s)
    if "+" in s or "(" in s or "itive" in s or "ative" in s:
        s = _NEGATIVE.sub("", _POSITIVE.sub("+", s))
    if " " in s and s[0] in "aAtToOiIbBwWfFvV" and _LEADING_WORD.match(s):
        s = _LEADING_WORD.sub(lambda m: m.group(0).rstrip() + "\u2423", s)
    if s.isascii():
        return s.replace(" ", "").replace("-", "").replace("_", "")
    return s.translate(_SQUASH)


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True for a word common enough in English that it must not match as a symbol."""
    from wordfreq import zipf_frequency  # only lexicon builds get here: not imported at start-up

    return zipf_frequency(word.lower(), "en") >= ENGLISH_ZIPF


def is_case_sensitive(key: str) -> bool:
    """Whether a folded key must match with its case intact.

    Short symbols and all-caps symbols up to 4 characters ("NO" nitric oxide
    vs "no", "OS" vs "os"), and symbols that spell an English word.
    """
    core = key if key.isalnum() else "".join(_ALNUM.findall(key))
    if len(core) <= 2:
        return True
    if core.islower() or not any(c.isupper() for c in core):
        return False
    if len(core) <= 4 and not any(c.islower() for c in core):
        return True
    # Only symbol-shaped letters-only keys can be English words; skip phrases and digits.
    return key.isalpha() and is_english_word(key)


def _plural(word: str) -> str:
    if word.isupper() or word[-1].isdigit() or word.endswith("+"):
        return word + "s"
    lower = word.lower()
    if lower.endswith("sis"):
        return word[:-2] + "es"
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _singulars(word: str) -> list[str]:
    lower = word.lower()
    if len(lower) < 4 or lower.endswith(("ss", "us", "is")) or not lower.endswith("s"):
        return []
    if lower.endswith("ies"):
        return [word[:-3] + "y"]
    if lower.endswith("ses"):
        return [word[:-1], word[:-2] + "is"]  # diseases -> disease, metastases -> metastasis
    return [word[:-1]]


def variants(synonym: str, type_: str) -> set[str]:
    """Surface variants of one synonym (unfolded; the caller folds them)."""
    out = {synonym}
    if type_ not in PLURAL_TYPES and synonym.isascii() and not _GREEK_WORD.search(synonym):
        return out  # the common case (gene names and symbols): nothing to vary
    symbol_like = " " not in synonym.strip() and len(synonym) <= 14
    if symbol_like and (_GREEK_CHAR.search(synonym) or _GREEK_WORD.search(synonym)):
        for upper in (True, False):
            def letter(m: re.Match[str], upper: bool = upper) -> str:
                name = GREEK.get(m.group(0), m.group(0)).lower()
                return GREEK_LETTER[name].upper() if upper else GREEK_LETTER[name]

            out.add(_GREEK_WORD.sub(letter, _GREEK_CHAR.sub(letter, synonym)))
    if type_ in PLURAL_TYPES:
        for form in list(out):
            head, _, last = form.rpartition(" ")
            if not last or not last[-1].isalnum() and not last.endswith("+"):
                continue
            singles = _singulars(last)
            if not singles:
                out.add(f"{head} {_plural(last)}" if head else _plural(last))
            for single in singles:
                out.add(f"{head} {single}" if head else single)
    return out


def keys(synonym: str, type_: str) -> list[tuple[str, bool]]:
    """Folded keys of a synonym and its variants, each with its case-sensitivity."""
    found: dict[str, bool] = {}
    for form in variants(synonym, type_):
        key = fold(form)
        if key:
            cs = is_case_sensitive(key)
            found[key if cs else key.lower()] = cs
    return sorted(found.items())


def word_count(surface: str) -> int:
    """Word and punctuation pieces of a surface form: an upper bound on its spaCy tokens."""
    return len(re.findall(r"[^\W_]+|[^\w\s]", surface))
