//! The sentence splitter on one arbitrary paragraph: never a panic; the
//! sentences are non-empty, trimmed, in order, apart, on char boundaries,
//! and cover every non-space character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|p: &str| {
    let ranges = tinbai::sentences::split_paragraph(p);
    let mut prev = 0;
    let mut covered = vec![false; p.len()];
    for r in &ranges {
        assert!(r.start >= prev && r.start < r.end, "{ranges:?}");
        let t = p.get(r.clone()).expect("in bounds, on char boundaries");
        assert_eq!(t.trim(), t, "trimmed");
        covered[r.clone()].iter_mut().for_each(|c| *c = true);
        prev = r.end;
    }
    for (b, c) in p.char_indices() {
        assert!(c.is_whitespace() || covered[b], "{c:?} at {b} in no sentence");
    }
});
