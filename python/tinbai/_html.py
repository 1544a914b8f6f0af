"""The notebook view of a document: highlighted entities and numbers, a legend, hovers."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Dict, List, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ._types import Document

COLORS = {
    "PERSON": "#fde68a",
    "ORG": "#bfdbfe",
    "LOC": "#bbf7d0",
    "NUMBER": "#fbcfe8",
}

STYLE = """<style>
.tinbai{font-family:system-ui,sans-serif;line-height:1.6;max-width:60em}
.tinbai mark{padding:0 .15em;border-radius:.2em;cursor:help}
.tinbai .tb-PERSON{background:%(PERSON)s}.tinbai .tb-ORG{background:%(ORG)s}
.tinbai .tb-LOC{background:%(LOC)s}.tinbai .tb-NUMBER{background:%(NUMBER)s}
.tinbai .tb-legend span{margin-right:.8em;padding:0 .3em;border-radius:.2em}
.tinbai .tb-caption{font-style:italic;color:#555}
.tinbai .tb-meta{color:#666;font-size:.9em}
.tinbai del{color:#999}
</style>""" % COLORS


def _number_hover(n) -> str:
    v = n.value
    if isinstance(v, dict):
        v = "%s → %s" % (v.get("start"), v.get("end") or "…")
    parts = ["%s: %s" % (n.kind, v)]
    if n.unit:
        parts.append(n.unit)
    if n.per:
        parts.append("/" + n.per)
    if n.approx:
        parts.append("(%s)" % n.approx)
    return " ".join(str(p) for p in parts)


def _entity_hover(e) -> str:
    parts = ["%s: %s" % (e.type, e.canonical)]
    for k in ("title", "role", "level", "country"):
        v = getattr(e, k)
        if v:
            parts.append("%s=%s" % (k, v))
    return "; ".join(parts)


def _spans(doc: "Document") -> List[Tuple[int, int, str, str]]:
    """(start, end, css class, hover) for every mention; equal spans are merged."""
    merged: Dict[Tuple[int, int], Tuple[int, int, str, str]] = {}
    for e in doc.entities:
        key = (e.start, e.end)
        if key in merged:
            s, en, cls, hov = merged[key]
            merged[key] = (s, en, cls, hov + " | " + _entity_hover(e))
        else:
            merged[key] = (e.start, e.end, "tb-" + e.type, _entity_hover(e))
    for n in doc.numbers:
        key = (n.start, n.end)
        if key not in merged:
            merged[key] = (n.start, n.end, "tb-NUMBER", _number_hover(n))
    return sorted(merged.values(), key=lambda t: (t[0], -t[1]))


def _highlight(text: str, base: int, spans: List[Tuple[int, int, str, str]]) -> str:
    """``text`` (which starts at ``base`` in the document) with nested <mark>s.

    Spans that cross another span's end are left out rather than mis-nested.
    """
    end_all = base + len(text)
    events = [s for s in spans if base <= s[0] and s[1] <= end_all and s[0] < s[1]]
    out: List[str] = []
    stack: List[int] = []
    pos = base
    for start, end, cls, hover in events:
        while stack and stack[-1] <= start:
            top = stack.pop()
            out.append(html.escape(text[pos - base : top - base]))
            out.append("</mark>")
            pos = top
        if stack and end > stack[-1]:
            continue  # crosses the enclosing span
        out.append(html.escape(text[pos - base : start - base]))
        out.append('<mark class="%s" title="%s">' % (cls, html.escape(hover, quote=True)))
        stack.append(end)
        pos = start
    while stack:
        top = stack.pop()
        out.append(html.escape(text[pos - base : top - base]))
        out.append("</mark>")
        pos = top
    out.append(html.escape(text[pos - base :]))
    return "".join(out)


def document_html(doc: "Document", show_dropped: bool = False) -> str:
    spans = _spans(doc)
    # Paragraph start offsets: kept paragraphs are joined with "\n" in doc.text.
    starts = []
    pos = 0
    for p in doc.paragraphs:
        starts.append(pos)
        pos += len(p.text) + 1
    rendered: Dict[int, List[str]] = {}
    for i, p in enumerate(doc.paragraphs):
        body = _highlight(p.text, starts[i], spans)
        if p.kind == "title":
            rendered.setdefault(p.line, []).append("<h3>%s</h3>" % body)
        elif p.kind == "caption":
            rendered.setdefault(p.line, []).append('<p class="tb-caption">%s</p>' % body)
        elif p.kind == "lead":
            rendered.setdefault(p.line, []).append("<p><b>%s</b></p>" % body)
        else:
            rendered.setdefault(p.line, []).append("<p>%s</p>" % body)
    parts = [STYLE, '<div class="tinbai">']
    legend = "".join('<span class="tb-%s">%s</span>' % (k, k.lower()) for k in COLORS)
    parts.append('<div class="tb-legend">%s</div>' % legend)
    meta = []
    if doc.date:
        meta.append("date " + html.escape(doc.date))
    if doc.source_tag:
        meta.append("source " + html.escape(doc.source_tag))
    if doc.byline:
        meta.append("by " + html.escape(doc.byline))
    if doc.credits:
        meta.append("photos " + html.escape(", ".join(doc.credits)))
    if meta:
        parts.append('<div class="tb-meta">%s</div>' % " · ".join(meta))
    raw_lines = doc.source.split("\n") if (show_dropped and doc.source is not None) else None
    if raw_lines is not None and len(raw_lines) == len(doc.lines):
        for i, label in enumerate(doc.lines):
            if i in rendered:
                parts.extend(rendered[i])
            elif label not in ("blank",) and raw_lines[i].strip():
                parts.append('<p><del title="%s">%s</del></p>' % (label, html.escape(raw_lines[i].strip())))
    else:
        for line in sorted(rendered):
            parts.extend(rendered[line])
    parts.append("</div>")
    return "\n".join(parts)
