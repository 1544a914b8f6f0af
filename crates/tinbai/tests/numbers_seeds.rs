//! Number F1 on the five seed articles, with the keys of the reference
//! scorer (tools/score.py): (kind, value, first syllable of the unit for
//! money, quantity and duration), compared as multisets.
//!
//! Numbers the pipeline finds on lines the gold labels as dropped are left
//! out, so that this test measures number extraction, not cleaning.

use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

const KEPT: [&str; 4] = ["title", "lead", "body", "caption"];

fn key(n: &Value) -> (String, String, String) {
    let kind = n["kind"].as_str().unwrap_or("").to_string();
    let v = &n["value"];
    let value = match v {
        Value::Object(o) => {
            let s = |k: &str| match o.get(k) {
                Some(Value::String(s)) => s.clone(),
                _ => "None".to_string(),
            };
            format!("{}..{}", s("start"), s("end"))
        }
        Value::Number(x) => format!("{:.5e}", x.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let unit = if matches!(kind.as_str(), "money" | "quantity" | "duration") {
        n["unit"]
            .as_str()
            .and_then(|u| u.split_whitespace().next())
            .unwrap_or("")
            .to_lowercase()
    } else {
        String::new()
    };
    (kind, value, unit)
}

fn counts(keys: Vec<(String, String, String)>) -> HashMap<(String, String, String), usize> {
    let mut m = HashMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

#[test]
fn seed_number_f1_is_at_least_0_95() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let gold_dir = root.join("tests/gold");
    let mut names: Vec<String> = std::fs::read_dir(&gold_dir)
        .expect("tests/gold")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for name in names {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(gold_dir.join(&name)).unwrap()).unwrap();
        let raw = std::fs::read_to_string(root.join("seeds").join(name.replace(".json", ".txt")))
            .unwrap();
        let doc = tinbai::extract(&raw);
        let out = doc.to_json_value();
        let labels = gold["lines"].as_array().unwrap();
        let kept_line = |line: usize| {
            labels
                .get(line)
                .and_then(Value::as_str)
                .is_some_and(|l| KEPT.contains(&l))
        };
        let pred: Vec<_> = doc
            .numbers
            .iter()
            .zip(out["numbers"].as_array().unwrap())
            .filter(|(n, _)| {
                doc.paragraphs
                    .iter()
                    .find(|p| p.span.start <= n.span.start && n.span.start <= p.span.end)
                    .is_some_and(|p| kept_line(p.line))
            })
            .map(|(_, j)| key(j))
            .collect();
        let gold_keys: Vec<_> = gold["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .map(key)
            .collect();
        np += pred.len();
        ng += gold_keys.len();
        let (p, g) = (counts(pred), counts(gold_keys));
        for (k, c) in &p {
            let hit = (*c).min(g.get(k).copied().unwrap_or(0));
            tp += hit;
            if hit < *c {
                eprintln!("{name}: extra {k:?} x{}", c - hit);
            }
        }
        for (k, c) in &g {
            let have = p.get(k).copied().unwrap_or(0);
            if have < *c {
                eprintln!("{name}: missed {k:?} x{}", c - have);
            }
        }
    }
    let prec = tp as f64 / np.max(1) as f64;
    let rec = tp as f64 / ng.max(1) as f64;
    let f1 = 2.0 * prec * rec / (prec + rec).max(f64::EPSILON);
    eprintln!("numbers P {prec:.3} R {rec:.3} F1 {f1:.3}");
    assert!(f1 >= 0.95, "number F1 {f1:.3} < 0.95");
}
