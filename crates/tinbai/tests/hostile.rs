//! Hostile inputs: each gives a sensible result, and every invariant of
//! `common/invariants.rs` holds on it.
//!
//! Sizes: the "10 MB" input is 10 MB in optimised builds (`cargo test
//! --release`) and 1 MB in debug builds, the "1 MB" inputs 1 MB and 256 KB,
//! so that `cargo test` stays fast (cleaning runs at about 1 MB/s in debug);
//! linear time at 1 MB and 10 MB is measured by `benches/pathological.rs`,
//! not by timed tests. The 100 000-item inputs are the full size always.
//!
//! The last tests replay inputs that the property tests and the fuzzers
//! found; each names the bug it caught.

mod common;

use common::invariants;
use tinbai::{extract, Document, LineLabel};
use unicode_normalization::UnicodeNormalization;

/// 10 MB in release, 1 MB in debug (see the module doc).
const BIG: usize = if cfg!(debug_assertions) {
    1 << 20
} else {
    10 << 20
};
/// 1 MB in release, 256 KB in debug (see the module doc).
const MB: usize = if cfg!(debug_assertions) {
    256 << 10
} else {
    1 << 20
};

const SEEDS: &[&str] = &[
    include_str!("../../../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../../../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../../../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../../../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../../../seeds/004_060e889996191cc7.txt"),
];

/// A realistic paragraph of the genre, written for these tests.
const PARAGRAPH: &str =
    "Ngày 14/3, tại huyện Mường Nhé, tỉnh Điện Biên, Bộ Chỉ huy Bộ đội Biên phòng \
tỉnh Điện Biên và Bộ CHQS tỉnh Phông Sa Lỳ (Lào) đã hội đàm lần thứ 12. Thượng tá Lò Văn Minh, \
Chỉ huy trưởng, trao tặng gần 150 triệu đồng và 2,5 tấn gạo cho 120 hộ dân bản Huổi Lả. ";

/// `unit` repeated until the text is at least `bytes` long.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

fn run(input: &str) -> Document {
    let doc = extract(input);
    invariants::check(input, &doc);
    doc
}

#[test]
fn empty_input_is_one_blank_line() {
    let doc = run("");
    assert_eq!(doc.lines, vec![LineLabel::Blank]);
    assert!(doc.text.is_empty());
    assert!(doc.paragraphs.is_empty() && doc.sentences.is_empty());
    assert!(doc.entities.is_empty() && doc.numbers.is_empty());
    assert_eq!(doc.meta, tinbai::Meta::default());
}

#[test]
fn only_whitespace_is_all_blank() {
    let input = "   \n\t\t\n\u{a0}\u{2003}\u{3000}\n\r\n \r \n\u{200b}\u{feff}\n\n";
    let doc = run(input);
    assert_eq!(doc.lines.len(), 8);
    assert!(
        doc.lines.iter().all(|&l| l == LineLabel::Blank),
        "{:?}",
        doc.lines
    );
    assert!(doc.text.is_empty() && doc.sentences.is_empty());
}

#[test]
fn ten_megabyte_single_line() {
    let input = repeat_to(PARAGRAPH, BIG);
    let doc = run(&input);
    assert_eq!(doc.lines.len(), 1);
    assert_eq!(doc.paragraphs.len(), 1, "one line is one paragraph");
    // Nothing of the story is lost: the text is the line, tidied.
    assert_eq!(doc.text, input.trim_end());
    let n = input.matches(". ").count();
    assert!(
        doc.sentences.len() >= n,
        "{} sentences for {n} full stops",
        doc.sentences.len()
    );
}

#[test]
fn one_megabyte_without_spaces() {
    for unit in [
        "Việt",
        "ĐạitáLòVănMinhChỉhuytrưởngBộCHQStỉnhĐiệnBiên",
        "22/5/2024,1.218lượt;",
        "a.",
        "ວຽງຈັນ",
    ] {
        let input = repeat_to(unit, MB);
        let doc = run(&input);
        assert_eq!(doc.lines.len(), 1);
        // A line without spaces is no furniture that cleaning knows: kept
        // whole, or dropped whole.
        assert!(doc.text.is_empty() || doc.text == input, "{unit:?}");
    }
}

