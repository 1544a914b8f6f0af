"""The document classes of tinbai: plain dataclasses that pickle and rebuild from dicts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Union

SCHEMA = "tinbai/1"

NumberValue = Union[int, float, str, Dict[str, Optional[str]], None]


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
    """A PERSON, ORG or LOC mention with its canonical form and attributes.

    ``start``/``end`` are code-point offsets into ``Document.text``.
    """

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
    """A number expression: ``kind`` (date, money, quantity...) and its normalised ``value``.

    ``value`` is an int or float, an ISO date string, ``"HH:MM"`` for a time, or
    ``{"start": ISO, "end": ISO|None}`` for a date range.
    """

    kind: str
    text: str
    start: int
    end: int
    value: NumberValue
    unit: Optional[str] = None
    approx: Optional[str] = None
    per: Optional[str] = None


@dataclass(frozen=True)
class EntityGroup:
    """Mentions of one entity: ``mentions`` are indices into ``Document.entities``."""

    type: str
    canonical: str
    mentions: List[int]


def _known(cls: type, d: Dict[str, Any]) -> Dict[str, Any]:
    """Keep the keys ``cls`` knows, so that newer JSON with extra fields still loads."""
    names = cls.__dataclass_fields__  # type: ignore[attr-defined]
    return {k: v for k, v in d.items() if k in names}


@dataclass(frozen=True)
class Document:
    """A cleaned article with its metadata, sentences, entities and numbers.

    ``source`` is the raw input when the document came from ``extract`` (used by
    the HTML view to show dropped lines); it is not part of ``to_dict()``.
    """

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
    entity_groups: List[EntityGroup] = field(default_factory=list)
    source: Optional[str] = field(default=None, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: Dict[str, Any], source: Optional[str] = None) -> "Document":
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
            paragraphs=[Paragraph(**_known(Paragraph, p)) for p in d.get("paragraphs") or []],
            text=d.get("text") or "",
            sentences=[Sentence(**_known(Sentence, s)) for s in d.get("sentences") or []],
            entities=[Entity(**_known(Entity, e)) for e in d.get("entities") or []],
            numbers=[Number(**_known(Number, n)) for n in d.get("numbers") or []],
            entity_groups=[EntityGroup(**_known(EntityGroup, g)) for g in d.get("entity_groups") or []],
            source=source,
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
            "entity_groups": [asdict(g) for g in self.entity_groups],
            "numbers": [asdict(n) for n in self.numbers],
        }

    def to_json(self, indent: Optional[int] = None) -> str:
        """The document as ``tinbai/1`` JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self, show_dropped: bool = False) -> str:
        """An HTML view: entities and numbers highlighted by type, with a legend.

        With ``show_dropped=True`` (and a document made by ``extract``), the
        lines that cleaning dropped are shown struck through, in place.
        """
        from ._html import document_html

        return document_html(self, show_dropped=show_dropped)

    def _repr_html_(self) -> str:
        return self.to_html()

    def entities_frame(self, doc_id: Any = None) -> Any:
        """One row per entity mention, as a pandas DataFrame."""
        from ._frames import frame

        return frame([self], "entities", ids=None if doc_id is None else [doc_id])

    def numbers_frame(self, doc_id: Any = None) -> Any:
        """One row per number expression, as a pandas DataFrame."""
        from ._frames import frame

        return frame([self], "numbers", ids=None if doc_id is None else [doc_id])

    def __repr__(self) -> str:
        title = self.title
        if title is not None and len(title) > 60:
            title = title[:57] + "..."
        return "Document(title=%r, date=%r, paragraphs=%d, sentences=%d, entities=%d, numbers=%d)" % (
            title,
            self.date,
            len(self.paragraphs),
            len(self.sentences),
            len(self.entities),
            len(self.numbers),
        )
