from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

__version__: str
SCHEMA: str

NumberValue = Union[int, float, str, Dict[str, Optional[str]], None]

class Paragraph:
    kind: str
    text: str
    line: int
    def __init__(self, kind: str, text: str, line: int) -> None: ...

class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    def __init__(self, text: str, start: int, end: int, paragraph: int) -> None: ...

class Entity:
    type: str
    text: str
    canonical: str
    start: int
    end: int
    name: Optional[str]
    title: Optional[str]
    role: Optional[str]
    level: Optional[str]
    country: Optional[str]
    def __init__(
        self,
        type: str,
        text: str,
        canonical: str,
        start: int,
        end: int,
        name: Optional[str] = ...,
        title: Optional[str] = ...,
        role: Optional[str] = ...,
        level: Optional[str] = ...,
        country: Optional[str] = ...,
    ) -> None: ...

class Number:
    kind: str
    text: str
    start: int
    end: int
    value: NumberValue
    unit: Optional[str]
    approx: Optional[str]
    per: Optional[str]
    def __init__(
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        value: NumberValue,
        unit: Optional[str] = ...,
        approx: Optional[str] = ...,
        per: Optional[str] = ...,
    ) -> None: ...

class EntityGroup:
    type: str
    canonical: str
    mentions: List[int]
    def __init__(self, type: str, canonical: str, mentions: List[int]) -> None: ...

class Document:
    title: Optional[str]
    date: Optional[str]
    source_tag: Optional[str]
    byline: Optional[str]
    credits: List[str]
    lines: List[str]
    paragraphs: List[Paragraph]
    text: str
    sentences: List[Sentence]
    entities: List[Entity]
    numbers: List[Number]
    entity_groups: List[EntityGroup]
    source: Optional[str]
    def __init__(
        self,
        title: Optional[str],
        date: Optional[str],
        source_tag: Optional[str],
        byline: Optional[str],
        credits: List[str],
        lines: List[str],
        paragraphs: List[Paragraph],
        text: str,
        sentences: List[Sentence],
        entities: List[Entity] = ...,
        numbers: List[Number] = ...,
        entity_groups: List[EntityGroup] = ...,
        source: Optional[str] = ...,
    ) -> None: ...
    @classmethod
    def from_dict(cls, d: Dict[str, Any], source: Optional[str] = ...) -> Document: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self, indent: Optional[int] = ...) -> str: ...
    def to_html(self, show_dropped: bool = ...) -> str: ...
    def entities_frame(self, doc_id: Any = ...) -> Any: ...
    def numbers_frame(self, doc_id: Any = ...) -> Any: ...

def extract(text: str, *, tone: str = ..., entities: bool = ..., numbers: bool = ...) -> Document: ...
def extract_many(
    texts: Iterable[str],
    threads: Optional[int] = ...,
    *,
    tone: str = ...,
    entities: bool = ...,
    numbers: bool = ...,
) -> List[Document]: ...
def frame(docs: Sequence[Document], kind: str = ..., ids: Optional[Sequence[Any]] = ...) -> Any: ...
def split_sentences(text: str) -> List[str]: ...
