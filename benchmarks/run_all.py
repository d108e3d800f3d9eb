"""Run every benchmarks/bench_*.py and write their tables, with the machine, to benchmarks/RESULTS.md."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{platform.system()} {platform.release()} ({platform.machine()}), {cpu}, {os.cpu_count()} CPUs{memory}; "
        f"Python {platform.python_version()}, PySide6 {pyside}, SQLite {__import__('sqlite3').sqlite_version}; "
        f"Qt platform {os.environ.get('QT_QPA_PLATFORM', 'default')}"
    )


def _sections(text: str) -> dict[str, str]:
    """The ``## name`` sections of an earlier RESULTS.md, by name."""
    out: dict[str, str] = {}
    for chunk in text.split("\n## ")[1:]:
        name, _, body = chunk.partition("\n")
        out[name.strip()] = body.strip()
    return out


def main(argv: list[str] | None = None) -> int:
    """``--only reports,merge`` runs those benchmarks and keeps the other sections of RESULTS.md."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated benchmark names (bench_NAME.py)")
    only = {n for n in parser.parse_args(argv).only.split(",") if n}
    results = HERE / "RESULTS.md"
    earlier = _sections(results.read_text(encoding="utf-8")) if only and results.exists() else {}
    parts = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (f" (this run: {', '.join(sorted(only))}; the other sections are from earlier runs)." if only else "."),
        "",
        f"Machine: {machine()}",
        "",
    ]
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        name = script.stem.removeprefix("bench_")
        if only and name not in only:
            if name in earlier:
                parts += [f"## {name}", "", earlier[name], ""]
            continue
        print(f"== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        print(result.stdout, end="", flush=True)
        parts += [f"## {script.stem.removeprefix('bench_')}", "", result.stdout.strip(), ""]
        if result.returncode != 0:
            failed += 1
            parts += [
                f"**{script.name} failed (exit status {result.returncode}):**",
                "",
                "```",
                result.stderr.strip()[-2000:],
                "```",
                "",
            ]
            print(result.stderr, file=sys.stderr)
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
