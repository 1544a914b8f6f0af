//! Python bindings of tinbai. They convert and delegate: all logic is in the
//! `tinbai` crate. Each call releases the GIL while Rust works.

use std::collections::HashMap;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde_json::{Map, Value};

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

/// Builds the package's dataclasses (`tinbai._types`) straight from the
/// `tinbai/1` JSON value: each object is made with `object.__new__` and its
/// `__dict__` filled in place, with interned field names. That skips the
/// intermediate dicts and the frozen dataclasses' `__init__`, which cost more
/// than the extraction itself for a batch. It holds no GIL-bound references,
/// so it can cross a `detach`.
struct Builder {
    new: Py<PyAny>,
    document: Py<PyAny>,
    paragraph: Py<PyAny>,
    sentence: Py<PyAny>,
    entity: Py<PyAny>,
    number: Py<PyAny>,
    group: Py<PyAny>,
    keys: HashMap<String, Py<PyString>>,
}

impl Builder {
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
            keys: HashMap::new(),
        })
    }

    fn key<'py>(&mut self, py: Python<'py>, k: &str) -> Bound<'py, PyString> {
        if let Some(s) = self.keys.get(k) {
            return s.bind(py).clone();
        }
        let s = PyString::intern(py, k);
        self.keys.insert(k.to_owned(), s.clone().unbind());
        s
    }

    /// An instance of `cls` with an empty `__dict__` to fill.
    fn blank<'py>(
        &self,
        py: Python<'py>,
        cls: &Py<PyAny>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyDict>)> {
        let obj = self.new.bind(py).call1((cls.bind(py),))?;
        let dict = obj
            .getattr(intern!(py, "__dict__"))?
            .cast_into::<PyDict>()?;
        Ok((obj, dict))
    }

    fn list<'py>(
        &mut self,
        py: Python<'py>,
        cls: &Py<PyAny>,
        items: Option<&Value>,
    ) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        // Objects of one class have the same keys in the same order: look
        // each key up once per list, then only check that it still matches.
        let mut keys: Vec<(&str, Bound<'py, PyString>)> = Vec::new();
        if let Some(Value::Array(a)) = items {
            for x in a {
                let (obj, dict) = self.blank(py, cls)?;
                if let Value::Object(m) = x {
                    for (j, (k, v)) in m.iter().enumerate() {
                        let key = match keys.get(j) {
                            Some((name, key)) if *name == k.as_str() => key.clone(),
                            _ => {
                                let key = self.key(py, k);
                                keys.truncate(j);
                                keys.push((k.as_str(), key.clone()));
                                key
                            }
                        };
                        dict.set_item(key, to_py(py, v)?)?;
                    }
                }
                list.append(obj)?;
            }
        }
        Ok(list)
    }

    /// A `Document` from its `tinbai/1` value; `source` is the input text.
    fn document<'py>(
        &mut self,
        py: Python<'py>,
        v: &Value,
        source: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let empty = Map::new();
        let m = v.as_object().unwrap_or(&empty);
        let meta = m.get("meta").and_then(Value::as_object).unwrap_or(&empty);
        let (obj, dict) = self.blank(py, &self.document)?;
        let fields = [
            ("title", meta.get("title")),
            ("date", meta.get("date")),
            ("source_tag", meta.get("source_tag")),
            ("byline", meta.get("byline")),
            ("credits", meta.get("credits")),
            ("lines", m.get("lines")),
            ("text", m.get("text")),
        ];
        for (k, v) in fields {
            let value = match (k, v) {
                (_, Some(v)) => to_py(py, v)?,
                ("credits" | "lines", None) => PyList::empty(py).into_any(),
                ("text", None) => PyString::new(py, "").into_any(),
                (_, None) => py.None().into_bound(py),
            };
            dict.set_item(self.key(py, k), value)?;
        }
        let lists = [
            ("paragraphs", self.paragraph.clone_ref(py)),
            ("sentences", self.sentence.clone_ref(py)),
            ("entities", self.entity.clone_ref(py)),
            ("numbers", self.number.clone_ref(py)),
            ("entity_groups", self.group.clone_ref(py)),
        ];
        for (k, cls) in lists {
            let list = self.list(py, &cls, m.get(k))?;
            dict.set_item(self.key(py, k), list)?;
        }
        dict.set_item(intern!(py, "source"), source)?;
        Ok(obj)
    }
}

/// Reads a Python `str` argument; anything else is a `TypeError`.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let s = obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into())
        ))
    })?;
    s.to_cow().map(|c| c.into_owned()).map_err(|e| {
        PyValueError::new_err(format!(
            "{what} cannot be encoded as UTF-8 (lone surrogates?): {e}"
        ))
    })
}

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
    let text = text_arg(text, "text")?;
    let ex = tinbai::Extractor::new(options(tone, entities, numbers)?);
    let value = py.detach(|| ex.extract(&text).to_json_value());
    to_py(py, &value)
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
    let owned = text_arg(text, "text")?;
    let ex = tinbai::Extractor::new(options(tone, entities, numbers)?);
    let value = py.detach(|| ex.extract(&owned).to_json_value());
    Builder::new(py)?.document(py, &value, text)
}

/// Extract many articles in parallel, without the GIL; returns a list of
/// `tinbai.Document` in input order.
///
/// Worker threads extract and build each JSON value; this thread turns each
/// finished one into Python objects (with the GIL) while the workers go on.
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
        owned.push(text_arg(&item, &format!("texts[{i}]"))?);
        sources.push(item.unbind());
    }
    let ex = tinbai::Extractor::new(options(tone, entities, numbers)?);
    let mut builder = Builder::new(py)?;
    let mut docs: Vec<Option<Py<PyAny>>> = (0..owned.len()).map(|_| None).collect();
    py.detach(|| {
        tinbai::parallel::stream(
            &owned,
            threads,
            |t| ex.extract(t).to_json_value(),
            |i, value| {
                Python::attach(|py| {
                    let source = sources[i].bind(py);
                    let doc = builder.document(py, &value, source)?;
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

/// Split plain text into sentences (each line a paragraph); returns their strings.
#[pyfunction]
fn _split_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(text, "text")?;
    let spans = py.detach(|| tinbai::sentences::split_text(&text));
    let out = PyList::empty(py);
    for r in spans {
        out.append(PyString::new(py, text.get(r).unwrap_or("")))?;
    }
    Ok(out)
}

/// The native module `tinbai._tinbai`.
#[pymodule]
fn _tinbai(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_extract, m)?)?;
    m.add_function(wrap_pyfunction!(_extract_document, m)?)?;
    m.add_function(wrap_pyfunction!(_extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(_split_sentences, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
