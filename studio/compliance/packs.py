"""Loading rule packs: YAML files a reviewer can read and edit (assets/compliance/packs/).

A pack has rules (patterns, each with a `category:`) and a `semantic:` section that says
how much each claim category matters in its markets (studio.compliance.policy).

The user's own pack (`<data dir>/compliance/user-pack.yaml`) is applied last: it can
add rules, replace a shipped rule by reusing its id, change a rule's severity, or
disable rules. The format is documented in assets/compliance/README.md.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Iterable

from studio import paths
from studio.compliance.model import Pack, PatternSet, Rule, RuleSeverity

USER_PACK_NAME = "user-pack.yaml"
VOCAB_NAME = "vocab.yaml"
RETRACTION = "retraction"        # the vocab family of words that take a claim back
# language -> family name -> words, from vocab.yaml
Families = dict[str, dict[str, tuple[str, ...]]]


class PackError(ValueError):
    """A pack file that cannot be used; the message names the file and the rule."""


def packs_dir() -> Path:
    return paths.assets_dir() / "compliance" / "packs"


def vocab_path(directory: Path | None = None) -> Path:
    """The word families next to the packs folder (assets/compliance/vocab.yaml)."""
    local = (directory or packs_dir()).parent / VOCAB_NAME
    return local if local.exists() else paths.assets_dir() / "compliance" / VOCAB_NAME


def load_families(path: Path) -> Families:
    """vocab.yaml: `families: {name: {lang: [words]}}`, turned around to lang -> name -> words."""
    if not path.exists():
        return {}
    data = read_yaml(path) or {}
    families = data.get("families") if isinstance(data, dict) else None
    if not isinstance(families, dict):
        raise PackError(f"{path}: expected 'families: {{name: {{language: [words]}}}}'")
    out: Families = {}
    for name, by_lang in families.items():
        if not isinstance(by_lang, dict):
            raise PackError(f"{path}: family {name}: map each language to its words")
        for lang, words in by_lang.items():
            out.setdefault(str(lang), {})[str(name)] = str_list(words, f"{path}: family {name}.{lang}")
    # "*" patterns ("No.1", 최고) run in every language: any language's retraction takes them back
    retractions = sorted({w for words in out.values() for w in words.get(RETRACTION, ())})
    if retractions:
        out.setdefault("*", {})[RETRACTION] = tuple(retractions)
    return out


@functools.lru_cache(maxsize=4)
def retraction_words(directory: Path | None = None) -> tuple[str, ...]:
    """Every language's words that take a claim back (vocab.yaml `retraction`), normalized."""
    from studio.compliance.normalize import normalize_phrase

    words = load_families(vocab_path(directory)).get("*", {}).get(RETRACTION, ())
    return tuple(sorted({normalize_phrase(w, fold) for w in words for fold in (False, True)}))


def user_pack_path() -> Path:
    return paths.data_dir() / "compliance" / USER_PACK_NAME


def read_yaml(path: Path) -> Any:
    """A YAML file's data, parsed once per version of the file (rules, the pattern library
    and the semantic policy all read the packs). Callers must not modify what it returns."""
    st = path.stat()
    return _read_yaml_cached(str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=64)
def _read_yaml_cached(path: str, _mtime_ns: int, _size: int) -> Any:
    import yaml

    # libyaml's C parser when the wheel has it: the packs load several times faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        raise PackError(f"{path}: not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise PackError(f"{path}: not UTF-8 text: {exc}") from exc


def str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise PackError(f"{where}: expected a list of phrases")


