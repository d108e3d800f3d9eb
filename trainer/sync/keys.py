"""The device's Ed25519 signing key: made once per data folder, kept in a file only its owner reads."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILENAME = "sync-signing-key.pem"


class SigningKeyError(Exception):
    """The key file exists but cannot be used; the message names it."""


def load_or_create_device_key(data_dir: Path) -> Ed25519PrivateKey:
    """The data folder's signing key, created (mode 0600, never overwritten) on first use.

    The key lives beside the database rather than in it, so a copy of the database handed to a
    trainer for inspection does not hand over the power to sign bundles in this device's name.
    """
    path = Path(data_dir) / KEY_FILENAME
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it a moment ago: use that one
        except OSError as exc:
            raise SigningKeyError(
                f"This data folder has no signing key yet, and {path} cannot be created ({exc.strerror or exc}): "
                "open Qorgau once where the folder can be written, then export again."
            ) from exc
        else:
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(pem)
                    f.flush()
                    os.fsync(f.fileno())
            except OSError as exc:
                path.unlink(missing_ok=True)  # an empty or partial key would be refused from now on
                raise SigningKeyError(
                    f"The signing key {path} could not be written ({exc.strerror or exc}); nothing was exported."
                ) from exc
            return key
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningKeyError(f"{path} is not a usable signing key ({exc}). Move it away to make a new one.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} is not an Ed25519 key. Move it away to make a new one.")
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The raw 32-byte public key in base64, as the manifest carries it."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def key_fingerprint(public_key_b64: str) -> str:
    """A short, readable fingerprint a trainer can compare by eye (first 16 hex digits of SHA-256)."""
    import hashlib

    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))
