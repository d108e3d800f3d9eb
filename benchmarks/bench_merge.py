"""Benchmark importing progress bundles against inserting the same rows directly (same run).

    python benchmarks/bench_merge.py            # 500 bundles, median of 3 runs each
    python benchmarks/bench_merge.py --smoke    # 10 bundles, 1 run (the test suite checks it runs)

Each bundle is one learner's laptop: the learner, 4 lessons read, 3 attempts of 12 answers and
a certificate. "import" is ``SyncService.import_bundles`` into a fresh database file, the devices'
key trusted: reading, checking the signature, every checksum and every value, looking up each
table's keys in one batched query, inserting the new records with ``executemany``, logging the
bundle; each bundle all or nothing (a savepoint), committed together every half second. "direct"
inserts the same rows into a fresh database with ``executemany``, one transaction per bundle: the
floor that checking and merging add to.
Also printed: the median time to import one bundle, which decides whether the GUI may import on
its UI thread (it may not above ~100 ms; it uses a worker thread either way).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from trainer.domain.certificate import certificate_code  # noqa: E402
from trainer.services.sync import Decisions, SyncService  # noqa: E402
from trainer.storage.database import DB_FILENAME, open_database  # noqa: E402
from trainer.storage.sync_store import SyncStore, _row  # noqa: E402
from trainer.sync.bundle import write_bundle  # noqa: E402
from trainer.sync.keys import public_key_text  # noqa: E402
from trainer.sync.records import TABLES  # noqa: E402


def laptop_records(rng: random.Random) -> dict[str, list[dict]]:
    """One learner's progress, shaped as the app records it."""

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    day = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:00:00+00:00"
    learner = uid()
    records: dict[str, list[dict]] = {t: [] for t in TABLES}
    records["learners"].append(
        {
            "id": learner,
            "name": f"Learner {rng.randint(1, 10**6)}",
            "role": rng.choice(["police", "judge", "prosecutor", "social_worker"]),
            "region": rng.choice(["almaty", "astana", "shymkent", "karaganda"]),
            "unit": "",
            "created": day,
            "active": True,
        }
    )
    for i in range(4):
        records["lesson_progress"].append(
            {"learner_id": learner, "module_id": "m1", "lesson_id": f"m1.l{i}", "opened": day, "read_at": day}
        )
    questions = [f"m1.q{i:02d}" for i in range(12)]
    for _ in range(3):
        attempt = uid()
        records["attempts"].append(
            {
                "id": attempt,
                "learner_id": learner,
                "module_id": "m1",
                "content_version": "1.0.0",
                "seed": rng.randint(0, 2**31),
                "plan": {"question_ids": questions, "option_orders": {q: ["a", "b", "c", "d"] for q in questions}},
                "started": day,
                "finished": day,
                "score": 75.0,
                "passed": True,
            }
        )
        for q in questions:
            records["responses"].append(
                {
                    "id": uid(),
                    "attempt_id": attempt,
                    "question_id": q,
                    "response": rng.choice(["a", "b", ["a", "c"], {"x": 1}]),
                    "score": 1.0,
                    "correct": True,
                    "answered": day,
                }
            )
    first = records["attempts"][0]["id"]
    records["certificates"].append(
        {
            "code": certificate_code(learner, "module", ["m1"], {"m1": "1.0.0"}, [first], 75.0),
            "learner_id": learner,
            "kind": "module",
            "module_ids": ["m1"],
            "content_versions": {"m1": "1.0.0"},
            "score": 75.0,
            "issued": day,
            "attempt_ids": [first],
        }
    )
    return records


def fresh(folder: Path) -> Path:
    folder.mkdir(parents=True)
    open_database(folder / DB_FILENAME).close()
    return folder


def run_import(folder: Path, paths: list[Path], decisions: Decisions) -> tuple[float, int]:
    service = SyncService.open(fresh(folder))
    try:
        start = time.perf_counter()
        result = service.import_bundles(paths, decisions=decisions)
        elapsed = time.perf_counter() - start
    finally:
        service.close()
    assert not result.errors, result.errors[:1]
    return elapsed, sum(result.counts.new.values())


def run_direct(folder: Path, bundles: list[dict[str, list[dict]]]) -> float:
    db = open_database(fresh(folder) / DB_FILENAME)
    store = SyncStore(db)
    try:
        start = time.perf_counter()
        for records in bundles:
            with store.transaction():
                for table in TABLES:
                    rows = [_row(table, r) for r in records[table]]
                    if rows:
                        cols = list(rows[0])
                        db.conn.executemany(
                            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                            [[r[c] for c in cols] for r in rows],
                        )
        return time.perf_counter() - start
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="10 bundles, one run: only checks the script works")
    parser.add_argument("--bundles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n, repeat = (10, 1) if args.smoke else (args.bundles, args.repeat)
    rng = random.Random(6)
    key = Ed25519PrivateKey.generate()
    trusted = Decisions(trust={public_key_text(key)})  # the trainer compared the fingerprint once
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-merge-") as tmp:
        work = Path(tmp)
        bundles = [laptop_records(rng) for _ in range(n)]
        paths = []
        for i, records in enumerate(bundles):
            device = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            paths.append(write_bundle(work / f"b{i:04d}.zip", records, device_id=device, key=key, app_version="bench"))
        rows = sum(len(v) for b in bundles for v in b.values())
        imports, directs = [], []
        for r in range(repeat):
            elapsed, new = run_import(work / f"import{r}", paths, trusted)
            assert new == rows, (new, rows)
            imports.append(elapsed)
            directs.append(run_direct(work / f"direct{r}", bundles))
        again = run_import(work / "twice", paths + paths, trusted)[0]
        one = statistics.median(run_import(work / f"one{i}", [paths[i]], trusted)[0] for i in range(min(n, 20)))
    imp, direct = statistics.median(imports), statistics.median(directs)
    print(f"{n} bundles, {rows} rows ({rows // n} per bundle), median of {repeat} run(s):")
    print()
    print("| what | time | per bundle |")
    print("|---|---|---|")
    print(f"| import_bundles (check + merge) | {imp:.2f} s | {imp / n * 1000:.1f} ms |")
    print(f"| direct executemany INSERT | {direct:.2f} s | {direct / n * 1000:.1f} ms |")
    print(f"| the same {n} bundles imported twice (second pass adds nothing) | {again:.2f} s | |")
    print(f"| one bundle into a fresh database (median of {min(n, 20)}) | {one * 1000:.1f} ms | |")
    print()
    print(f"Ratio import / direct: {imp / direct:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
