"""`studio stream-key set|check|delete NAME`: stream keys in the OS keychain.

The key is read from standard input or a hidden prompt, never from the command
line (shell history and process lists would show it).
"""

from __future__ import annotations

import argparse
import getpass
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stream-key", help="save, check or forget an RTMP stream key in the OS keychain")
    ksub = p.add_subparsers(dest="stream_key_command", metavar="ACTION", required=True)
    s = ksub.add_parser("set", help="save a key under NAME (typed at a hidden prompt, or piped on stdin)")
    s.add_argument("name", help="a name for the key, e.g. tiktok-main")
    c = ksub.add_parser("check", help="say whether a key is saved under NAME (never prints it)")
    c.add_argument("name")
    d = ksub.add_parser("delete", help="forget the key saved under NAME")
    d.add_argument("name")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.outputs.stream_keys import (StreamKeyError, delete_stream_key, has_stream_key,
                                            save_stream_key)

    try:
        if args.stream_key_command == "set":
            key = (getpass.getpass(f"Stream key for {args.name}: ") if sys.stdin.isatty()
                   else sys.stdin.readline())
            save_stream_key(args.name, key)
            print(f"saved the stream key '{args.name}' in the OS keychain")
        elif args.stream_key_command == "check":
            saved = has_stream_key(args.name)
            print(f"'{args.name}': {'saved' if saved else 'not saved'}")
            return 0 if saved else 1
        elif not delete_stream_key(args.name):
            print(f"no stream key named '{args.name}' was saved")
        else:
            print(f"forgot the stream key '{args.name}'")
    except StreamKeyError as exc:
        raise UserError(str(exc)) from None
    return 0
