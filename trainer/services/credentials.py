"""Signing and verifying certificate credentials and trainers' endorsements, offline.

Format: each credential is a compact JWS (RFC 7515) with ``alg: EdDSA`` (Ed25519) and
``typ: vc+jwt``, whose payload is the credential JSON itself, as W3C "Securing Verifiable
Credentials using JOSE and COSE" specifies and Open Badges 3.0 accepts (its VC-JWT proof format).
A JSON-LD Data Integrity proof (``Ed25519Signature2020``) would need RDF canonicalisation
libraries to be verified correctly, and its JSON text breaks when a PDF wraps it over lines; a
compact JWS is a few lines over ``cryptography``, any JOSE library verifies it, and its text is
only ``A-Z a-z 0-9 - _ .``, so whitespace a printer, a scanner or a person adds can be dropped.

What is signed, exactly: the ASCII bytes ``BASE64URL(header) + "." + BASE64URL(payload)``, where
``payload`` is the credential JSON (UTF-8, keys sorted, no whitespace) and ``header`` is
``{"alg":"EdDSA","typ":"vc+jwt"}``. The signing key is the credential's ``issuer.id``, a
``did:key`` (the raw Ed25519 public key in multibase; no ``kid`` repeats it, to keep the QR code
small), so a verifier needs nothing but the text; whether it *trusts* that key is a separate
question, answered by the trusted keys of its own installation. Base64url is read strictly
(canonical spelling only), so no two texts of one credential both verify.

A certificate travels as one text: the certificate's JWS, then each endorsement's JWS, joined by
``~``. An endorsement is an ``EndorsementCredential`` signed by the trainer's key that names the
SHA-256 of the certificate's JWS, so it vouches for that exact text and cannot be moved to another.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.domain.certificate import (
    Certificate,
    CredentialClaims,
    CredentialError,
    build_credential,
    build_endorsement,
    parse_credential,
    parse_endorsement,
)
from trainer.sync.keys import key_fingerprint, public_key_text

SEPARATOR = "~"
PDF_KEYWORD = "qorgau-credential:"  # a certificate PDF's XMP pdf:Keywords: this prefix, then the text
MAX_PDF_BYTES = 20_000_000
MAX_TEXT = 16_000  # what a bundle accepts for a certificate's credential
MAX_ENDORSEMENTS = 8
_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_MULTICODEC = b"\xed\x01"


# Encodings ------------------------------------------------------------------------------------
def canonical_json(value: object) -> bytes:
    """UTF-8 JSON with sorted keys and no whitespace: one byte string per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    """Decode base64url, refusing a non-canonical spelling (spare bits set in the last character),
    so that no two texts of a credential both verify."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64url(data) != text:
        raise ValueError("not canonical base64url")
    return data


def _base58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = _B58[digit] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _unbase58(text: str) -> bytes:
    number = 0
    for char in text:
        digit = _B58.find(char)
        if digit < 0:
            raise CredentialError(f"{char!r} is not a base58 digit")
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def did_key(public_key_b64: str) -> str:
    """The ``did:key`` of a raw Ed25519 public key (base64), e.g. ``did:key:z6Mk...``."""
    return "did:key:z" + _base58(_ED25519_MULTICODEC + base64.b64decode(public_key_b64))


def public_key_from_did(did: str) -> str:
    """The raw Ed25519 public key (base64) a ``did:key`` stands for.

    Raises:
        CredentialError: not an Ed25519 did:key.
    """
    if not did.startswith("did:key:z"):
        raise CredentialError(f"the signer {did[:60]!r} is not a did:key")
    raw = _unbase58(did[len("did:key:z") :])
    if len(raw) != 34 or not raw.startswith(_ED25519_MULTICODEC):
        raise CredentialError(f"the signer {did[:60]!r} is not an Ed25519 key")
    return base64.b64encode(raw[2:]).decode("ascii")


def digest_sri(jws: str) -> str:
    """``sha256-<base64>`` of a JWS's text: what an endorsement names."""
    return "sha256-" + base64.b64encode(hashlib.sha256(jws.encode("ascii")).digest()).decode("ascii")


# JWS ------------------------------------------------------------------------------------------
def sign_jws(payload: dict, key: Ed25519PrivateKey) -> str:
    """``payload`` signed by ``key`` as a compact JWS; its ``issuer.id`` must be the key's did:key."""
    did = did_key(public_key_text(key))
    if payload["issuer"]["id"] != did:
        raise ValueError("the credential's issuer is not the signing key")
    header = {"alg": "EdDSA", "typ": "vc+jwt"}
    signing_input = f"{_b64url(canonical_json(header))}.{_b64url(canonical_json(payload))}"
    return f"{signing_input}.{_b64url(key.sign(signing_input.encode('ascii')))}"


