"""`endorse-certificate CODE... | --all`: a trainer vouches for certificates whose evidence they hold."""

from __future__ import annotations

import argparse
import sys

from trainer import paths
from trainer.commands._shared import content, existing_database

# What each standing means, for the command line (the GUI words its own).
STATES = {
    "endorsed": "endorsed by you",
    "ready": "ready to endorse",
    "unsigned": "has no signed credential (issued by an older version); it cannot be endorsed",
    "not_valid": "its credential is not valid",
    "no_attempt": "an attempt it cites is not in this database",
    "attempt_mismatch": "an attempt it cites belongs to another learner, module or content version",
    "not_passed": "an attempt it cites is not finished and passed",
    "score_mismatch": "its score does not match the attempts it cites",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "endorse-certificate",
        help="endorse certificates with this trainer's key, once their evidence checks",
        description="Sign certificates (merged from learners' bundles, or issued here) with this data folder's "
        "key as a trainer's endorsement. Only a certificate whose signed credential is intact and whose cited "
        "attempts are in this database, finished, passed and give its score is endorsed. The endorsement then "
        "prints on the certificate's PDF, and verifies wherever this trainer's key is trusted (trust export). "
        "Exit status 0: every certificate named was endorsed (or already was); 1: some could not be.",
    )
    p.add_argument("codes", nargs="*", metavar="CODE", help="certificate codes to endorse")
    p.add_argument("--all", action="store_true", help="endorse every certificate that is ready")
    p.add_argument(
        "--name", help="your name as a trainer, shown by verify-certificate (needed the first time; kept after)"
    )
    p.add_argument("--list", action="store_true", help="only list the certificates and whether they can be endorsed")
    p.set_defaults(func=cmd_endorse, writes_data=lambda a: not a.list)


def cmd_endorse(args: argparse.Namespace) -> int:
    """Endorse the named (or all ready) certificates; print each one's standing."""
    from trainer.services.certificates import CertificateService, DeviceKey
    from trainer.storage.certificates import CertificateStore
    from trainer.storage.store import ProgressStore
    from trainer.storage.trust import TrustStore
    from trainer.sync.keys import SigningKeyError

    if not (args.codes or args.all or args.list):
        print("Name the certificates to endorse (their codes), or give --all or --list.", file=sys.stderr)
        return 1
    store = ProgressStore(existing_database(args, "there are no certificates to endorse", read_only=args.list))
    try:
        service = CertificateService(
            store,
            CertificateStore(store.db),
            content(args),
            key=DeviceKey(paths.data_dir(args.data_dir)),
            trust=TrustStore(store.db),
        )
        if args.list:
            for s in service.standings():
                print(
                    f"{s.code}  {s.issued[:10]}  {s.score:g}%  {s.learner_name}: {STATES[s.state]} {s.detail}".rstrip()
                )
            return 0
        if args.name:
            service.set_trainer_name(args.name)
        name = service.trainer_name()
        if name is None:
            print("Give your name with --name the first time you endorse; it is shown with your endorsements.")
            return 1
        try:
            done = service.endorse_all() if args.all else [_one(service, code) for code in args.codes]
        except SigningKeyError as exc:
            print(exc, file=sys.stderr)
            return 1
    finally:
        store.close()
    failed = 0
    for s in done:
        if s is None:
            failed += 1
            continue
        print(f"{s.code}  {s.learner_name}: {STATES[s.state]} {s.detail}".rstrip())
        failed += s.state != "endorsed"
    if args.all:
        print(f"Endorsed {len(done)} certificate(s) as {name}.")
    return 1 if failed else 0


def _one(service, code: str):
    try:
        return service.endorse(code)
    except KeyError:
        print(f"No certificate {code} in this data folder.", file=sys.stderr)
        return None
