"""Keep the bot token out of every log line and exception text."""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{10,}")
REDACTED = "<token>"


def redact(text: str) -> str:
    """Replace anything shaped like a bot token."""
    return _TOKEN.sub(REDACTED, text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose output (message, arguments, traceback) never holds a token."""

    def format(self, record: logging.LogRecord) -> str:
        """Format the record, then redact it."""
        return redact(super().format(record))


def configure_logging(level: str) -> None:
    """Log to stderr through the redacting formatter; httpx request lines only at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
