"""The installed ``article-bot`` entry point, run as a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "article-bot"


def run(*args, stdin="", env=None):
    environment = dict(os.environ)
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    environment.pop("ARTICLE_BOT_KNOWLEDGE", None)
    environment["ARTICLE_BOT_CACHE_DIR"] = "off"
    environment.update(env or {})
    return subprocess.run(
        [str(BIN), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def test_ask_jsonl_answers_in_order_with_sources():
    result = run("ask", "--jsonl", stdin="全网平均算力是多少\n明天上海会下雨吗？\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["全网平均算力是多少", "明天上海会下雨吗？"]
    top = lines[0]["answers"][0]
    assert "126.83EH/s" in top["text"]
    assert top["source"] == {
        "title": "四川比特币矿场集体断电 网友：干得漂亮",
        "publisher": "cnBeta",
        "published": "2021-06-20",
        "paragraph": 16,
        "section": "比特币全网算力隔夜骤降",
    }
    assert isinstance(top["score"], float)
    assert lines[1]["answers"] == []


def test_ask_json_top_k():
    result = run("ask", "--json", "--top", "1", "四川", "矿机", "关停")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["answers"]) == 1


def test_ask_human_reply_has_the_fact_and_source():
    result = run("ask", "Poolin 的算力跌了多少？")
    assert result.returncode == 0, result.stderr
    assert "8.05%" in result.stdout.splitlines()[0]
    assert "第16段" in result.stdout


def test_ask_says_not_in_the_article_with_suggestions():
    result = run("ask", "What is the weather in Beijing?")
    assert result.returncode == 0
    assert "The article doesn't say." in result.stdout
    assert "You could ask:" in result.stdout


def test_malformed_article_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: 'broken\n---\n<p>x</p>", encoding="utf-8")
    result = run("ask", "--knowledge", str(bad), "问题")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_knowledge_from_the_environment(tmp_path):
    result = run("ask", "x", env={"ARTICLE_BOT_KNOWLEDGE": str(tmp_path / "missing")})
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_no_token_and_no_terminal_says_what_is_missing():
    result = run()
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr


def test_bad_setting_exits_2_naming_it():
    result = run("run", env={"TELEGRAM_BOT_TOKEN": "not-a-token"})
    assert result.returncode == 2
    assert result.stderr.startswith("article-bot: TELEGRAM_BOT_TOKEN:")


def test_chat_reads_questions_and_numbered_options():
    result = run("chat", stdin="全网平均算力是多少\n1\n/source 99\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "[1] 原文" in result.stdout
    assert result.stdout.count("btc.com数据显示") == 2  # the answer, then the full paragraph
    assert "没有第99段" in result.stdout


def test_eval_prints_both_systems():
    result = run("eval", "--split", "dev")
    assert result.returncode == 0, result.stderr
    assert "== article-bot" in result.stdout
    assert "== bm25 baseline" in result.stdout
    assert "hit@1" in result.stdout


def test_eval_takes_several_splits_and_names_a_missing_one():
    both = run("eval", "--split", "holdout,fresh", "--no-baseline")
    assert both.returncode == 0, both.stderr
    assert "in-scope        90" in both.stdout  # 46 + 44 questions
    missing = run("eval", "--split", "dev,nosuch")
    assert missing.returncode == 2
    assert "nosuch" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.parametrize("args", [["ask", "--top", "0", "x"], ["nonsense"]])
def test_usage_errors_exit_2(args):
    assert run(*args).returncode == 2


def test_bench_writes_a_synthetic_corpus_the_bot_answers_from(tmp_path):
    result = run("bench", "--posts", "20", "--out", str(tmp_path / "posts"))
    assert result.returncode == 0, result.stderr
    posts = sorted((tmp_path / "posts").glob("*.md"))
    assert len(posts) == 20
    rows = [
        json.loads(line)
        for line in (tmp_path / "posts" / "questions.jsonl").read_text().splitlines()
    ]
    assert len(rows) == 40
    question = rows[10]
    answered = run("ask", "--json", "--knowledge", str(tmp_path / "posts"), question["question"])
    top = json.loads(answered.stdout)["answers"][0]
    assert question["expect"][0] in top["text"]
