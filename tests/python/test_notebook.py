"""Notebook work: HTML view, DataFrames, batches, pickling, Dask."""

import html.parser
import json
import pathlib
import pickle
import sys

import pytest

import tinbai

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]


class MarkCollector(html.parser.HTMLParser):
    """Collects every <mark>: its class, title and text; checks nesting."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.marks = []
        self.dels = []
        self.in_del = False
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "mark":
            a = dict(attrs)
            self.marks.append({"class": a.get("class"), "title": a.get("title"), "text": ""})
        if tag == "del":
            self.in_del = True
            self.dels.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, "badly nested </%s>" % tag
        self.stack.pop()
        if tag == "del":
            self.in_del = False

    def handle_data(self, data):
        self.text.append(data)
        for m in self.marks:
            if m.get("open", True):
                pass
        if self.in_del:
            self.dels[-1] += data
        if "mark" in self.stack:
            self.marks[-1]["text"] += data


def parse(s):
    p = MarkCollector()
    p.feed(s)
    p.close()
    assert not p.stack, "unclosed tags: %s" % p.stack
    return p


def test_html_view_highlights_every_mention_and_escapes():
    doc = tinbai.extract(TEXTS[0])
    out = doc._repr_html_()
    p = parse(out)
    classes = {m["class"] for m in p.marks}
    assert "tb-legend" in out
    if doc.entities:
        assert classes & {"tb-PERSON", "tb-ORG", "tb-LOC"}
    if doc.numbers:
        assert "tb-NUMBER" in classes
        first = doc.numbers[0]
        assert any(m["text"] == first.text and first.kind in m["title"] for m in p.marks)
    # The visible text holds every kept paragraph.
    visible = "".join(p.text)
    for para in doc.paragraphs:
        assert para.text in visible


def test_html_escapes_markup_in_the_text():
    doc = tinbai.extract("Tiêu đề <script>alert(1)</script>\n\nNội dung & <b>đậm</b>.\n")
    out = doc.to_html()
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "&amp;" in out


def test_html_can_show_dropped_lines_struck_through():
    doc = tinbai.extract(TEXTS[2])
    dropped = [i for i, l in enumerate(doc.lines) if l == "drop"]
    out = parse(doc.to_html(show_dropped=True))
    assert len(out.dels) == len(dropped)
    assert len(parse(doc.to_html()).dels) == 0


def test_frames_have_columns_and_values():
    pd = pytest.importorskip("pandas")
    docs = tinbai.extract_many(TEXTS)
    ents = tinbai.frame(docs, "entities", ids=[p.stem for p in SEEDS])
    assert list(ents.columns)[:6] == ["doc_id", "type", "text", "canonical", "start", "end"]
    assert len(ents) == sum(len(d.entities) for d in docs)
    nums = tinbai.frame(docs, "numbers")
    assert len(nums) == sum(len(d.numbers) for d in docs)
    assert set(nums["doc_id"]) <= set(range(len(docs)))
    for _, r in nums.iterrows():
        doc = docs[r["doc_id"]]
        assert doc.text[r["start"] : r["end"]] == r["text"]
    one = docs[0].entities_frame(doc_id="a")
    assert (one["doc_id"] == "a").all() and len(one) == len(docs[0].entities)
    sents = tinbai.frame(docs, "sentences")
    assert len(sents) == sum(len(d.sentences) for d in docs)
    meta = tinbai.frame(docs, "documents")
    assert list(meta["title"]) == [d.title for d in docs]
    assert isinstance(meta, pd.DataFrame)


def test_frame_rejects_bad_arguments():
    docs = [tinbai.extract("Tiêu đề\n")]
    with pytest.raises(ValueError, match="kind"):
        tinbai.frame(docs, "people")
    with pytest.raises(ValueError, match="ids"):
        tinbai.frame(docs, "entities", ids=[1, 2])


def test_extract_many_equals_a_loop_and_keeps_order():
    many = tinbai.extract_many(TEXTS * 3, threads=2)
    assert many == [tinbai.extract(t) for t in TEXTS * 3]
    assert tinbai.extract_many([]) == []
    assert tinbai.extract_many(iter(["Một\n", "Hai\n"]))[1].text == "Hai"


def test_documents_built_natively_equal_the_dict_path():
    # extract/extract_many build the dataclasses directly in Rust; they must be
    # the very objects Document.from_dict makes from the JSON dict.
    from dataclasses import FrozenInstanceError, fields

    from tinbai import _tinbai

    docs = tinbai.extract_many(TEXTS, threads=2)
    for text, doc in zip(TEXTS, docs):
        via_dict = tinbai.Document.from_dict(_tinbai._extract(text), source=text)
        assert doc == via_dict
        assert doc.source is text
        # json.dumps tells 1 from 1.0 and keeps key order, where == would not.
        assert json.dumps(doc.to_dict(), ensure_ascii=False) == json.dumps(_tinbai._extract(text), ensure_ascii=False)
        for f in fields(tinbai.Document):
            assert type(getattr(doc, f.name)) is type(getattr(via_dict, f.name)), f.name
        for e in doc.entities:
            assert isinstance(e, tinbai.Entity) and vars(e).keys() == vars(via_dict.entities[0]).keys()
        with pytest.raises(FrozenInstanceError):
            doc.title = "x"  # type: ignore[misc]
        if doc.numbers:
            with pytest.raises(FrozenInstanceError):
                doc.numbers[0].value = 1  # type: ignore[misc]
    assert any(d.entities and d.numbers and d.entity_groups for d in docs)


def test_extract_many_argument_errors():
    with pytest.raises(TypeError):
        tinbai.extract_many(["ok", 3])
    with pytest.raises(TypeError):
        tinbai.extract_many("not a list")
    with pytest.raises(ValueError, match="threads"):
        tinbai.extract_many(["ok"], threads=0)


def test_documents_pickle_and_rebuild_from_dicts():
    docs = tinbai.extract_many(TEXTS)
    again = pickle.loads(pickle.dumps(docs))
    assert again == docs
    assert [tinbai.Document.from_dict(d.to_dict()) for d in docs] == docs
    e = docs[0].entities[0] if docs[0].entities else None
    if e is not None:
        assert "Entity(" in repr(e) and e.canonical in repr(e)
    assert "Document(title=" in repr(docs[0])


def test_dask_distributed_local_cluster():
    pytest.importorskip("pandas")
    distributed = pytest.importorskip("dask.distributed")
    sys.path.insert(0, str(ROOT / "examples"))
    try:
        import dask_corpus
    finally:
        sys.path.pop(0)
    paths = [str(p) for p in SEEDS] * 2
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            # The workers import the example module too: ship it to them.
            client.upload_file(str(ROOT / "examples" / "dask_corpus.py"))
            df = dask_corpus.entities_frame(paths, client, batch_size=3, timeout=120)
    expected = sum(len(tinbai.extract(t).entities) for t in TEXTS) * 2
    assert len(df) == expected
    assert set(df["doc_id"]) == {p.stem for p in SEEDS} or expected == 0
