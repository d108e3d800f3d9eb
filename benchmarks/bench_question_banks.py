"""Benchmark reading large question banks: time grows with the bank, not with its square.

    python benchmarks/bench_question_banks.py

A GIFT matching question of n pairs and an Aiken bank of n questions are read at n = 10,000 and
n = 100,000 in the same run. A linear reader takes about 10 times as long for 10 times the pairs;
a quadratic one (as the GIFT matching reader was: 71 s at 100,000 pairs) about 100 times.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.interop.aiken import parse_aiken  # noqa: E402
from trainer.interop.gift import parse_gift  # noqa: E402


def gift(n: int) -> str:
    return "::big:: Match {\n" + "\n".join(f"=item {i} -> answer {i % 997}" for i in range(n)) + "\n}\n"


def aiken(n: int) -> str:
    return "".join(f"Question {i}?\nA. yes\nB. no\nANSWER: A\n\n" for i in range(n))


def timed(parse, text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    print("| reader | 10,000 | 100,000 | ratio (10x the input) |")
    print("|---|---|---|---|")
    for name, parse, make in (("GIFT matching pairs", parse_gift, gift), ("Aiken questions", parse_aiken, aiken)):
        small, large = timed(parse, make(10_000)), timed(parse, make(100_000))
        print(f"| {name} | {small:.3f} s | {large:.3f} s | {large / small:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