def _expand(phrases: tuple[str, ...], regexes: tuple[str, ...], lang: str, fold: bool,
            families: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Constructions ({family}, <gap>) become regexes; plain phrases stay phrases."""
    from studio.compliance.matcher import construction_regex, expand_families, is_construction

    plain = tuple(p for p in phrases if not is_construction(p))
    built = tuple(construction_regex(p, lang, fold, families) for p in phrases if is_construction(p))
    return plain, built + tuple(expand_families(r, lang, fold, families) for r in regexes)


def _pattern_set(lang: str, value: Any, where: str, families: Families | None = None,
                 fold: bool = False, negatable: bool = False) -> PatternSet:
    if isinstance(value, (list, str)):
        value = {"phrases": value}
    if not isinstance(value, dict):
        raise PackError(f"{where}: write a list of phrases, or phrases/constructions/regex/except/except_regex")
    unknown = set(value) - {"phrases", "constructions", "regex", "except", "except_regex", BORROWED_FAMILIES}
    if unknown:
        raise PackError(f"{where}: unknown key(s) {sorted(unknown)}")
    # patterns borrowed from a sister language (Malay from Indonesian) use that language's families
    words = (families or {}).get(str(value.get(BORROWED_FAMILIES) or lang), {})
    try:
        phrases, regexes = _expand(str_list(value.get("phrases"), where) +
                                   str_list(value.get("constructions"), where),
                                   str_list(value.get("regex"), where), lang, fold, words)
        exceptions, exception_regexes = _expand(str_list(value.get("except"), where),
                                                str_list(value.get("except_regex"), where), lang, fold, words)
    except KeyError as exc:
        raise PackError(f"{where}: {exc.args[0]}") from None
    if negatable and words.get("negation") and (phrases or regexes):
        from studio.compliance.matcher import denied_question_regex, negation_regex

        exception_regexes += (negation_regex(lang, fold, words["negation"]),
                              denied_question_regex(lang, fold, tuple(words["negation"])))
    if words.get(RETRACTION) and (phrases or regexes):
        from studio.compliance.matcher import retraction_regex

        exception_regexes += (retraction_regex(lang, fold, words[RETRACTION]),)
    return PatternSet(lang=lang, phrases=phrases, regexes=regexes, exceptions=exceptions,
                      exception_regexes=exception_regexes)


def parse_severity(value: Any, where: str) -> RuleSeverity:
    try:
        return RuleSeverity(str(value).lower())
    except ValueError:
        raise PackError(f"{where}: severity must be block, warn or info, not {value!r}") from None


PATTERN_KEYS = ("phrases", "constructions", "regex", "except", "except_regex")
BORROWED_FAMILIES = "families_of"     # set by patterns_from {ms: id}: expand {family} words in Indonesian
# The raw rules of every shipped pack by id: what `patterns_from` borrows from.
Library = dict[str, dict]


def rule_library(files: Iterable[Path]) -> Library:
    out: Library = {}
    for path in files:
        data = read_yaml(path)
        for raw in (data.get("rules") or []) if isinstance(data, dict) else []:
            if isinstance(raw, dict) and "id" in raw:
                out[str(raw["id"])] = raw
    return out


def _pattern_dict(value: Any) -> dict:
    return {"phrases": value} if isinstance(value, (list, str)) else dict(value or {})


def borrow_patterns(data: dict, library: Library | None, where: str) -> dict:
    """`patterns_from: {rule: tiktok.medical-claim, languages: [id, en]}`: the national rule gets
    that rule's patterns in those languages (and its fold_diacritics/negatable unless set),
    merged with its own, so a law is cited once per market without copying the wording."""
    spec = data.get("patterns_from")
    if spec is None:
        return data
    spec = {"rule": spec} if isinstance(spec, str) else spec
    if not isinstance(spec, dict) or "rule" not in spec:
        raise PackError(f"{where}: patterns_from: write {{rule: ID, languages: [...]}}")
    source = (library or {}).get(str(spec["rule"]))
    if source is None or not isinstance(source.get("patterns"), dict):
        raise PackError(f"{where}: patterns_from: no shipped rule {spec['rule']} with patterns")
    own = {str(lang): _pattern_dict(v) for lang, v in (data.get("patterns") or {}).items()}
    wanted = spec.get("languages")
    # [id, en] borrows those languages; {ms: id} borrows Indonesian wording as Malay patterns
    pairs = {str(k): str(v) for k, v in wanted.items()} if isinstance(wanted, dict) else \
        {lang: lang for lang in str_list(wanted, where) or tuple(source["patterns"])}
    for lang, from_lang in pairs.items():
        if from_lang not in source["patterns"]:
            raise PackError(f"{where}: patterns_from: {spec['rule']} has no '{from_lang}' patterns")
        theirs, mine = _pattern_dict(source["patterns"][from_lang]), own.setdefault(lang, {})
        if from_lang != lang:
            mine[BORROWED_FAMILIES] = from_lang
        for key in PATTERN_KEYS:
            merged = list(dict.fromkeys(str_list(mine.get(key), where) + str_list(theirs.get(key), where)))
            if merged:
                mine[key] = merged
    inherited = {k: source[k] for k in ("fold_diacritics", "negatable") if k in source and k not in data}
    return {**data, **inherited, "patterns": own}


def parse_rule(data: Any, pack_id: str, pack_markets: tuple[str, ...], where: str,
               families: Families | None = None, library: Library | None = None, validate: bool = True) -> Rule:
    """validate=False leaves compiling to first use (the shipped packs: tests compile every one of them)."""
    if not isinstance(data, dict) or "id" not in data:
        raise PackError(f"{where}: each rule needs an id")
    rid = str(data["id"])
    where = f"{where}: rule {rid}"
    data = borrow_patterns(data, library, where)
    for key in ("severity", "explanation", "source", "suggestion", "patterns"):
        if not data.get(key):
            raise PackError(f"{where}: missing '{key}'")
    suggestion = data["suggestion"]
    if isinstance(suggestion, str):
        suggestion = {"en": suggestion}
    if not isinstance(suggestion, dict):
        raise PackError(f"{where}: suggestion must be text or a map of language: text")
    if not isinstance(data["patterns"], dict):
        raise PackError(f"{where}: patterns must map a language code (or *) to phrases")
    fold = bool(data.get("fold_diacritics", False))
    negatable = bool(data.get("negatable", False))
    patterns = tuple(_pattern_set(str(lang), value, f"{where}: patterns.{lang}", families, fold, negatable)
                     for lang, value in data["patterns"].items())
    markets = str_list(data.get("markets"), where) or pack_markets
    category = None
    if data.get("category") is not None:
        from studio.compliance.policy import check_category

        category = check_category(data["category"], where)
    rule = Rule(id=rid, severity=parse_severity(data["severity"], where), title=str(data.get("title", rid)),
                explanation=" ".join(str(data["explanation"]).split()),
                source=" ".join(str(data["source"]).split()),
                suggestion={str(k): " ".join(str(v).split()) for k, v in suggestion.items()},
                patterns=patterns, markets=markets, pack=pack_id,
                fold_diacritics=fold, category=category)
    from studio.compliance.matcher import compile_rule

    if not validate:
        return rule
    try:
        compile_rule(rule).compile_all()
    except Exception as exc:  # re.error and friends: name the rule, not a traceback
        raise PackError(f"{where}: a pattern does not compile: {exc}") from exc
    return rule


def load_pack(path: Path, families: Families | None = None, library: Library | None = None,
              validate: bool = True) -> Pack:
    if families is None:
        families = load_families(vocab_path(path.parent))
    if library is None:
        library = rule_library(sorted(path.parent.glob("*.yaml")))
    data = read_yaml(path)
    if not isinstance(data, dict) or not ({"rules", "semantic"} & set(data)):
        raise PackError(f"{path}: a pack needs 'id', 'markets' and 'rules' (or a 'semantic' section)")
    pack_id = str(data.get("id") or path.stem)
    markets = str_list(data.get("markets"), f"{path}: markets")
    if not markets:
        raise PackError(f"{path}: list the markets the pack applies to")
    rules = [parse_rule(r, pack_id, markets, str(path), families, library, validate) for r in data.get("rules") or []]
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise PackError(f"{path}: rule id(s) used twice: {', '.join(dupes)}")
    from studio.compliance.policy import parse_semantic

    parse_semantic(data.get("semantic"), pack_id, str(path))   # a broken section fails the load, named
    return Pack(id=pack_id, name=str(data.get("name", pack_id)), markets=markets, rules=rules, path=str(path))


# Checks that are not pattern rules but may still be disabled from a user pack.
BUILT_IN_CHECK_IDS = frozenset({"disclosure.opening"})


def disabled_ids(user_pack: Path | None | bool = True) -> frozenset[str]:
    """The ids a user pack disables (empty without a user pack)."""
    if user_pack is True:
        user_pack = user_pack_path()
    if not isinstance(user_pack, Path) or not user_pack.exists():
        return frozenset()
    data = read_yaml(user_pack) or {}
    return frozenset(str_list(data.get("disable"), f"{user_pack}: disable")) if isinstance(data, dict) else frozenset()


def apply_user_pack(rules: dict[str, Rule], path: Path, families: Families | None = None,
                    library: Library | None = None) -> dict[str, Rule]:
    """Rules after the user's pack: added/replaced rules, severity changes, disabled ids."""
    import dataclasses

    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise PackError(f"{path}: expected keys disable, severity, markets, rules")
    out = dict(rules)
    markets = str_list(data.get("markets"), f"{path}: markets")
    for raw in data.get("rules") or []:
        rule = parse_rule(raw, "user", markets, str(path), families, library)
        if not rule.markets:
            raise PackError(f"{path}: rule {rule.id}: say which markets it applies to")
        out[rule.id] = rule
    for rid, value in (data.get("severity") or {}).items():
        if rid not in out:
            raise PackError(f"{path}: severity: no rule with id {rid}")
        out[rid] = dataclasses.replace(out[rid], severity=parse_severity(value, f"{path}: severity.{rid}"))
    for rid in str_list(data.get("disable"), f"{path}: disable"):
        if rid in BUILT_IN_CHECK_IDS:
            continue
        if rid not in out:
            raise PackError(f"{path}: disable: no rule with id {rid}")
        del out[rid]
    return out


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path), st.st_mtime_ns, st.st_size


