"""Typos: homophones (挖旷 → 挖矿, 算历 → 算力) and look-alike characters (证卷 → 证券)."""

from __future__ import annotations

import functools
import re

from pypinyin import Style, lazy_pinyin

from knowledge.analyzer import Analyzer
from knowledge.index import Index, loose_pinyin_key

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
LOOSE_MIN_CHARS = 3
"""A window this long may be matched by loose pinyin (内门古 → 内蒙古); a shorter one sounds like
too many words."""
_LOCATIVES = frozenset("里上中内外")
"""A word of the knowledge with one of these after it is said where (诗里 is in the poem, no
misspelt 市里)."""
_PARTICLES = frozenset("了的着过吗呢吧啊呀么嘛是在有又也都还")
"""Particles, the copula and the adverbs 又 也 都 还: a homophone window holding one standing
alone is no typo (的人是 is no misspelt 人士, 又关 no misspelt 有关)."""


def _particle_offsets(tokens: list[str], analyzer: Analyzer) -> set[int]:
    """Return the offsets of particles standing alone (了, 的), not inside words (什么's 么).

    A particle jieba glued to its neighbour in a guess (诗是 in 几句诗是说) stands alone too: no
    dictionary word holds it.
    """
    offsets: set[int] = set()
    offset = 0
    for token in tokens:
        if token in _PARTICLES:
            offsets.add(offset)
        elif len(token) > 1 and not analyzer.is_dictionary_word(token):
            offsets.update(offset + i for i, char in enumerate(token) if char in _PARTICLES)
        offset += len(token)
    return offsets


def _cuts(tokens: list[str], analyzer: Analyzer) -> set[int]:
    """Return the offsets inside the question's dictionary words of two or more characters.

    No window may start or end there: in 发展改革委发布, 委发 would cut 发布 (it is no typo of
    违法). Names jieba guesses are no such words: it glues misspelt characters together (算利掉
    is 算力 + 掉, 委和能 holds the 委 of 发该委 and the 能 of 能原局).
    """
    inside: set[int] = set()
    offset = 0
    for token in tokens:
        if len(token) > 1 and analyzer.is_dictionary_word(token):
            inside.update(range(offset + 1, offset + len(token)))
        offset += len(token)
    return inside


_DATE_UNITS = frozenset("年月日号时点分秒")
"""Characters that follow a number in a date or time: a typo fix may not replace one (5月25号出的
is no misspelt 5月25好处), though it may keep it (云南6月低前 → 6月底前)."""


def _shares_a_tone(window: str, word: str) -> bool:
    """Whether a two-character window and the word it sounds like share a syllable's tone.

    A reader picking the wrong character of a syllable keeps its tone at least once (挖旷 and
    挖矿 are both wā kuàng); two ordinary words read alike only without tones (搞电, 高点).
    """
    typed = _toned(window)
    meant = _toned(word)
    return any(a == b for a, b in zip(typed, meant, strict=False))


def _sounds_alike(window: str, word: str, sounding: tuple[str, ...]) -> bool:
    """Whether a two-character window is a typo of ``word`` by its tones.

    Against a term of the articles a shared tone will do (负何 → 负荷). Against aliases,
    ``sounding`` (段电 sounds like 断点 and 断电, which the index reads as 关停), each character
    typed differently from one of them must keep its tone: 段电 is a misspelt 断电, but 搞电
    (gǎo diàn) is no 搞掂 (gǎo diān), a slang 完成 that shares only the 搞 written the same.
    """
    if not sounding:
        return _shares_a_tone(window, word)
    typed = _toned(window)
    for alias in sounding:
        meant = _toned(alias)
        pairs = zip(typed, meant, window, alias, strict=False)  # an alias may hold Latin letters
        changed = [(a, b) for a, b, x, y in pairs if x != y]
        if changed and all(a == b for a, b in changed):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _syllables(word: str) -> tuple[str, ...]:
    """Return the toneless pinyin of a word of the question, read as a whole."""
    return tuple(lazy_pinyin(word))


@functools.lru_cache(maxsize=8192)
def _toned(word: str) -> tuple[str, ...]:
    """Return the pinyin of ``word`` with tone numbers (挖矿 → wa1 kuang4)."""
    return tuple(lazy_pinyin(word, style=Style.TONE3))


def _loose_pair(window: str, word: str | None) -> str | None:
    """Return ``word`` if a two-character window is its accent's misspelling, else None.

    Two characters read loosely alike are too many words, so the pair must keep one character
    as written and every tone (视屏 shì píng → 视频 shì pín); 适屏 keeps no character of 视频 and
    视乒 (shì pīng) not its tone.
    """
    if word is None or not any(typed == meant for typed, meant in zip(window, word, strict=False)):
        return None
    typed = loose_pinyin_key(" ".join(_toned(window)))
    return word if typed == loose_pinyin_key(" ".join(_toned(word))) else None


