"""`verify-certificate CODE|TEXT|FILE`: say what a certificate certifies, and who vouches for it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.commands._shared import content, database_path, existing_database

if TYPE_CHECKING:
    from trainer.domain.certificate import Certificate
    from trainer.services.credentials import Verification, Voucher

UNKNOWN_ISSUER = 3
REVOKED = 4


def register(sub: argparse._SubParsersAction) -> None:
    vc = sub.add_parser(
        "verify-certificate",
        help="check a certificate: its code, its signed text (QR code) or its PDF",
        description="Check a certificate and print what it certifies. Given a code (case, spaces and dashes do "
        "not matter), look it up in this data folder. Given the signed text printed on the certificate (or read "
        "from its QR code; '-' reads it from standard input) or the certificate's PDF, check its signatures "
        "offline, on any computer, and say who vouches for it: the issuing device or an endorsing trainer, "
        "when their key is trusted here (see `trust import`). Exit status 0: valid; 1: not valid or unknown "
        "code; 3: signatures intact, but no key trusted here signed it (unknown issuer); 4: the issuing "
        "device's key was revoked here, and the certificate is dated after that, or no trusted trainer endorsed it.",
    )
    vc.add_argument(
        "certificate",
        metavar="CODE|TEXT|FILE",
        help="the verification code (e.g. ABCD-EFGH-JKLM), the certificate's signed text, '-', or a PDF file",
    )
    vc.set_defaults(func=cmd_verify_certificate)


def _print_claims(cert: Certificate) -> None:
    from trainer.labels import region_name, role_name

    print(f"  Name:    {cert.learner_name}")
    print(f"  Role:    {role_name(cert.role)}")
    print(f"  Region:  {region_name(cert.region)}")
    for i, m in enumerate(cert.modules):
        label = "Modules:" if len(cert.modules) > 1 else "Module:"
        print(f"  {label if i == 0 else '':8} {m.title} ({m.id}, version {m.version})")
    print(f"  Score:   {cert.score:g}%")
    print(f"  Date:    {cert.date.isoformat()}")


def vouchers(result: Verification) -> str:
    """'Issued by device FP (label), endorsed by trainer NAME (FP)': who signed, and who is trusted here."""
    issuer = result.issuer
    assert issuer is not None
    if issuer.revoked_at:
        parts = [f"Issued by device {issuer.fingerprint} ({issuer.name}), {_revoked(issuer)}"]
    elif issuer.trusted:
        parts = [f"Issued by device {issuer.fingerprint} ({issuer.name})"]
    else:
        parts = [f"Issued by device {issuer.fingerprint}, not trusted here"]
    for e in result.endorsers:
        if e.revoked_at:
            parts.append(f"endorsed by {e.name or 'a trainer'} ({e.fingerprint}), {_revoked(e)}")
        elif e.trusted:
            parts.append(f"endorsed by trainer {e.name} ({e.fingerprint})")
        else:
            parts.append(f"endorsed by {e.name or 'a trainer'} ({e.fingerprint}), not trusted here")
    return ", ".join(parts) + "."


def _revoked(voucher: Voucher) -> str:
    why = f": {voucher.revoked_reason}" if voucher.revoked_reason else ""
    return f"whose key was revoked here on {voucher.revoked_at[:10]}{why}"


def report(result: Verification) -> int:
    """Print a credential's verification; the exit status."""
    if result.status == "not_valid" or result.claims is None:
        print(f"NOT VALID: {result.problem}. This is not a genuine Qorgau certificate, or it was changed.")
        return 1
    cert = result.claims.certificate()
    what = "the full curriculum for the role" if cert.kind == "track" else "a module"
    if result.status == "revoked":
        return _report_revoked(result, cert, what)
    if result.status == "valid":
        print(f"Certificate {cert.code} is valid. It certifies that this learner completed {what}:")
        _print_claims(cert)
        print(vouchers(result))
        return 0
    print(
        f"Certificate {cert.code}: the signatures are intact, but unknown issuer: neither the issuing device nor "
        "any endorsing trainer is trusted in this installation."
    )
    print(vouchers(result))
    print(f"It claims, and no one trusted here vouches, that this learner completed {what}:")
    _print_claims(cert)
    print("To trust the issuer, import its trust file after checking its fingerprint: qorgau trust import FILE")
    return UNKNOWN_ISSUER


