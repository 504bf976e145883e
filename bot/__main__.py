"""``python -m bot`` runs the article-bot command."""

from bot.cli import run_main

run_main()
