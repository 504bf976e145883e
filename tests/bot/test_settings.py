from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings

TOKEN = "123456:ABCdef_ghi-jkl"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_BASE_URL",
        "ARTICLE_BOT_KNOWLEDGE",
        "ARTICLE_BOT_ALLOWED_CHATS",
        "ARTICLE_BOT_ADMIN_CHATS",
        "ARTICLE_BOT_WEBHOOK_URL",
        "ARTICLE_BOT_WEBHOOK_SECRET",
        "ARTICLE_BOT_WEBHOOK_PORT",
        "LOG_LEVEL",
        "ARTICLE_BOT_QUESTIONS_PER_MINUTE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults():
    settings = load_settings(Settings)
    assert settings.token is None
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.allowed_chats == frozenset()
    assert settings.log_level == "INFO"


def test_dotenv_is_read(tmp_path):
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=debug\n")
    settings = load_settings(Settings)
    assert settings.token is not None
    assert settings.token.get_secret_value() == TOKEN
    assert settings.log_level == "DEBUG"
    assert TOKEN not in repr(settings)


def test_chat_lists(monkeypatch):
    monkeypatch.setenv("ARTICLE_BOT_ALLOWED_CHATS", "1, -1002, 3")
    assert load_settings(Settings).allowed_chats == {1, -1002, 3}


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TELEGRAM_BOT_TOKEN", "nonsense", "TELEGRAM_BOT_TOKEN: is not a bot token"),
        ("TELEGRAM_API_BASE_URL", "ftp://x", "TELEGRAM_API_BASE_URL: must start with http"),
        ("ARTICLE_BOT_ALLOWED_CHATS", "1,two", "ARTICLE_BOT_ALLOWED_CHATS: must be chat ids"),
        ("ARTICLE_BOT_ADMIN_CHATS", "x", "ARTICLE_BOT_ADMIN_CHATS: must be chat ids"),
        ("ARTICLE_BOT_WEBHOOK_PORT", "99999", "ARTICLE_BOT_WEBHOOK_PORT:"),
        ("ARTICLE_BOT_WEBHOOK_PORT", "http", "ARTICLE_BOT_WEBHOOK_PORT:"),
        ("ARTICLE_BOT_QUESTIONS_PER_MINUTE", "0", "ARTICLE_BOT_QUESTIONS_PER_MINUTE:"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL:"),
        (
            "ARTICLE_BOT_WEBHOOK_URL",
            "https://example.org/hook",
            "ARTICLE_BOT_WEBHOOK_SECRET is required",
        ),
    ],
)
def test_bad_values_name_the_setting(monkeypatch, name, value, message):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(Settings)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_webhook_url_must_be_https(monkeypatch):
    monkeypatch.setenv("ARTICLE_BOT_WEBHOOK_URL", "http://example.org/hook")
    monkeypatch.setenv("ARTICLE_BOT_WEBHOOK_SECRET", "s3cret")
    with pytest.raises(SettingsError, match="must start with https://"):
        load_settings(Settings)


def test_knowledge_path(monkeypatch):
    monkeypatch.setenv("ARTICLE_BOT_KNOWLEDGE", "posts")
    assert load_settings(Settings).knowledge == Path("posts")


def test_env_example_as_dotenv_gives_the_defaults(tmp_path):
    from tests.conftest import REPO

    (tmp_path / ".env").write_text((REPO / ".env.example").read_text(encoding="utf-8"))
    settings = load_settings(Settings)
    assert settings.token is None
    assert settings.knowledge is None
    assert settings.unanswered_log is None
    assert settings.webhook_url is None
    assert settings.allowed_chats == frozenset()
    assert settings.flood_control is True
