"""Shared fixtures: stable terminal width, a tiny claim factory."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("COLUMNS", "120")
os.environ["NO_COLOR"] = "1"

from claimx.model import Argument, Claim, DocRef, Evidence  # noqa: E402


def make_claim(path: str = "a.txt", subject: str = "IL-6", obj: str = "T cells", predicate: str = "increases",
               start: int = 0, negated: bool = False, op: str | None = None) -> Claim:
    """A small but complete claim whose spans are consistent with `subject verb obj`."""
    s_end = start + len(subject)
    o_start = s_end + 10
    return Claim(
        doc=DocRef(path, "0" * 64),
        subject=Argument(subject, subject, "cytokine", f"claimx:{subject}", ("MESH:D015850",), (start, s_end), op),
        predicate=predicate,
        object=Argument(obj, obj, "cell", f"claimx:{obj}", (), (o_start, o_start + len(obj))),
        evidence=Evidence(f"{subject} increases {obj}.", (start, o_start + len(obj) + 1), None),
        negated=negated,
    )


@pytest.fixture
def claim_factory():
    return make_claim
