"""`reset-trainer-password`: forget the trainer password so the next trainer sets a new one.

Only the three trainer-mode settings are removed; learners, attempts and certificates stay.
"""

from __future__ import annotations

import argparse
import sys

from trainer.commands._shared import database_path, existing_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reset-trainer-password",
        help="forget the trainer password (learners' data is kept)",
        description="Remove the trainer password, its wrong-try count and any lock from the progress database "
        "in the data folder. Learners, their answers and certificates are kept. The next person to open "
        "trainer mode sets a new password. Close Qorgau first.",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_reset_trainer_password, writes_data=True)


def cmd_reset_trainer_password(args: argparse.Namespace, ask=input) -> int:
    """Ask, then delete only the trainer-password settings. Exit 0: done or nothing to do; 1: refused."""
    from trainer.services.trainer_auth import TrainerAuth, reset
    from trainer.storage.store import ProgressStore

    store = ProgressStore(existing_database(args, "nothing was changed"))
    db_path = database_path(args)
    try:
        if not TrainerAuth(store).has_password() and not store.setting("trainer_failures"):
            print(f"No trainer password is set in {db_path}; nothing to reset.")
            return 0
        if not args.yes:
            try:
                answer = ask(
                    f"Remove the trainer password from {db_path}? Learners' data is kept. Type 'yes' to confirm: "
                )
            except EOFError:
                answer = ""
            if answer.strip().lower() != "yes":
                print("Nothing was changed.", file=sys.stderr)
                return 1
        reset(store)
    finally:
        store.close()
    print(f"The trainer password was removed from {db_path}. The next trainer to open trainer mode sets a new one.")
    return 0
