from typing import Any, Dict, Iterable, List, Optional

from ._types import Document

__version__: str

def _extract(text: str, *, tone: str = ..., entities: bool = ..., numbers: bool = ...) -> Dict[str, Any]: ...
def _extract_document(text: str, *, tone: str = ..., entities: bool = ..., numbers: bool = ...) -> Document: ...
def _extract_many(
    texts: Iterable[str],
    threads: Optional[int] = ...,
    *,
    tone: str = ...,
    entities: bool = ...,
    numbers: bool = ...,
) -> List[Document]: ...
def split_sentences(text: str) -> List[str]: ...
