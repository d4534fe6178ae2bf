"""Build the claimx spaCy pipeline: scispaCy tokenizer, sentences, abbreviations, entities, claims."""

from __future__ import annotations

import functools
import re
import warnings
from pathlib import Path
from types import SimpleNamespace

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.lang.char_classes import ALPHA_LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_lang_class

from claimx.alternation import Alternation
from claimx.capital_stops import CapitalStops
from claimx.cues import CueSet, cues_dir, read_rows
from claimx.errors import BadLexicon
from claimx.sentences import SentenceSplitter

# "TGF-β-induced" must split so the cytokine is a token of its own; the suffix is a claim cue.
_SUFFIX_INFIX = r"-(?=(?:{})\b)"
_SLASH = r"(?<=[^\W_])/(?=[^\W_])"
# "p27(-/-)", "LMP1(TRADD)": scispaCy keeps "p27(-/-" as one token and splits only the ")".
_OPEN_GLUED = r"(?<=[^\W_])\((?=[^\s()]+$)"  # the ")" is already split off as a suffix
# A sentence's full stop after a name ending in one capital ("TrkA.", "NaF.", "NF-kappaB.", "VEGF-C.", "5 nM."):
# scispaCy splits it only after two capitals or a lowercase letter. Abbreviations that keep their stop
# ("Ph.D.", "U.S.", "e.g.") are special cases or end in ".X.", which this leaves alone.
_GLUED_STOP = r"\.(?<=[{}\-][A-Z]\.)$".format(ALPHA_LOWER)  # "." first: the look-behind runs only at a stop
# "Tunicamycin-treatment", "insulin-treated": a tail of tokenizer.tsv after a name (a word
# character, "+", ")" or "]" before the hyphen), unless the compound starts with a prefix it keeps.
_TAIL_INFIX = r"-(?<=[\w+)\]]-){keep}(?=(?:{tails})\b)"  # "-" first: the look-behinds run only at a hyphen
_WORDS = "tokenizer.tsv"

if not Doc.has_extension("claimx_breaks"):
    Doc.set_extension("claimx_breaks", default=())
if not Doc.has_extension("claimx_skips"):
    Doc.set_extension("claimx_skips", default=())

_TEXT_KEY = "claimx_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy rebuilds it from a Token object per token on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def set_doc_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was tokenized from (the tokenizer keeps it verbatim)."""
    doc.user_data[_TEXT_KEY] = text


def tokenizer_words(directory: Path | None = None) -> dict[str, list[str]]:
    """The word lists of tokenizer.tsv by kind (tail, keep, initial), checked."""
    path = (directory or cues_dir()) / _WORDS
    out: dict[str, list[str]] = {"tail": [], "keep": [], "initial": []}
    for lineno, (kind, word) in read_rows(path, ("kind", "word")):
        if kind not in out or not word.isalpha() or not word.islower():
            raise BadLexicon(f"{path}:{lineno}: expected a kind ({', '.join(out)}) and a lowercase word, "
                             f"got {kind!r} {word!r}")
        out[kind].append(word)
    return out


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


class AffixMemo:
    """A tokenizer's prefix_search, suffix_search or infix_finditer, remembered per string.

    These regexes are most of the tokenizer's time: spaCy's chunk cache stops filling at a
    document's first special case ("e.g."), so it asks again for every later chunk, though a
    document holds few distinct ones. The regexes are pure, so the answers are the same.
    `__self__` is what the method is bound to, a compiled pattern or an Alternation: spaCy
    serializes its `pattern`.
    """

    # Strings remembered before the memo is emptied: the 300 CG abstracts ask ~14k distinct ones
    # per function (~6 MB in all); this bounds the memory on huge corpora to ~15 MB.
    LIMIT = 30_000

    def __init__(self, method, listed: bool = False):
        self.method = method
        self.listed = listed  # finditer: its matches as a list (spaCy lists them anyway)
        self.__self__ = method.__self__
        self._memo: dict[str, object] = {}

    def __call__(self, string: str):
        memo = self._memo
        found = memo.get(string, memo)
        if found is memo:
            if len(memo) > self.LIMIT:
                memo.clear()
            found = memo[string] = list(self.method(string)) if self.listed else self.method(string)
        return found

    def __reduce__(self):
        return (AffixMemo, (self.method, self.listed))


def make_tokenizer(nlp: Language, cues: CueSet):
    """scispaCy's biomedical tokenizer, plus a split before '-induced', '-mediated', ..., '-treated'."""
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        # scispaCy loads the language's ~5,500 special cases plus its own abbreviations (~0.3 s a
        # load); handed none of the language's, it loads only its own, and the union (what it
        # would have held: the language's, updated with its own) is loaded once below.
        bare = SimpleNamespace(vocab=nlp.vocab, tokenizer=nlp.tokenizer,
                               Defaults=SimpleNamespace(tokenizer_exceptions={}))
        tok = combined_rule_tokenizer(bare)
        # Operator words attached by a hyphen ("CSF-1R-blocking", "MDSC-targeting") split too.
        attached = [w[1:] for pos, words in cues.operators for w in words if pos == "after" and w.startswith("-")
                    and w[1:].isalpha()]
        suffixes = _alternatives([*cues.suffix_forms(), *attached])
        words = tokenizer_words()
        # a look-behind per prefix: Python's must have a fixed width
        keep = "".join(r"(?<!\b{}{}-)".format(f"[{w[0]}{w[0].upper()}]", re.escape(w[1:])) for w in words["keep"])
        tail_infix = _TAIL_INFIX.format(keep=keep, tails=_alternatives(words["tail"]))
        # In front of scispaCy's compiled patterns, not compiled again with them (alternation.py).
        infix = Alternation(re.compile("|".join([_SUFFIX_INFIX.format(suffixes), tail_infix, _SLASH, _OPEN_GLUED])),
                            tok.infix_finditer.__self__)
        suffix = Alternation(re.compile(_GLUED_STOP), tok.suffix_search.__self__)
        # Each setter reloads the special cases; with none held the reloads are free, and the
        # one load at the end gives what a load after the last setter would.
        rules = {**nlp.Defaults.tokenizer_exceptions, **tok.rules}
        tok.rules = {}
        tok.infix_finditer = AffixMemo(infix.finditer, listed=True)
        tok.suffix_search = AffixMemo(suffix.search)
        tok.prefix_search = AffixMemo(tok.prefix_search)
        tok.rules = rules
    return CapitalStops(tok, frozenset(words["initial"]))


