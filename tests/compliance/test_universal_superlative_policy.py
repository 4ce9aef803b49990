"""A superlative stated as fact needs proof wherever no national pack says otherwise (ICC Code art. 8): the Gulf,
Malaysia, Singapore, India... warn; the US keeps obvious puffery off; CN's ban on absolute terms still blocks.
Held-out sets 25-27 missed "the fastest office printer in the Saudi market" (SA) and its like: the universal
policy had the category off, as puffery."""

from __future__ import annotations

from studio.compliance.policy import semantic_policy
from studio.compliance.model import RuleSeverity


def test_a_factual_superlative_is_warned_where_no_national_pack_decides():
    policy = semantic_policy("SA,QA,MY,SG,IN,PH,CL,JP", user_pack=False)
    for market, categories in policy.items():
        assert categories["absolute_superlative"].severity == RuleSeverity.WARN, market


def test_us_puffery_stays_off_and_china_still_blocks():
    policy = semantic_policy("US,CN", user_pack=False)
    assert policy["US"]["absolute_superlative"].severity is None
    assert policy["CN"]["absolute_superlative"].severity == RuleSeverity.BLOCK


def test_the_warning_tells_how_to_say_it():
    suggestion = semantic_policy("SA", user_pack=False)["SA"]["absolute_superlative"].suggestion
    assert "source and period" in str(suggestion)
