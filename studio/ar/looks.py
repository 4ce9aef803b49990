"""The look catalog: every try-on look a product can name (`studio looks` lists them).

Two kinds of entries, both plain files a merchant can write (docs/tryon-items.md):
- shade files (`*.shades.toml`): makeup as colour values, one line per shade, e.g.
      [lipstick]
      ruby-matte = { name = "Ruby", color = "#9B1B30", finish = "matte" }
  gives the look id `lipstick:ruby-matte`.
- item files (`*.item.toml`): an accessory image (transparent PNG, or SVG for the
  built-ins drawn by this project) plus the image points that sit on the face's
  anchor points, and a scale.
Built-ins live in assets/tryon/; a merchant's own files go in <data dir>/tryon/.
Loaded on any thread; the catalog is immutable once built.
"""

from __future__ import annotations

import enum
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from studio import paths

log = logging.getLogger(__name__)


class LookKind(enum.Enum):
    LIPSTICK = "lipstick"
    BLUSH = "blush"
    EYESHADOW = "eyeshadow"
    EYELINER = "eyeliner"
    BROW = "brow"
    GLASSES = "glasses"
    SUNGLASSES = "sunglasses"
    EARRINGS = "earrings"
    HAT = "hat"
    HEADBAND = "headband"

    @property
    def is_makeup(self) -> bool:
        return self in MAKEUP_KINDS


MAKEUP_KINDS = {LookKind.LIPSTICK, LookKind.BLUSH, LookKind.EYESHADOW, LookKind.EYELINER, LookKind.BROW}
# Which face anchors an item's two image points are pinned to.
PAIR_MOUNTS = {LookKind.GLASSES: "eyes", LookKind.SUNGLASSES: "eyes", LookKind.HAT: "temples",
               LookKind.HEADBAND: "temples"}


class Finish(enum.Enum):
    MATTE = "matte"       # no added shine; the lips' own highlights are toned down
    SATIN = "satin"
    GLOSS = "gloss"       # a wet highlight on top of the colour


# How much of the shade covers the lips when a shade file does not say (texture still shows).
DEFAULT_OPACITY = {LookKind.LIPSTICK: 0.65, LookKind.BLUSH: 0.35, LookKind.EYESHADOW: 0.45,
                   LookKind.EYELINER: 0.85, LookKind.BROW: 0.45}


class LookError(ValueError):
    """A catalog file that cannot be used; the message names the file and the fix."""


@dataclass(frozen=True)
class MakeupSpec:
    color_rgb: tuple[int, int, int]
    opacity: float
    finish: Finish = Finish.SATIN


@dataclass(frozen=True)
class ItemSpec:
    """An accessory image and how it sits on the face.

    anchors_px: image points (in the image's own pixels) pinned to the face:
    glasses/sunglasses: "left"/"right" on the pupils; hat/headband: "left"/"right" on the
    temples; earrings: "hook" on the earlobe (one image, drawn on both ears).
    scale: 1.0 pins the points exactly; earrings: the image's width in inter-pupil distances.
    """

    image_path: Path
    anchors_px: dict[str, tuple[float, float]]
    scale: float = 1.0
    temple_left_px: tuple[float, float] | None = None     # glasses hinges, for the side arms
    temple_right_px: tuple[float, float] | None = None
    temple_color_rgb: tuple[int, int, int] = (40, 40, 40)
    temple_width_px: float = 6.0                            # in the image's pixels
    mirror_right: bool = True                               # earrings: mirror the image on the other ear


@dataclass(frozen=True)
class Look:
    id: str
    name: str
    kind: LookKind
    source: Path
    makeup: MakeupSpec | None = None
    item: ItemSpec | None = None


def parse_color(text: str, where: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"#?([0-9a-fA-F]{6})", str(text).strip())
    if not m:
        raise LookError(f"{where}: colour '{text}' is not #RRGGBB (for example #9B1B30)")
    value = m.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _kind(text: str, where: str) -> LookKind:
    try:
        return LookKind(str(text).strip().lower())
    except ValueError:
        kinds = ", ".join(k.value for k in LookKind)
        raise LookError(f"{where}: unknown kind '{text}'; use one of {kinds}") from None


