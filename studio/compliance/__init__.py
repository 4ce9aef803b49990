"""Compliance: rule packs per market, a checker for scripts and live captions, disclosure.

    from studio.compliance import Checker
    findings = Checker(["US", "DE"]).check_text("Clinically proven, today only!", lang="en")

Packs are YAML in assets/compliance/packs/ (see its README); the user's own pack in the
data folder adds, replaces or disables rules. Nothing here imports Qt.
"""

from studio.compliance.checker import Checker, UnknownMarketError, by_script_line
from studio.compliance.model import Finding, Rule, RuleSeverity, TextRole
from studio.compliance.packs import PackError, load_rules, user_pack_path

__all__ = ["Checker", "Finding", "PackError", "Rule", "RuleSeverity", "TextRole", "UnknownMarketError",
           "by_script_line", "load_rules", "user_pack_path"]
