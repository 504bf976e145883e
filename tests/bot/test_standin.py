"""The stand-in is as strict as Telegram: what it accepts, the bot may send."""

from __future__ import annotations

import json
import time

import aiohttp
import pytest

from tests.bot.standin import Fault, TelegramHTMLError, parse_telegram_html


async def call(standin, method, **params):
    url = f"{standin.base_url}{standin.token}/{method}"
    form = {k: json.dumps(v) if isinstance(v, dict | list) else str(v) for k, v in params.items()}
    async with aiohttp.ClientSession() as session, session.post(url, data=form) as response:
        return response.status, await response.json()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<b>open", "unclosed tag"),
        ("<div>x</div>", "unsupported start tag"),
        ("a & b", "unescaped &"),
        ("<b><i>x</b></i>", "unexpected end tag"),
    ],
)
async def test_invalid_html_is_refused(standin, text, fragment):
    status, body = await call(standin, "sendMessage", chat_id=1, text=text, parse_mode="HTML")
    assert status == 400
    assert "can't parse entities" in body["description"]
    assert fragment in body["description"]


async def test_length_and_emptiness_count_after_parsing(standin):
    ok, _ = await call(
        standin, "sendMessage", chat_id=1, parse_mode="HTML", text="<b>" + "字" * 4096 + "</b>"
    )
    too_long, _ = await call(standin, "sendMessage", chat_id=1, parse_mode="HTML", text="字" * 4097)
    empty, _ = await call(standin, "sendMessage", chat_id=1, parse_mode="HTML", text="<b> </b>")
    assert (ok, too_long, empty) == (200, 400, 400)


async def test_callback_data_over_64_bytes_is_refused(standin):
    markup = {"inline_keyboard": [[{"text": "x", "callback_data": "长" * 22}]]}
    status, body = await call(standin, "sendMessage", chat_id=1, text="x", reply_markup=markup)
    assert status == 400
    assert "BUTTON_DATA_INVALID" in body["description"]


async def test_inline_results_limits(standin):
    result = {
        "type": "article",
        "id": "a",
        "title": "t",
        "input_message_content": {"message_text": "x"},
    }
    dup, _ = await call(standin, "answerInlineQuery", inline_query_id="q", results=[result, result])
    many, _ = await call(
        standin,
        "answerInlineQuery",
        inline_query_id="q",
        results=[{**result, "id": str(i)} for i in range(51)],
    )
    assert (dup, many) == (400, 400)


async def test_unknown_method_and_wrong_token(standin):
    status, _ = await call(standin, "sendTelepathy", chat_id=1)
    assert status == 404
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{standin.base_url}999:wrong/getMe") as response,
    ):
        assert response.status == 401


async def test_faults(standin):
    standin.faults["getMe"] = Fault(status=429, retry_after=3)
    status, body = await call(standin, "getMe")
    assert (status, body["parameters"]["retry_after"]) == (429, 3)
    standin.faults["getMe"] = Fault(delay=0.3)
    started = time.monotonic()
    status, _ = await call(standin, "getMe")
    assert status == 200
    assert time.monotonic() - started >= 0.3
    standin.faults["getMe"] = Fault(drop=True)
    with pytest.raises(aiohttp.ClientError):
        await call(standin, "getMe")


def test_parser_returns_plain_text():
    assert parse_telegram_html("<b>a</b> &lt;b&gt; &amp;") == "a <b> &"
    with pytest.raises(TelegramHTMLError):
        parse_telegram_html("&nbsp;")
