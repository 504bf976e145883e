"""A non-editable install ships the article and the data files."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

ARTICLE = "knowledge/articles/sichuan-bitcoin-mines-2021-06-20.md"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, once for this module."""
    folder = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(folder),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = folder.glob("article_bot-*.whl")
    return built


def test_wheel_carries_the_article_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert ARTICLE in names
    for data in ("aliases.tsv", "glossary.tsv", "question_words.txt", "eval_questions.jsonl"):
        assert f"knowledge/data/{data}" in names
    assert "bot/data/suggestions.txt" in names
    assert "knowledge/py.typed" in names


def test_fresh_virtualenv_install_finds_the_bundled_article(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # find_spec locates the installed package without importing its dependencies
    found = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.util, pathlib; spec = importlib.util.find_spec('knowledge'); "
            "print(pathlib.Path(spec.origin).parent / 'articles' / "
            "'sichuan-bitcoin-mines-2021-06-20.md')",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    shipped = Path(found.stdout.strip())
    assert "site-packages" in str(shipped)
    assert shipped.read_text(encoding="utf-8") == (REPO / ARTICLE).read_text(encoding="utf-8")
