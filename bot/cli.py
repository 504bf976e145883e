"""The ``article-bot`` command: ask, chat, eval, run (the Telegram bot)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.settings import KnowledgeSettings, Settings, SettingsError, load_settings
from knowledge import KnowledgeError, Retriever, bundled_knowledge_path
from knowledge.evaluation import (
    EvalReport,
    evaluate,
    format_report,
    load_questions,
)

EXIT_USAGE = 2
EXIT_UNREACHABLE = 1
FLOOR_HIT1 = 0.95
FLOOR_CATEGORY_HIT1 = 0.90
FLOOR_REJECTED = 0.95
MAX_TOP_ANSWER = 320


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _retriever(path: Path | None) -> Retriever:
    settings = load_settings(KnowledgeSettings)
    return Retriever.load(
        path or settings.knowledge or bundled_knowledge_path(), settings.cache_path
    )


def _reply_json(retriever: Retriever, question: str, top: int) -> str:
    reply = retriever.search(question, top=top)
    payload = reply.model_dump(mode="json", exclude={"language"})
    return json.dumps(payload, ensure_ascii=False)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question (or one per input line with --jsonl)."""
    retriever = _retriever(args.knowledge)
    if args.jsonl:
        for line in sys.stdin:  # one object per line, blank lines too, so outputs pair with inputs
            print(_reply_json(retriever, line.rstrip("\r\n"), args.top), flush=True)
        return 0
    if not args.question:
        raise CliError("ask: give a QUESTION, or --jsonl to read questions from standard input")
    question = " ".join(args.question)
    if args.json:
        print(_reply_json(retriever, question, args.top))
        return 0
    from bot.formatting import PLAIN, answer_message, nothing_message
    from bot.service import ArticleService

    service = ArticleService(retriever)
    language = service.language_of(question)
    answers = retriever.search(question, top=args.top).answers
    if answers:
        print(answer_message(answers, language, PLAIN))
    else:
        print(nothing_message(service.nearest(question), language, PLAIN))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat in the terminal over the knowledge."""
    from bot.chat import run_chat
    from bot.service import ArticleService

    return run_chat(ArticleService(_retriever(args.knowledge)))


def check_floors(report: EvalReport) -> list[str]:
    """Return the quality floors the report falls below (empty when all are met)."""
    failures = []
    scope = report.in_scope
    if scope.count and scope.hit1_rate < FLOOR_HIT1:
        failures.append(f"in-scope hit@1 {scope.hit1_rate:.1%} < {FLOOR_HIT1:.0%}")
    for name, result in report.categories.items():
        if name != "out_of_scope" and result.hit1_rate < FLOOR_CATEGORY_HIT1:
            failures.append(f"{name} hit@1 {result.hit1_rate:.1%} < {FLOOR_CATEGORY_HIT1:.0%}")
    rejected = report.out_of_scope
    if rejected.count and rejected.rejection_rate < FLOOR_REJECTED:
        failures.append(
            f"out-of-scope rejected {rejected.rejection_rate:.1%} < {FLOOR_REJECTED:.0%}"
        )
    if report.longest_top_answer > MAX_TOP_ANSWER:
        failures.append(f"a top answer has {report.longest_top_answer} chars > {MAX_TOP_ANSWER}")
    return failures


def cmd_eval(args: argparse.Namespace) -> int:
    """Measure answer quality on a question set, beside the BM25 baseline."""
    retriever = _retriever(args.knowledge)
    questions = load_questions(args.file)
    if args.split != "all":
        wanted = {s.strip() for s in args.split.split(",")}
        known = {q.split for q in questions}
        if not wanted <= known:
            missing = ", ".join(sorted(wanted - known))
            raise CliError(f"eval: no split {missing} (the set has {', '.join(sorted(known))})")
        questions = [q for q in questions if q.split in wanted]
    for item in questions[:5]:  # warm caches so that timings are per question after start-up
        retriever.search(item.question)
    reports = [
        evaluate("article-bot", lambda q: [a.text for a in retriever.search(q).answers], questions)
    ]
    if not args.no_baseline:
        try:
            from knowledge.baseline import BM25Baseline
        except ImportError:
            print("(BM25 baseline skipped: rank_bm25 is not installed)", file=sys.stderr)
        else:
            baseline = BM25Baseline(retriever.articles)
            reports.append(
                evaluate("bm25 baseline", lambda q: [p.text for p in baseline.search(q)], questions)
            )
    print(format_report(reports))
    if args.verbose:
        for miss in reports[0].in_scope.misses + reports[0].out_of_scope.misses:
            print(f"miss: {miss}")
    failures = check_floors(reports[0]) if args.check else []
    for failure in failures:
        print(f"below floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Write a synthetic corpus for benchmarks."""
    from knowledge.synthetic import MAX_POSTS, write_corpus

    if not 1 <= args.posts <= MAX_POSTS:
        raise CliError(f"bench: --posts must be between 1 and {MAX_POSTS}")
    write_corpus(args.out, args.posts, seed=args.seed)
    print(f"wrote {args.posts} posts and questions.jsonl to {args.out}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Serve Telegram (long polling, or a webhook when ARTICLE_BOT_WEBHOOK_URL is set)."""
    settings = load_settings(Settings)
    from bot.app import BotApiUnreachable, serve

    if settings.token is None:
        raise CliError("TELEGRAM_BOT_TOKEN is not set (environment or .env): the bot cannot start")
    knowledge = args.knowledge or settings.knowledge or bundled_knowledge_path()
    try:
        return serve(settings, _retriever(knowledge), knowledge)
    except BotApiUnreachable as exc:
        print(f"article-bot: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE


def cmd_default(args: argparse.Namespace) -> int:
    """Run the bot when a token is set, else chat when attached to a terminal."""
    settings = load_settings(Settings)
    if settings.token is not None:
        return cmd_run(args)
    if sys.stdin.isatty():
        return cmd_chat(args)
    raise CliError(
        "TELEGRAM_BOT_TOKEN is not set and standard input is not a terminal: set the token to "
        "serve Telegram, or run 'article-bot chat' / 'article-bot ask QUESTION'"
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line: subcommands ask, chat, eval, run."""
    parser = argparse.ArgumentParser(
        prog="article-bot",
        description="Answer readers' questions about news articles with sourced excerpts. "
        "Without a subcommand: serve Telegram when TELEGRAM_BOT_TOKEN is set, "
        "else chat in the terminal.",
    )
    knowledge = argparse.ArgumentParser(add_help=False)
    knowledge.add_argument(
        "--knowledge",
        type=Path,
        metavar="PATH",
        help="a post or a folder of posts "
        "(default: $ARTICLE_BOT_KNOWLEDGE, else the bundled article)",
    )
    parser.set_defaults(handler=cmd_default, knowledge=None)
    sub = parser.add_subparsers(title="commands")

    ask = sub.add_parser("ask", parents=[knowledge], help="answer a question and exit")
    ask.add_argument("question", nargs="*", help="the question")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument(
        "--jsonl",
        action="store_true",
        help="read one question per line from standard input, write JSON lines",
    )
    ask.add_argument("--top", type=_positive, default=3, metavar="K", help="answers (default 3)")
    ask.set_defaults(handler=cmd_ask)

    chat = sub.add_parser("chat", parents=[knowledge], help="chat in the terminal")
    chat.set_defaults(handler=cmd_chat)

    ev = sub.add_parser("eval", parents=[knowledge], help="measure answer quality")
    ev.add_argument("file", nargs="?", type=Path, help="question set (default: the bundled one)")
    ev.add_argument(
        "--split",
        default="all",
        help="a split of the set, several joined by commas (blind4,blind5), or all (default)",
    )
    ev.add_argument("--check", action="store_true", help="exit 1 when below the quality floors")
    ev.add_argument("--no-baseline", action="store_true", help="skip the BM25 baseline")
    ev.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ev.set_defaults(handler=cmd_eval)

    bench = sub.add_parser(
        "bench", help="write synthetic posts (each with one unique fact) for benchmarks"
    )
    bench.add_argument("--posts", type=_positive, required=True, metavar="N", help="how many")
    bench.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write")
    bench.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    bench.set_defaults(handler=cmd_bench)

    run = sub.add_parser("run", parents=[knowledge], help="serve Telegram")
    run.set_defaults(handler=cmd_run)
    return parser


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (2 for bad input, with one line on stderr)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except (KnowledgeError, SettingsError, CliError) as exc:
        print(f"article-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    return code


def run_main() -> None:
    """Console-script wrapper: exit with :func:`main`'s code."""
    sys.exit(main())