def _report_revoked(result: Verification, cert: Certificate, what: str) -> int:
    """The issuer's key was revoked: say when, and why the signature no longer vouches for this certificate."""
    from trainer.services.credentials import issued_after_revocation

    issuer = result.issuer
    assert issuer is not None
    when = issuer.revoked_at[:10]
    if issued_after_revocation(cert.issued, issuer.revoked_at):
        print(
            f"NOT VALID: certificate {cert.code} is dated {cert.issued[:10]}, but the key of the device that issued "
            f"it ({issuer.fingerprint}) was revoked here on {when}. Whoever holds that key now can sign anything."
        )
    else:
        print(
            f"NOT CONFIRMED: certificate {cert.code} is dated {cert.issued[:10]}, before the key of the device that "
            f"issued it ({issuer.fingerprint}) was revoked here on {when}; but that date is written by the key's "
            "holder, who may be whoever took it, and no trusted trainer whose key is not revoked endorsed it."
        )
        print("Ask a trainer who merged the learner's records before the revocation to endorse the certificate.")
    print(vouchers(result))
    print(f"It claims that this learner completed {what}:")
    _print_claims(cert)
    return REVOKED


def _service(args: argparse.Namespace):
    """The certificate service of --data-dir, read only; against an empty database if there is none."""
    from trainer.content.loader import Catalogue
    from trainer.services.certificates import CertificateService, DeviceKey
    from trainer.storage.certificates import CertificateStore
    from trainer.storage.database import open_database
    from trainer.storage.store import ProgressStore
    from trainer.storage.trust import TrustStore

    if database_path(args).is_file():
        db = existing_database(args, "", read_only=True)
    else:
        db = open_database(None)  # nothing trusted, and nothing is created in the data folder
    store = ProgressStore(db)
    key = DeviceKey(paths.data_dir(args.data_dir))
    return CertificateService(store, CertificateStore(db), Catalogue(Path()), key=key, trust=TrustStore(db))


def _read_text(arg: str) -> str | None:
    """The signed text the argument gives (pasted, '-', a PDF or a text file); None for a code."""
    from trainer.services.credentials import credential_from_pdf, looks_like_credential

    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    try:
        is_file = path.is_file()
    except OSError:  # a pasted credential is too long to be a file name
        is_file = False
    if is_file:
        with path.open("rb") as f:
            is_pdf = f.read(4) == b"%PDF"
        if is_pdf or path.suffix.lower() == ".pdf":
            return credential_from_pdf(path)
        return path.read_text(encoding="utf-8", errors="replace")[:100_000]
    if looks_like_credential(arg):
        return arg
    return None


def cmd_verify_certificate(args: argparse.Namespace) -> int:
    """Verify a code against this data folder, or a signed text or PDF anywhere."""
    from trainer.domain.certificate import CredentialError, normalise_code

    try:
        text = _read_text(args.certificate)
    except (CredentialError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    if text is not None:
        service = _service(args)
        try:
            return report(service.verify_credential(text))
        finally:
            service.store.close()
    return _verify_code(args, normalise_code(args.certificate))


def _verify_code(args: argparse.Namespace, code: str | None) -> int:
    """A code is looked up in this data folder; a signed certificate found there is checked like a pasted one."""
    from trainer.services.certificates import CertificateService, DeviceKey
    from trainer.storage.certificates import CertificateStore
    from trainer.storage.store import ProgressStore
    from trainer.storage.trust import TrustStore

    if code is None:
        print(
            f"{args.certificate!r} is not a Qorgau certificate code: a code has 12 letters and digits, like "
            "ABCD-EFGH-JKLM. Give the certificate's signed text or its PDF file to check it on any computer.",
            file=sys.stderr,
        )
        return 1
    store = ProgressStore(existing_database(args, f"no certificate {code} can be checked", read_only=True))
    db_path = database_path(args)
    try:
        key = DeviceKey(paths.data_dir(args.data_dir))
        service = CertificateService(
            store, CertificateStore(store.db), content(args), key=key, trust=TrustStore(store.db)
        )
        cert = service.verify(code)
        signed = service.verify_code(code) if cert is not None else None
    finally:
        store.close()
    if cert is None:
        print(
            f"No certificate {code} in {db_path}. Check the code, and that this is the data folder "
            "of the computer that issued it (--data-dir); or give the certificate's signed text or PDF.",
            file=sys.stderr,
        )
        return 1
    if signed is not None and signed.status in ("not_valid", "revoked"):
        return report(signed)
    what = "the full curriculum for the role" if cert.kind == "track" else "a module"
    print(f"Certificate {cert.code} is valid. It certifies that this learner completed {what}:")
    _print_claims(cert)
    if signed is not None:
        print(vouchers(signed))
    else:
        print("Found in this data folder's records; it has no signed credential (issued by an older version).")
    return 0
