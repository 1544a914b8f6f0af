//! Number F1 on hand-annotated genre articles (tests/fixtures/numbers:
//! NAME.txt and NAME.json in the gold format, built by make.py), scored like
//! the reference scorer (tools/score.py): the multiset of (kind, value, first
//! syllable of the unit for money, quantity and duration).
//!
//! The fixtures were written for forms the seeds do not show: money in
//! USD, kíp, baht and yuan, amount and day ranges (`từ 3-5 triệu kíp`,
//! `19-20/12`, `ngày 19 và 20-12`), `ngày 5 tháng 9 năm 1962`, quarters,
//! terms, school years and crop years, `phần trăm`, areas, energy, times
//! (`14h30`, `7 giờ 30 phút`), Roman ordinals, durations, rates, and the
//! digits of names and identifiers that are not numbers (`Quốc lộ 8A`,
//! `Đồn Biên phòng 585`, `Nghị định 34/2014/NĐ-CP`, phone numbers). Two have
//! an article date at the turn of a year, for years inferred across it.
//! A second F1 adds `approx` and `per`, which SPEC asks for and the
//! reference scorer does not compare.
//!
//! The third batch (trade fair prices, vaccine doses and ages, a hydropower
//! PPA in US cents, a cadet exchange, a flash-flood rescue, a customs
//! half-year report) was written and labelled blind, sentences included;
//! three more blind batches followed, each after the previous one's fixes
//! (livestock aid, defence talks, border games, a bridge; farm investment,
//! Bunpimay, a drug bust with codes; a seminar, a visit schedule as a dash
//! list). Fixtures with a `sentences` list are also scored on sentence F1.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use tinbai::{Extractor, Options};

type Key = (String, String, String);

/// The reference scorer's key: floats as `%.6g`, ranges as `start..end`.
fn key(n: &Value) -> Key {
    let kind = n["kind"].as_str().unwrap_or("").to_string();
    let value = match &n["value"] {
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

fn counts(keys: &[Key]) -> HashMap<&Key, usize> {
    let mut m = HashMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

#[derive(Default)]
struct Tally {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Tally {
    fn f1(&self) -> f64 {
        if self.pred + self.gold == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / (self.pred + self.gold) as f64
        }
    }
}

#[test]
fn fixture_number_f1_is_at_least_0_95() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/numbers");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "only {} fixtures", names.len());
    let extractor = Extractor::new(Options {
        entities: false,
        ..Options::default()
    });
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut dates_ok = true;
    // the same keys with `approx` and `per` added: fields SPEC asks for
    // that the reference scorer does not look at
    let mut full = Tally::default();
    let mut sents = Tally::default();
    for name in &names {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(name)).expect("gold"))
                .expect("gold json");
        let raw = std::fs::read_to_string(dir.join(name.replace(".json", ".txt"))).expect("txt");
        let out = extractor.extract(&raw).to_json_value();
        if out["meta"]["date"] != gold["article_date"] {
            eprintln!(
                "{name}: article date {} != {}",
                out["meta"]["date"], gold["article_date"]
            );
            dates_ok = false;
        }
        if let Some(gs) = gold["sentences"].as_array() {
            // whitespace removed, as the scorer compares them
            let squash = |s: &str| s.split_whitespace().collect::<String>();
            let mut want: HashMap<String, usize> = HashMap::new();
            for g in gs.iter().filter_map(Value::as_str) {
                *want.entry(squash(g)).or_insert(0) += 1;
                sents.gold += 1;
            }
            for p in out["sentences"].as_array().into_iter().flatten() {
                let p = squash(p["text"].as_str().unwrap_or(""));
                sents.pred += 1;
                match want.get_mut(&p).filter(|c| **c > 0) {
                    Some(c) => {
                        *c -= 1;
                        sents.tp += 1;
                    }
                    None => eprintln!("{name}: sentence {p}"),
                }
            }
        }
        let pred: Vec<Key> = out["numbers"]
            .as_array()
            .map(|a| a.iter().map(key).collect())
            .unwrap_or_default();
        let gold_keys: Vec<Key> = gold["numbers"]
            .as_array()
            .expect("numbers")
            .iter()
            .map(key)
            .collect();
        let with_fields = |v: &Value| -> Vec<(Key, String)> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .map(|n| (key(n), format!("{}|{}", n["approx"], n["per"])))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (pf, gf) = (with_fields(&out["numbers"]), with_fields(&gold["numbers"]));
        let mut gcount: HashMap<&(Key, String), usize> = HashMap::new();
        for k in &gf {
            *gcount.entry(k).or_insert(0) += 1;
        }
        for k in &pf {
            if let Some(c) = gcount.get_mut(k).filter(|c| **c > 0) {
                *c -= 1;
                full.tp += 1;
            } else {
                eprintln!("{name}: fields differ {k:?}");
            }
        }
        full.pred += pf.len();
        full.gold += gf.len();
        let (p, g) = (counts(&pred), counts(&gold_keys));
        for (k, &c) in &p {
            let hit = c.min(g.get(k).copied().unwrap_or(0));
            let t = by_kind.entry(k.0.clone()).or_default();
            t.tp += hit;
            t.pred += c;
            all.tp += hit;
            all.pred += c;
            if hit < c {
                eprintln!("{name}: extra  {k:?} x{}", c - hit);
            }
        }
        for (k, &c) in &g {
            by_kind.entry(k.0.clone()).or_default().gold += c;
            all.gold += c;
            let have = p.get(k).copied().unwrap_or(0);
            if have < c {
                eprintln!("{name}: missed {k:?} x{}", c - have);
            }
        }
    }
    for (kind, t) in &by_kind {
        eprintln!(
            "{kind:<11} tp {:>3} pred {:>3} gold {:>3} F1 {:.3}",
            t.tp,
            t.pred,
            t.gold,
            t.f1()
        );
    }
    let f1 = all.f1();
    eprintln!(
        "numbers     tp {:>3} pred {:>3} gold {:>3} F1 {f1:.3}",
        all.tp, all.pred, all.gold
    );
    eprintln!("with approx and per: F1 {:.3}", full.f1());
    eprintln!(
        "sentences   tp {:>3} pred {:>3} gold {:>3} F1 {:.3}",
        sents.tp,
        sents.pred,
        sents.gold,
        sents.f1()
    );
    assert!(
        sents.gold > 0 && sents.f1() >= 0.95,
        "sentence F1 {:.3}",
        sents.f1()
    );
    assert!(dates_ok, "article dates differ");
    assert!(full.f1() >= 0.95, "F1 with approx and per {:.3}", full.f1());
    assert!(f1 >= 0.95, "fixture number F1 {f1:.3} < 0.95");
}
