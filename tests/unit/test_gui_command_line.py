"""A desktop launch reads its few options without argparse (start-up time): it must read them exactly
as the command line's parser does, and leave everything else to that parser."""

from __future__ import annotations

import pytest

from trainer import app, cli


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--exit-after-start"],
        ["--data-dir", "/data/qorgau"],
        ["--exit-after-start", "--data-dir", "/d", "--content-dir", "/c"],
        ["--data-dir", "/first", "--data-dir", "/second"],
        ["--data-dir", ""],
    ],
)
def test_gui_options_read_as_the_parser_reads_them(argv):
    fast = app._gui_args(argv)
    assert fast is not None
    assert vars(fast) == vars(cli.build_parser(commands=False).parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["gui"],
        ["report", "--format", "csv"],
        ["--data-dir", "/d", "report"],
        ["--data-dir"],
        ["--data-dir", "--exit-after-start"],
        ["--data-dir=/d"],
        ["--data", "/d"],
        ["--version"],
        ["-h"],
    ],
)
def test_anything_else_goes_to_the_parser(argv):
    assert app._gui_args(argv) is None


def test_a_missing_folder_is_reported_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_:
        app.main(["--data-dir"])
    assert exit_.value.code == 2
    assert "--data-dir: expected one argument" in capsys.readouterr().err
