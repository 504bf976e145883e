"""One measurement in a fresh process: start-up, time per question, hit@1, peak memory.

Usage: python -m benchmarks.scale_worker FOLDER (--cache DIR | --no-cache | --bm25)
Prints one JSON object. Start-up runs from the worker's first line to the index being ready.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
from pathlib import Path  # noqa: E402

QUESTIONS_PER_RUN = 400


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--bm25", action="store_true")
    args = parser.parse_args()
    lines = (args.folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    rows = random.Random(1).sample(rows, min(QUESTIONS_PER_RUN, len(rows)))
    if args.bm25:
        from knowledge import load_knowledge
        from knowledge.baseline import BM25Baseline

        articles = load_knowledge(args.folder)
        baseline = BM25Baseline(articles)
        owner = {a.id: Path(a.path or "").name for a in articles}
        ready = time.perf_counter()

        def top(question: str) -> tuple[str, str] | None:
            found = baseline.search(question, top=1)
            return (found[0].text, owner[found[0].article_id]) if found else None
    else:
        from knowledge import Retriever

        retriever = Retriever.load(args.folder, args.cache)
        owner = {a.id: Path(a.path or "").name for a in retriever.articles}
        ready = time.perf_counter()

        def top(question: str) -> tuple[str, str] | None:
            answers = retriever.search(question, top=1).answers
            return (answers[0].text, owner[answers[0].article_id]) if answers else None

    top("热身")  # the first question pays for lazy initialisation: keep it out of the timings
    seconds = []
    hits = 0
    for row in rows:
        started = time.perf_counter()
        found = top(row["question"])
        seconds.append(time.perf_counter() - started)
        hits += found is not None and row["expect"][0] in found[0] and found[1] == row["post"]
    seconds.sort()
    print(
        json.dumps(
            {
                "startup_s": ready - STARTED,
                "p50_ms": 1000 * seconds[len(seconds) // 2],
                "p99_ms": 1000 * seconds[min(len(seconds) - 1, int(0.99 * len(seconds)))],
                "hit1": hits / len(rows),
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
