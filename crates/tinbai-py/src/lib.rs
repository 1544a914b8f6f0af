//! Python bindings of tinbai. They convert and delegate: all logic is in the
//! `tinbai` crate. Each call releases the GIL while Rust works.

use std::collections::HashMap;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PySlice, PyString};
use serde_json::Value;

/// Rust-side allocations (extraction, in worker threads) use mimalloc, as
/// the CLI does; Python objects still come from Python's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A `serde_json::Value` as plain Python objects (dict, list, str, int, float, bool, None).
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let list = PyList::empty(py);
            for x in a {
                list.append(to_py(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(m) => {
            let dict = PyDict::new(py);
            for (k, x) in m {
                dict.set_item(k, to_py(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

/// Builds the package's dataclasses (`tinbai._types`) straight from a
/// [`tinbai::Document`], with the field names and code-point offsets of the
/// `tinbai/1` JSON (a test checks both give equal objects). Each object is
/// made with `object.__new__` and its `__dict__` filled in place with
/// interned names: no intermediate dicts, no frozen `__init__`. It holds no
/// GIL-bound references, so it can cross a `detach`.
struct Builder {
    new: Py<PyAny>,
    document: Py<PyAny>,
    paragraph: Py<PyAny>,
    sentence: Py<PyAny>,
    entity: Py<PyAny>,
    number: Py<PyAny>,
    group: Py<PyAny>,
}

/// A Python object for an optional string.
fn opt_str<'py>(py: Python<'py>, s: &Option<String>) -> Bound<'py, PyAny> {
    match s {
        Some(s) => PyString::new(py, s).into_any(),
        None => py.None().into_bound(py),
    }
}

/// The interned Python string of a label (`"title"`, `"PERSON"`, `"date"`...):
/// labels repeat in every document, so each is made once per process.
fn label<'py>(py: Python<'py>, s: &'static str) -> Bound<'py, PyAny> {
    match s {
        "LOC" => intern!(py, "LOC").clone(),
        "ORG" => intern!(py, "ORG").clone(),
        "PERSON" => intern!(py, "PERSON").clone(),
        "about" => intern!(py, "about").clone(),
        "above" => intern!(py, "above").clone(),
        "below" => intern!(py, "below").clone(),
        "blank" => intern!(py, "blank").clone(),
        "body" => intern!(py, "body").clone(),
        "byline" => intern!(py, "byline").clone(),
        "caption" => intern!(py, "caption").clone(),
        "date" => intern!(py, "date").clone(),
        "date_range" => intern!(py, "date_range").clone(),
        "drop" => intern!(py, "drop").clone(),
        "duration" => intern!(py, "duration").clone(),
        "lead" => intern!(py, "lead").clone(),
        "meta" => intern!(py, "meta").clone(),
        "money" => intern!(py, "money").clone(),
        "ordinal" => intern!(py, "ordinal").clone(),
        "percent" => intern!(py, "percent").clone(),
        "quantity" => intern!(py, "quantity").clone(),
        "time" => intern!(py, "time").clone(),
        "title" => intern!(py, "title").clone(),
        other => PyString::intern(py, other),
    }
    .into_any()
}

/// A number's value as the JSON form gives it: int when exact, else float
/// (None when not finite), str for dates and times, dict for ranges.
fn number_value<'py>(py: Python<'py>, v: &tinbai::NumberValue) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        tinbai::NumberValue::Number(d) => {
            match d.as_integer().and_then(|i| i64::try_from(i).ok()) {
                Some(i) if d.scale == 0 => i.into_pyobject(py)?.into_any(),
                _ if d.as_f64().is_finite() => d.as_f64().into_pyobject(py)?.into_any(),
                _ => py.None().into_bound(py),
            }
        }
        tinbai::NumberValue::Date(s) | tinbai::NumberValue::Time(s) => {
            PyString::new(py, s).into_any()
        }
        tinbai::NumberValue::Range { start, end } => {
            let d = PyDict::new(py);
            d.set_item(intern!(py, "start"), opt_str(py, start))?;
            d.set_item(intern!(py, "end"), opt_str(py, end))?;
            d.into_any()
        }
    })
}

/// The builder, made on first use (the classes are looked up once).
static BUILDER: pyo3::sync::PyOnceLock<Builder> = pyo3::sync::PyOnceLock::new();

impl Builder {
    fn get(py: Python<'_>) -> PyResult<&'static Builder> {
        BUILDER.get_or_try_init(py, || Builder::new(py))
    }

    fn new(py: Python<'_>) -> PyResult<Self> {
        let types = py.import("tinbai._types")?;
        let class = |name: &str| types.getattr(name).map(Bound::unbind);
        Ok(Builder {
            new: py
                .import("builtins")?
                .getattr("object")?
                .getattr("__new__")?
                .unbind(),
            document: class("Document")?,
            paragraph: class("Paragraph")?,
            sentence: class("Sentence")?,
            entity: class("Entity")?,
            number: class("Number")?,
            group: class("EntityGroup")?,
        })
    }

    /// An instance of `cls` with `fields` in its `__dict__`.
    fn make<'py, const N: usize>(
        &self,
        py: Python<'py>,
        cls: &Py<PyAny>,
        fields: [(&Bound<'py, PyString>, Bound<'py, PyAny>); N],
    ) -> PyResult<Bound<'py, PyAny>> {
        let obj = self.new.bind(py).call1((cls.bind(py),))?;
        let dict = obj
            .getattr(intern!(py, "__dict__"))?
            .cast_into::<PyDict>()?;
        for (k, v) in fields {
            dict.set_item(k, v)?;
        }
        Ok(obj)
    }

    /// A `Document`; `source` is the input text it was extracted from.
    fn document<'py, 'd>(
        &self,
        py: Python<'py>,
        doc: &'d tinbai::Document,
        source: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let idx = tinbai::CharIndex::new(&doc.text);
        let at = |b: usize| idx.char_offset(b);
        // Texts of spans are slices of the document's str: a copy, where
        // making each from UTF-8 would decode it again.
        let full = PyString::new(py, &doc.text);
        let text = |r: &std::ops::Range<usize>| -> PyResult<Bound<'py, PyAny>> {
            substring(&full, at(r.start), at(r.end))
        };
        let int = |n: usize| -> PyResult<Bound<'py, PyAny>> { Ok(n.into_pyobject(py)?.into_any()) };
        let label = |s: &'static str| label(py, s);
        // Canonical forms, levels, countries, ranks and roles repeat within
        // a document: each distinct one becomes one Python str.
        let mut seen: HashMap<&'d str, Bound<'py, PyString>> = HashMap::new();
        let mut shared = |s: Option<&'d str>| -> Bound<'py, PyAny> {
            match s {
                Some(s) => seen
                    .entry(s)
                    .or_insert_with(|| PyString::new(py, s))
                    .clone()
                    .into_any(),
                None => py.None().into_bound(py),
            }
        };
        let (k_text, k_start, k_end) = (
            intern!(py, "text"),
            intern!(py, "start"),
            intern!(py, "end"),
        );
        let (k_kind, k_type, k_canonical) = (
            intern!(py, "kind"),
            intern!(py, "type"),
            intern!(py, "canonical"),
        );

        let paragraphs = PyList::empty(py);
        for p in &doc.paragraphs {
            paragraphs.append(self.make(
                py,
                &self.paragraph,
                [
                    (k_kind, label(p.kind.as_str())),
                    (k_text, text(&p.span)?),
                    (intern!(py, "line"), int(p.line)?),
                ],
            )?)?;
        }
        let sentences = PyList::empty(py);
        for s in &doc.sentences {
            sentences.append(self.make(
                py,
                &self.sentence,
                [
                    (k_text, text(&s.span)?),
                    (k_start, int(at(s.span.start))?),
                    (k_end, int(at(s.span.end))?),
                    (intern!(py, "paragraph"), int(s.paragraph)?),
                ],
            )?)?;
        }
        let entities = PyList::empty(py);
        for e in &doc.entities {
            entities.append(self.make(
                py,
                &self.entity,
                [
                    (k_type, label(e.kind.as_str())),
                    (k_text, text(&e.span)?),
                    (k_canonical, shared(Some(&e.canonical))),
                    (k_start, int(at(e.span.start))?),
                    (k_end, int(at(e.span.end))?),
                    (intern!(py, "name"), shared(e.name.as_deref())),
                    (intern!(py, "title"), shared(e.title.as_deref())),
                    (intern!(py, "role"), shared(e.role.as_deref())),
                    (intern!(py, "level"), shared(e.level.as_deref())),
                    (intern!(py, "country"), shared(e.country.as_deref())),
                ],
            )?)?;
        }
        let groups = PyList::empty(py);
        for g in &doc.entity_groups {
            groups.append(self.make(
                py,
                &self.group,
                [
                    (k_type, label(g.kind.as_str())),
                    (k_canonical, shared(Some(&g.canonical))),
                    (
                        intern!(py, "mentions"),
                        PyList::new(py, &g.mentions)?.into_any(),
                    ),
                ],
            )?)?;
        }
        let numbers = PyList::empty(py);
        for n in &doc.numbers {
            numbers.append(self.make(
                py,
                &self.number,
                [
                    (k_kind, label(n.kind.as_str())),
                    (k_text, text(&n.span)?),
                    (k_start, int(at(n.span.start))?),
                    (k_end, int(at(n.span.end))?),
                    (intern!(py, "value"), number_value(py, &n.value)?),
                    (intern!(py, "unit"), shared(n.unit.as_deref())),
                    (
                        intern!(py, "approx"),
                        match n.approx {
                            Some(a) => label(a.as_str()),
                            None => py.None().into_bound(py),
                        },
                    ),
                    (intern!(py, "per"), opt_str(py, &n.per)),
                ],
            )?)?;
        }
        let lines = PyList::empty(py);
        for l in &doc.lines {
            lines.append(label(l.as_str()))?;
        }
        let m = &doc.meta;
        self.make(
            py,
            &self.document,
            [
                (intern!(py, "title"), opt_str(py, &m.title)),
                (intern!(py, "date"), opt_str(py, &m.date)),
                (intern!(py, "source_tag"), opt_str(py, &m.source_tag)),
                (intern!(py, "byline"), opt_str(py, &m.byline)),
                (
                    intern!(py, "credits"),
                    PyList::new(py, &m.credits)?.into_any(),
                ),
                (intern!(py, "lines"), lines.into_any()),
                (intern!(py, "paragraphs"), paragraphs.into_any()),
                (k_text, full.clone().into_any()),
                (intern!(py, "sentences"), sentences.into_any()),
                (intern!(py, "entities"), entities.into_any()),
                (intern!(py, "numbers"), numbers.into_any()),
                (intern!(py, "entity_groups"), groups.into_any()),
                (intern!(py, "source"), source.clone()),
            ],
        )
    }
}

