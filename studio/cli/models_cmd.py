"""`studio models list|download|import`."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list, download or import the models (face landmarks, Whisper, translation)")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    msub.add_parser("list", help="known models and whether each is installed")
    d = msub.add_parser("download", help="download a model by name (shows progress, checks the checksum)")
    d.add_argument("name")
    i = msub.add_parser("import", help="install a model from a file or folder you already have (offline)")
    i.add_argument("name")
    i.add_argument("path")
    p.set_defaults(func=run)


def _progress(model: str, file_name: str, done: int, total: int | None) -> None:
    pct = f"{100 * done / total:5.1f}%" if total else f"{done / 1e6:7.1f} MB"
    print(f"\r{model}: {file_name} {pct}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from studio import paths
    from studio.models import install, registry

    if args.models_command == "list":
        print(f"models folder: {paths.models_dir()}")
        for name, spec in registry.known_models().items():
            path = registry.installed_path(name)
            state = f"installed at {path}" if path else "not installed"
            print(f"{name:22} {state}\n{'':22} {spec.description}")
        return 0
    if args.models_command == "download":
        try:
            path = install.download(args.name, progress=_progress)
        except OSError as exc:
            advice = registry.import_advice(args.name)
            print(f"\ncould not download '{args.name}': {exc}. Without internet, {advice}.", file=sys.stderr)
            return 2
        print(f"\n{args.name} installed at {path}")
        return 0
    try:
        path = install.import_model(args.name, args.path)
    except install.ChecksumError as exc:
        print(f"studio models import: {exc}", file=sys.stderr)
        return 2
    print(f"{args.name} installed at {path}")
    return 0