def open_jws(token: str, what: str) -> tuple[dict, str]:
    """The payload of a JWS signed by the key its ``issuer.id`` names, and that key (base64).

    Raises:
        CredentialError: malformed, another algorithm, or the signature does not match.
    """
    if not _JWS.fullmatch(token):
        raise CredentialError(f"the {what} is not a signed credential (three base64url parts)")
    head, body, signature = token.split(".")
    try:
        header = json.loads(_unb64url(head))
        payload = json.loads(_unb64url(body))
        sig = _unb64url(signature)
    except (ValueError, binascii.Error):
        raise CredentialError(f"the {what} is damaged: it does not decode") from None
    if not isinstance(header, dict) or header.get("alg") != "EdDSA":
        raise CredentialError(f"the {what} is not signed with EdDSA")
    if not isinstance(payload, dict) or not isinstance(payload.get("issuer"), dict):
        raise CredentialError(f"the {what} names no issuer")
    did = payload["issuer"].get("id")
    if not isinstance(did, str) or str(header.get("kid", did)).split("#")[0] != did:
        raise CredentialError(f"the {what}'s signing key is not its issuer")
    public = public_key_from_did(did)
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(sig, f"{head}.{body}".encode("ascii"))
    except (InvalidSignature, ValueError):
        raise CredentialError(f"the {what}'s signature does not match its content") from None
    return payload, public


# Making ---------------------------------------------------------------------------------------
def issue(cert: Certificate, key: Ed25519PrivateKey) -> str:
    """The signed credential of ``cert``, issued by this device's ``key``."""
    public = public_key_text(key)
    payload = build_credential(cert, did_key(public), f"Qorgau device {key_fingerprint(public)}")
    return sign_jws(payload, key)


def endorse(credential: str, key: Ed25519PrivateKey, name: str, when: dt.datetime) -> str:
    """A trainer's endorsement (signed with ``key``) of the certificate credential ``credential``."""
    cert_jws = split(credential)[0]
    payload, _ = open_jws(cert_jws, "certificate")
    code = parse_credential(payload).code
    did = did_key(public_key_text(key))
    stamp = when.isoformat(timespec="seconds")
    return sign_jws(build_endorsement(code, digest_sri(cert_jws), did, name, stamp), key)


def join(certificate: str, endorsements: list[str]) -> str:
    """One text carrying a certificate and its endorsements (for the PDF, the QR code, pasting)."""
    return SEPARATOR.join([split(certificate)[0], *endorsements])


def split(text: str) -> tuple[str, list[str]]:
    """(certificate JWS, endorsement JWSs) from a text as pasted or scanned; whitespace is ignored.

    Raises:
        CredentialError: empty, too long, or too many parts.
    """
    compact = "".join(text.split())
    if not compact:
        raise CredentialError("no certificate text was given")
    if len(compact) > MAX_TEXT:
        raise CredentialError(f"the certificate text is longer than {MAX_TEXT} characters")
    parts = compact.split(SEPARATOR)
    if len(parts) > 1 + MAX_ENDORSEMENTS:
        raise CredentialError(f"the certificate text holds more than {MAX_ENDORSEMENTS} endorsements")
    return parts[0], [p for p in parts[1:] if p]


def looks_like_credential(text: str) -> bool:
    """Whether ``text`` (as typed, pasted or extracted) holds a signed credential rather than a code."""
    compact = "".join(text.split())
    return compact.startswith("eyJ") and _JWS.match(compact) is not None  # eyJ: a JSON header, '{"


_PDF_KEYWORDS = re.compile(rb'pdf:Keywords="' + re.escape(PDF_KEYWORD.encode()) + rb'([A-Za-z0-9_.~-]+)"')
_PRINTED_LINE = re.compile(r"[A-Za-z0-9_.~-]{20,}")


