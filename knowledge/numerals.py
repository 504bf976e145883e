"""Chinese numerals and magnitude words → numbers (applied only to spans a regex matched)."""

from __future__ import annotations

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {
    "千": 1000,
    "万": 10_000,
    "十万": 100_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "thousand": 1000,
}

CHINESE_NUMERAL_CHARS = "".join([*_DIGITS, *_SMALL_UNITS, *_LARGE_UNITS])


def chinese_to_int(text: str) -> int:
    """Convert a Chinese numeral (五十一, 两, 一千二百, 三万五千) to an int.

    Raises:
        ValueError: when ``text`` holds anything but numeral characters.
    """
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total = section = digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]
            digit = 0
        else:
            total += (section + digit) * _LARGE_UNITS[ch]
            section = digit = 0
    return total + section + digit


def format_number(value: float) -> str:
    """Render a number without a trailing ``.0`` and without float noise (8000000, 126.83)."""
    rounded = round(value, 6)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.6f}".rstrip("0").rstrip(".")
