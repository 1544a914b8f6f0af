"""DataFrames over documents (pandas is optional: ``pip install tinbai[pandas]``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from ._types import Document

KINDS = ("entities", "numbers", "sentences", "documents")

ENTITY_COLUMNS = ["doc_id", "type", "text", "canonical", "start", "end", "name", "title", "role", "level", "country"]
NUMBER_COLUMNS = [
    "doc_id", "kind", "text", "start", "end", "value", "value_start", "value_end", "unit", "approx", "per",
]
SENTENCE_COLUMNS = ["doc_id", "paragraph", "start", "end", "text"]
DOCUMENT_COLUMNS = [
    "doc_id", "title", "date", "source_tag", "byline", "credits", "n_sentences", "n_entities", "n_numbers", "text",
]


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError as e:  # pragma: no cover - exercised without pandas
        raise ImportError(
            "tinbai's DataFrame helpers need pandas: pip install 'tinbai[pandas]' (or pip install pandas)"
        ) from e
    return pandas


def rows(docs: Sequence["Document"], kind: str, ids: Optional[Sequence[Any]] = None) -> List[Dict[str, Any]]:
    """The rows of ``frame`` as plain dicts (no pandas needed)."""
    if kind not in KINDS:
        raise ValueError("kind must be one of %s, not %r" % (", ".join(KINDS), kind))
    if ids is not None and len(ids) != len(docs):
        raise ValueError("ids has %d items but there are %d documents" % (len(ids), len(docs)))
    out: List[Dict[str, Any]] = []
    for i, doc in enumerate(docs):
        doc_id = ids[i] if ids is not None else i
        if kind == "entities":
            for e in doc.entities:
                out.append({"doc_id": doc_id, **asdict(e)})
        elif kind == "numbers":
            for n in doc.numbers:
                r = {"doc_id": doc_id, **asdict(n)}
                if isinstance(n.value, dict):
                    r["value_start"], r["value_end"] = n.value.get("start"), n.value.get("end")
                    r["value"] = None
                else:
                    r["value_start"] = r["value_end"] = None
                out.append(r)
        elif kind == "sentences":
            for s in doc.sentences:
                out.append({"doc_id": doc_id, **asdict(s)})
        else:
            out.append(
                {
                    "doc_id": doc_id,
                    "title": doc.title,
                    "date": doc.date,
                    "source_tag": doc.source_tag,
                    "byline": doc.byline,
                    "credits": list(doc.credits),
                    "n_sentences": len(doc.sentences),
                    "n_entities": len(doc.entities),
                    "n_numbers": len(doc.numbers),
                    "text": doc.text,
                }
            )
    return out


def frame(docs: Sequence["Document"], kind: str = "entities", ids: Optional[Sequence[Any]] = None) -> Any:
    """A pandas DataFrame over many documents: one row per mention.

    ``kind`` is ``"entities"``, ``"numbers"``, ``"sentences"`` or ``"documents"``;
    ``doc_id`` is the document's position, or ``ids[i]`` when ``ids`` is given.
    Number values are in ``value`` (a number, an ISO date or a time), with date
    ranges in ``value_start``/``value_end``.
    """
    pd = _pandas()
    columns = {
        "entities": ENTITY_COLUMNS,
        "numbers": NUMBER_COLUMNS,
        "sentences": SENTENCE_COLUMNS,
        "documents": DOCUMENT_COLUMNS,
    }.get(kind)
    data = rows(list(docs), kind, ids)
    return pd.DataFrame(data, columns=columns)