def credential_from_pdf(path: Path) -> str:
    """The certificate text a Qorgau certificate PDF carries.

    Read exactly from the XMP metadata; for a PDF without it (printed and scanned to PDF with
    OCR, say) from the page's text with poppler's ``pdftotext`` when it is installed.

    Raises:
        CredentialError: the file cannot be read or holds no signed certificate.
    """
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise CredentialError(f"{path} is larger than any certificate PDF ({MAX_PDF_BYTES // 1_000_000} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise CredentialError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if not data.startswith(b"%PDF"):
        raise CredentialError(f"{path} is not a PDF file")
    found = _PDF_KEYWORDS.search(data)
    if found:
        return found.group(1).decode("ascii")
    tool = shutil.which("pdftotext")
    if tool is not None:
        try:
            text = subprocess.run(
                [tool, "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60, check=True
            ).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            text = ""
        # The printed lines of the credential, in order: every line made only of its characters.
        lines = [line.strip() for line in text.splitlines() if _PRINTED_LINE.fullmatch(line.strip())]
        joined = "".join(lines)
        if looks_like_credential(joined):
            return joined
    raise CredentialError(f"{path} holds no signed Qorgau certificate (no credential in its metadata or text)")


# Verifying ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Voucher:
    """A key that signed: the issuing device or an endorsing trainer, and whether it is trusted here."""

    fingerprint: str
    name: str  # the label this installation gave the key, else the name the signer gave itself
    trusted: bool
    revoked_at: str = ""  # when the key was revoked here ("" when it is not): it then vouches for nothing
    revoked_reason: str = ""


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a certificate text.

    ``status``: ``valid`` (signatures intact, and a trusted key vouches), ``unknown_issuer``
    (signatures intact, but no key trusted here signed), ``revoked`` (the issuing device's key was
    revoked here, and the certificate is dated after that, or no trusted, unrevoked trainer endorsed
    it) or ``not_valid`` (``problem`` says why).
    """

    status: str
    problem: str = ""
    claims: CredentialClaims | None = None
    issuer: Voucher | None = None
    endorsers: tuple[Voucher, ...] = field(default=())
    credential: str = ""  # the certificate's JWS


TrustLookup = Callable[[str, tuple[str, ...]], str | None]
"""(public key, kinds) -> the trusted key's label ('' allowed), or None when not trusted as one of those kinds."""

RevocationLookup = Callable[[str], tuple[str, str] | None]
"""public key -> (when it was revoked here, ISO-8601 UTC; why), or None when it is not revoked."""


def _instant(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def issued_after_revocation(issued: str, revoked_at: str) -> bool:
    """Whether a certificate dated ``issued`` was dated at or after the revocation (unreadable: assume so)."""
    a, b = _instant(issued), _instant(revoked_at)
    return a is None or b is None or a >= b


def verify(
    text: str, trusted: TrustLookup, now: dt.datetime | None = None, revoked: RevocationLookup | None = None
) -> Verification:
    """Check the certificate text: every signature, the claims' sense, and who vouches for it.

    A revoked key vouches for nothing, whatever date it signed under: its holder (perhaps whoever
    took it) can write any date. A certificate dated before its issuer's key was revoked stays valid
    only when a trusted trainer whose key is not revoked endorsed it; one dated after never does.
    """
    revoked = revoked or (lambda _key: None)
    try:
        cert_jws, endorsement_jws = split(text)
        payload, issuer_key = open_jws(cert_jws, "certificate")
        claims = parse_credential(payload, now)
        digest = digest_sri(cert_jws)
        endorsers = []
        for i, token in enumerate(endorsement_jws, 1):
            e_payload, e_key = open_jws(token, f"endorsement {i}")
            e = parse_endorsement(e_payload, now)
            if e.code != claims.code or e.certificate_digest != digest:
                raise CredentialError(f"endorsement {i} is for another certificate, or the certificate was changed")
            label = trusted(e_key, ("trainer",))
            when, why = revoked(e_key) or ("", "")
            name = label or e.endorser_name
            endorsers.append(Voucher(key_fingerprint(e_key), name, label is not None and not when, when, why))
    except CredentialError as exc:
        return Verification("not_valid", problem=str(exc))
    label = trusted(issuer_key, ("device", "trainer"))
    when, why = revoked(issuer_key) or ("", "")
    issuer = Voucher(
        key_fingerprint(issuer_key), label or claims.issuer_name, label is not None and not when, when, why
    )
    vouched = issuer.trusted or any(e.trusted for e in endorsers)
    if when and (issued_after_revocation(claims.issued, when) or not vouched):
        status = "revoked"
    else:
        status = "valid" if vouched else "unknown_issuer"
    return Verification(
        status,
        claims=claims,
        issuer=issuer,
        endorsers=tuple(endorsers),
        credential=cert_jws,
    )
