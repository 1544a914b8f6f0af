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

from typing import Iterable, List, Optional

from . import _tinbai
from ._frames import frame
from ._tinbai import split_sentences
from ._types import SCHEMA, Document, Entity, EntityGroup, Number, NumberValue, Paragraph, Sentence

__version__: str = _tinbai.__version__

__all__ = [
    "SCHEMA",
    "Document",
    "Entity",
    "EntityGroup",
    "Number",
    "NumberValue",
    "Paragraph",
    "Sentence",
    "extract",
    "extract_many",
    "frame",
    "split_sentences",
    "__version__",
]


def extract(text: str, *, tone: str = "as_written", entities: bool = True, numbers: bool = True) -> Document:
    """Clean, split and extract one article.

    ``tone`` is ``"as_written"`` (default) or ``"new"`` (rewrite ``hoà`` as ``hòa``
    in ``Document.text``). ``entities`` and ``numbers`` switch those stages off.
    Raises ``TypeError`` when ``text`` is not a ``str`` and ``ValueError`` for a
    bad option or a string that cannot be encoded (lone surrogates).
    """
    return _tinbai._extract_document(text, tone=tone, entities=entities, numbers=numbers)


def extract_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    tone: str = "as_written",
    entities: bool = True,
    numbers: bool = True,
) -> List[Document]:
    """Extract many articles in parallel in Rust, with the GIL released.

    ``threads`` defaults to all cores. Results are in input order. The Python
    objects of each finished article are built while the other threads go on
    extracting.
    """
    return _tinbai._extract_many(texts, threads, tone=tone, entities=entities, numbers=numbers)
