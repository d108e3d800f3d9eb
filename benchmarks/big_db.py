"""A large progress database for benchmarks, shared by every benchmark that needs one.

``big_database(learners, path)`` returns a database file with ``learners`` learners and their
attempts, answers and certificates across the catalogue's modules. The first block of learners is
made by the demo-data generator (realistic abilities, item difficulties, retakes, unfinished
attempts); larger sizes repeat that block under new ids with bulk ``INSERT ... SELECT``, so 100,000
learners take a minute or two rather than many. The file is cached: a second call with the same
size, schema and generator version returns it at once. Callers that write to it should copy it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 1
BLOCK = 2_000  # learners made by the demo-data generator; larger sizes copy this block
STAMP_KEY = "benchmark_database"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)  # fixed, so every machine builds the same data


def default_cache() -> Path:
    """Where generated databases are kept between runs (QORGAU_BENCH_CACHE overrides it)."""
    return Path(os.environ.get("QORGAU_BENCH_CACHE") or Path.home() / ".cache" / "qorgau-bench")


def schema_digest() -> str:
    """A short digest of the schema the migrations make, so any schema change rebuilds the file."""
    import hashlib

    from trainer.storage.database import open_database

    db = open_database(None)
    try:
        sql = "\n".join(r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"))
    finally:
        db.close()
    return hashlib.sha256(sql.encode()).hexdigest()[:10]


def _stamp(learners: int) -> str:
    return f"learners={learners};schema={schema_digest()};generator={GENERATOR_VERSION}"


def _stamp_of(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [STAMP_KEY]).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def big_database(learners: int, path: Path) -> Path:
    """A database file with ``learners`` learners, made or taken from the cache.

    Args:
        learners: how many learners (any positive number).
        path: a folder to cache files in (named by size and schema), or a ``.db`` file to (re)use.
    Returns:
        The database file; its ``settings`` row ``benchmark_database`` says what it holds.
    """
    if learners < 1:
        raise ValueError("a benchmark database needs at least one learner")
    path = Path(path)
    target = path if path.suffix == ".db" else path / f"big-{learners}-{schema_digest()}.db"
    if target.exists() and _stamp_of(target) == _stamp(learners):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    for p in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        p.unlink(missing_ok=True)
    _build(learners, part)
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    part.replace(target)
    return target


def _build(learners: int, part: Path) -> None:
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database

    start = time.perf_counter()
    db = open_database(part)
    try:
        db.execute("PRAGMA synchronous = OFF")
        catalogue = load_catalogue(ROOT / "modules")
        writer = BulkWriter(db)
        DemoDataService(writer, catalogue).generate(min(learners, BLOCK), seed=11, now=NOW)
        copied, copy = min(learners, BLOCK), 0
        with writer.transaction():
            while copied < learners:
                copy += 1
                copied += writer.copy_cohort(copy, min(BLOCK, learners - copied))
        writer.analyse()
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [STAMP_KEY, _stamp(learners)],
        )
        db.conn.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    print(f"made {learners:,} learners in {time.perf_counter() - start:.1f} s: {part}", file=sys.stderr)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Make (or find in the cache) a large benchmark database.")
    parser.add_argument("learners", type=int)
    parser.add_argument(
        "--cache", type=Path, default=None, help="folder for the files (default: ~/.cache/qorgau-bench)"
    )
    args = parser.parse_args()
    print(big_database(args.learners, args.cache or default_cache()))
