"""Telegram handlers: thin — read the update, ask the service, reply."""

from __future__ import annotations

import hashlib
import html
import logging

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType
from telegram.ext import ApplicationHandlerStop

from bot import formatting
from bot.formatting import HTML
from bot.service import Rendered
from bot.state import BotApplication, BotState, Budget, Context
from bot.texts import HELP, Language, text
from knowledge import KnowledgeError
from knowledge.query import MAX_QUESTION_CHARS

MAX_INLINE_RESULTS = 5
MAX_ARTICLE_CHOICES = 8
_log = logging.getLogger(__name__)

COMMANDS: dict[str, tuple[str, str]] = {
    "start": ("开始：机器人知道什么", "What the bot knows"),
    "help": ("怎么提问", "How to ask"),
    "ask": ("提问（群组中使用）", "Ask a question (in groups)"),
    "about": ("文章摘要与出处", "The article's summary and source"),
    "timeline": ("时间线：日期与截止日期", "Timeline: dates and deadlines"),
    "figures": ("关键数字", "Key figures"),
    "source": ("第 N 段原文", "Paragraph N in full"),
}


def bot_commands(language: Language) -> list[BotCommand]:
    """The command menu in Chinese or English."""
    index = 0 if language == "zh" else 1
    return [BotCommand(name, texts[index]) for name, texts in COMMANDS.items()]


def keyboard(rendered: Rendered) -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard (None when there are none)."""
    if not rendered.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in rendered.buttons]]
    )


def language_of(update: Update) -> Language:
    """The reader's language for command replies: English when Telegram says so."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "en" if code.startswith("en") else "zh"


async def reply(message: Message, rendered: Rendered) -> None:
    """Send a rendered reply as a reply to ``message``."""
    await message.reply_text(
        rendered.text,
        reply_markup=keyboard(rendered),
        do_quote=True,
        disable_web_page_preview=True,
    )


def question_of(message: Message, username: str) -> str:
    """The question in a message: without /ask, /ask@bot or @bot, cut to the length limit."""
    value = (message.text or message.caption or "").strip()
    mention = f"@{username}" if username else ""
    first, _, rest = value.partition(" ")
    if first.lower() in ("/ask", f"/ask{mention}".lower()):
        value = rest
    if mention:
        value = value.replace(mention, " ").replace(mention.lower(), " ")
    return " ".join(value.split())[:MAX_QUESTION_CHARS]


def addresses_bot(message: Message, username: str, bot_id: int) -> bool:
    """In a group: is this message for the bot (a mention or a reply to the bot)?"""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True
    mentions = message.parse_entities([MessageEntity.MENTION])
    return any(value.lower() == f"@{username}".lower() for value in mentions.values())


async def gate(update: Update, context: Context) -> None:
    """Stop updates from chats outside the allowlist (when one is set)."""
    chat = update.effective_chat
    if chat is not None and not context.bot_data.chat_allowed(chat.id):
        raise ApplicationHandlerStop


async def answer_question(message: Message, question: str, context: Context) -> None:
    """Answer ``question`` under ``message`` (typing indicator, rate limit, reply)."""
    state = context.bot_data
    service = state.service  # a reload swaps it; this question stays on the one it started with
    user = message.from_user
    language = service.language_of(question)
    if not question:
        await reply(message, Rendered(html.escape(text("ask_usage", language))))
        return
    budget = state.allow_question(user.id) if user is not None else Budget.ANSWER
    if budget is Budget.WARN:
        await reply(message, Rendered(html.escape(text("rate_limited", language))))
    if budget is not Budget.ANSWER:
        return
    await message.chat.send_action(ChatAction.TYPING)
    await reply(message, service.ask(question, HTML))


async def on_text(update: Update, context: Context) -> None:
    """Answer a text message: any in private chats, in groups only when addressed."""
    message = update.effective_message
    if message is None:
        return
    username = context.bot.username
    if message.chat.type != ChatType.PRIVATE and not addresses_bot(
        message, username, context.bot.id
    ):
        return
    await answer_question(message, question_of(message, username), context)


async def ask_command(update: Update, context: Context) -> None:
    """Answer /ask QUESTION (the way to ask in groups)."""
    message = update.effective_message
    if message is not None:
        await answer_question(message, question_of(message, context.bot.username), context)


async def start(update: Update, context: Context) -> None:
    """Say what the bot knows, with three example questions."""
    if update.effective_message:
        await reply(
            update.effective_message, context.bot_data.service.start(language_of(update), HTML)
        )


async def help_command(update: Update, context: Context) -> None:
    """Explain how to ask, in Chinese and English."""
    if update.effective_message:
        await reply(update.effective_message, Rendered(html.escape(HELP[language_of(update)])))


