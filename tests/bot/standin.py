"""A local stand-in for the Telegram Bot API (aiohttp on 127.0.0.1), as strict as Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT = {"id": 4242, "is_bot": True, "first_name": "ArticleBot", "username": "article_test_bot"}
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}


class TelegramHTMLError(ValueError):
    """Text Telegram would refuse with "can't parse entities"."""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise TelegramHTMLError(f'unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise TelegramHTMLError(f'unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_telegram_html(value: str) -> str:
    """Return the plain text of Telegram HTML, or raise like Telegram would."""
    for index, char in enumerate(value):
        if char == "&":
            end = value.find(";", index)
            entity = value[index + 1 : end] if end > 0 else ""
            if not (entity in ("lt", "gt", "amp", "quot") or entity.startswith("#")):
                raise TelegramHTMLError("unsupported entity or unescaped &")
    checker = _Checker()
    checker.feed(value)
    checker.close()
    if checker.stack:
        raise TelegramHTMLError(f'unclosed tag "{checker.stack[-1]}"')
    return "".join(checker.text)


@dataclass
class Fault:
    """An injected failure for one method, for its next ``times`` calls.

    A status (429 with ``retry_after``, 5xx), a dropped connection, or a slow answer (``delay``
    seconds before answering normally).
    """

    status: int = 0
    retry_after: int = 0
    drop: bool = False
    delay: float = 0.0
    times: int = 1


@dataclass
class StandIn:
    """The fake server's state: updates to deliver and everything the bot sent."""

    token: str = "123456:TEST-token-abcdefghij"
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    faults: dict[str, Fault] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _new_update: asyncio.Event = field(default_factory=asyncio.Event)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    port: int = 0
    webhook: dict[str, Any] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    def push(self, update: dict[str, Any]) -> int:
        update_id = next(self._ids)
        self.updates.append({"update_id": update_id, **update})
        self._new_update.set()
        return update_id

    async def wait_for(
        self, method: str, count: int = 1, seconds: float = 10
    ) -> list[dict[str, Any]]:
        """Wait until the bot has called ``method`` ``count`` times; return those calls."""
        deadline = time.monotonic() + seconds
        async with self._changed:
            while len(self.sent(method)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{method}: {len(self.sent(method))} of {count} calls")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue
        return self.sent(method)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        fault = self.faults.get(method)
        if fault is not None and fault.times > 0:
            fault.times -= 1
            if fault.delay:
                await asyncio.sleep(fault.delay)
            elif fault.drop:
                assert request.transport is not None
                request.transport.close()
                return web.Response(status=500)
            elif fault.status == 429:
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": "Too Many Requests",
                        "parameters": {"retry_after": fault.retry_after},
                    },
                    status=429,
                )
            else:
                return _error(fault.status, "Bad Gateway")
        handler = getattr(self, f"m_{method}", None)
        if handler is None:
            return _error(404, "Not Found")
        try:
            result = await handler(params)
        except TelegramHTMLError as exc:
            return _error(400, f"Bad Request: can't parse entities: {exc}")
        except ValueError as exc:
            return _error(400, f"Bad Request: {exc}")
        async with self._changed:
            self.calls.append((method, params))
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def m_getMe(self, params: dict[str, Any]) -> Any:
        return BOT

    async def m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    async def m_setMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def m_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        pending = [u for u in self.updates if u["update_id"] >= offset]
        if not pending and timeout:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
            pending = [u for u in self.updates if u["update_id"] >= offset]
        return pending[: int(params.get("limit") or 100)]

    async def m_sendMessage(self, params: dict[str, Any]) -> Any:
        text = str(params.get("text", ""))
        plain = parse_telegram_html(text) if params.get("parse_mode") == "HTML" else text
        if not plain.strip():
            raise ValueError("message text is empty")
        if len(plain) > 4096:
            raise ValueError("message is too long")
        _check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        return {
            "message_id": next(self._ids) + 10_000,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT,
            "text": plain,
        }

    async def m_editMessageText(self, params: dict[str, Any]) -> Any:
        return await self.m_sendMessage({**params, "chat_id": params.get("chat_id", 1)})

    async def m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def m_answerInlineQuery(self, params: dict[str, Any]) -> Any:
        results = params.get("results") or []
        if len(results) > 50:
            raise ValueError("too many inline query results")
        ids = [r["id"] for r in results]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate result id")
        for result in results:
            content = result["input_message_content"]
            parse_telegram_html(content["message_text"])
        return True


def _check_markup(markup: Any) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and len(data.encode()) > 64:
                raise ValueError("BUTTON_DATA_INVALID")


_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "results",
        "commands",
        "allowed_updates",
        "entities",
        "reply_parameters",
        "link_preview_options",
    }
)


def _error(status: int, description: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": status, "description": description}, status=status
    )


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        body = await request.json()
        return dict(body) if isinstance(body, dict) else {}
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        text = str(value)
        if key in _JSON_FIELDS:
            params[key] = json.loads(text)
        else:
            params[key] = text
    return params


async def start_standin(standin: StandIn) -> web.AppRunner:
    """Serve ``standin`` on 127.0.0.1 and a free port (set on ``standin.port``)."""
    app = web.Application()
    app.router.add_route("*", "/bot{token}/{method}", standin.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    standin.port = runner.addresses[0][1]
    return runner