def _cuts_a_term(tokens: list[str], start: int, end: int, index: Index) -> bool:
    """Whether the characters ``start``–``end`` cut a token the index knows in two."""
    offset = 0
    for token in tokens:
        token_end = offset + len(token)
        inside = start < token_end and offset < end
        if inside and not (start <= offset and token_end <= end) and index.knows(token):
            return True
        offset = token_end
    return False


def _same_sound(window: str, key: str, index: Index) -> str | None:
    """Return the term a window spells with another character of the very same sound, else None.

    A window across a word jieba reads (旷机关机 as 旷 机关 机, 省正府 as 省正 府第) is mended only
    then: one character kept and every syllable and tone alike (旷机 kuàng jī → 矿机; 聪是 cōng
    shì is no 从事 cóng shì).
    """
    word = index.pinyin_words.get(key)
    if word is None or len(word) != len(window) or word == window:
        return None
    if not any(typed == meant for typed, meant in zip(window, word, strict=True)):
        return None
    return word if _toned(window) == _toned(word) else None


def _mends_a_known_word(window: str, word: str, index: Index) -> bool:
    """Whether a mend would turn a term of the index into a particle (什么诗 → 什么是)."""
    changed = [(typed, meant) for typed, meant in zip(window, word, strict=False) if typed != meant]
    return any(meant in _PARTICLES and index.knows(typed) for typed, meant in changed)


_INITIAL_GROUPS = ("bp", "dt", "gk", "jqx", "zcs", "lnr", "mf", "hw", "y")
"""Initials made at one place in the mouth, told apart by breath alone (d/t, j/q); zh ch sh
are a group of their own."""
_RETROFLEX = "zhchsh"
_NEAR_SIBILANTS = frozenset({"jqx", "zcs", _RETROFLEX})
"""The three groups of hissing initials, which readers mix up among themselves too (技 jì for
枝 zhī, 矿子 zǐ for 矿机 jī)."""


def _initial_group(initial: str) -> str:
    if len(initial) == 2:  # zh ch sh
        return _RETROFLEX
    return next((g for g in _INITIAL_GROUPS if initial and initial in g), initial)


@functools.lru_cache(maxsize=8192)
def _sounds_of(char: str) -> tuple[str, str]:
    """Return the group of a character's initial and its final (卷 → jqx, uan)."""
    initial = lazy_pinyin(char, style=Style.INITIALS, strict=False)[0]
    final = lazy_pinyin(char, style=Style.FINALS, strict=False)[0]
    return _initial_group(initial), final


def _sound_alike(typed: str, meant: str) -> bool:
    """Whether two characters rhyme and begin alike (卷 juàn, 券 quàn; 技 jì, 枝 zhī; 塔, 搭)."""
    (a, b), (c, d) = _sounds_of(typed), _sounds_of(meant)
    return bool(b) and b == d and (a == c or {a, c} <= _NEAR_SIBILANTS)


_FUNCTION_TAGS = ("p", "u", "d", "c", "r", "y", "e")
"""jieba's tags of prepositions, particles, adverbs, conjunctions, pronouns and
interjections: words of their own, never a misspelt part of another."""
_COUNTING = re.compile(r"[\d几两一二三四五六七八九十百千万多少每]")


def _stands_alone(char: str, before: str, index: Index) -> bool:
    """Whether a character is a word of its own here, so no misspelt part of another.

    A term, an alias (川 is 四川), a function word, or a measure word after a number (个市 is
    6个 + 市州, no misspelt 各市).
    """
    analyzer = index.analyzer
    if index.knows(char) or analyzer.lexicon.canonical(char) != char:
        return True
    tag = analyzer.part_of_speech(char) or ""
    return tag.startswith(_FUNCTION_TAGS) or (tag == "q" and bool(_COUNTING.fullmatch(before)))


def _near_sounding_term(window: str, before: str, index: Index) -> str | None:
    """Return the one term of the index ``window`` misspells by one character that looks alike.

    A character picked for its shape (证卷 for 证券, 攀技花 for 攀枝花, 私塔 for 私搭) shares its
    sound component with the right one, so the two rhyme and begin alike; the rest is written
    right. A character standing alone here (川 is 四川, 个 a measure word) is no such typo.
    """
    found: set[str] = set()
    for i, typed in enumerate(window):
        words = index.terms_by_gap.get(f"{window[:i]}?{window[i + 1 :]}", ())
        if not words or _stands_alone(typed, (before + window)[i], index):
            continue
        found.update(word for word in words if _sound_alike(typed, word[i]))
    return found.pop() if len(found) == 1 else None


