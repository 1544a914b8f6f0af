//! Python bindings of tinbai. They convert and delegate: all logic is in the
//! `tinbai` crate. Each call releases the GIL while Rust works.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde_json::Value;

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

/// Extract many articles in parallel, without the GIL; returns a list of dicts.
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
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_arg(&item?, &format!("texts[{i}]"))?);
    }
    let ex = tinbai::Extractor::new(options(tone, entities, numbers)?);
    let values =
        py.detach(|| tinbai::parallel::map(&owned, threads, |t| ex.extract(t).to_json_value()));
    let out = PyList::empty(py);
    for v in &values {
        out.append(to_py(py, v)?)?;
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
    m.add_function(wrap_pyfunction!(_extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(_split_sentences, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
