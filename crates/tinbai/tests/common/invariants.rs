//! The invariants every [`tinbai::Document`] must satisfy, whatever the input.
//!
//! Shared by the property tests, the hostile-input tests, the thread tests
//! and the fuzz targets (`fuzz/` includes this file by path), so that all of
//! them hold the library to the same contract. Every check panics with a
//! message naming the broken rule.

#![allow(dead_code)]

use std::ops::Range;
use tinbai::{Document, EntityType, NumberKind, NumberValue};

/// Whether `r` is a valid, char-aligned range of `text`.
fn in_bounds(text: &str, r: &Range<usize>) -> bool {
    r.start <= r.end && text.get(r.clone()).is_some()
}

/// The index of the paragraph that contains `r`, if one does.
fn paragraph_of(doc: &Document, r: &Range<usize>) -> Option<usize> {
    // Paragraphs are in text order: the last one starting at or before r.
    let i = doc
        .paragraphs
        .partition_point(|p| p.span.start <= r.start)
        .checked_sub(1)?;
    let p = &doc.paragraphs[i];
    (p.span.start <= r.start && r.end <= p.span.end).then_some(i)
}

fn is_trimmed(s: &str) -> bool {
    s.trim() == s
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM-DD` or `--MM`, with a real month
/// and a day that month can have.
pub fn is_iso_date(s: &str) -> bool {
    let two = |t: &str, lo: u32, hi: u32| {
        t.len() == 2
            && t.bytes().all(|b| b.is_ascii_digit())
            && t.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v))
    };
    // No 31 April, no 30 February (29 February whatever the year: it may be unknown).
    let day = |m: &str, d: &str| {
        let days = match m {
            "02" => 29,
            "04" | "06" | "09" | "11" => 30,
            _ => 31,
        };
        two(d, 1, days)
    };
    if let Some(rest) = s.strip_prefix("--") {
        // ISO 8601's truncated forms `--MM-DD` and `--MM` (a month, no year known).
        let mut it = rest.split('-');
        return match (it.next(), it.next(), it.next()) {
            (Some(m), None, None) => two(m, 1, 12),
            (Some(m), Some(d), None) => two(m, 1, 12) && day(m, d),
            _ => false,
        };
    }
    let mut it = s.split('-');
    let year_ok = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(y), None, None, None) => year_ok(y),
        (Some(y), Some(m), None, None) => year_ok(y) && two(m, 1, 12),
        (Some(y), Some(m), Some(d), None) => year_ok(y) && two(m, 1, 12) && day(m, d),
        _ => false,
    }
}

/// `HH:MM` with a real hour and minute (`24:00`, the end of a day, included).
pub fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    if s == "24:00" {
        return true;
    }
    b.len() == 5
        && b[2] == b':'
        && s[..2].parse::<u32>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u32>().is_ok_and(|m| m < 60)
        && s[..2]
            .bytes()
            .chain(s[3..].bytes())
            .all(|c| c.is_ascii_digit())
}

/// Checks every invariant of `doc`, the result of extracting `input`.
pub fn check(input: &str, doc: &Document) {
    check_lines_and_text(input, doc);
    check_sentences(doc);
    check_entities(doc);
    check_numbers(doc);
    check_json(doc);
}

/// Labels, paragraphs, text and metadata.
pub fn check_lines_and_text(input: &str, doc: &Document) {
    assert_eq!(
        doc.lines.len(),
        input.split('\n').count(),
        "one label per input line (split on '\\n')"
    );
    // Every kept line gives one paragraph or more (a headline with its lead
    // glued on, parts split by a lone `\r`), in line order; the others none.
    let kept: Vec<usize> = (0..doc.lines.len())
        .filter(|&i| doc.lines[i].is_kept())
        .collect();
    let mut para_lines: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
    assert!(
        para_lines.windows(2).all(|w| w[0] <= w[1]),
        "paragraphs in line order: {para_lines:?}"
    );
    para_lines.dedup();
    assert_eq!(para_lines, kept, "the kept lines are the paragraphs' lines");
    let mut own_kind = vec![false; doc.lines.len()];
    for p in &doc.paragraphs {
        if doc.lines[p.line].paragraph_kind() == Some(p.kind) {
            own_kind[p.line] = true;
        }
    }
    for &line in &kept {
        assert!(
            own_kind[line],
            "line {line} is {:?} but none of its paragraphs is",
            doc.lines[line]
        );
    }
    let mut joined = String::with_capacity(doc.text.len());
    for (i, p) in doc.paragraphs.iter().enumerate() {
        assert!(
            in_bounds(&doc.text, &p.span),
            "paragraph {i} span {:?} out of bounds or off a char boundary",
            p.span
        );
        let t = &doc.text[p.span.clone()];
        assert!(!t.is_empty(), "paragraph {i} is empty");
        assert!(!t.contains('\n'), "paragraph {i} holds a newline");
        assert!(is_trimmed(t), "paragraph {i} is not trimmed: {t:?}");
        if i > 0 {
            joined.push('\n');
        }
        assert_eq!(
            p.span.start,
            joined.len(),
            "paragraph {i} starts where the join puts it"
        );
        joined.push_str(t);
    }
    assert_eq!(
        joined, doc.text,
        "text is the kept paragraphs joined with '\\n'"
    );
    assert!(
        !doc.text
            .chars()
            .any(|c| c != '\n' && (c.is_control() || c == '\u{feff}')),
        "text holds a control character or a BOM"
    );
    assert_eq!(
        tinbai::normalize::nfc(&doc.text),
        doc.text.as_str(),
        "text is NFC"
    );
    let m = &doc.meta;
    for (what, v) in [
        ("title", &m.title),
        ("date", &m.date),
        ("source_tag", &m.source_tag),
        ("byline", &m.byline),
    ] {
        if let Some(v) = v {
            assert!(!v.is_empty() && is_trimmed(v), "meta.{what} is bare: {v:?}");
        }
    }
    if let Some(d) = &m.date {
        assert!(is_iso_date(d), "meta.date is ISO: {d:?}");
    }
    for (i, c) in m.credits.iter().enumerate() {
        assert!(!c.is_empty() && is_trimmed(c), "credit {c:?} is bare");
        assert!(!m.credits[..i].contains(c), "credit {c:?} given twice");
    }
}

/// Sentences: in bounds, trimmed, inside their paragraph, in order, not
/// overlapping, and covering every non-space character of every paragraph.
pub fn check_sentences(doc: &Document) {
    let mut prev_end = 0usize;
    let mut prev_par = 0usize;
    for (i, s) in doc.sentences.iter().enumerate() {
        assert!(
            in_bounds(&doc.text, &s.span),
            "sentence {i} span {:?} out of bounds or off a char boundary",
            s.span
        );
        let t = &doc.text[s.span.clone()];
        assert!(!t.is_empty(), "sentence {i} is empty");
        assert!(is_trimmed(t), "sentence {i} is not trimmed: {t:?}");
        let p = doc.paragraphs.get(s.paragraph).unwrap_or_else(|| {
            panic!(
                "sentence {i} names paragraph {} of {}",
                s.paragraph,
                doc.paragraphs.len()
            )
        });
        assert!(
            p.span.start <= s.span.start && s.span.end <= p.span.end,
            "sentence {i} {:?} lies outside its paragraph {:?}",
            s.span,
            p.span
        );
        assert!(
            s.paragraph >= prev_par,
            "sentence {i} goes back a paragraph"
        );
        assert!(
            s.span.start >= prev_end,
            "sentence {i} {:?} starts before the previous one ends ({prev_end})",
            s.span
        );
        prev_end = s.span.end;
        prev_par = s.paragraph;
    }
    // Coverage: no text lost between sentences.
    let mut covered = vec![false; doc.text.len()];
    for s in &doc.sentences {
        for b in s.span.clone() {
            covered[b] = true;
        }
    }
    for (b, c) in doc.text.char_indices() {
        if !c.is_whitespace() {
            assert!(
                covered[b],
                "character {c:?} at byte {b} is in no sentence; text around it: {:?}",
                context(&doc.text, b)
            );
        }
    }
}

fn context(text: &str, b: usize) -> &str {
    let mut s = b.saturating_sub(40);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (b + 40).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    &text[s..e]
}

fn is_country(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

/// Entities: in bounds, in order, inside one paragraph, flat (only the
/// shared-head ORGs may coincide exactly), canonical forms canonical.
pub fn check_entities(doc: &Document) {
    let mut max_end = 0usize;
    let mut prev: Option<&tinbai::Entity> = None;
    for (i, e) in doc.entities.iter().enumerate() {
        assert!(
            in_bounds(&doc.text, &e.span),
            "entity {i} span {:?} out of bounds or off a char boundary",
            e.span
        );
        let t = &doc.text[e.span.clone()];
        assert!(!t.is_empty(), "entity {i} is empty");
        assert!(is_trimmed(t), "entity {i} is not trimmed: {t:?}");
        assert!(
            paragraph_of(doc, &e.span).is_some(),
            "entity {i} {t:?} crosses a paragraph boundary"
        );
        assert!(
            !e.canonical.is_empty(),
            "entity {i} {t:?} has an empty canonical form"
        );
        assert_eq!(
            tinbai::normalize::canonical(&e.canonical),
            e.canonical,
            "entity {i} {t:?}: canonical form is NFC, new-style tone, single-spaced"
        );
        if matches!(e.kind, EntityType::Person | EntityType::Loc) {
            assert!(
                e.name.as_deref().is_some_and(|n| !n.trim().is_empty()),
                "entity {i} {t:?} ({:?}) has no name",
                e.kind
            );
        }
        for (what, v) in [
            ("name", &e.name),
            ("title", &e.title),
            ("role", &e.role),
            ("level", &e.level),
        ] {
            if let Some(v) = v {
                assert!(
                    !v.is_empty() && is_trimmed(v),
                    "entity {i} {t:?}: {what} {v:?} is not bare"
                );
            }
        }
        if let Some(c) = &e.country {
            assert!(
                is_country(c),
                "entity {i} {t:?}: country {c:?} is not an ISO code"
            );
        }
        if let Some(p) = prev {
            assert!(
                (p.span.start, p.span.end) <= (e.span.start, e.span.end),
                "entity {i} {t:?} is out of order"
            );
            if p.span == e.span {
                assert!(
                    p.kind == EntityType::Org && e.kind == EntityType::Org && p.canonical != e.canonical,
                    "entities {} and {i} share the span {:?} ({t:?}); only the ORGs of a shared head may",
                    i - 1,
                    e.span
                );
            } else {
                assert!(
                    e.span.start >= max_end,
                    "entity {i} {t:?} {:?} overlaps an earlier one ending at {max_end}",
                    e.span
                );
            }
        }
        max_end = max_end.max(e.span.end);
        prev = Some(e);
    }
}

/// Numbers: in bounds, in order, inside one paragraph, holding a digit or
/// a Roman numeral, with well-formed values.
pub fn check_numbers(doc: &Document) {
    let mut prev_start = 0usize;
    for (i, n) in doc.numbers.iter().enumerate() {
        assert!(
            in_bounds(&doc.text, &n.span),
            "number {i} span {:?} out of bounds or off a char boundary",
            n.span
        );
        let t = &doc.text[n.span.clone()];
        assert!(!t.is_empty(), "number {i} is empty");
        assert!(
            paragraph_of(doc, &n.span).is_some(),
            "number {i} {t:?} crosses a paragraph boundary"
        );
        assert!(
            t.chars().any(|c| c.is_numeric() || "IVXLCDM".contains(c)),
            "number {i} {t:?} holds no digit or Roman numeral"
        );
        assert!(
            n.span.start >= prev_start,
            "number {i} {t:?} is out of order"
        );
        prev_start = n.span.start;
        match &n.value {
            NumberValue::Date(d) => {
                assert!(is_iso_date(d), "number {i} {t:?}: date {d:?} is not ISO")
            }
            NumberValue::Range { start, end } => {
                assert!(
                    start.is_some() || end.is_some(),
                    "number {i} {t:?}: range with no end"
                );
                for d in [start, end].into_iter().flatten() {
                    assert!(
                        is_iso_date(d),
                        "number {i} {t:?}: range date {d:?} is not ISO"
                    );
                }
            }
            NumberValue::Time(s) => {
                assert!(is_time(s), "number {i} {t:?}: time {s:?} is not HH:MM")
            }
            NumberValue::Number(_) => assert!(
                !n.value.to_json().is_null(),
                "number {i} {t:?}: value {:?} does not fit JSON",
                n.value
            ),
        }
        let want_kind = match &n.value {
            NumberValue::Date(_) => Some(NumberKind::Date),
            NumberValue::Range { .. } => Some(NumberKind::DateRange),
            NumberValue::Time(_) => Some(NumberKind::Time),
            NumberValue::Number(_) => None,
        };
        match want_kind {
            Some(k) => assert_eq!(n.kind, k, "number {i} {t:?}: kind and value disagree"),
            None => assert!(
                !matches!(
                    n.kind,
                    NumberKind::Date | NumberKind::DateRange | NumberKind::Time
                ),
                "number {i} {t:?}: a {:?} with a numeric value",
                n.kind
            ),
        }
        if n.kind == NumberKind::Money {
            let u = n.unit.as_deref().unwrap_or("");
            assert!(
                u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()),
                "number {i} {t:?}: money unit {u:?} is not an ISO currency code"
            );
        }
        for (what, v) in [("unit", &n.unit), ("per", &n.per)] {
            if let Some(v) = v {
                assert!(
                    !v.is_empty() && is_trimmed(v),
                    "number {i} {t:?}: {what} {v:?} is not bare"
                );
            }
        }
    }
}

/// The JSON form: valid, one label per line, and code-point offsets that
/// slice `text` to each item's `text`.
pub fn check_json(doc: &Document) {
    let s = doc.to_json();
    let v: serde_json::Value = serde_json::from_str(&s).expect("to_json gives valid JSON");
    assert_eq!(v, doc.to_json_value(), "to_json and to_json_value agree");
    // The hand-written JSON is byte for byte serde_json's, compact and pretty.
    assert_eq!(s, v.to_string(), "to_json is serde_json's compact form");
    let pretty = serde_json::to_string_pretty(&v).expect("a Value serialises");
    assert_eq!(
        doc.to_json_pretty(),
        pretty,
        "to_json_pretty is serde_json's pretty form"
    );
    let mut line = Vec::new();
    doc.write_json(&mut line, Some("id-1"), false)
        .expect("writing to a Vec");
    let with_id: serde_json::Value = serde_json::from_slice(&line).expect("write_json gives JSON");
    assert_eq!(with_id["id"], "id-1");
    assert_eq!(
        with_id.as_object().map(|m| m.len()),
        v.as_object().map(|m| m.len() + 1)
    );
    assert_eq!(v["schema"], "tinbai/1");
    assert_eq!(v["lines"].as_array().map(Vec::len), Some(doc.lines.len()));
    let chars: Vec<char> = doc.text.chars().collect();
    for key in ["sentences", "entities", "numbers"] {
        let items = v[key].as_array().expect("an array");
        for (i, item) in items.iter().enumerate() {
            let start = item["start"].as_u64().expect("start") as usize;
            let end = item["end"].as_u64().expect("end") as usize;
            assert!(
                start <= end && end <= chars.len(),
                "{key}[{i}] code points {start}..{end} out of range"
            );
            let sliced: String = chars[start..end].iter().collect();
            assert_eq!(
                item["text"].as_str(),
                Some(sliced.as_str()),
                "{key}[{i}]: text[start:end] == text"
            );
        }
    }
}
