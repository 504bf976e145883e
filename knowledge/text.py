"""Text normalisation for passages and questions: NFKC, case folding, Traditional → Simplified."""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import opencc

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


_CHAR_BY_CHAR = resources.files("knowledge") / "data" / "opencc_char_by_char.txt"


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("tw2sp")


@functools.cache
def _t2s_chars() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _char_by_char() -> re.Pattern[str]:
    """Words the Taiwan phrase table misreads here (執行 → 运行, 有电么 → 有电幺)."""
    lines = _CHAR_BY_CHAR.read_text(encoding="utf-8").splitlines()
    words = [word for line in lines if not line.startswith("#") for word in line.split()]
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=longest_first)))


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified, Taiwan words to mainland ones (資訊 → 信息).

    The words of ``opencc_char_by_char.txt`` are converted character by character instead.
    """
    parts = []
    done = 0
    for found in _char_by_char().finditer(text):
        parts.append(str(_t2s().convert(text[done : found.start()])))
        parts.append(str(_t2s_chars().convert(found[0])))
        done = found.end()
    parts.append(str(_t2s().convert(text[done:])))
    return "".join(parts)


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII), case folding, Traditional → Simplified."""
    return to_simplified(unicodedata.normalize("NFKC", text).casefold())


def normalize_aligned(text: str) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize` and map each output character to its input offset.

    Characters that NFKC expands (``㎡`` → ``m2``) map every output character to the same input
    offset, so spans found in the normalised text can be projected back onto ``text``.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold()
        chars.append(folded)
        offsets.extend([index] * len(folded))
    joined = "".join(chars)
    simplified = to_simplified(joined)
    if len(simplified) != len(joined):  # a phrase conversion changed the length: go char by char
        simplified = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in joined)
    offsets.append(len(text))
    return simplified, offsets


def has_cjk(text: str) -> bool:
    """Return whether ``text`` holds any Chinese character."""
    return _CJK.search(text) is not None


def detect_language(text: str) -> str:
    """Return ``"zh"`` when the text holds Chinese, ``"en"`` when it holds only Latin script."""
    if has_cjk(text):
        return "zh"
    return "en" if _LATIN.search(text) else "zh"


def longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, then alphabetically, so the order never depends on a set's.

    Question phrases are removed one after another: of 第几 and 几次 in 第几次开了, whichever
    goes first decides what is left.
    """
    return -len(word), word
