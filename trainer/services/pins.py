"""Learner PINs, hashed with scrypt so a copied database does not reveal them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

_PIN_RE = re.compile(r"^\d{4,6}$")
_N, _R, _P = 2**14, 8, 1


def valid_pin(pin: str) -> bool:
    return bool(_PIN_RE.match(pin))


def hash_pin(pin: str) -> str:
    if not valid_pin(pin):
        raise ValueError("a PIN has 4 to 6 digits")
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt_b64), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))
