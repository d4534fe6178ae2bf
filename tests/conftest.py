"""Shared fixtures: stable terminal width, the claim factory of tests/factory.py."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("COLUMNS", "120")
os.environ["NO_COLOR"] = "1"

from factory import make_claim  # noqa: E402


@pytest.fixture
def claim_factory():
    return make_claim
