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


def _without_retry_traceback(record: logging.LogRecord) -> bool:
    """PTB's network retry loop logs a full traceback for a refused connection: keep one line."""
    if record.name.startswith("telegram.ext") and "Network Retry Loop" in record.getMessage():
        record.exc_info = None
        record.exc_text = None
    return True


def configure_logging(level: str) -> None:
    """Log to stderr through the redacting formatter; httpx request lines only at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_without_retry_traceback)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
