"""`make bench`: article-bot and a BM25 baseline over 1 to 5,000 synthetic posts.

For each size: cold start-up (empty cache), warm start-up (cache filled), time per question
(p50, p99), hit@1 on questions about each post's unique fact, peak memory; each measured in a
fresh process. Usage: python -m benchmarks.scale [SIZES...]   (default 1 100 1000 5000)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from knowledge.synthetic import write_corpus

SIZES = (1, 100, 1000, 5000)


def run_worker(folder: Path, *flags: str) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale_worker", str(folder), *flags],
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print the table (Markdown, ready for the README)."""
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    print(
        "| posts | system | cold start-up | warm start-up | p50 / question | p99 / question "
        "| hit@1 | peak memory |"
    )
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder, cache = Path(tmp) / "posts", Path(tmp) / "cache"
            write_corpus(folder, size)
            cold = run_worker(folder, "--cache", str(cache))
            warm = run_worker(folder, "--cache", str(cache))
            bm25 = run_worker(folder, "--bm25")
        print(
            f"| {size:,} | article-bot | {cold['startup_s']:.2f} s | {warm['startup_s']:.2f} s "
            f"| {warm['p50_ms']:.2f} ms | {warm['p99_ms']:.2f} ms | {warm['hit1']:.1%} "
            f"| {max(cold['peak_mb'], warm['peak_mb']):.0f} MB |"
        )
        print(
            f"| {size:,} | BM25 baseline | {bm25['startup_s']:.2f} s | — "
            f"| {bm25['p50_ms']:.2f} ms | {bm25['p99_ms']:.2f} ms | {bm25['hit1']:.1%} "
            f"| {bm25['peak_mb']:.0f} MB |",
            flush=True,
        )


if __name__ == "__main__":
    main()
