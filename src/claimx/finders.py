"""The construction finders that run after a sentence's verb pass, in order.

claims.py emits what they return like its verb claims; the first claim for a (subject,
object, predicate) wins, so the order is the rules' precedence.
"""

from __future__ import annotations

from claimx.constructions import Construction, appositive, temporal
from claimx.coordination import Group
from claimx.cues import CueSet
from claimx.effects import effect_claims, effect_words
from claimx.means import directed_means, means_claims, means_words
from claimx.nominals import agent_nominals, role_compounds, start_words
from claimx.operator_appositives import operator_appositives
from claimx.polar import polar_nouns
from claimx.responses import FIRST_WORDS, responses
from claimx.role_activities import role_activities, role_activity_words
from claimx.roles import load_roles
from claimx.tokview import SentView
from claimx.transforms import transform_words, transformations


def gate_words(cues: CueSet) -> frozenset[str]:
    """Words the noun-phrase finders start from: the verb pass collects them as it goes."""
    # the appositive's "negative regulator"; the means nouns ("through the production of Z")
    return (start_words(cues) | FIRST_WORDS | polar_nouns() | means_words() | transform_words() | effect_words()
            | role_activity_words())


def constructions(sent: SentView, ents, groups: list[Group], cues: CueSet, done: set[int],
                  marked: list) -> list[Construction]:
    """Temporal, appositive, means, transformation, effect, agent-nominal, role-compound and response
    claims of a sentence."""
    found = temporal(sent, ents, groups, cues, done) + appositive(sent, groups, cues) + means_claims(sent, ents, groups, marked)
    found += transformations(sent, ents, groups, sent.marked)  # "transformation" may lie inside a mention
    found += directed_means(sent, groups, cues) + effect_claims(sent, groups) + operator_appositives(sent, groups, cues)
    if not marked:
        return found  # most sentences have no noun cue, role noun or response phrase
    return (found + agent_nominals(sent, ents, groups, cues, done, marked)
            + role_compounds(sent, ents, groups, cues, marked) + responses(sent, ents, groups, cues, marked)
            + role_activities(sent, groups, load_roles(), marked))
