"""`install-content FILE` and `uninstall-content MODULE_ID`: content packs without rebuilding the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "install-content",
        help="install a content pack (a zip of module folders) into this data folder",
        description="Check and validate a content pack as a whole, then install its modules into the data "
        "folder's content/ folder. A newer version of a module replaces the one in use; nothing is installed "
        "if any check fails. Exit status 0: installed; 1: refused.",
    )
    p.add_argument("file", metavar="FILE", help="the content pack (.zip)")
    p.set_defaults(func=cmd_install_content, writes_data=True)
    u = sub.add_parser(
        "uninstall-content",
        help="remove a module installed from a content pack",
        description="Remove an installed module; a bundled module of the same id is used again. "
        "Attempts already taken keep the content version they were taken on.",
    )
    u.add_argument("module_id", metavar="MODULE_ID")
    u.set_defaults(func=cmd_uninstall_content, writes_data=True)


def cmd_install_content(args: argparse.Namespace) -> int:
    from trainer.content.packs import PackError, install_pack

    data_dir = paths.data_dir(args.data_dir)
    try:
        result = install_pack(Path(args.file), paths.content_dir(args.content_dir), data_dir)
    except PackError as exc:
        print(f"Content pack {args.file} was not installed; nothing was changed:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Content pack {args.file} was not installed: {exc}", file=sys.stderr)
        return 1
    for m in result.modules:
        was = f" (replaces version {m.replaced})" if m.replaced else ""
        print(f"installed {m.id} version {m.version}{was}")
    print(f"{len(result.modules)} modules installed into {data_dir / 'content'}.")
    return 0


def cmd_uninstall_content(args: argparse.Namespace) -> int:
    from trainer.content.packs import installed_modules, uninstall

    data_dir = paths.data_dir(args.data_dir)
    try:
        uninstall(args.module_id, data_dir)
    except KeyError:
        have = ", ".join(installed_modules(data_dir)) or "none"
        print(
            f"{args.module_id!r} is not an installed module (installed: {have}); bundled modules cannot be removed.",
            file=sys.stderr,
        )
        return 1
    print(f"uninstalled {args.module_id}")
    return 0
