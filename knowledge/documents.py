"""Documents a passage names in 《》: a reader calls each a document (文件) whatever its title."""

from __future__ import annotations

import re

from knowledge.text import normalize

DOCUMENT_TERM = normalize("文件")
"""What a reader calls a named document (a term of aliases.tsv), not 通知 (a notice). Written
as normalised: OpenCC's phrase table reads 文件 as 文档."""
_NAMED = re.compile(r"《[^《》]+》")


def names_a_document(text: str) -> bool:
    """Whether ``text`` names a document in 《》 (《…八项措施（征求意见稿）》)."""
    return _NAMED.search(text) is not None