/// The `str` behind a text argument, or a `TypeError` naming the argument.
fn str_arg<'a, 'py>(obj: &'a Bound<'py, PyAny>, what: &str) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into())
        ))
    })
}

/// The UTF-8 of a text argument, borrowed from the `str` (CPython caches it).
fn text_arg<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<&'a str> {
    str_arg(obj, what)?.to_str().map_err(|e| {
        PyValueError::new_err(format!(
            "{what} cannot be encoded as UTF-8 (lone surrogates?): {e}"
        ))
    })
}

/// `s[start:end]` in code points: a copy of the stored characters.
///
/// (Not through `PySequence`: checking that a `str` is one asks
/// `collections.abc`, which costs more than splitting a paragraph.)
fn substring<'py>(
    s: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let py = s.py();
    // Offsets come from a Rust `str`, so they fit an isize.
    let slice = PySlice::new(py, start as isize, end as isize, 1);
    s.as_any().get_item(slice)
}

/// Below this many bytes, work is done holding the GIL: releasing and taking
/// it back costs more than splitting a paragraph.
const DETACH_MIN_BYTES: usize = 1 << 16;

fn options(tone: &str, entities: bool, numbers: bool) -> PyResult<tinbai::Options> {
    let tone = match tone {
        "as_written" => tinbai::ToneStyle::AsWritten,
        "new" => tinbai::ToneStyle::New,
        other => {
            return Err(PyValueError::new_err(format!(
                "tone must be 'as_written' or 'new', not {other:?}"
            )))
        }
    };
    Ok(tinbai::Options {
        tone,
        entities,
        numbers,
    })
}

