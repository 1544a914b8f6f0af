//! Scores the seed articles against their gold annotations, the way
//! SPEC.md's "How output is scored" says, and holds the library to its
//! targets on them.

use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
mod common;

use common::scoring::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Article {
    id: String,
    raw: String,
    gold: Value,
}

fn articles() -> Vec<Article> {
    let dir = root().join("tests/gold");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/gold exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .map(|n| n.trim_end_matches(".json").to_string())
        .collect();
    ids.sort();
    assert!(ids.len() >= 5, "gold files missing");
    ids.into_iter()
        .map(|id| {
            let raw = std::fs::read_to_string(root().join("seeds").join(format!("{id}.txt")))
                .expect("seed text");
            let gold: Value = serde_json::from_str(
                &std::fs::read_to_string(dir.join(format!("{id}.json"))).expect("gold json"),
            )
            .expect("gold parses");
            Article { id, raw, gold }
        })
        .collect()
}

struct Scores {
    clean_ok: usize,
    clean_n: usize,
    sentences: Prf,
    entities: HashMap<String, Prf>,
    numbers: Prf,
    report: String,
}

fn score_all() -> Scores {
    let mut sc = Scores {
        clean_ok: 0,
        clean_n: 0,
        sentences: Prf::default(),
        entities: HashMap::new(),
        numbers: Prf::default(),
        report: String::new(),
    };
    for a in articles() {
        let doc = tinbai::extract(&a.raw);
        let pred = doc.to_json_value();
        let gl: Vec<&str> = a.gold["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .map(|v| v.as_str().unwrap_or(""))
            .collect();
        let kept = |l: &str| matches!(l, "title" | "lead" | "body" | "caption");
        assert_eq!(doc.lines.len(), gl.len(), "{}: one label per line", a.id);
        for (k, g) in gl.iter().enumerate() {
            if *g == "blank" {
                continue;
            }
            sc.clean_n += 1;
            if kept(g) == doc.lines[k].is_kept() {
                sc.clean_ok += 1;
            } else {
                sc.report += &format!("{}: line {k} gold {g} got {}\n", a.id, doc.lines[k]);
            }
        }
        let gs: Vec<String> = a.gold["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|v| nospace(v.as_str().unwrap_or("")))
            .collect();
        let ps: Vec<String> = doc.sentence_texts().iter().map(|t| nospace(t)).collect();
        let tp = multiset_tp(&ps, &gs);
        for g in &gs {
            if !ps.contains(g) {
                sc.report += &format!("{}: missed sentence {}\n", a.id, g);
            }
        }
        sc.sentences.add(Prf {
            tp,
            pred: ps.len(),
            gold: gs.len(),
        });
        let pe = pred["entities"].as_array().cloned().unwrap_or_default();
        let ge = a.gold["entities"].as_array().cloned().unwrap_or_default();
        for (t, p) in match_entities(&pe, &ge) {
            sc.entities.entry(t).or_default().add(p);
        }
        let gn: Vec<String> = a.gold["numbers"]
            .as_array()
            .expect("numbers")
            .iter()
            .map(num_key)
            .collect();
        let pn: Vec<String> = pred["numbers"]
            .as_array()
            .map(|a| a.iter().map(num_key).collect())
            .unwrap_or_default();
        sc.numbers.add(Prf {
            tp: multiset_tp(&pn, &gn),
            pred: pn.len(),
            gold: gn.len(),
        });
    }
    sc
}

#[test]
fn seeds_cleaning_and_sentences_meet_targets() {
    let sc = score_all();
    let acc = sc.clean_ok as f64 / sc.clean_n as f64;
    let sf = sc.sentences.f1();
    eprintln!(
        "cleaning line accuracy {acc:.3}, sentence F1 {sf:.3}\n{}",
        sc.report
    );
    assert!(acc >= 0.98, "cleaning line accuracy {acc:.3} < 0.98");
    assert!(sf >= 0.98, "sentence F1 {sf:.3} < 0.98");
}

#[test]
fn scorer_matches_like_the_reference() {
    // LOC compares names, ORG uses Dice on expanded canonicals, flat ignores diacritics.
    let g = serde_json::json!([{"type": "LOC", "name": "Sê Kông", "canonical": "tỉnh Sê Kông"},
                                {"type": "ORG", "canonical": "Bộ Chỉ huy quân sự tỉnh Thanh Hóa"}]);
    let p = serde_json::json!([{"type": "LOC", "name": "Sekong", "canonical": "Sekong"},
                                {"type": "ORG", "canonical": "Bộ CHQS tỉnh Thanh Hoá"}]);
    let m = match_entities(p.as_array().unwrap(), g.as_array().unwrap());
    assert_eq!(m["LOC"].tp, 1);
    assert_eq!(m["ORG"].tp, 1);
    assert_eq!(
        num_key(&serde_json::json!({"kind": "quantity", "value": 1.0, "unit": "ha"})),
        num_key(&serde_json::json!({"kind": "quantity", "value": 1, "unit": "Ha"}))
    );
}

#[test]
fn seeds_entities_meet_target_on_gold_kept_lines() {
    // Entities alone: the lines gold keeps, others blanked, so the score does
    // not depend on cleaning.
    let mut total = Prf::default();
    let mut report = String::new();
    for a in articles() {
        let labels: Vec<&str> = a.gold["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .map(|v| v.as_str().unwrap_or(""))
            .collect();
        let kept: Vec<&str> = a
            .raw
            .split('\n')
            .zip(labels.iter())
            .map(|(l, g)| {
                if matches!(*g, "title" | "lead" | "body" | "caption") {
                    l
                } else {
                    ""
                }
            })
            .collect();
        let doc = tinbai::extract(&kept.join("\n"));
        let pred = doc.to_json_value();
        let pe = pred["entities"].as_array().cloned().unwrap_or_default();
        let ge = a.gold["entities"].as_array().cloned().unwrap_or_default();
        for (t, p) in match_entities(&pe, &ge) {
            report += &format!(
                "{} {t}: tp {} pred {} gold {}\n",
                a.id, p.tp, p.pred, p.gold
            );
            total.add(p);
        }
    }
    let f = total.f1();
    eprintln!("entity F1 {f:.3}\n{report}");
    assert!(f >= 0.95, "entity F1 {f:.3} < 0.95\n{report}");
}

#[test]
fn seeds_entities_meet_target() {
    // The whole pipeline, as score.py runs it: entity F1 >= 0.95.
    let sc = score_all();
    let mut total = Prf::default();
    let mut report = String::new();
    for (t, p) in &sc.entities {
        report += &format!("{t}: tp {} pred {} gold {}\n", p.tp, p.pred, p.gold);
        total.add(Prf {
            tp: p.tp,
            pred: p.pred,
            gold: p.gold,
        });
    }
    let f = total.f1();
    assert!(f >= 0.95, "entity F1 {f:.3} < 0.95\n{report}");
}

#[test]
fn seeds_numbers_meet_target() {
    // The whole pipeline, as score.py runs it: number F1 >= 0.95.
    let sc = score_all();
    let f = sc.numbers.f1();
    eprintln!("numbers {:?} F1 {f:.3}", sc.numbers);
    assert!(f >= 0.95, "number F1 {f:.3} < 0.95");
}
