"""Replies as Telegram HTML or plain text: pure functions; article and user text escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.texts import Language, text
from knowledge import Answer, Article, DirectFact, Source
from knowledge.digest import FactLine

MAX_MESSAGE_CHARS = 4096
MAX_PARAGRAPH_CHARS = 3000
_CLAUSE_END = re.compile(r"[，。；！？：,;!?]")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PARTS = {"late": "late ", "mid": "mid-", "early": "early "}


@dataclass(frozen=True)
class Markup:
    """How to mark text up: Telegram HTML, or plain text for the terminal."""

    html: bool

    def escape(self, value: str) -> str:
        """Escape article or user text."""
        return html.escape(value, quote=False) if self.html else value

    def bold(self, value: str) -> str:
        """Bold already-escaped text."""
        return f"<b>{value}</b>" if self.html else value

    def italic(self, value: str) -> str:
        """Italicise already-escaped text."""
        return f"<i>{value}</i>" if self.html else value


HTML = Markup(html=True)
PLAIN = Markup(html=False)


def english_date(value: str, qualifier: str | None) -> str:
    """``2021-06-20`` → ``20 June 2021``; ``2019-08`` → ``August 2019``; by/late kept."""
    day, _, time = value.partition("T")
    parts = day.split("-")
    if len(parts) == 3:
        when = date(int(parts[0]), int(parts[1]), int(parts[2]))
        rendered = f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
        rendered = f"{time}, {rendered}" if time else rendered
    elif len(parts) == 2:
        rendered = f"{_PARTS.get(qualifier or '', '')}{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    else:
        rendered = day
    if qualifier == "by":
        return f"by {rendered}"
    if qualifier == "evening":
        return f"evening of {rendered}"
    return rendered


def fact_line(fact: DirectFact, language: Language, markup: Markup) -> str:
    """The direct answer: ``截止日期：6月20日前（2021-06-20）`` / ``Deadline: by 20 June 2021``."""
    label = text(fact.kind, language)
    if language == "en":
        if fact.kind == "figure":
            value = f"{fact.text} ({fact.value}{' ' + fact.unit if fact.unit else ''})"
        else:
            value = english_date(fact.value, "by" if fact.kind == "deadline" else None)
        return f"{markup.bold(markup.escape(label + ':'))} {markup.escape(value)}"
    value = fact.text if fact.kind == "figure" else f"{fact.text}（{fact.value}）"
    return f"{markup.bold(markup.escape(label + '：'))}{markup.escape(value)}"


def source_line(source: Source, language: Language, markup: Markup) -> str:
    """``——《title》· publisher · 2021-06-20 · 第2段（section）``."""
    paragraph = text("paragraph", language, n=source.paragraph)
    section = f"（{source.section}）" if source.section else ""
    if language == "en":
        section = f" ({source.section})" if source.section else ""
        line = f"— “{source.title}”, {source.publisher}, {source.published}, {paragraph}{section}"
    else:
        line = (
            f"——《{source.title}》· {source.publisher} · {source.published} · {paragraph}{section}"
        )
    return markup.italic(markup.escape(line))


def highlighted(passage: str, spans: Sequence[tuple[int, int]], markup: Markup) -> str:
    """Escape the passage and bold the matched spans."""
    out: list[str] = []
    last = 0
    for start, end in spans:
        if start < last or end > len(passage):
            continue
        out.append(markup.escape(passage[last:start]))
        out.append(markup.bold(markup.escape(passage[start:end])))
        last = end
    out.append(markup.escape(passage[last:]))
    return "".join(out)


def excerpt(answer: Answer, language: Language, markup: Markup) -> str:
    """One excerpt with matched words in bold, followed by its source line."""
    body = highlighted(answer.text, answer.highlights, markup)
    return f"{body}\n{source_line(answer.source, language, markup)}"


def answer_message(answers: Sequence[Answer], language: Language, markup: Markup) -> str:
    """The reply to a question: the direct fact when there is one, then the excerpts."""
    parts: list[str] = []
    if answers and answers[0].fact is not None:
        parts.append(fact_line(answers[0].fact, language, markup))
    parts.extend(excerpt(a, language, markup) for a in answers)
    return fit("\n\n".join(parts))


def nothing_message(suggestions: Sequence[str], language: Language, markup: Markup) -> str:
    """The honest "not in the article", with questions the bot can answer."""
    lines = [markup.escape(text("nothing", language))]
    if suggestions:
        lines.append(markup.escape(text("try", language)))
        lines.extend(f"• {markup.escape(q)}" for q in suggestions)
    return fit("\n".join(lines))


def paragraph_message(article: Article, paragraph: int, language: Language, markup: Markup) -> str:
    """Paragraph ``paragraph`` in full with its source, or why there is none."""
    body = article.paragraph_text(paragraph)
    if body is None:
        return markup.escape(
            text("no_paragraph", language, n=paragraph, total=article.paragraph_count)
        )
    passage = next(p for p in article.passages if p.paragraph == paragraph)
    if len(body) > MAX_PARAGRAPH_CHARS:
        body = body[: MAX_PARAGRAPH_CHARS - 1] + "…"
    return fit(
        f"{markup.escape(body)}\n{source_line(Source.of(article, passage), language, markup)}"
    )


def about_message(article: Article, summary: str, language: Language, markup: Markup) -> str:
    """The article's title, publisher, date and lead."""
    head = markup.bold(markup.escape(article.title))
    meta = markup.escape(f"{article.publisher} · {article.published.date().isoformat()}")
    return fit(f"{head}\n{meta}\n\n{markup.escape(summary)}")


def fact_list_message(
    title: str, article: Article, lines: Sequence[FactLine], language: Language, markup: Markup
) -> str:
    """A /timeline or /figures list: each fact with its paragraph."""
    rows = [markup.bold(markup.escape(f"{title} · {article.title}"))]
    for line in lines:
        paragraph = text("paragraph", language, n=line.passage.paragraph)
        value = line.fact.value if line.fact.kind != "figure" else ""
        label = (
            f"{line.fact.text}（{value or line.about}）" if value or line.about else line.fact.text
        )
        rows.append(
            f"• {markup.bold(markup.escape(label))} {markup.escape(_context(line))} "
            f"{markup.italic(markup.escape('— ' + paragraph))}"
        )
    return fit("\n".join(rows))


def _context(line: FactLine, width: int = 40, least: int = 12) -> str:
    """The clause that holds the fact, so the list says what each date or number is about.

    A short clause grows by the clause after it (5月21日，国务院…) or, at the end, before it.
    """
    text = line.passage.text
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    start = max(b for b in bounds if b <= line.fact.start)
    end = min(b for b in bounds if b >= line.fact.end)
    while end - start < least and (end < len(text) or start > 0):
        if end < len(text):
            end = min(b for b in bounds if b > end)
        else:
            start = max(b for b in bounds if b < start)
    clause = text[start:end].strip("，。；：、 ")
    return clause if len(clause) <= width else clause[: width - 1] + "…"


def fit(message: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """Cut a message to Telegram's limit on a line boundary (never inside a tag)."""
    if len(message) <= limit:
        return message
    lines = message.split("\n")
    kept: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 2 > limit:
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept) + "\n…"