def correct_near_sounds(text: str, index: Index) -> str:
    """Replace non-words that misspell a term of the index by one look-alike character.

    The homophone pass (:func:`correct_homophones`) goes first; what it leaves, a window of 2–4
    characters jieba does not know, holding no particle standing alone and cutting no word of
    the question, is replaced when exactly one term differs from it by a character that sounds
    near (:func:`_near_sounding_term`). Longer windows win: 对私答私接 is 对 + 私搭私接, not
    对此 + 答私接.
    """
    analyzer = index.analyzer
    pieces: list[str] = []
    last = 0
    for run in _CJK_RUN.finditer(text):
        chars = run.group(0)
        tokens = analyzer.segment(chars)
        cuts = _cuts(tokens, analyzer)
        particles = _particle_offsets(tokens, analyzer)
        taken = [False] * len(chars)
        fixes: list[tuple[int, int, str]] = []
        for size in (4, 3, 2):
            for i in range(len(chars) - size + 1):
                window = chars[i : i + size]
                if i in cuts or i + size in cuts or particles.intersection(range(i, i + size)):
                    continue
                if any(taken[i : i + size]) or analyzer.is_dictionary_word(window):
                    continue
                if index.knows(window):
                    continue
                before = chars[i - 1] if i else text[: run.start()].rstrip()[-1:] or " "
                word = _near_sounding_term(window, before, index)
                if word is not None:
                    fixes.append((i, size, word))
                    taken[i : i + size] = [True] * size
        out = chars
        for i, size, word in sorted(fixes, reverse=True):
            out = out[:i] + word + out[i + size :]
        pieces.append(text[last : run.start()])
        pieces.append(out)
        last = run.end()
    pieces.append(text[last:])
    return "".join(pieces)


def correct_homophones(text: str, index: Index) -> str:
    """Replace non-words whose pinyin is that of a term of the index (挖旷 → 挖矿, 算历 → 算力).

    Readers type Chinese by pinyin, so their typos are homophones, or, for three characters or
    more, near-homophones their accent merges (meng/men, zh/z). A window of 2–4 characters is
    replaced only when it is neither a term of the index nor a word jieba's dictionary counts
    more than ``RARE`` times (负合 is a misspelt 负荷), holds no particle standing alone (了, 的 …;
    什么时侯 → 什么时候 may hold 么), and does not cut a word of the question (中本聪是 is no typo
    of 从事).
    """
    analyzer = index.analyzer
    pieces: list[str] = []
    last = 0
    for run in _CJK_RUN.finditer(text):
        chars = run.group(0)
        counted = text[: run.start()].rstrip()[-1:].isdigit()
        syllables: list[str] = []  # read only when a window is no word (most questions: none)
        tokens = analyzer.segment(chars)
        cuts = _cuts(tokens, analyzer)
        particles = _particle_offsets(tokens, analyzer)
        i = 0
        out: list[str] = []
        while i < len(chars):
            for size in (4, 3, 2):
                window = chars[i : i + size]
                if len(window) < size:
                    continue
                if i in cuts or i + size in cuts:
                    if _cuts_a_term(tokens, i, i + size, index):
                        continue  # 什么视频 is no 什么是 + 频: 视频 is the article's word
                    syllables = syllables or [y for token in tokens for y in _syllables(token)]
                    word = _same_sound(window, " ".join(syllables[i : i + size]), index)
                    if word is not None:  # 旷机关机: 矿机, though jieba reads 机关
                        out.append(word)
                        i += size
                        break
                    continue
                if particles.intersection(range(i, i + size)):
                    continue
                if size == 2 and window[1] in _LOCATIVES and index.knows(window[0]):
                    continue
                if i == 0 and counted and analyzer.part_of_speech(window[0]) == "q":
                    continue  # 6个市州: the measure word of a number, no misspelt 各市
                if index.knows(window) or analyzer.is_common_word(window):
                    out.append(window)  # a real word: keep it whole
                    i += size
                    break
                syllables = syllables or [y for token in tokens for y in _syllables(token)]
                key = " ".join(syllables[i : i + size])
                word = index.pinyin_words.get(key)
                if word is None and size >= LOOSE_MIN_CHARS:
                    word = index.loose_pinyin_words.get(loose_pinyin_key(key))
                elif word is None:
                    word = _loose_pair(window, index.loose_pinyin_words.get(loose_pinyin_key(key)))
                sounding = index.sounding_aliases.get(key, ())
                if word is not None and size == 2 and not _sounds_alike(window, word, sounding):
                    word = None  # 搞电 (gǎo diàn) is no 高点 (gāo diǎn)
                if word is not None and _mends_a_known_word(window, word, index):
                    word = None  # 什么诗 holds the poem's 诗: no misspelt 什么是
                if word is not None and i == 0 and counted and window[0] in _DATE_UNITS:
                    word = word if word[0] == window[0] else None  # 6月低 is 6月底; 25号出 stays
                if word is not None:
                    out.append(word)
                    i += size
                    break
            else:
                out.append(chars[i])
                i += 1
        pieces.append(text[last : run.start()])
        pieces.append("".join(out))
        last = run.end()
    pieces.append(text[last:])
    return "".join(pieces)
