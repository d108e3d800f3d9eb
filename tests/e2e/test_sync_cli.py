"""`export-progress` and `import-progress` as a trainer runs them, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.sync_helpers import PROGRESS_TABLES, dump, fill_laptop, rows


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"},
    )


def fingerprint(export_output: str) -> str:
    return export_output.split("key fingerprint ")[1].strip().rstrip(".")


def test_export_preview_import_and_merge_from_the_command_line(tmp_path):
    a_ids = fill_laptop(tmp_path / "a", [("Aliya Kasymova", "judge", "almaty"), ("Bolat", "police", "astana")])
    b_ids = fill_laptop(tmp_path / "b", [("aliya  kasymova", "judge", "almaty")])
    out = run("--data-dir", str(tmp_path / "a"), "export-progress", "--out", str(tmp_path / "a.zip"))
    assert out.returncode == 0, out.stderr
    assert "2 learners" in out.stdout and "key fingerprint" in out.stdout
    a_key = fingerprint(out.stdout)
    one = run(
        "--data-dir", str(tmp_path / "b"), "export-progress", "--out", str(tmp_path / "b.zip"), "--learner", b_ids[0]
    )
    assert one.returncode == 0 and "1 learners" in one.stdout, one.stderr
    b_key = fingerprint(one.stdout)

    office = tmp_path / "office"
    dry = run(
        "--data-dir", str(office), "import-progress", "--dry-run", str(tmp_path / "a.zip"), str(tmp_path / "b.zip")
    )
    assert dry.returncode == 0, dry.stderr
    assert "New learners: 3; new attempts: 3" in dry.stdout and "Possible duplicates" in dry.stdout
    assert f"UNTRUSTED {tmp_path / 'a.zip'}: key {a_key} is not trusted here" in dry.stdout
    assert "Dry run: nothing was imported." in dry.stdout and not office.exists()

    declined = run("--data-dir", str(office), "import-progress", str(tmp_path / "a.zip"), stdin="n\n")
    assert declined.returncode == 1 and "Nothing was imported." in declined.stdout

    untrusted = run("--data-dir", str(office), "import-progress", "--yes", str(tmp_path / "a.zip"))
    assert untrusted.returncode == 1 and f'--trust "{a_key}"' in untrusted.stderr
    assert "which this computer does not trust yet" in untrusted.stderr
    assert "Imported 0 file(s)" in untrusted.stdout

    done = run(
        "--data-dir",
        str(office),
        "import-progress",
        "--trust",
        a_key,
        "--trust",
        b_key.lower().replace(" ", ""),  # as typed: any case, with or without spaces
        str(tmp_path / "a.zip"),
        str(tmp_path / "b.zip"),
        stdin="y\ny\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 2 file(s): 3 new learners, 3 new attempts" in done.stdout
    assert f"Trusted the key {a_key} from now on." in done.stdout
    assert "Merged" in done.stdout
    assert rows(office, "SELECT COUNT(DISTINCT person_id) FROM learner_identity") == [(2,)]
    assert sorted(r[0] for r in rows(office, "SELECT id FROM learners")) == sorted(a_ids + b_ids)

    before = dump(office, PROGRESS_TABLES)
    again = run("--data-dir", str(office), "import-progress", "--yes", str(tmp_path / "b.zip"), str(tmp_path / "a.zip"))
    assert again.returncode == 0 and "0 new learners, 0 new attempts, 0 new records" in again.stdout
    assert dump(office, PROGRESS_TABLES) == before
    listed = run("--data-dir", str(office), "import-progress", "--conflicts")
    assert listed.returncode == 0 and "No conflicts" in listed.stdout


def test_a_damaged_file_is_refused_by_name_and_the_others_import(tmp_path):
    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    out = run("--data-dir", str(tmp_path / "a"), "export-progress", "--out", str(tmp_path / "a.zip"))
    assert out.returncode == 0
    data = bytearray((tmp_path / "a.zip").read_bytes())
    data[len(data) // 2] ^= 0x20
    (tmp_path / "bad.zip").write_bytes(bytes(data))
    result = run(
        "--data-dir",
        str(tmp_path / "c"),
        "import-progress",
        "--yes",
        "--trust",
        fingerprint(out.stdout),
        str(tmp_path / "bad.zip"),
        str(tmp_path / "a.zip"),
    )
    assert result.returncode == 1
    assert (
        "REFUSED" in result.stdout
        and "bad.zip" in result.stdout
        and "Nothing from this file was imported" in result.stdout
    )
    assert "Imported 1 file(s): 1 new learners" in result.stdout
    only_bad = run("--data-dir", str(tmp_path / "d"), "import-progress", "--yes", str(tmp_path / "bad.zip"))
    assert only_bad.returncode == 1 and "Nothing to import." in only_bad.stderr


def test_export_errors_write_nothing(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--data-dir", str(empty), "export-progress", "--out", str(tmp_path / "x.zip"))
    assert result.returncode == 1 and "no Qorgau database" in result.stderr and not (tmp_path / "x.zip").exists()
    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    unknown = run(
        "--data-dir", str(tmp_path / "a"), "export-progress", "--out", str(tmp_path / "x.zip"), "--learner", "nobody"
    )
    assert unknown.returncode == 1 and "nobody" in unknown.stderr and not (tmp_path / "x.zip").exists()


def test_help_lists_the_subcommands():
    out = run("--help").stdout
    assert "export-progress" in out and "import-progress" in out


def test_on_a_terminal_the_trainer_is_asked_to_trust_the_key(tmp_path):
    """Without --trust, a terminal session asks y/N with the fingerprint; a pipe never trusts silently."""
    import pty

    fill_laptop(tmp_path / "a", [("Aliya", "judge", "almaty")])
    out = run("--data-dir", str(tmp_path / "a"), "export-progress", "--out", str(tmp_path / "a.zip"))
    key, a_zip = fingerprint(out.stdout), str(tmp_path / "a.zip")
    main, secondary = pty.openpty()
    try:
        os.write(main, b"y\ny\n")  # trust the key, then import
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "c"), "import-progress", a_zip],
            stdin=secondary,
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"},
        )
    finally:
        os.close(main)
        os.close(secondary)
    assert done.returncode == 0, done.stderr
    assert f"Trust the key {key}" in done.stdout and f"Trusted the key {key} from now on." in done.stdout
    assert "Imported 1 file(s): 1 new learners" in done.stdout