async def article_command(update: Update, context: Context) -> None:
    """Answer /about, /timeline or /figures [words] for one article.

    The article the words name, else the only one, else a choice of the most recent ones.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0].lstrip("/").split("@")[0]
    service = context.bot_data.service
    language = language_of(update)
    articles = service.articles
    if context.args:
        named = service.find_article(" ".join(context.args))
        if named is not None:
            await reply(message, _article_view(command, named.id, language, context))
            return
    if len(articles) > 1:
        buttons = [
            [InlineKeyboardButton(a.title[:60], callback_data=f"{command}:{a.id}")]
            for a in articles[:MAX_ARTICLE_CHOICES]
        ]
        await message.reply_text(
            html.escape(text("choose_article", language, command=command)),
            reply_markup=InlineKeyboardMarkup(buttons),
        )
        return
    await reply(message, _article_view(command, None, language, context))


def _article_view(
    command: str, article_id: str | None, language: Language, context: Context
) -> Rendered:
    service = context.bot_data.service
    if command == "timeline":
        return service.timeline(article_id, language, HTML)
    if command == "figures":
        return service.figures(article_id, language, HTML)
    return service.about(article_id, language, HTML)


async def source(update: Update, context: Context) -> None:
    """Send paragraph N in full (/source N)."""
    message = update.effective_message
    if message is None:
        return
    language = language_of(update)
    args = context.args or []
    if len(args) != 1 or not args[0].isdigit():
        await reply(message, Rendered(html.escape(text("source_usage", language))))
        return
    await reply(message, context.bot_data.service.paragraph(None, int(args[0]), language, HTML))


async def on_non_text(update: Update, context: Context) -> None:
    """Tell a private-chat reader that only text questions are answered."""
    message = update.effective_message
    if message is not None:
        await reply(message, Rendered(html.escape(text("text_only", language_of(update)))))


async def on_button(update: Update, context: Context) -> None:
    """Handle "More", "Full paragraph" and article choices; always answer the callback."""
    query = update.callback_query
    if query is None:
        return
    service = context.bot_data.service
    kind, _, value = (query.data or "").partition(":")
    message = query.message if isinstance(query.message, Message) else None
    asked = message.reply_to_message if message is not None else None
    question = question_of(asked, context.bot.username) if asked is not None else ""
    language = service.language_of(question) if question else language_of(update)
    await query.answer()
    if message is None:
        return
    if kind == "more":
        if not question or not value.isdigit():
            rendered = Rendered(html.escape(text("expired", language)))
        else:
            rendered = service.ask(question, HTML, offset=int(value))
        target = asked if asked is not None else message
        await reply(target, rendered)
    elif kind == "full":
        article_id, _, number = value.partition(":")
        paragraph = int(number) if number.isdigit() else 0
        await reply(message, service.paragraph(article_id, paragraph, language, HTML))
    elif kind in ("about", "timeline", "figures"):
        await reply(message, _article_view(kind, value, language, context))


async def on_inline(update: Update, context: Context) -> None:
    """Offer up to five excerpts for ``@bot question`` in any chat."""
    query = update.inline_query
    if query is None:
        return
    question = query.query.strip()[:MAX_QUESTION_CHARS]
    if not question:
        await query.answer([], cache_time=60)
        return
    service = context.bot_data.service
    language = service.language_of(question)
    answers = service.retriever.search(question, top=MAX_INLINE_RESULTS).answers
    results = []
    for answer in answers:
        body = formatting.fit(formatting.excerpt(answer, language, HTML))
        results.append(
            InlineQueryResultArticle(
                id=hashlib.sha1(answer.passage_id.encode()).hexdigest()[:32],
                title=answer.text[:60],
                description=f"{answer.source.title} · "
                f"{text('paragraph', language, n=answer.source.paragraph)}",
                input_message_content=InputTextMessageContent(body),
            )
        )
    await query.answer(results, cache_time=60)


async def reload_command(update: Update, context: Context) -> None:
    """Re-read the knowledge (operators' chats only; others get no answer)."""
    message = update.effective_message
    chat = update.effective_chat
    state = context.bot_data
    if message is None or chat is None or chat.id not in state.settings.admin_chats:
        return
    language = language_of(update)
    try:
        count = await state.reload()
    except (KnowledgeError, RuntimeError) as exc:
        _log.error("reload failed, the old index keeps serving: %s", exc)
        await reply(message, Rendered(html.escape(text("reload_failed", language, why=exc))))
        return
    await reply(message, Rendered(html.escape(text("reloaded", language, n=count))))


async def reload_on_signal(application: BotApplication) -> None:
    """SIGHUP: re-read the knowledge; on failure log why and keep serving the old index."""
    state: BotState = application.bot_data
    try:
        await state.reload()
    except (KnowledgeError, RuntimeError) as exc:
        _log.error("reload failed, the old index keeps serving: %s", exc)


async def on_error(update: object, context: Context) -> None:
    """Log the failure with its update; tell the reader something went wrong."""
    _log.error("error while handling %r", update, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(
                html.escape(text("error", language_of(update)))
            )
        except Exception:  # the reply itself failed (network): already logged above
            _log.warning("could not tell the reader about the error", exc_info=True)