@Language.factory("claimx_sentences", default_config={})
def make_sentencizer(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


# A blank line and the whitespace after it: tokenization never joins text across one.
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
MIN_PIECE = 1000  # characters: shorter texts are tokenized in one call


def make_doc(nlp: Language, text: str) -> Doc:
    """nlp.make_doc(text), tokenized a paragraph at a time: the same tokens, faster.

    Only the first token's sentence start may differ (the tokenizer leaves it 1 or 0 depending
    on its special-case pass): claimx_sentences, first in the pipeline, sets every one.

    spaCy's tokenizer stops caching a document's chunks at the first special case it meets
    ("e.g.", "Fig."), so a long document is split afresh almost chunk by chunk; restarting at
    each paragraph keeps most chunks cached. Pieces end after a blank line and all the
    whitespace that follows, where the tokenizer's output cannot depend on what comes next
    (tokens never span whitespace, and no special case holds more than one whitespace
    character), so concatenating the pieces' tokens gives the whole text's.
    """
    tokenizer = nlp.tokenizer
    cuts = [0]
    for m in _PARAGRAPH_END.finditer(text):
        if m.end() - cuts[-1] >= MIN_PIECE and m.end() < len(text):
            cuts.append(m.end())
    if len(cuts) == 1:
        return tokenizer(text)
    cuts.append(len(text))
    rows = numpy.concatenate([tokenizer(text[a:b]).to_array([ORTH, SPACY, NORM]) for a, b in zip(cuts, cuts[1:])])
    # Rebuilt from ORTH ids, which Doc takes for words: no string is sliced or hashed again.
    doc = Doc(nlp.vocab, words=rows[:, 0].tolist(), spaces=rows[:, 1].astype(bool).tolist())
    doc.from_array([NORM], rows[:, 2:])  # special cases may set a token's norm
    return doc


class _DeferredTokenizer:
    """Holds spaCy's default tokenizer's place until make_tokenizer replaces it.

    The language would build the default English tokenizer (~0.4 s of special cases) only for
    scispaCy to build its own; scispaCy reads nothing of it but `token_match`.
    """

    def __init__(self, nlp: Language):
        self.token_match = nlp.Defaults.token_match

    def __call__(self, text: str) -> Doc:
        raise RuntimeError("the claimx tokenizer has not been set on this pipeline")


@functools.lru_cache(maxsize=4)
def build_nlp(lexicon_dir: str | None = None, extra: tuple[str, ...] = (), model: str | None = None) -> Language:
    """The default pipeline (no trained model needed); cached per lexicon set.

    `model` names an installed spaCy pipeline (or its folder) whose parser then gives the
    subjects and objects of verb cues; see claimx.parse_arguments.
    """
    from claimx.cues import load_cues
    from claimx.lexicon import default_lexicon, load_lexicon

    cues = load_cues()
    if model:
        nlp = load_parser(model)
    else:
        # The language class itself: spacy.blank would also fill and validate a training config
        # (~0.03 s) that nothing here reads.
        nlp = get_lang_class("en")(create_tokenizer=_DeferredTokenizer)
    nlp.tokenizer = make_tokenizer(nlp, cues)
    nlp.add_pipe("claimx_sentences", first=True)
    import claimx.abbreviations  # noqa: F401  (registers the factory)

    nlp.add_pipe("claimx_abbreviations")
    import claimx.entities  # noqa: F401

    ents = nlp.add_pipe("claimx_entities")
    from pathlib import Path

    if lexicon_dir is None and not extra:
        ents.lexicon = default_lexicon()  # the one normalization uses: loaded once per process, not twice
    else:
        ents.lexicon = load_lexicon(Path(lexicon_dir) if lexicon_dir else None, [Path(p) for p in extra])
    import claimx.claims  # noqa: F401  (registers the factory when no entry points are installed)

    nlp.add_pipe("claimx_claims")
    return nlp


def load_parser(model: str) -> Language:
    """A user's spaCy pipeline with a dependency parser; its NER is left out (claimx finds the entities)."""
    from claimx.errors import ClaimxError

    try:
        nlp = spacy.load(model, exclude=["ner"])
    except (OSError, ImportError, ValueError) as exc:
        raise ClaimxError(f"--model {model}: cannot load this spaCy pipeline ({str(exc).splitlines()[0]}); "
                          "install it (e.g. pip install <package>) or leave --model out") from None
    if "parser" not in nlp.pipe_names:
        raise ClaimxError(f"--model {model}: the pipeline has no dependency parser (it has: "
                          f"{', '.join(nlp.pipe_names) or 'no components'})")
    return nlp


def parser_name(nlp: Language) -> str | None:
    """'name-version' of the parser pipeline a claimx pipeline was built on, or None."""
    if "parser" not in nlp.pipe_names:
        return None
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
