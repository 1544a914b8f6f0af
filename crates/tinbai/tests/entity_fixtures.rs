//! Scores entity extraction on hand-annotated genre articles
//! (tests/fixtures/entities: NAME.txt + NAME.json in the gold format, built
//! from src/NAME.src by make.py). The seeds are a sample of the genre; these
//! articles cover other border provinces, Lao spellings with and without
//! hyphens, ranks, offices, embassies, units and many non-entities. They are
//! scored exactly as score.py scores entities (distinct (type, key) pairs,
//! PERSON on the name, ORG/LOC by Dice >= 0.5, flat match, repeats not counted
//! against precision), per type, through the whole pipeline.

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
mod common;

use common::scoring::*;
use tinbai::normalize::nfc;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities")
}

/// Minimum F1 per type on the fixtures, and overall.
/// The first 14 fixtures scored 0.962 / 0.978 / 0.942 (all 0.958) before the
/// fixes; the three `heldout_*` ones were written after them and scored
/// 1.000 / 0.941 / 0.906 (all 0.936) on first run.
const TARGETS: &[(&str, f64)] = &[("PERSON", 0.97), ("ORG", 0.96), ("LOC", 0.97)];
const TARGET_ALL: f64 = 0.97;

/// A (type, key) pair as the scorer compares them.
type Key = (String, String);

/// Missed gold keys and unmatched predicted keys, as score.py -v lists them.
fn misses_and_extras(pred: &[Value], gold: &[Value]) -> (Vec<Key>, Vec<Key>) {
    let p: BTreeSet<(String, String)> = pred.iter().map(ent_key).collect();
    let g: BTreeSet<(String, String)> = gold.iter().map(ent_key).collect();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut matched = Vec::new();
    let mut misses = Vec::new();
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
        match best {
            Some(b) if bs >= if ge.0 == "PERSON" { 1.0 } else { 0.5 } => {
                used.insert(b.clone());
                matched.push(ge.clone());
            }
            _ => misses.push(ge.clone()),
        }
    }
    let extras = p
        .iter()
        .filter(|pe| {
            !used.contains(*pe)
                && !matched.iter().any(|ge| {
                    ge.0 == pe.0
                        && (flat(&pe.1) == flat(&ge.1)
                            || (pe.0 != "PERSON" && dice(&pe.1, &ge.1) >= 0.5))
                })
        })
        .cloned()
        .collect();
    (misses, extras)
}

fn names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("fixtures dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .map(|n| n.trim_end_matches(".json").to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn entity_fixtures_meet_targets_per_type() {
    let names = names();
    assert!(names.len() >= 12, "entity fixtures missing");
    let mut total: HashMap<String, Prf> = HashMap::new();
    let mut report = String::new();
    for name in &names {
        let raw = std::fs::read_to_string(dir().join(format!("{name}.txt"))).expect("txt");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("{name}.json"))).expect("json"),
        )
        .expect("json parses");
        let pred = tinbai::extract(&raw).to_json_value();
        let pe = pred["entities"].as_array().cloned().unwrap_or_default();
        let ge = gold["entities"].as_array().cloned().unwrap_or_default();
        for (t, p) in match_entities(&pe, &ge) {
            total.entry(t).or_default().add(p);
        }
        let (miss, extra) = misses_and_extras(&pe, &ge);
        for m in miss {
            report += &format!("{name}: missed {} {}\n", m.0, m.1);
        }
        for x in extra {
            report += &format!("{name}: extra  {} {}\n", x.0, x.1);
        }
    }
    let mut all = Prf::default();
    let mut lines = String::new();
    for t in ["PERSON", "ORG", "LOC"] {
        let p = total.get(t).copied().unwrap_or_default();
        all.add(p);
        lines += &format!(
            "{t:<7} P {:.3} R {:.3} F1 {:.3} (tp {} pred {} gold {})\n",
            p.precision(),
            p.recall(),
            p.f1(),
            p.tp,
            p.pred,
            p.gold
        );
    }
    lines += &format!("all     F1 {:.3}\n", all.f1());
    eprintln!("{lines}{report}");
    for (t, min) in TARGETS {
        let f = total.get(*t).copied().unwrap_or_default().f1();
        assert!(f >= *min, "{t} F1 {f:.3} < {min}\n{lines}{report}");
    }
    assert!(
        all.f1() >= TARGET_ALL,
        "entity F1 {:.3} < {TARGET_ALL}\n{lines}{report}",
        all.f1()
    );
}

#[test]
fn fixture_gold_is_well_formed() {
    // Every gold entity has a type, a canonical form, a name for PERSON and
    // LOC, and a country among VN, LA, other ISO codes or null.
    for name in names() {
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("{name}.json"))).expect("json"),
        )
        .expect("json parses");
        let raw = std::fs::read_to_string(dir().join(format!("{name}.txt"))).expect("txt");
        for e in gold["entities"].as_array().expect("entities") {
            let t = s(e, "type");
            assert!(matches!(t, "PERSON" | "ORG" | "LOC"), "{name}: type {t}");
            assert!(!s(e, "canonical").is_empty(), "{name}: canonical");
            if t != "ORG" {
                let n = s(e, "name");
                assert!(!n.is_empty(), "{name}: name of {}", s(e, "canonical"));
                if t == "PERSON" {
                    assert!(nfc(&raw).contains(n), "{name}: {n} not in the text");
                }
            }
        }
    }
}
