//! The reference scorer's rules (SPEC.md "How output is scored"), shared by
//! the integration tests that score the seeds and the fixtures.

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use tinbai::normalize::{nfc, tone_new_style};
use unicode_normalization::UnicodeNormalization;

pub fn expand(w: &str) -> &str {
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
pub fn norm(s: &str, exp: bool) -> String {
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

pub fn nospace(s: &str) -> String {
    norm(s, false).split_whitespace().collect()
}

/// Without diacritics, spaces, hyphens or punctuation.
pub fn flat(s: &str) -> String {
    s.replace(['đ', 'Đ'], "d")
        .nfd()
        .filter(|c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

pub fn dice(a: &str, b: &str) -> f64 {
    let a: BTreeSet<&str> = a.split_whitespace().collect();
    let b: BTreeSet<&str> = b.split_whitespace().collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

pub fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

pub const LEVELS: &[&str] = &[
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

pub fn ent_key(e: &Value) -> (String, String) {
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
pub struct Prf {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Prf {
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
    pub fn f1(&self) -> f64 {
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

pub fn multiset_tp(a: &[String], b: &[String]) -> usize {
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

pub fn match_entities(pred: &[Value], gold: &[Value]) -> HashMap<String, Prf> {
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

pub fn num_key(n: &Value) -> String {
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

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.pred == 0 {
            1.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
}
