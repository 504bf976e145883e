"""The Telegram layer of article-bot: settings, application, handlers, formatting."""
