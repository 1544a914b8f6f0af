//! The whole pipeline on arbitrary bytes: never a panic, and every
//! invariant of `crates/tinbai/tests/common/invariants.rs` holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/tinbai/tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    match tinbai::extract_bytes(data) {
        Ok(doc) => {
            let text = std::str::from_utf8(data)
                .expect("extract_bytes accepted it, so it is UTF-8");
            invariants::check(text, &doc);
            // New-style tone placement keeps the invariants and the labels.
            let ex = tinbai::Extractor::new(tinbai::Options {
                tone: tinbai::ToneStyle::New,
                ..Default::default()
            });
            let new = ex.extract(text);
            invariants::check(text, &new);
            assert_eq!(new.lines, doc.lines);
        }
        Err(tinbai::Error::InvalidUtf8 { offset }) => {
            let e = std::str::from_utf8(data).expect_err("rejected, so not UTF-8");
            assert_eq!(offset, e.valid_up_to());
        }
        Err(e) => panic!("unexpected error {e}"),
    }
});
