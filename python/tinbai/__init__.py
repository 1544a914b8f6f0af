"""tinbai: Vietnamese news articles to structured data.

>>> import tinbai
>>> doc = tinbai.extract("Hai tỉnh hợp tác\\n\\nNgày 22/5, hai bên gặp nhau. Kết quả tốt.\\n")
>>> doc.title
'Hai tỉnh hợp tác'
>>> [s.text for s in doc.sentences]
['Hai tỉnh hợp tác', 'Ngày 22/5, hai bên gặp nhau.', 'Kết quả tốt.']

Offsets (``start``, ``end``) count Unicode code points into ``Document.text``,
so ``doc.text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Union

from . import _tinbai

__version__: str = _tinbai.__version__

__all__ = [
    "Document",
    "Entity",
    "Number",
    "Paragraph",
    "Sentence",
    "extract",
    "__version__",
]

SCHEMA = "tinbai/1"


@dataclass(frozen=True)
class Paragraph:
    """A kept paragraph: ``kind`` is title, lead, body or caption; ``line`` its input line."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True)
class Sentence:
    """A sentence; ``start``/``end`` are code-point offsets into ``Document.text``."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Entity:
    """A PERSON, ORG or LOC mention with its canonical form and attributes."""

    type: str
    text: str
    canonical: str
    start: int
    end: int
    name: Optional[str] = None
    title: Optional[str] = None
    role: Optional[str] = None
    level: Optional[str] = None
    country: Optional[str] = None


@dataclass(frozen=True)
class Number:
    """A number expression: ``kind`` (date, money, quantity...), normalised ``value``."""

    kind: str
    text: str
    start: int
    end: int
    value: Union[int, float, str, Dict[str, Optional[str]], None]
    unit: Optional[str] = None
    approx: Optional[str] = None
    per: Optional[str] = None


@dataclass(frozen=True)
class Document:
    """A cleaned article with its metadata, sentences, entities and numbers."""

    title: Optional[str]
    date: Optional[str]
    source_tag: Optional[str]
    byline: Optional[str]
    credits: List[str]
    lines: List[str]
    paragraphs: List[Paragraph]
    text: str
    sentences: List[Sentence]
    entities: List[Entity] = field(default_factory=list)
    numbers: List[Number] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: Dict[str, Any]) -> "Document":
        """Rebuild a document from its ``tinbai/1`` dict (``to_dict()`` or the CLI's JSON)."""
        if not isinstance(d, dict):
            raise TypeError("Document.from_dict expects a dict, not %s" % type(d).__name__)
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError("unsupported schema %r (expected %r)" % (schema, SCHEMA))
        meta = d.get("meta") or {}
        return cls(
            title=meta.get("title"),
            date=meta.get("date"),
            source_tag=meta.get("source_tag"),
            byline=meta.get("byline"),
            credits=list(meta.get("credits") or []),
            lines=list(d.get("lines") or []),
            paragraphs=[Paragraph(**p) for p in d.get("paragraphs") or []],
            text=d.get("text") or "",
            sentences=[Sentence(**s) for s in d.get("sentences") or []],
            entities=[Entity(**e) for e in d.get("entities") or []],
            numbers=[Number(**n) for n in d.get("numbers") or []],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The document as the ``tinbai/1`` dict (the CLI's JSON object)."""
        return {
            "schema": SCHEMA,
            "meta": {
                "title": self.title,
                "date": self.date,
                "source_tag": self.source_tag,
                "byline": self.byline,
                "credits": list(self.credits),
            },
            "lines": list(self.lines),
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "text": self.text,
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "numbers": [asdict(n) for n in self.numbers],
        }

    def to_json(self, indent: Optional[int] = None) -> str:
        """The document as ``tinbai/1`` JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        title = self.title if self.title is None or len(self.title) <= 60 else self.title[:57] + "..."
        return "Document(title=%r, date=%r, paragraphs=%d, sentences=%d, entities=%d, numbers=%d)" % (
            title,
            self.date,
            len(self.paragraphs),
            len(self.sentences),
            len(self.entities),
            len(self.numbers),
        )


def extract(text: str, *, tone: str = "as_written", entities: bool = True, numbers: bool = True) -> Document:
    """Clean, split and extract one article.

    ``tone`` is ``"as_written"`` (default) or ``"new"`` (rewrite ``hoà`` as ``hòa``
    in ``Document.text``). Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    return Document.from_dict(_tinbai._extract(text, tone=tone, entities=entities, numbers=numbers))