#[test]
fn hundred_thousand_dots() {
    let input = ".".repeat(100_000);
    let doc = run(&input);
    assert_eq!(doc.lines.len(), 1);
    assert!(doc.numbers.is_empty() && doc.entities.is_empty());
    // No space after any mark: at most one sentence.
    assert!(
        doc.sentences.len() <= 1,
        "{} sentences",
        doc.sentences.len()
    );
    // With spaces, every `. ` could end a sentence; none is a capital-led
    // one, so still no flood of empty sentences.
    let spaced = ". ".repeat(100_000);
    run(&spaced);
    let ellipses = "Hà Nội... ".repeat(10_000);
    let doc = run(&ellipses);
    assert!(!doc.sentences.is_empty());
}

#[test]
fn hundred_thousand_digits() {
    for input in [
        "7".repeat(100_000),
        format!("Tổng cộng {} tỷ đồng.", "9".repeat(100_000)),
        format!("Có {} người.", "1.000".repeat(20_000)),
        format!("Đạt {}%.", "12,5".repeat(20_000)),
        "1/".repeat(50_000),
        "12:".repeat(30_000),
        "2024-".repeat(20_000),
        "lần thứ ".to_string() + &"M".repeat(100_000),
    ] {
        let doc = run(&input);
        for n in &doc.numbers {
            // Whatever was read fits JSON (checked by the invariants) and
            // is not longer than its text.
            assert!(n.span.len() <= input.len());
        }
    }
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    // Deep enough to overflow the stack of any recursive scan.
    let depth = if cfg!(debug_assertions) {
        20_000
    } else {
        100_000
    };
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("\"", "\""),
        ("“", "”"),
        ("«", "»"),
        ("‘", "’"),
        ("(“[«", "»]”)"),
    ] {
        let input = format!(
            "Tiêu đề\n\n{}Đoàn đến Viêng Chăn ngày 5/9/2024.{}",
            open.repeat(depth),
            close.repeat(depth)
        );
        let doc = run(&input);
        assert_eq!(doc.lines.len(), 3);
        assert!(doc.text.contains("Đoàn đến Viêng Chăn"));
        // Unbalanced, only opening.
        let input = format!("{}Bộ Quốc phòng. Hai bên ký kết.", open.repeat(depth));
        run(&input);
    }
}

#[test]
fn nfd_text_gives_the_same_document_as_nfc() {
    for seed in SEEDS.iter().copied().chain([PARAGRAPH]) {
        let nfd: String = seed.nfd().collect();
        assert_ne!(nfd, seed, "the seed has precomposed letters");
        let a = run(seed);
        let b = run(&nfd);
        assert_eq!(a, b, "NFD input gives the NFC document");
    }
    // Mixed inside one line, even inside one word.
    let mixed = format!("Hủa {} và Thanh Hoá", "Phăn".nfd().collect::<String>());
    let doc = run(&mixed);
    assert_eq!(doc.text, "Hủa Phăn và Thanh Hoá");
}

