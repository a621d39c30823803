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
        pytest.param(["--jobs", "-1", "x"], id="negative-jobs"),
        pytest.param(["--jobs", "two", "x"], id="jobs-not-a-number"),
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


def _mixed_jsonl(path: pathlib.Path, n: int) -> None:
    """``n`` records (the seed and sentences), a line that is not JSON, a record without
    text and one with a bad date among them."""
    seed = SEED.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": i, "text": seed if i % 7 == 0 else f"Mr Smith {i} said {i}% rose."})
        for i in range(n)
    ]
    lines[3] = "not json"
    lines[10] = json.dumps({"id": 10})
    lines[20] = json.dumps({"id": 20, "text": "Fine.", "published": "someday"})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jobs_give_the_output_of_one_process(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "in.jsonl"
    _mixed_jsonl(src, 150)  # more than one window of two workers
    one = run("--jsonl", str(src))
    many = run("--jsonl", "--jobs", "2", str(src))
    assert one.returncode == many.returncode == 1
    assert many.stdout == one.stdout
    assert many.stderr == one.stderr
    assert len(one.stdout.splitlines()) == 147
    assert [line for line in one.stderr.splitlines() if ":4: not JSON" in line]
    assert [line for line in one.stderr.splitlines() if "someday" in line]


def test_jobs_with_files_keep_their_order(tmp_path: pathlib.Path) -> None:
    paths = []
    for i in range(5):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Officials said {i + 1} million people voted.", encoding="utf-8")
        paths.append(str(p))
    paths.insert(2, str(tmp_path / "missing.txt"))
    one = run(*paths)
    many = run("-j", "0", *paths)  # one process per CPU
    assert one.returncode == many.returncode == 1
    assert (many.stdout, many.stderr) == (one.stdout, one.stderr)
    assert [line for line in one.stdout.splitlines() if line.startswith("==> ")] == [
        f"==> {p} <==" for p in paths if "missing" not in p
    ]


def test_jobs_with_spawned_workers(tmp_path: pathlib.Path) -> None:
    # macOS and Windows start each worker as a fresh interpreter ("spawn"): the workers
    # must find all they need by importing newsparse, with nothing set up by the parent
    src = tmp_path / "in.jsonl"
    _mixed_jsonl(src, 30)
    code = (
        "import multiprocessing, runpy, sys\n"
        "multiprocessing.set_start_method('spawn', force=True)\n"
        "sys.argv = ['newsparse', '-j', '2', '--jsonl', sys.argv[1]]\n"
        "runpy.run_module('newsparse', run_name='__main__', alter_sys=True)\n"
    )
    spawned = subprocess.run(
        [sys.executable, "-c", code, str(src)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    one = run("--jsonl", str(src))
    assert (spawned.returncode, spawned.stdout, spawned.stderr) == (1, one.stdout, one.stderr)
