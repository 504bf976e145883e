"""The eval harness: hit@1, hit@3, MRR per category, out-of-scope rejection, time per question."""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ValidationError

from knowledge.errors import KnowledgeError

OUT_OF_SCOPE = "out_of_scope"
DEFAULT_QUESTIONS = resources.files("knowledge") / "data" / "eval_questions.jsonl"

Search = Callable[[str], list[str]]
"""A system under test: question → answer texts, best first (empty = "not in the article")."""


class EvalQuestion(BaseModel):
    """A question of the set: what must the answer contain (any one of ``expect``)."""

    question: str
    category: str
    split: str = "dev"
    expect: list[str] = []


@dataclass
class CategoryResult:
    """Scores of one category: in-scope ones rank, out-of-scope ones must be rejected."""

    count: int = 0
    hit1: int = 0
    hit3: int = 0
    reciprocal_rank: float = 0.0
    rejected: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def hit1_rate(self) -> float:
        """Return the share of questions whose first answer is right."""
        return self.hit1 / self.count if self.count else 0.0

    @property
    def hit3_rate(self) -> float:
        """Return the share of questions with a right answer in the first three."""
        return self.hit3 / self.count if self.count else 0.0

    @property
    def mrr(self) -> float:
        """Return the mean reciprocal rank of the first right answer."""
        return self.reciprocal_rank / self.count if self.count else 0.0

    @property
    def rejection_rate(self) -> float:
        """Return the share of questions that got no answer."""
        return self.rejected / self.count if self.count else 0.0


@dataclass
class EvalReport:
    """Per-category results, overall in-scope results and timings of one system."""

    name: str
    categories: dict[str, CategoryResult]
    seconds: list[float]
    longest_top_answer: int

    @property
    def in_scope(self) -> CategoryResult:
        """Return all in-scope categories merged."""
        total = CategoryResult()
        for name, result in self.categories.items():
            if name != OUT_OF_SCOPE:
                total.count += result.count
                total.hit1 += result.hit1
                total.hit3 += result.hit3
                total.reciprocal_rank += result.reciprocal_rank
                total.misses += result.misses
        return total

    @property
    def out_of_scope(self) -> CategoryResult:
        """Return the out-of-scope category (empty when the set has none)."""
        return self.categories.get(OUT_OF_SCOPE, CategoryResult())

    def median_ms(self) -> float:
        """Return the median time per question in milliseconds."""
        return 1000 * statistics.median(self.seconds) if self.seconds else 0.0

    def p99_ms(self) -> float:
        """Return the 99th-percentile time per question in milliseconds."""
        if not self.seconds:
            return 0.0
        ordered = sorted(self.seconds)
        return 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def load_questions(path: Path | None = None) -> list[EvalQuestion]:
    """Read a question set (JSON lines); the bundled one by default.

    Raises:
        KnowledgeError: the file cannot be read or a line is not a question.
    """
    source = str(path) if path else "eval_questions.jsonl"
    try:
        text = path.read_text(encoding="utf-8") if path else DEFAULT_QUESTIONS.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(source, f"cannot read: {exc}") from None
    questions = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(EvalQuestion.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            problem = str(exc).splitlines()[0]
            raise KnowledgeError(source, f"line {number} is not a question: {problem}") from None
    if not questions:
        raise KnowledgeError(source, "no questions")
    return questions


def evaluate(name: str, search: Search, questions: Sequence[EvalQuestion]) -> EvalReport:
    """Ask every question and score the answers."""
    categories: dict[str, CategoryResult] = defaultdict(CategoryResult)
    seconds: list[float] = []
    longest = 0
    for item in questions:
        started = time.perf_counter()
        texts = search(item.question)
        seconds.append(time.perf_counter() - started)
        result = categories[item.category]
        result.count += 1
        if texts:
            longest = max(longest, len(texts[0]))
        if item.category == OUT_OF_SCOPE or not item.expect:
            result.rejected += not texts
            if texts:
                result.misses.append(f"{item.question} → {texts[0][:40]}")
            continue
        rank = next((i for i, t in enumerate(texts, 1) if any(e in t for e in item.expect)), 0)
        result.hit1 += rank == 1
        result.hit3 += 1 <= rank <= 3
        result.reciprocal_rank += 1 / rank if rank else 0.0
        if rank != 1:
            got = texts[0][:40] if texts else "(nothing)"
            result.misses.append(f"[{item.category}] {item.question} → {got}")
    return EvalReport(name, dict(categories), seconds, longest)


def format_report(reports: Sequence[EvalReport]) -> str:
    """Render reports side by side as a plain-text table."""
    names = sorted({c for r in reports for c in r.categories}, key=lambda c: (c == OUT_OF_SCOPE, c))
    lines = []
    for report in reports:
        lines.append(f"== {report.name}")
        lines.append(f"{'category':<14}{'n':>4}{'hit@1':>8}{'hit@3':>8}{'MRR':>7}{'rejected':>10}")
        for name in names:
            r = report.categories.get(name)
            if r is None:
                continue
            lines.append(
                f"{name:<14}{r.count:>4}{r.hit1_rate:>8.1%}{r.hit3_rate:>8.1%}{r.mrr:>7.3f}"
                f"{r.rejection_rate:>10.1%}"
            )
        s = report.in_scope
        lines.append(
            f"{'in-scope':<14}{s.count:>4}{s.hit1_rate:>8.1%}{s.hit3_rate:>8.1%}{s.mrr:>7.3f}"
        )
        lines.append(
            f"time per question: median {report.median_ms():.2f} ms, p99 {report.p99_ms():.2f} ms;"
            f" longest top answer {report.longest_top_answer} chars"
        )
    return "\n".join(lines)
