"""A minimal zip writer and a strict reader for bundles: every byte of the file must be accounted for.

``zipfile`` ignores bytes a zip may hold besides its entries' contents (local-header time stamps,
attributes, gaps between entries, and the unused padding bits at the end of a deflate stream), so a
changed byte there would go unnoticed. Bundles therefore use one fixed layout, written here, and
the reader refuses anything that differs from it. The manifest records a SHA-256 of each entry's
stored (compressed) bytes as well as of its contents, so no byte escapes the signature.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

STORED, DEFLATED = 0, 8
_VERSION = 20
_MADE_BY = (3 << 8) | _VERSION  # "Unix", on every platform, so every writer makes the same bytes
_ATTR = 0o100644 << 16
_TIME, _DATE = 0, (1 << 5) | 1  # 1980-01-01 00:00, the earliest a zip can say
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
MAX_ENTRIES = 64


class LayoutError(ValueError):
    """The file is not a zip laid out exactly as bundles are; the message says what is out of place."""


@dataclass(frozen=True)
class RawEntry:
    name: str
    method: int
    stored: bytes  # the bytes as they are in the file (compressed for DEFLATED)
    crc: int
    size: int  # uncompressed


def deflate(content: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(content) + c.flush()


CHUNK = 64 * 1024


class Budget:
    """How many more bytes inflating may produce, over all entries of one file.

    ``inflated`` counts what was actually produced, so a test can tell that a bomb was stopped
    near its recorded size rather than after the whole of it.
    """

    def __init__(self, total: int) -> None:
        self.left = total
        self.inflated = 0


def inflate(entry: RawEntry, limit: int, budget: Budget | None = None) -> bytes:
    """The entry's contents; LayoutError if they are damaged, larger than recorded, or over a cap.

    Inflates in chunks and stops as soon as the output passes the size the zip records for the
    entry, ``limit`` or what is left of ``budget``, whichever is smallest: the recorded size is
    never trusted to bound the work (a few kilobytes can claim a small size and inflate to
    gigabytes).
    """
    cap = min(limit, budget.left if budget is not None else limit)
    if entry.size > cap:
        raise LayoutError(f"{entry.name} is larger than allowed ({entry.size:,} bytes; at most {cap:,})")
    if entry.method == STORED:
        content = entry.stored
    else:
        d = zlib.decompressobj(-15)
        parts: list[bytes] = []
        produced = 0
        tail = entry.stored
        try:
            while not d.eof:
                part = d.decompress(tail, CHUNK)
                stalled = not part and d.unconsumed_tail == tail
                tail = d.unconsumed_tail
                produced += len(part)
                if budget is not None:
                    budget.inflated += len(part)
                if produced > entry.size:
                    raise LayoutError(f"{entry.name} inflates to more than its recorded size of {entry.size:,} bytes")
                parts.append(part)
                if stalled:
                    break  # the stream ends without its end marker: reported below
        except zlib.error as exc:
            raise LayoutError(f"{entry.name} is damaged ({exc})") from exc
        if not d.eof or d.unconsumed_tail or d.unused_data:
            raise LayoutError(f"{entry.name} is damaged or truncated")
        content = b"".join(parts)
    if budget is not None:
        budget.left -= len(content)
    if len(content) != entry.size or zlib.crc32(content) != entry.crc:
        raise LayoutError(f"{entry.name} is damaged (its zip checksum does not match)")
    return content


def write_zip(out: BinaryIO, entries: list[tuple[str, bytes, int]]) -> None:
    """Write ``(name, content, method)`` entries in the one layout ``read_zip`` accepts."""
    central, offset = [], 0
    for name, content, method in entries:
        raw_name = name.encode("ascii")
        stored = deflate(content) if method == DEFLATED else content
        crc = zlib.crc32(content)
        header = _LOCAL.pack(
            b"PK\x03\x04", _VERSION, 0, method, _TIME, _DATE, crc, len(stored), len(content), len(raw_name), 0
        )
        out.write(header + raw_name + stored)
        central.append(
            _CENTRAL.pack(
                b"PK\x01\x02",
                _MADE_BY,
                _VERSION,
                0,
                method,
                _TIME,
                _DATE,
                crc,
                len(stored),
                len(content),
                len(raw_name),
                0,
                0,
                0,
                0,
                _ATTR,
                offset,
            )
            + raw_name
        )
        offset += len(header) + len(raw_name) + len(stored)
    directory = b"".join(central)
    out.write(directory)
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), offset, 0))


def read_zip(data: bytes) -> dict[str, RawEntry]:
    """The entries of a zip in exactly the layout ``write_zip`` makes.

    Raises:
        LayoutError: anything else, including a single changed byte outside the entries' contents.
    """
    if len(data) < _END.size:
        raise LayoutError("too short to be a zip file")
    sig, disk, cd_disk, n_here, n_total, cd_size, cd_offset, comment = _END.unpack(data[-_END.size :])
    if sig != b"PK\x05\x06" or disk or cd_disk or n_here != n_total or comment or n_total > MAX_ENTRIES:
        raise LayoutError("the end of the zip directory is missing or altered (truncated?)")
    if cd_offset + cd_size != len(data) - _END.size:
        raise LayoutError("the zip directory is not where its end record says (truncated or altered)")
    entries: dict[str, RawEntry] = {}
    pos, central = 0, cd_offset
    for _ in range(n_total):
        if central + _CENTRAL.size > cd_offset + cd_size:
            raise LayoutError("the zip directory is shorter than it claims")
        fields = _CENTRAL.unpack_from(data, central)
        sig, made_by, version, flags, method, time, date, crc, csize, usize = fields[:10]
        nlen, xlen, clen, disk_start, iattr, eattr, offset = fields[10:]
        raw_name = data[central + _CENTRAL.size : central + _CENTRAL.size + nlen]
        shown = raw_name.decode("ascii", "replace")
        if (
            sig != b"PK\x01\x02"
            or (made_by, version, flags, time, date) != (_MADE_BY, _VERSION, 0, _TIME, _DATE)
            or method not in (STORED, DEFLATED)
            or (xlen, clen, disk_start, iattr, eattr) != (0, 0, 0, 0, _ATTR)
            or offset != pos
            or (method == STORED and csize != usize)
        ):
            raise LayoutError(f"the zip directory entry for {shown!r} is altered")
        local = _LOCAL.unpack_from(data, pos) if pos + _LOCAL.size <= cd_offset else None
        expected = (b"PK\x03\x04", _VERSION, 0, method, _TIME, _DATE, crc, csize, usize, nlen, 0)
        if local != expected or data[pos + _LOCAL.size : pos + _LOCAL.size + nlen] != raw_name:
            raise LayoutError(f"the zip header of {shown!r} is altered")
        start = pos + _LOCAL.size + nlen
        if start + csize > cd_offset:
            raise LayoutError(f"the zip entry {shown!r} is cut short")
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError as exc:
            raise LayoutError(f"the zip entry name {shown!r} is altered") from exc
        if name in entries:
            raise LayoutError(f"the zip holds {name!r} twice")
        entries[name] = RawEntry(name, method, data[start : start + csize], crc, usize)
        pos = start + csize
        central += _CENTRAL.size + nlen
    if pos != cd_offset or central != cd_offset + cd_size:
        raise LayoutError("the zip file holds bytes outside its entries")
    return entries
