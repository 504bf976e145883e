"""Settings from the environment and ``.env`` (pydantic-settings), validated once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.cache import default_cache_dir

T = TypeVar("T", bound="KnowledgeSettings")
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class SettingsError(Exception):
    """A missing or malformed setting; ``str()`` is one line naming it."""


def _chat_ids(value: object) -> object:
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        try:
            return frozenset(int(p) for p in parts)
        except ValueError:
            raise ValueError("must be chat ids (integers) separated by commas") from None
    return value


class KnowledgeSettings(BaseSettings):
    """What the command-line tools need: where the posts are."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    knowledge: Path | None = Field(default=None, alias="ARTICLE_BOT_KNOWLEDGE")
    cache_dir: str = Field(default="", alias="ARTICLE_BOT_CACHE_DIR")

    @property
    def cache_path(self) -> Path | None:
        """Where analysed posts are cached: the setting, the default folder, or None for "off"."""
        if self.cache_dir.strip().lower() == "off":
            return None
        return Path(self.cache_dir) if self.cache_dir.strip() else default_cache_dir()


class Settings(KnowledgeSettings):
    """Everything the Telegram bot reads from the environment."""

    token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    api_base_url: str = Field(default="https://api.telegram.org/bot", alias="TELEGRAM_API_BASE_URL")
    allowed_chats: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), alias="ARTICLE_BOT_ALLOWED_CHATS"
    )
    admin_chats: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), alias="ARTICLE_BOT_ADMIN_CHATS"
    )
    webhook_url: str | None = Field(default=None, alias="ARTICLE_BOT_WEBHOOK_URL")
    webhook_listen: str = Field(default="0.0.0.0", alias="ARTICLE_BOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, ge=1, le=65535, alias="ARTICLE_BOT_WEBHOOK_PORT")
    webhook_path: str = Field(default="telegram", alias="ARTICLE_BOT_WEBHOOK_PATH")
    webhook_secret: SecretStr | None = Field(default=None, alias="ARTICLE_BOT_WEBHOOK_SECRET")
    flood_control: bool = Field(default=True, alias="ARTICLE_BOT_FLOOD_CONTROL")
    questions_per_minute: int = Field(default=20, ge=1, alias="ARTICLE_BOT_QUESTIONS_PER_MINUTE")
    unanswered_log: Path | None = Field(default=None, alias="ARTICLE_BOT_UNANSWERED_LOG")
    log_level: LogLevel = Field(default="INFO", alias="LOG_LEVEL")

    _split_ids = field_validator("allowed_chats", "admin_chats", mode="before")(_chat_ids)

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        secret = value.get_secret_value().strip()
        head, sep, tail = secret.partition(":")
        if not (sep and head.isdigit() and tail):
            raise ValueError("is not a bot token (expected digits:secret, as @BotFather gives)")
        return SecretStr(secret)

    @field_validator("api_base_url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError(
                "ARTICLE_BOT_WEBHOOK_SECRET is required when ARTICLE_BOT_WEBHOOK_URL is set"
            )
        if self.webhook_url and not self.webhook_url.startswith("https://"):
            raise ValueError("ARTICLE_BOT_WEBHOOK_URL must start with https://")
        return self


def load_settings(cls: type[T], env_file: Path | None = Path(".env")) -> T:
    """Build settings, turning a validation error into one line that names the setting.

    Raises:
        SettingsError: a setting is missing or malformed.
    """
    try:
        return cls(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        error = exc.errors()[0]
        name = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}" if name else message) from None
