"""`verify-certificate CODE`: say what a certificate code certifies."""

from __future__ import annotations

import argparse
import sys

from trainer.commands._shared import content, database_path, existing_database


def register(sub: argparse._SubParsersAction) -> None:
    vc = sub.add_parser(
        "verify-certificate",
        help="say what a certificate code certifies (looked up in this data folder)",
        description="Look up a certificate code in the progress database and print what it certifies. "
        "Case, spaces and dashes in the code do not matter. Exit status 0: valid; 1: unknown code.",
    )
    vc.add_argument(
        "code", metavar="CODE", help="the verification code printed on the certificate, e.g. ABCD-EFGH-JKLM"
    )
    vc.set_defaults(func=cmd_verify_certificate)


def cmd_verify_certificate(args: argparse.Namespace) -> int:
    """Print what a certificate code certifies; exit 1 when this data folder does not know it.

    A missing database is not created, and a code that does not match its record
    (the record was changed after issue) counts as unknown.
    """
    from trainer.domain.certificate import normalise_code
    from trainer.labels import region_name, role_name
    from trainer.services.certificates import CertificateService
    from trainer.storage.certificates import CertificateStore
    from trainer.storage.store import ProgressStore

    code = normalise_code(args.code)
    if code is None:
        print(
            f"{args.code!r} is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM.",
            file=sys.stderr,
        )
        return 1
    store = ProgressStore(existing_database(args, f"no certificate {code} can be checked", read_only=True))
    db_path = database_path(args)
    try:
        catalogue = content(args)
        cert = CertificateService(store, CertificateStore(store.db), catalogue).verify(code)
    finally:
        store.close()
    if cert is None:
        print(
            f"No certificate {code} in {db_path}. Check the code, and that this is the data folder "
            "of the computer that issued it (--data-dir).",
            file=sys.stderr,
        )
        return 1
    what = "the full curriculum for the role" if cert.kind == "track" else "a module"
    print(f"Certificate {cert.code} is valid. It certifies that this learner completed {what}:")
    print(f"  Name:    {cert.learner_name}")
    print(f"  Role:    {role_name(cert.role)}")
    print(f"  Region:  {region_name(cert.region)}")
    for i, m in enumerate(cert.modules):
        label = "Modules:" if len(cert.modules) > 1 else "Module:"
        print(f"  {label if i == 0 else '':8} {m.title} ({m.id}, version {m.version})")
    print(f"  Score:   {cert.score:g}%")
    print(f"  Date:    {cert.date.isoformat()}")
    return 0
