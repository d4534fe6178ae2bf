"""Every cue file under lexicons/cues read by its own loader, so that `claimx lexicon check` reports a
bad row in any of them (most loaders run only when a rule first needs them, mid-extraction)."""

from __future__ import annotations

from pathlib import Path

from claimx.cues import load_cues, suffix_heads
from claimx.effect_operands import load_operand_nouns
from claimx.effects import load_effects
from claimx.entity_patterns import load_patterns
from claimx.materials import load_materials
from claimx.means import load_means
from claimx.nominals import load_role_nouns
from claimx.pipeline import tokenizer_words
from claimx.polar import load_polar, load_steps
from claimx.raising import raising_words
from claimx.role_activities import load_role_activities
from claimx.roles import load_roles
from claimx.shapes import load_shapes
from claimx.states import load_states
from claimx.study_heads import load_study_heads
from claimx.transforms import load_transforms
from claimx.treatments import load_treatments
from claimx.viruses import load_virus_words

LOADERS = (load_cues, load_operand_nouns, load_effects, load_materials, load_means, load_role_nouns, load_polar,
           load_steps, raising_words, load_role_activities, load_roles, load_states, load_study_heads,
           load_transforms, load_treatments, load_virus_words, suffix_heads, tokenizer_words)


def check_cue_files(directory: Path | None = None) -> None:
    """Load every cue file (from `directory`, else the packaged ones); a bad row raises BadLexicon."""
    for load in LOADERS:
        load(directory)
    load_patterns(directory / "entity_patterns.tsv" if directory else None)
    load_shapes(directory / "entity_shapes.tsv" if directory else None)
