"""The command line: output formats, stdin, JSON Lines, exit codes, messages."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import newsparse
from newsparse._cli import main

from .conftest import SEED


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_summary_of_the_seed() -> None:
    r = run(str(SEED))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("title: -\nactors:")
    for heading in ("statements:", "demands:", "figures:"):
        assert f"\n{heading}" in r.stdout
    assert r.stderr == ""


def test_json_is_the_schema(tmp_path: pathlib.Path) -> None:
    r = run("--json", str(SEED))
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["schema"] == "newsparse/1"
    assert newsparse.Article.from_dict(data) == newsparse.parse(SEED.read_text(encoding="utf-8"))


def test_stdin() -> None:
    r = run("--json", "-", stdin="Mr Smith said the plan would work.")
    assert r.returncode == 0
    assert json.loads(r.stdout)["text"] == "Mr Smith said the plan would work."


def test_jsonl_in_and_out(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "text": "First article."})
        + "\n\n"
        + json.dumps({"id": 2, "text": "Second one.", "published": "2020-01-02"})
        + "\n",
        encoding="utf-8",
    )
    r = run("--jsonl", str(src))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(row["id"], row["text"], row["published"]) for row in rows] == [
        ("x1", "First article.", None),
        (2, "Second one.", "2020-01-02"),
    ]


def test_jsonl_bad_line_is_reported_and_the_rest_processed(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Fine."}\nnot json\n{"id": 3}\n', encoding="utf-8")
    r = run("--jsonl", str(src))
    assert r.returncode == 1
    assert len(r.stdout.splitlines()) == 1
    assert "in.jsonl:2: not JSON" in r.stderr
    assert 'in.jsonl:3: expected an object with a "text" string' in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_file_exit_1_one_line(tmp_path: pathlib.Path) -> None:
    r = run(str(tmp_path / "nope.txt"), str(SEED))
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "nope.txt: No such file or directory" in r.stderr
    assert "==> " in r.stdout  # the readable file is still processed


def test_not_utf8_exit_1(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 prices rose.".encode("latin-1"))
    r = run(str(bad))
    assert r.returncode == 1
    assert "not UTF-8 text" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no-file"),
        pytest.param(["--bogus", "x"], id="unknown-flag"),
        pytest.param(["--json", "--jsonl", "x"], id="exclusive-flags"),
        pytest.param(["--published", "someday", "x"], id="bad-date"),
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = run(*args)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("newsparse: error:")


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "newsparse/1"
