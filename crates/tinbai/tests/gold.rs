//! Scores the seed articles against their gold annotations, the way
//! SPEC.md's "How output is scored" says, and holds the library to its
//! targets on them.

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use tinbai::normalize::{nfc, tone_new_style};
use unicode_normalization::UnicodeNormalization;

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

fn expand(w: &str) -> &str {
    match w {
        "chqs" => "chỉ huy quân sự",
        "bđbp" => "bộ đội biên phòng",
        "ubnd" => "ủy ban nhân dân",
        "hđnd" => "hội đồng nhân dân",
        "chdcnd" => "cộng hòa dân chủ nhân dân",
        "llvt" => "lực lượng vũ trang",
        "mttq" => "mặt trận tổ quốc",
        "qđnd" => "quân đội nhân dân",
        "cand" => "công an nhân dân",
        "bch" => "ban chấp hành",
        "tp" | "tp." => "thành phố",
        _ => w,
    }
}

/// NFC, new-style tones, single spaces, casefolded; abbreviations expanded on request.
fn norm(s: &str, exp: bool) -> String {
    let s = nfc(s);
    let s = tone_new_style(&s).to_lowercase();
    let words: Vec<&str> = s.split_whitespace().collect();
    if exp {
        words
            .iter()
            .map(|w| expand(w))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    }
}

fn nospace(s: &str) -> String {
    norm(s, false).split_whitespace().collect()
}

/// Without diacritics, spaces, hyphens or punctuation.
fn flat(s: &str) -> String {
    s.replace(['đ', 'Đ'], "d")
        .nfd()
        .filter(|c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

fn dice(a: &str, b: &str) -> f64 {
    let a: BTreeSet<&str> = a.split_whitespace().collect();
    let b: BTreeSet<&str> = b.split_whitespace().collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

const LEVELS: &[&str] = &[
    "cửa khẩu quốc tế ",
    "cửa khẩu ",
    "thị xã ",
    "thị trấn ",
    "thành phố ",
    "tp. ",
    "tp ",
    "thủ đô ",
    "tỉnh ",
    "huyện ",
    "xã ",
    "quận ",
    "phường ",
    "thôn ",
    "bản ",
    "bang ",
    "nước ",
];

fn ent_key(e: &Value) -> (String, String) {
    let t = s(e, "type").to_string();
    let key = match t.as_str() {
        "PERSON" => {
            let n = [s(e, "name"), s(e, "canonical"), s(e, "text")]
                .into_iter()
                .find(|x| !x.is_empty())
                .unwrap_or("");
            norm(n, false)
        }
        "LOC" => {
            let n = if !s(e, "name").is_empty() {
                s(e, "name").to_string()
            } else {
                let c = norm(
                    if s(e, "canonical").is_empty() {
                        s(e, "text")
                    } else {
                        s(e, "canonical")
                    },
                    false,
                );
                LEVELS
                    .iter()
                    .find_map(|l| c.strip_prefix(l).map(str::to_string))
                    .unwrap_or(c)
            };
            norm(&n, true)
        }
        _ => norm(
            if s(e, "canonical").is_empty() {
                s(e, "text")
            } else {
                s(e, "canonical")
            },
            true,
        ),
    };
    (t, key)
}

#[derive(Default, Debug, Clone, Copy)]
struct Prf {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
    fn f1(&self) -> f64 {
        let p = if self.pred == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            if self.pred == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp as f64 / self.gold as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn multiset_tp(a: &[String], b: &[String]) -> usize {
    let mut cb: HashMap<&str, usize> = HashMap::new();
    for x in b {
        *cb.entry(x).or_default() += 1;
    }
    let mut tp = 0;
    for x in a {
        if let Some(c) = cb.get_mut(x.as_str()) {
            if *c > 0 {
                *c -= 1;
                tp += 1;
            }
        }
    }
    tp
}

fn match_entities(pred: &[Value], gold: &[Value]) -> HashMap<String, Prf> {
    let p: BTreeSet<(String, String)> = pred.iter().map(ent_key).collect();
    let g: BTreeSet<(String, String)> = gold.iter().map(ent_key).collect();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut matched = Vec::new();
    let mut out: HashMap<String, Prf> = HashMap::new();
    for ge in &g {
        let mut best: Option<&(String, String)> = None;
        let mut bs = 0.0;
        for pe in &p {
            if used.contains(pe) || pe.0 != ge.0 {
                continue;
            }
            let sc = if pe.1 == ge.1 || flat(&pe.1) == flat(&ge.1) {
                1.0
            } else if ge.0 == "PERSON" {
                0.0
            } else {
                dice(&pe.1, &ge.1)
            };
            if sc > bs {
                best = Some(pe);
                bs = sc;
            }
        }
        out.entry(ge.0.clone()).or_default().gold += 1;
        if let Some(b) = best {
            if bs >= if ge.0 == "PERSON" { 1.0 } else { 0.5 } {
                used.insert(b.clone());
                matched.push(ge.clone());
                out.entry(ge.0.clone()).or_default().tp += 1;
            }
        }
    }
    for pe in &p {
        let counted = used.contains(pe)
            || !matched.iter().any(|ge| {
                ge.0 == pe.0
                    && (flat(&pe.1) == flat(&ge.1)
                        || (pe.0 != "PERSON" && dice(&pe.1, &ge.1) >= 0.5))
            });
        if counted {
            out.entry(pe.0.clone()).or_default().pred += 1;
        }
    }
    out
}

fn num_key(n: &Value) -> String {
    let k = s(n, "kind");
    let v = match n.get("value") {
        Some(Value::Object(o)) => format!(
            "{}..{}",
            o.get("start").and_then(Value::as_str).unwrap_or("None"),
            o.get("end").and_then(Value::as_str).unwrap_or("None")
        ),
        Some(Value::Number(x)) => format!("{:.5e}", x.as_f64().unwrap_or(f64::NAN)),
        Some(Value::String(x)) => x.clone(),
        _ => "None".into(),
    };
    let u = if matches!(k, "money" | "quantity" | "duration") {
        s(n, "unit")
            .to_lowercase()
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string()
    } else {
        String::new()
    };
    format!("{k}|{v}|{u}")
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