#[test]
fn mixed_scripts() {
    let input = "Đoàn đại biểu thăm Viêng Chăn (ວຽງຈັນ) và Bắc Kinh (北京)\n\n\
        Ngày 2/9, đại diện Ai Cập (مصر) gửi lời chúc 🎉🇻🇳🇱🇦 tới 3 nước. \
        Hai bên ký 5 văn bản 👍🏽 bằng tiếng Lào: ສະບາຍດີ ແລະ ຂອບໃຈ.\n\
        日本語のテキスト。한국어 문장. Ελληνικά. Русский текст 2024.\n";
    let doc = run(input);
    assert_eq!(doc.lines.len(), 5);
    for piece in ["ວຽງຈັນ", "北京", "مصر", "🇻🇳🇱🇦", "👍🏽", "ສະບາຍດີ ແລະ ຂອບໃຈ"]
    {
        assert!(doc.text.contains(piece), "{piece} kept in the text");
    }
    // Other scripts never make up entities of their own.
    for e in &doc.entities {
        let t = doc.slice(&e.span);
        assert!(
            t.chars()
                .any(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{1ef9}').contains(&c)),
            "entity {t:?} has Latin letters"
        );
    }
}

#[test]
fn control_characters_and_nul_are_removed() {
    let input = "Tiêu\0 đề\u{7} bài\u{1b}[0m báo\n\nNội\u{0}dung \u{8}chính\u{7f}. Câu\u{1} hai.\n\u{0}\u{0}\u{0}\n";
    let doc = run(input);
    assert_eq!(doc.lines.len(), 5);
    assert!(!doc.text.contains('\0'));
    assert_eq!(doc.lines[3], LineLabel::Blank, "a line of NULs is blank");
    assert!(
        doc.text.contains("Nộidung chính. Câu hai."),
        "{:?}",
        doc.text
    );
    // A document of NUL bytes only.
    let doc = run(&"\0".repeat(100_000));
    assert_eq!(doc.lines, vec![LineLabel::Blank]);
}

#[test]
fn crlf_gives_the_same_document_as_lf() {
    for seed in SEEDS.iter().copied().chain([PARAGRAPH]) {
        let crlf = seed.replace('\n', "\r\n");
        assert_eq!(run(&crlf), run(seed), "CRLF = LF");
    }
}

#[test]
fn cr_only_files_are_one_line_without_glued_words() {
    // Old Mac files: SPEC splits on '\n', so this is one line; a CR
    // separates paragraphs of that line (or reads as a space), never glues
    // two words.
    let input = "Hai tỉnh hợp tác\r\rNgày 22/5, hai bên hội đàm.\rKết quả tốt.\r";
    let doc = run(input);
    assert_eq!(doc.lines.len(), 1);
    assert!(!doc.text.contains('\r'));
    assert!(
        doc.text.contains("hội đàm. Kết quả") || doc.text.contains("hội đàm.\nKết quả"),
        "{:?}",
        doc.text
    );
    assert!(!doc.text.contains("tácNgày"), "{:?}", doc.text);
    // A CR inside a word is no paragraph break to glue the word back.
    let doc = run("Tiêu đề\n\nHai bên hội\rđàm tại Viêng Chăn.");
    assert!(!doc.text.contains("hộiđàm"), "{:?}", doc.text);
    for seed in SEEDS {
        run(&seed.replace('\n', "\r"));
    }
}

#[test]
fn bom_is_not_in_the_text() {
    for seed in SEEDS.iter().copied().chain([PARAGRAPH]) {
        let with_bom = format!("\u{feff}{seed}");
        let doc = run(&with_bom);
        assert!(!doc.text.contains('\u{feff}'));
        assert_eq!(doc, run(seed), "a BOM changes nothing");
        let from_bytes = tinbai::extract_bytes(with_bom.as_bytes()).expect("UTF-8 with a BOM");
        assert_eq!(from_bytes, doc);
    }
    // BOMs in the middle (files concatenated) are removed too.
    let doc = run("Tiêu đề\n\u{feff}Nội dung\u{feff} bài.");
    assert_eq!(doc.text, "Tiêu đề\nNội dung bài.");
}

#[test]
fn invalid_utf8_is_an_error_with_its_offset() {
    let cases: &[(&[u8], usize)] = &[
        (b"\xff", 0),
        (b"Ti\xc3\xaau \xc3", 6),
        (b"abc\xed\xa0\x80", 3), // an encoded surrogate
        (b"\xef\xbb\xbfok\x80", 5),
    ];
    for (bytes, offset) in cases {
        let err = tinbai::extract_bytes(bytes).unwrap_err();
        assert_eq!(err, tinbai::Error::InvalidUtf8 { offset: *offset });
    }
}

#[test]
fn very_many_lines() {
    let input = "\n".repeat(100_000);
    let doc = run(&input);
    assert_eq!(doc.lines.len(), 100_001);
    assert!(doc.text.is_empty());
    // Many short lines, all alike and all different.
    let input = "Đoạn văn ngắn số 7.\n".repeat(10_000);
    let doc = run(&input);
    assert_eq!(doc.lines.len(), 10_001);
    let input: String = (0..2_000)
        .map(|i| {
            format!(
                "Ngày {}/{}, đoàn {i} đến xã Hương {i}.\n",
                i % 28 + 1,
                i % 12 + 1
            )
        })
        .collect();
    let doc = run(&input);
    assert_eq!(doc.lines.len(), 2_001);
    assert!(!doc.sentences.is_empty());
    let input = "![](anh.jpg)\n".repeat(20_000);
    let doc = run(&input);
    assert!(doc.text.is_empty(), "image lines are furniture");
}

#[test]
fn lone_combining_marks() {
    let input = "\u{301}".repeat(100_000);
    run(&input);
    let input = format!("a{}", "\u{323}\u{302}\u{301}".repeat(30_000));
    run(&input);
}

#[test]
fn numbers_too_big_for_any_integer() {
    for input in [
        "Kinh phí 99999999999999999999999999999999999999999 tỷ đồng.",
        "Kinh phí 170141183460469231731687303715884105728 nghìn tỷ đồng.",
        "Tăng 9999999999999999999999999999999999999999,99999999999999999999%.",
        "Có 1.000.000.000.000.000.000.000.000.000.000.000.000.000.000 người.",
        "Hội nghị lần thứ MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM.",
        "Ngày 99/99/99999 và ngày 0/0/0, năm 0, tháng 13/2024, ngày 32/1.",
        "Lúc 25:61, 99h99, 24h60 và 23h59.",
        "Khoảng 1e308 đô la Mỹ và 0,0000000000000000000000000000000000000001 kíp.",
    ] {
        run(input);
        run(&format!("Tiêu đề\n\n{input}"));
    }
}

// Regressions: inputs found by the property tests and the fuzzers.

#[test]
fn regression_line_separator_is_a_space() {
    // U+2028 was kept in the text as a paragraph of its own, untrimmed.
    let doc = run("\u{2028} ");
    assert!(doc.text.is_empty());
    let doc = run("Một\u{2028}hai\u{2029}ba\u{85}bốn\u{b}năm\u{c}sáu");
    assert_eq!(doc.text, "Một hai ba bốn năm sáu");
}

#[test]
fn regression_nfc_after_removing_invisible_characters() {
    // A zero-width space between a letter and a combining mark: removing
    // it left the text not in NFC.
    let doc = run("Hủa Phăn\u{200b}\u{301} ");
    assert_eq!(doc.text, "Hủa Phăń");
    let doc = run("Thanh Hoa\u{200b}\u{301}");
    assert_eq!(doc.text, "Thanh Hoá");
}

#[test]
fn regression_canonical_with_a_stray_mark_is_stable() {
    // `Hoá` + a combining acute that NFC cannot compose: moving the tone
    // then let NFC compose a new letter, so canonical was not idempotent.
    let once = tinbai::normalize::canonical("Thanh Hoá\u{301} ");
    assert_eq!(tinbai::normalize::canonical(&once), once);
}

#[test]
fn regression_no_hour_24_with_minutes() {
    // `24h22` was read as the time 24:22.
    let doc = run("24h22/5 ");
    assert!(doc
        .numbers
        .iter()
        .all(|n| !matches!(&n.value, tinbai::NumberValue::Time(t) if t.as_str() > "24:00")));
    run("Lúc 24:30 và 24h15.");
}

#[test]
fn regression_long_runs_of_titles_are_linear() {
    // `ông ông ông ...`: the title chain was walked to its end again from
    // every word (quadratic: 18 s for 64 KB in debug). Now a few titles at
    // most are chained; the bench `pathological/titles` measures it.
    for unit in ["ông ", "Đại tá ", "Thiếu tướng ", "Đồng chí Đại tá "] {
        let input = format!(
            "Tiêu đề\n\n{}Nguyễn Văn An.",
            unit.repeat(MB / 4 / unit.len())
        );
        let doc = run(&input);
        assert!(
            doc.entities.len() <= 1,
            "{unit:?}: {} entities",
            doc.entities.len()
        );
    }
    // Real chains still work.
    let doc = run("Tiêu đề\n\nĐồng chí Đại tá Lò Văn Minh phát biểu.");
    assert!(doc
        .entities
        .iter()
        .any(|e| e.name.as_deref() == Some("Lò Văn Minh")));
}

#[test]
fn regression_impossible_calendar_dates_are_no_article_date() {
    // `date 2025-02-30` and a dateline `31/2/2025` gave the article the
    // dates 2025-02-30 and 2025-02-31.
    for input in [
        "date 2025-02-30\nTiêu đề\n\nNgày 3/4, hai bên gặp nhau.",
        "Tiêu đề\nThứ Hai, 31/2/2025 - 09:15\nNgày 3/4, hai bên gặp nhau.",
        "Tiêu đề\n31/04/2024 10:00 GMT +7\nNgày 3/4, hai bên gặp nhau.",
        "date 2023-02-29\nTiêu đề\n\nNgày 3/4, hai bên gặp nhau.",
    ] {
        let doc = run(input);
        assert_eq!(doc.meta.date, None, "{input:?}");
    }
    let doc = run("date 2024-02-29\nTiêu đề\n\nNgày 3/4.");
    assert_eq!(
        doc.meta.date.as_deref(),
        Some("2024-02-29"),
        "a leap day is a date"
    );
    // Other hostile furniture keeps the invariants.
    for input in [
        " date 2025-13 Tiêu đề\n\nNgày 22/5, hai bên gặp nhau.",
        "date 9999-99-99\nTiêu đề",
        "Tiêu đề\n32/13/2025 25:61 GMT +7\nNgày 22/5.",
        "Tiêu đề\n00/00/0000 00:00 GMT +7\nNgày 22/5.",
        "(QNO) -",
        "Ảnh:",
        "(Ảnh: ).",
        "Tiêu đề\n\nNội dung. Ảnh: \n",
        "| |\n||\n|",
        "![](\n![",
        "Tin bài liên quan\nTin bài liên quan",
    ] {
        run(input);
    }
}

#[test]
fn regression_a_place_repeated_under_a_shared_head_is_one_org() {
    // `Bộ CHQS hai tỉnh Thanh Hóa - Thanh Hóa` gave the same ORG twice on
    // the same span.
    let doc = run("Tiêu đề\n\nBộ CHQS hai tỉnh Thanh Hóa - Thanh Hoá hội đàm.");
    let orgs: Vec<&str> = doc.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    let doc = run("Tiêu đề\n\nUBND các huyện Kỳ Sơn, Kỳ Sơn, Tương Dương tổ chức hội nghị.");
    let mut canon: Vec<&str> = doc.entities.iter().map(|e| e.canonical.as_str()).collect();
    let n = canon.len();
    canon.dedup();
    assert_eq!(canon.len(), n, "{canon:?}");
    // Truncated heads and titles keep the invariants.
    for input in [
        "Tiêu đề\n\nBộ CHQS hai tỉnh - .",
        "Tiêu đề\n\nBộ CHQS hai tỉnh",
        "Tiêu đề\n\nĐại tá Nguyễn",
        "Tiêu đề\n\nnước CHXHCN",
        "Tiêu đề\n\nCửa khẩu quốc tế",
    ] {
        run(input);
    }
}
