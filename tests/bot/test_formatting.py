"""Every reply kind is valid Telegram HTML within 4096 characters."""

from __future__ import annotations

import pytest

from bot import formatting
from bot.formatting import HTML, PLAIN, english_date
from bot.service import ArticleService
from knowledge import Answer, Source
from tests.bot.standin import TelegramHTMLError, parse_telegram_html

EVIL = '<b>x</b> & <script>alert("x")</script> &amp; < > " \' ' * 20


@pytest.fixture(scope="module")
def service(retriever):
    return ArticleService(retriever)


def valid(message: str) -> str:
    plain = parse_telegram_html(message)
    assert plain.strip()
    assert len(plain) <= 4096
    assert len(message) <= 4096
    return plain


@pytest.mark.parametrize(
    "question",
    [
        "全网平均算力是多少",
        "What share of its hashrate did Poolin lose?",
        "明天上海会下雨吗？",
        EVIL,
        "显卡会降价吗" + "<" * 600,
        "",
    ],
)
def test_answers_and_nothing_found_are_valid_html(service, question):
    rendered = service.ask(question, HTML)
    valid(rendered.text)
    assert all(len(b.data.encode()) <= 64 for b in rendered.buttons)


def test_every_page_of_more_is_valid(service):
    offset = 0
    while True:
        rendered = service.ask("四川矿机关停", HTML, offset=offset)
        valid(rendered.text)
        more = [b for b in rendered.buttons if b.data.startswith("more:")]
        if not more:
            break
        offset = int(more[0].data.split(":")[1])
    assert offset >= 1


@pytest.mark.parametrize("language", ["zh", "en"])
def test_command_replies_are_valid(service, seed_article, language):
    valid(service.start(language, HTML).text)
    valid(service.about(None, language, HTML).text)
    valid(service.timeline(None, language, HTML).text)
    valid(service.figures(None, language, HTML).text)
    for number in range(0, seed_article.paragraph_count + 2):
        valid(service.paragraph(None, number, language, HTML).text)


def test_timeline_is_in_date_order_with_paragraphs(service):
    text = valid(service.timeline(None, "zh", HTML).text)
    order = [
        text.index(marker)
        for marker in (
            "2019年8月",
            "2020年",
            "5月13日",
            "5月21日",
            "6月9日",
            "6月20日前",
            "今年6月底",
        )
    ]
    assert order == sorted(order)
    assert "第8段" in text


def test_figures_list_the_key_numbers(service):
    text = valid(service.figures(None, "en", HTML).text)
    for figure in ("800万千瓦", "126.83EH/s", "197.61EH/s", "36.64%", "8.05%", "26个"):
        assert figure in text
    assert "paragraph 16" in text


def test_article_and_user_text_are_escaped():
    answer = Answer(
        text="a <b> & c",
        score=1.0,
        highlights=[(0, 1)],
        passage_id="x:p1",
        article_id="x",
        source=Source(
            title="<t>", publisher="p&q", published="2021-06-20", paragraph=1, section=None
        ),
    )
    message = formatting.answer_message([answer], "zh", HTML)
    assert valid(message).startswith("a <b> & c")
    assert "<b>a</b>" in message


def test_plain_text_has_no_markup(service):
    text = service.ask("全网平均算力是多少", PLAIN).text
    assert "<b>" not in text
    with pytest.raises(TelegramHTMLError):
        parse_telegram_html("<b>unclosed")


def test_fit_cuts_on_a_line_boundary():
    message = "\n".join("<b>行</b>" + "字" * 90 for _ in range(100))
    cut = formatting.fit(message)
    assert len(cut) <= 4096
    valid(cut)


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        ("2021-06-20", "by", "by 20 June 2021"),
        ("2019-08", None, "August 2019"),
        ("2021-05", "late", "late May 2021"),
        ("2021-06-20T00:00", None, "00:00, 20 June 2021"),
        ("2020", None, "2020"),
        ("2021-06-19", "evening", "evening of 19 June 2021"),
    ],
)
def test_english_dates(value, qualifier, expected):
    assert english_date(value, qualifier) == expected


def test_figures_name_each_pool_of_a_respectively_list(service):
    text = valid(service.figures(None, "zh", HTML).text)
    for pair in (
        "36.64%（Huobi Pool）",
        "25.58%（Binance）",
        "22.17%（AntPool）",
        "8.05%（Poolin）",
    ):
        assert pair in text


def test_timeline_lines_say_what_happened(service):
    text = valid(service.timeline(None, "zh", HTML).text)
    assert "5月21日（2021-05-21） 5月21日，国务院金融稳定发展委员会" in text
    assert "5月下旬（2021-05） 5月下旬，内蒙古、四川等地相继召开" in text
    assert text.index("5月21日（") < text.index("5月下旬（") < text.index("5月25日（")


def test_suggestions_lead_with_questions_about_the_nearest_passage(service):
    question = "云南的矿场老板后来去哪了？"  # the article does not say where they went
    assert service.retriever.search(question).answers == []
    assert service.nearest(question)[0] == "云南要求何时完成整顿？"
    english = service.nearest("What is the weather in Beijing?")
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in english)
