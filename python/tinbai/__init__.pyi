from typing import Any, Dict, List, Optional, Union

__version__: str
SCHEMA: str

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

NumberValue = Union[int, float, str, Dict[str, Optional[str]], None]

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
    ) -> None: ...
    @classmethod
    def from_dict(cls, d: Dict[str, Any]) -> Document: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self, indent: Optional[int] = ...) -> str: ...

def extract(text: str, *, tone: str = ..., entities: bool = ..., numbers: bool = ...) -> Document: ...
