"""The article that ships inside the package: the default knowledge."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_knowledge_path() -> Path:
    """Return the folder of bundled posts (installed with the package, never zipped)."""
    return Path(str(resources.files("knowledge") / "articles"))
