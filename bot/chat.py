"""The terminal chat: the bot's replies as plain text, buttons as numbered options."""

from __future__ import annotations

from collections.abc import Callable

from bot.formatting import PLAIN
from bot.service import ArticleService, Rendered
from bot.texts import HELP

PROMPT = "> "
INTRO = "article-bot: ask about the article (/help, /about, /timeline, /figures, /source N, /quit)"


class TerminalChat:
    """One reader at a terminal: remembers the last question so numbered options work."""

    def __init__(self, service: ArticleService) -> None:
        self.service = service
        self._question = ""
        self._options: list[str] = []

    def respond(self, line: str) -> str:
        """Return the reply to one line of input (a question, a command or an option number)."""
        line = line.strip()
        if not line:
            return ""
        if line.isdigit() and 1 <= int(line) <= len(self._options):
            return self._render(self._press(self._options[int(line) - 1]))
        command, _, rest = line.partition(" ")
        language = self.service.language_of(self._question) if self._question else "zh"
        if command in ("/help", "/start"):
            return (
                HELP[language]
                if command == "/help"
                else self._render(self.service.start(language, PLAIN))
            )
        if command in ("/about", "/timeline", "/figures"):
            action: Callable[..., Rendered] = getattr(self.service, command[1:])
            return self._render(action(None, language, PLAIN))
        if command == "/source":
            if not rest.strip().isdigit():
                return "Usage: /source N"
            return self._render(self.service.paragraph(None, int(rest), language, PLAIN))
        self._question = line
        return self._render(self.service.ask(line, PLAIN))

    def _press(self, data: str) -> Rendered:
        kind, _, value = data.partition(":")
        language = self.service.language_of(self._question)
        if kind == "more":
            return self.service.ask(self._question, PLAIN, offset=int(value))
        article_id, _, paragraph = value.partition(":")
        return self.service.paragraph(article_id, int(paragraph), language, PLAIN)

    def _render(self, rendered: Rendered) -> str:
        self._options = [b.data for b in rendered.buttons]
        if not rendered.buttons:
            return rendered.text
        options = "  ".join(f"[{i}] {b.label}" for i, b in enumerate(rendered.buttons, start=1))
        return f"{rendered.text}\n{options}"


def run_chat(
    service: ArticleService,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
) -> int:
    """Read questions until end of input or /quit; return the exit code."""
    chat = TerminalChat(service)
    write(INTRO)
    while True:
        try:
            line = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        if line.strip() in ("/quit", "/exit"):
            return 0
        reply = chat.respond(line)
        if reply:
            write(reply)