def load_shades(path: Path) -> list[Look]:
    """Makeup looks from a shade file: one table per kind, one entry per shade."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LookError(f"{path}: not a valid TOML shade file ({exc})") from None
    looks = []
    for kind_name, shades in data.items():
        kind = _kind(kind_name, str(path))
        if not kind.is_makeup or not isinstance(shades, dict):
            raise LookError(f"{path}: [{kind_name}] is not a makeup kind; accessories use *.item.toml files")
        for shade_id, entry in shades.items():
            where = f"{path} [{kind_name}] {shade_id}"
            if not isinstance(entry, dict) or "color" not in entry:
                raise LookError(f"{where}: write {{ name = \"...\", color = \"#RRGGBB\" }}")
            try:
                finish = Finish(entry.get("finish", "satin"))
            except ValueError:
                raise LookError(f"{where}: finish must be matte, satin or gloss") from None
            opacity = float(entry.get("opacity", DEFAULT_OPACITY[kind]))
            if not 0.0 < opacity <= 1.0:
                raise LookError(f"{where}: opacity must be between 0 and 1")
            looks.append(Look(f"{kind.value}:{shade_id}", str(entry.get("name", shade_id)), kind, path,
                              makeup=MakeupSpec(parse_color(entry["color"], where), opacity, finish)))
    return looks


def _point(value, where: str) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)):
        raise LookError(f"{where}: a point is [x, y] in the image's pixels")
    return float(value[0]), float(value[1])


def load_item(path: Path) -> Look:
    """An accessory look from an item file (anchor points + scale) beside its image."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LookError(f"{where}: not a valid TOML item file ({exc})") from None
    for key in ("id", "kind", "image", "anchors"):
        if key not in data:
            raise LookError(f"{where}: missing '{key}' (see docs/tryon-items.md)")
    kind = _kind(data["kind"], where)
    if kind.is_makeup:
        raise LookError(f"{where}: {kind.value} is makeup; write it as a colour in a *.shades.toml file")
    look_id = str(data["id"])
    if not look_id.startswith(kind.value + ":"):
        raise LookError(f"{where}: id '{look_id}' must start with '{kind.value}:'")
    image = (path.parent / str(data["image"])).resolve()
    if not image.is_file():
        raise LookError(f"{where}: image '{data['image']}' not found beside the item file")
    anchors = {name: _point(v, f"{where} anchors.{name}") for name, v in dict(data["anchors"]).items()}
    needed = ("hook",) if kind is LookKind.EARRINGS else ("left", "right")
    missing = [n for n in needed if n not in anchors]
    if missing:
        raise LookError(f"{where}: a {kind.value} item needs anchors {', '.join(needed)}")
    scale = float(data.get("scale", 1.0))
    if not 0.05 <= scale <= 20:
        raise LookError(f"{where}: scale {scale} is out of range (0.05–20)")
    temples = dict(data.get("temples", {}))
    item = ItemSpec(
        image, anchors, scale,
        temple_left_px=_point(temples["left"], f"{where} temples.left") if "left" in temples else None,
        temple_right_px=_point(temples["right"], f"{where} temples.right") if "right" in temples else None,
        temple_color_rgb=parse_color(temples.get("color", "#282828"), where),
        temple_width_px=float(temples.get("width", 6.0)),
        mirror_right=bool(data.get("mirror_right", True)),
    )
    return Look(look_id, str(data.get("name", look_id)), kind, path, item=item)


class LookCatalog:
    """All looks by id. Later folders override earlier ones (a merchant may restyle a built-in)."""

    def __init__(self, looks: list[Look], problems: list[str] | None = None) -> None:
        self._looks = {look.id: look for look in looks}
        self.problems = list(problems or [])

    @classmethod
    def load(cls, extra_dirs: list[Path] | tuple[Path, ...] = ()) -> "LookCatalog":
        """Built-ins, then <data dir>/tryon, then extra_dirs. A bad file is reported, not fatal."""
        dirs = [paths.assets_dir() / "tryon", paths.data_dir() / "tryon", *map(Path, extra_dirs)]
        looks: list[Look] = []
        problems: list[str] = []
        for folder in dirs:
            if not folder.is_dir():
                continue
            for path in sorted(folder.rglob("*.toml")):
                try:
                    if path.name.endswith(".shades.toml"):
                        looks.extend(load_shades(path))
                    elif path.name.endswith(".item.toml"):
                        looks.append(load_item(path))
                except LookError as exc:
                    log.warning("%s", exc)
                    problems.append(str(exc))
        return cls(looks, problems)

    def get(self, look_id: str | None) -> Look | None:
        return self._looks.get(look_id) if look_id else None

    def require(self, look_id: str) -> Look:
        look = self.get(look_id)
        if look is None:
            close = [i for i in self._looks if i.split(":")[0] == look_id.split(":")[0]] or sorted(self._looks)
            raise LookError(f"unknown look '{look_id}'; try one of: {', '.join(sorted(close)[:12])}"
                            " (`studio looks` lists them all)")
        return look

    def all(self) -> list[Look]:
        return sorted(self._looks.values(), key=lambda look: (look.kind.value, look.id))

    def __contains__(self, look_id: str) -> bool:
        return look_id in self._looks

    def __len__(self) -> int:
        return len(self._looks)