def load_rules(directory: Path | None = None, user_pack: Path | None | bool = True) -> list[Rule]:
    """Every shipped rule, then the user's pack (True: the default path if it exists).

    Parsing and compiling take a few hundred ms, so results are reused until a file changes
    (a reviewer's edit is picked up by the next Checker)."""
    directory = directory or packs_dir()
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise PackError(f"no rule packs in {directory}")
    if user_pack is True:
        user_pack = user_pack_path()
    user = user_pack if isinstance(user_pack, Path) and user_pack.exists() else None
    vocab = vocab_path(directory)
    key = tuple(_stamp(p) for p in files) + ((_stamp(user),) if user else ()) + \
        ((_stamp(vocab),) if vocab.exists() else ())
    return list(_load_rules_cached(key, tuple(files), user, vocab))


@functools.lru_cache(maxsize=8)
def _load_rules_cached(key: tuple, files: tuple[Path, ...], user_pack: Path | None,
                       vocab: Path) -> tuple[Rule, ...]:
    families = load_families(vocab)
    library = rule_library(files)
    shipped = bool(files) and files[0].parent == packs_dir()    # compiled on first use, tested in CI
    rules: dict[str, Rule] = {}
    for path in files:
        for rule in load_pack(path, families, library, validate=not shipped).rules:
            if rule.id in rules:
                raise PackError(f"{path}: rule id {rule.id} is also in pack {rules[rule.id].pack}")
            rules[rule.id] = rule
    if user_pack is not None:
        rules = apply_user_pack(rules, user_pack, families, library)
    return tuple(rules.values())


def semantic_policy(markets, directory: Path | None = None, user_pack: Path | None | bool = True):
    """market -> category -> SemanticPolicy: see studio.compliance.policy."""
    from studio.compliance.policy import semantic_policy as merged

    return merged(markets, directory, user_pack)
