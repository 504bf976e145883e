"""What a reader calls the things a passage names, whatever their names say.

A title in 《》 is a document (文件: 内蒙古的文件叫什么？ meets p22's 《…八项措施》); a web address
is a website (网站: 算力数据是从哪个网站来的？ meets p16's btc.com); a word about electricity
(水电, 供电, 电力) is about 电 (丰水期的电以前是咋处理的？ meets p8's 水电); a quotation after a
colon is something said (D说的啥？ meets p13's 从业者D：“…”). A passage naming one holds the
kind as context, as it holds its heading (English spoken is a term of the text itself:
``knowledge.spoken_english``).
"""

from __future__ import annotations

import re

from knowledge.text import normalize

DOCUMENT_TERM = normalize("文件")
"""A named document (a term of aliases.tsv), not 通知 (a notice). Written as normalised:
OpenCC's phrase table reads 文件 as 文档."""
WEBSITE_TERM = "网站"
SAID_TERM = "表示"
"""What someone said (the aliases' word for 说, 称): 从业者D：“…” says it with a colon alone."""
_QUOTED = re.compile(r"[：:]\s*[“「\"]")
ELECTRICITY_TERM = "电"
"""Electricity, which readers call 电 whatever word the passage has for it (水电, 供电, 用电)."""
_DOCUMENT = re.compile(r"《[^《》]+》")
_WEBSITE = re.compile(
    r"(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|cn|info)(?![a-z0-9])", re.I
)
"""A web address, also where Chinese follows it directly (btc.com数据显示)."""


def kinds_named(text: str) -> frozenset[str]:
    """Return the kinds of thing ``text`` names (a document, a website, a quote: see above)."""
    kinds = set()
    if _DOCUMENT.search(text):
        kinds.add(DOCUMENT_TERM)
    if _WEBSITE.search(text):
        kinds.add(WEBSITE_TERM)
    if ELECTRICITY_TERM in text:
        kinds.add(ELECTRICITY_TERM)
    if _QUOTED.search(text):
        kinds.add(SAID_TERM)
    return frozenset(kinds)