/// Extract one article; returns the `tinbai/1` dict (code-point offsets).
#[pyfunction]
#[pyo3(signature = (text, *, tone = "as_written", entities = true, numbers = true))]
fn _extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    tone: &str,
    entities: bool,
    numbers: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = extract_one(py, text, options(tone, entities, numbers)?)?;
    to_py(py, &doc.to_json_value())
}

/// Extracts one `str` argument with the GIL released.
fn extract_one(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    options: tinbai::Options,
) -> PyResult<tinbai::Document> {
    let text = text_arg(text, "text")?;
    let ex = tinbai::Extractor::new(options);
    Ok(py.detach(|| ex.extract(text)))
}

/// Extract one article; returns a `tinbai.Document`.
#[pyfunction]
#[pyo3(signature = (text, *, tone = "as_written", entities = true, numbers = true))]
fn _extract_document<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    tone: &str,
    entities: bool,
    numbers: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let doc = extract_one(py, text, options(tone, entities, numbers)?)?;
    Builder::get(py)?.document(py, &doc, text)
}

/// Extract many articles in parallel, without the GIL; returns a list of
/// `tinbai.Document` in input order.
///
/// Worker threads extract; this thread turns each finished document into
/// Python objects (with the GIL) while the workers go on.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, *, tone = "as_written", entities = true, numbers = true))]
fn _extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    tone: &str,
    entities: bool,
    numbers: bool,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str",
        ));
    }
    let threads = match threads {
        None => None,
        Some(n) if n > 0 => Some(n as usize),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be a positive int or None, not {n}"
            )))
        }
    };
    let mut sources = Vec::new();
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        owned.push(text_arg(&item, &format!("texts[{i}]"))?.to_owned());
        sources.push(item.unbind());
    }
    let ex = tinbai::Extractor::new(options(tone, entities, numbers)?);
    let builder = Builder::get(py)?;
    let mut docs: Vec<Option<Py<PyAny>>> = (0..owned.len()).map(|_| None).collect();
    py.detach(|| {
        tinbai::parallel::stream(
            &owned,
            threads,
            |t| ex.extract(t),
            |i, doc| {
                Python::attach(|py| {
                    // Ctrl-C in a notebook stops a long batch here.
                    py.check_signals()?;
                    let source = sources[i].bind(py);
                    let doc = builder.document(py, &doc, source)?;
                    docs[i] = Some(doc.unbind());
                    Ok::<(), PyErr>(())
                })
            },
        )
    })?;
    let out = PyList::empty(py);
    for d in docs.into_iter().flatten() {
        out.append(d)?;
    }
    Ok(out)
}

