"""Shipped rule patterns are compiled per language on first use (a studio's start-up), and every one
of them compiles: this test is their validation, since loading the shipped packs no longer compiles
them (a user's pack still is, at load: test_packs.test_broken_user_pack_names_the_problem)."""

from __future__ import annotations

from studio.compliance import packs
from studio.compliance.matcher import CompiledRule, compile_rule


def test_every_shipped_pattern_compiles_in_every_language():
    rules = packs.load_rules(user_pack=False)
    assert len(rules) > 40
    for rule in rules:
        compiled = CompiledRule(rule)
        compiled.compile_all()
        for lang in compiled.languages():
            assert compiled[lang] is compiled.get(lang)


def test_a_rule_compiles_only_the_languages_asked_for():
    rule = next(r for r in packs.load_rules(user_pack=False) if len(r.patterns) >= 5)
    compiled = CompiledRule(rule)
    first = compiled.languages()[0]
    assert compiled.get(first) is not None
    assert list(compiled._compiled) == [first]                  # noqa: SLF001 (white box: what ran)
    assert compiled.get("xx") is None and "xx" not in compiled


def test_loading_the_shipped_packs_compiles_nothing_yet():
    packs._load_rules_cached.cache_clear()                        # noqa: SLF001 (a fresh start-up)
    compile_rule.cache_clear()
    rules = packs.load_rules(user_pack=False)
    assert not any(compile_rule(r)._compiled for r in rules)     # noqa: SLF001
