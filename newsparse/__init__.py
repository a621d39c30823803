"""newsparse: structured facts from the plain text of English news articles.

>>> import newsparse
>>> article = newsparse.parse("Lyng said prices would rise.")
>>> isinstance(article, newsparse.Article)
True
"""

from newsparse._model import (
    SCHEMA,
    Actor,
    ActorKind,
    Article,
    Demand,
    DemandStatus,
    Figure,
    FigureKind,
    Span,
    Statement,
    StatementKind,
    json_schema,
)
from newsparse._pipeline import parse
from newsparse._version import __version__

__all__ = [
    "SCHEMA",
    "Actor",
    "ActorKind",
    "Article",
    "Demand",
    "DemandStatus",
    "Figure",
    "FigureKind",
    "Span",
    "Statement",
    "StatementKind",
    "__version__",
    "json_schema",
    "parse",
]
