from bot.settings import Settings
from bot.state import BotState, Budget


def limited_state(per_minute: int) -> BotState:
    state = BotState()
    settings = Settings.model_validate({"ARTICLE_BOT_QUESTIONS_PER_MINUTE": per_minute})
    state.configure(service=None, settings=settings)  # type: ignore[arg-type]
    return state


def test_budget_warns_once_then_drops_until_the_minute_frees_a_place():
    state = limited_state(2)
    decisions = [state.allow_question(1, now=t) for t in (0.0, 1.0, 2.0, 3.0, 59.0)]
    assert decisions == [Budget.ANSWER, Budget.ANSWER, Budget.WARN, Budget.DROP, Budget.DROP]
    assert state.allow_question(1, now=60.5) is Budget.ANSWER  # the first question aged out
    assert state.allow_question(1, now=60.6) is Budget.WARN  # a new flood is told again


def test_budgets_are_per_user():
    state = limited_state(1)
    assert state.allow_question(1, now=0.0) is Budget.ANSWER
    assert state.allow_question(2, now=0.0) is Budget.ANSWER
    assert state.allow_question(1, now=0.1) is Budget.WARN


def test_allowlist():
    settings = Settings.model_validate({"ARTICLE_BOT_ALLOWED_CHATS": "5"})
    state = BotState()
    state.configure(service=None, settings=settings)  # type: ignore[arg-type]
    assert state.chat_allowed(5)
    assert not state.chat_allowed(6)