/// Split plain text into sentences, each line a paragraph; no cleaning is done.
///
/// >>> split_sentences("Ngày 5/9/1962, hai nước thiết lập quan hệ. Đoàn đến TP. Vinh.")
/// ['Ngày 5/9/1962, hai nước thiết lập quan hệ.', 'Đoàn đến TP. Vinh.']
//
// Each sentence is a slice of the caller's `str` (code-point offsets), which
// copies it as it is stored instead of decoding UTF-8 again.
#[pyfunction]
#[pyo3(signature = (text))]
fn split_sentences<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let utf8 = text_arg(text, "text")?;
    let spans = if utf8.len() < DETACH_MIN_BYTES {
        tinbai::sentences::split_text(utf8)
    } else {
        py.detach(|| tinbai::sentences::split_text(utf8))
    };
    let text = str_arg(text, "text")?;
    let out = PyList::empty(py);
    // Spans come in text order: code-point offsets are counted forward, in
    // one pass, from the last boundary.
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut at = |b: usize| -> usize {
        match utf8.get(byte..b) {
            Some(piece) => chars += piece.chars().count(),
            None => chars = utf8.get(..b).map_or(0, |p| p.chars().count()),
        }
        byte = b;
        chars
    };
    for r in spans {
        let start = at(r.start);
        out.append(substring(text, start, at(r.end))?)?;
    }
    Ok(out)
}

/// The native module `tinbai._tinbai`.
#[pymodule]
fn _tinbai(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_extract, m)?)?;
    m.add_function(wrap_pyfunction!(_extract_document, m)?)?;
    m.add_function(wrap_pyfunction!(_extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
