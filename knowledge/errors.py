"""The one error the knowledge package raises for bad input."""

from __future__ import annotations


class KnowledgeError(Exception):
    """A post or knowledge path that cannot be used; ``str()`` is one line for an operator."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
