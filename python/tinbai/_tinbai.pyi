from typing import Any, Dict

__version__: str

def _extract(text: str, *, tone: str = ..., entities: bool = ..., numbers: bool = ...) -> Dict[str, Any]: ...
