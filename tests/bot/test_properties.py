"""For any Unicode question the pipeline never raises and every reply is valid Telegram HTML."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.formatting import HTML, PLAIN
from bot.service import ArticleService
from knowledge import Retriever
from tests.bot.standin import parse_telegram_html

_SERVICE: dict[str, ArticleService] = {}

questions = st.one_of(
    st.text(max_size=10_000),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Mn", "Me", "So", "Zs"]), max_size=600),
    st.text(
        alphabet="四川比特币矿场算力显卡 <>&\"'/\\;:6月20日前126.83EH/s%‏‮̈😀\u200b\x00", max_size=800
    ),
)


def service(retriever: Retriever) -> ArticleService:
    if "s" not in _SERVICE:
        _SERVICE["s"] = ArticleService(retriever)
    return _SERVICE["s"]


@settings(
    max_examples=300,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(question=questions)
@example(question="\u202e四川\u202c要求什么时候\u0301关停？" + "😀" * 50)
@example(question="x" * 10_000)
@example(question="<" * 5000 + "&" * 5000)
def test_any_question_gets_a_valid_reply(retriever, question):
    bot = service(retriever)
    rendered = bot.ask(question, HTML)
    plain = parse_telegram_html(rendered.text)
    assert plain.strip()
    assert len(plain) <= 4096
    assert len(rendered.text) <= 4096
    assert all(len(b.data.encode()) <= 64 for b in rendered.buttons)
    assert bot.ask(question, PLAIN).text.strip()
