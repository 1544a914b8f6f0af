//! Scores cleaning and sentence splitting on hand-labelled articles written
//! in the styles of many Vietnamese news sites (tests/fixtures/clean: NAME.txt
//! and NAME.json in the gold format, built from src/NAME.src by make.py).
//! The seeds are a sample; these fixtures hold the cleaner to the genre's
//! other page layouts: line accuracy and sentence F1 as the scorer counts
//! them, with metadata checked too.

use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
use tinbai::normalize::{nfc, tone_new_style};
use tinbai::Options;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean")
}

/// NFC, new-style tones, casefolded, all whitespace removed.
fn nospace(s: &str) -> String {
    tone_new_style(&nfc(s))
        .to_lowercase()
        .split_whitespace()
        .collect()
}

fn multiset_tp(a: &[String], b: &[String]) -> usize {
    let mut cb: HashMap<&str, usize> = HashMap::new();
    for x in b {
        *cb.entry(x).or_default() += 1;
    }
    a.iter()
        .filter(|x| {
            cb.get_mut(x.as_str())
                .map(|c| {
                    let hit = *c > 0;
                    *c = c.saturating_sub(1);
                    hit
                })
                .unwrap_or(false)
        })
        .count()
}

fn f1(tp: usize, pred: usize, gold: usize) -> f64 {
    if pred + gold == 0 {
        return 1.0;
    }
    2.0 * tp as f64 / (pred + gold) as f64
}

fn opt(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

#[test]
fn fixtures_clean_and_split_like_the_hand_labels() {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("fixtures dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .map(|n| n.trim_end_matches(".json").to_string())
        .collect();
    names.sort();
    assert!(names.len() >= 12, "fixtures missing");
    let (mut ok, mut n) = (0usize, 0usize);
    let (mut cap_tp, mut cap_p, mut cap_g) = (0usize, 0usize, 0usize);
    let (mut s_tp, mut s_p, mut s_g) = (0usize, 0usize, 0usize);
    let (mut meta_ok, mut meta_n) = (0usize, 0usize);
    let mut report = String::new();
    for name in &names {
        let raw = std::fs::read_to_string(dir().join(format!("{name}.txt"))).expect("txt");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("{name}.json"))).expect("json"),
        )
        .expect("json parses");
        let c = tinbai::clean::clean(&raw, &Options::default());
        let gl: Vec<&str> = gold["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .map(|v| v.as_str().unwrap_or(""))
            .collect();
        assert_eq!(c.lines.len(), gl.len(), "{name}: one label per line");
        let kept = |l: &str| matches!(l, "title" | "lead" | "body" | "caption");
        let raw_lines: Vec<&str> = raw.split('\n').collect();
        let (mut a_ok, mut a_n) = (0, 0);
        for (k, g) in gl.iter().enumerate() {
            if *g == "blank" {
                continue;
            }
            let p = c.lines[k].as_str();
            a_n += 1;
            if kept(g) == kept(p) {
                a_ok += 1;
            } else {
                let l: String = raw_lines.get(k).unwrap_or(&"").chars().take(70).collect();
                report += &format!("{name}:{k} gold {g} got {p}: {l}\n");
            }
            if (*g == "caption") != (p == "caption") && kept(g) && kept(p) {
                let l: String = raw_lines.get(k).unwrap_or(&"").chars().take(70).collect();
                report += &format!("{name}:{k} (kept) gold {g} got {p}: {l}\n");
            }
            cap_tp += usize::from(*g == "caption" && p == "caption");
            cap_p += usize::from(p == "caption");
            cap_g += usize::from(*g == "caption");
        }
        ok += a_ok;
        n += a_n;
        let sents = tinbai::sentences::split(&c.text, &c.paragraphs);
        let ps: Vec<String> = sents
            .iter()
            .map(|s| nospace(c.text.get(s.span.clone()).unwrap_or("")))
            .collect();
        let gs: Vec<String> = gold["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|v| nospace(v.as_str().unwrap_or("")))
            .collect();
        let tp = multiset_tp(&ps, &gs);
        for g in gs.iter().filter(|g| !ps.contains(g)) {
            report += &format!("{name}: missed sentence {g}\n");
        }
        for p in ps.iter().filter(|p| !gs.contains(p)) {
            report += &format!("{name}: extra sentence {p}\n");
        }
        s_tp += tp;
        s_p += ps.len();
        s_g += gs.len();
        let gm = &gold["meta"];
        let credits: Vec<String> = gm["credits"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let pairs = [
            ("title", opt(gm, "title"), c.meta.title.clone()),
            (
                "source_tag",
                opt(gm, "source_tag"),
                c.meta.source_tag.clone(),
            ),
            ("byline", opt(gm, "byline"), c.meta.byline.clone()),
            ("date", opt(&gold, "article_date"), c.meta.date.clone()),
            (
                "credits",
                Some(credits.join(" ;; ")),
                Some(c.meta.credits.join(" ;; ")),
            ),
        ];
        for (k, g, p) in pairs {
            meta_n += 1;
            if g == p {
                meta_ok += 1;
            } else {
                report += &format!("{name}: meta {k} gold {g:?} got {p:?}\n");
            }
        }
    }
    let acc = ok as f64 / n as f64;
    let sf = f1(s_tp, s_p, s_g);
    let cf = f1(cap_tp, cap_p, cap_g);
    let mf = meta_ok as f64 / meta_n as f64;
    eprintln!(
        "{} fixtures: line accuracy {acc:.3}, caption F1 {cf:.3}, sentence F1 {sf:.3}, meta {mf:.3}\n{report}",
        names.len()
    );
    assert!(acc >= 0.98, "line accuracy {acc:.3} < 0.98");
    assert!(sf >= 0.97, "sentence F1 {sf:.3} < 0.97");
    assert!(cf >= 0.90, "caption F1 {cf:.3} < 0.90");
    assert!(mf >= 0.90, "metadata agreement {mf:.3} < 0.90");
}
