//! Property tests: whatever the input, `extract` does not panic and its
//! result keeps every invariant of `common/invariants.rs` (spans in bounds
//! and on char boundaries, sentences ordered and inside their paragraph,
//! flat entities, one label per input line, well-formed values); the
//! normalisation functions are idempotent.
//!
//! Writing an article another way (CRLF, a BOM, NFD) gives the same
//! document.
//!
//! Inputs: arbitrary Unicode strings, strings built from genre tokens
//! (Vietnamese words, abbreviations, ranks, places, numbers in every
//! notation, punctuation, quotes, furniture, odd whitespace and marks), and
//! the seed articles mutated (cut, spliced, duplicated, tokens inserted,
//! parts turned NFD, CRLF or upper case).
//!
//! The default numbers of cases (32 to 256 a test) keep `cargo test` fast
//! in debug builds; `PROPTEST_CASES=N` sets them all, for a long hunt:
//! `PROPTEST_CASES=5000 cargo test --release -p tinbai --test properties`.
//!
//! Each run draws new cases; CI fixes the seed (`PROPTEST_RNG_SEED` in
//! `.ci/run`) so that a CI result can be reproduced. A failure found on any
//! run is kept as a named test in `hostile.rs` before it is fixed.

mod common;

use common::invariants;
use proptest::prelude::*;
use tinbai::normalize;
use unicode_normalization::UnicodeNormalization;

const SEEDS: &[&str] = &[
    include_str!("../../../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../../../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../../../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../../../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../../../seeds/004_060e889996191cc7.txt"),
];

/// Pieces of genre text and of hostile text that the rules react to.
const TOKENS: &[&str] = &[
    // words and names
    "Bộ",
    "CHQS",
    "Bộ CHQS",
    "tỉnh",
    "Thanh Hóa",
    "Thanh Hoá",
    "Hủa Phăn",
    "Sê Kông",
    "hai tỉnh",
    "huyện",
    "xã",
    "thị xã",
    "Sầm Nưa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Savannakhet",
    "Viêng Chăn",
    "Bộ Chỉ huy",
    "Quân sự",
    "BĐBP",
    "Bộ đội Biên phòng",
    "UBND",
    "Ủy ban nhân dân",
    "CHDCND",
    "Lào",
    "Việt Nam",
    "nước",
    "CHXHCN",
    "Cộng hòa Dân chủ Nhân dân",
    "LLVT",
    "Quân khu 4",
    "Quốc lộ 8",
    "Đại tá",
    "Thiếu tướng",
    "Trung tá",
    "Đồng chí",
    "ông",
    "bà",
    "Chỉ huy trưởng",
    "Bí thư",
    "Chính ủy",
    "Phó",
    "Tỉnh ủy",
    "Huyện ủy",
    "Đảng ủy",
    "của",
    "và",
    "với",
    "tại",
    "hai",
    "các",
    "Vũ Văn Tùng",
    "Nếch Vị Khả Chăn",
    "Thong Sy",
    "Nguyễn",
    "Trần Thị",
    "Lê",
    "Cửa khẩu quốc tế",
    "Nặm-xổi",
    "cảng",
    "sông Mê Kông",
    "núi",
    "Khu công nghiệp",
    "đập thủy điện",
    "Chính phủ",
    "Thủ tướng",
    "ASEAN",
    "Bộ Quốc phòng",
    "Bộ Ngoại giao",
    "Công an",
    "Đội Quy tập",
    "quân tình nguyện",
    "Bắc Lào",
    "thoả thuận",
    "hoà bình",
    "Uỷ",
    "QUÂN KHU",
    "hội đàm",
    "ký kết",
    "hợp tác",
    "đoàn",
    // numbers in every notation
    "22/5",
    "5/9/1962",
    "20-10-2017",
    "2025",
    "năm 2024",
    "tháng 7/2023",
    "2021–2025",
    "2023 - 2024",
    "từ tháng 7/2023 đến nay",
    "15:38",
    "13h",
    "19h30",
    "106,66%",
    "gần",
    "hơn",
    "khoảng",
    "trên",
    "200 triệu đồng",
    "1,2 tỷ đồng",
    "500 nghìn đồng/em",
    "16 mộ",
    "1,5 ha",
    "1.218 lượt",
    "51 km",
    "9 con bò",
    "13.000 người",
    "804 triệu kWh",
    "gấp 6 lần",
    "60 năm",
    "trong 5 ngày",
    "lần thứ 18",
    "lần thứ XXXII",
    "khóa XIII",
    "giai đoạn 1",
    "cấp 9-10",
    "6 tháng đầu năm",
    "USD",
    "kíp",
    "đô la Mỹ",
    "0",
    "00",
    "007",
    "1.",
    "1,",
    ".5",
    "99/99",
    "31/2",
    "29/2/2023",
    "25:61",
    "0h",
    "24h",
    "9999999999999999999999999",
    "1.000.000.000.000.000.000.000",
    "MMMMCMXCIX",
    "IIII",
    "lần thứ",
    "thứ",
    "số 3",
    "bão số",
    "mốc số 460",
    "ảnh 1",
    "2.jpg",
    "VA-06",
    "%",
    "/",
    "-",
    "–",
    "—",
    "tỷ",
    "triệu",
    "nghìn",
    "đồng",
    // furniture
    "date 2025-05",
    "date 2025-05-22",
    "(QNO) -",
    "(Baohatinh.vn) -",
    "HNN.VN -",
    "TPO -",
    "Ảnh:",
    "Ảnh: B.P",
    "(Ảnh: Xuân Nghĩa/thanhhoa.gov.vn).",
    "ẢNH:",
    "![](a.jpg)",
    "![ảnh](https://x.vn/1.png) |",
    "|",
    "Tin bài liên quan",
    "Đọc nhiều",
    "Đọc thêm",
    "Multimedia",
    "[Video]",
    "Xem trên",
    "Chia sẻ",
    "A- A A+",
    "1. Dòng sự kiện:",
    "16/09/2025 15:38 GMT +7",
    "Quốc phòng",
    "(CTV)",
    "thanhhoa.gov.vn",
    "https://",
    // punctuation, quotes, brackets
    ".",
    ". ",
    "...",
    "…",
    "!",
    "?",
    ",",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "TP.",
    "ThS.",
    "PGS.TS.",
    "v.v.",
    "T. Hằng",
    "Mr.",
    "- ",
    "* ",
    "+",
    // whitespace and oddities
    " ",
    " ",
    "  ",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{301}",
    "\u{303}",
    "\u{323}",
    "\u{309}",
    "\u{300}",
    "\u{ad}",
    "\u{200d}",
    "\u{fffd}",
    "ວຽງຈັນ",
    "中国",
    "العربية",
    "😀",
    "👨‍👩‍👧",
    "🇻🇳",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
];

/// Genre-like text: tokens glued with spaces, sometimes without.
fn genre_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(TOKENS),
            proptest::sample::select(&[" ", " ", " ", "", "\n"][..]),
        ),
        0..120,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (t, sep) in parts {
            s.push_str(t);
            s.push_str(sep);
        }
        s
    })
}

/// Any Unicode scalar values (controls, marks, surrogate-adjacent planes...).
fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..300).prop_map(String::from_iter)
}

/// Arbitrary Unicode mixed with genre tokens.
fn mixed_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(prop_oneof![any_text(), genre_text()], 0..6).prop_map(|v| v.concat())
}

/// One edit of a seed article.
#[derive(Debug, Clone)]
enum Mutation {
    /// Delete a range (positions are fractions of the length, in 1/10000).
    Delete(u16, u16),
    /// Insert a token.
    Insert(u16, &'static str),
    /// Insert arbitrary text.
    InsertAny(u16, String),
    /// Duplicate a range right after itself.
    Duplicate(u16, u16),
    /// Cut the article here.
    Truncate(u16),
    /// Turn a range into NFD.
    Nfd(u16, u16),
    /// Turn a range to upper case.
    Upper(u16, u16),
    /// Turn every "\n" into "\r\n".
    Crlf,
    /// Swap two ranges' order (the text from a to b moves after b to c).
    Rotate(u16, u16, u16),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = 0u16..=10000;
    prop_oneof![
        (pos.clone(), 0u16..600).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (pos.clone(), proptest::sample::select(TOKENS)).prop_map(|(a, t)| Mutation::Insert(a, t)),
        (pos.clone(), any_text()).prop_map(|(a, t)| Mutation::InsertAny(a, t)),
        (pos.clone(), 0u16..400).prop_map(|(a, n)| Mutation::Duplicate(a, n)),
        pos.clone().prop_map(Mutation::Truncate),
        (pos.clone(), 0u16..3000).prop_map(|(a, n)| Mutation::Nfd(a, n)),
        (pos.clone(), 0u16..1000).prop_map(|(a, n)| Mutation::Upper(a, n)),
        Just(Mutation::Crlf),
        (pos.clone(), pos.clone(), pos).prop_map(|(a, b, c)| Mutation::Rotate(a, b, c)),
    ]
}

/// The char boundary at or before fraction `f` (of 10000) of `s`.
fn at(s: &str, f: u16) -> usize {
    let mut i = s.len() * f as usize / 10000;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or before byte `i` (clamped).
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut s: String, m: &Mutation) -> String {
    match m {
        Mutation::Delete(a, n) => {
            let a = at(&s, *a);
            let b = floor(&s, a + *n as usize);
            s.replace_range(a..b, "");
        }
        Mutation::Insert(a, t) => {
            let a = at(&s, *a);
            s.insert_str(a, t);
        }
        Mutation::InsertAny(a, t) => {
            let a = at(&s, *a);
            s.insert_str(a, t);
        }
        Mutation::Duplicate(a, n) => {
            let a = at(&s, *a);
            let b = floor(&s, a + *n as usize);
            let piece = s[a..b].to_string();
            s.insert_str(b, &piece);
        }
        Mutation::Truncate(a) => {
            let a = at(&s, *a);
            s.truncate(a);
        }
        Mutation::Nfd(a, n) => {
            let a = at(&s, *a);
            let b = floor(&s, a + *n as usize);
            let piece: String = s[a..b].nfd().collect();
            s.replace_range(a..b, &piece);
        }
        Mutation::Upper(a, n) => {
            let a = at(&s, *a);
            let b = floor(&s, a + *n as usize);
            let piece = s[a..b].to_uppercase();
            s.replace_range(a..b, &piece);
        }
        Mutation::Crlf => s = s.replace('\n', "\r\n"),
        Mutation::Rotate(a, b, c) => {
            let mut v = [at(&s, *a), at(&s, *b), at(&s, *c)];
            v.sort_unstable();
            let [a, b, c] = v;
            let moved = format!("{}{}", &s[b..c], &s[a..b]);
            s.replace_range(a..c, &moved);
        }
    }
    s
}

fn mutated_seed() -> impl Strategy<Value = String> {
    (0..SEEDS.len(), proptest::collection::vec(mutation(), 1..6))
        .prop_map(|(i, ms)| ms.iter().fold(SEEDS[i].to_string(), apply))
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        // Shrinking a seed-sized input in debug mode takes long; a few
        // hundred steps find a small enough example.
        max_shrink_iters: 2000,
        // Failing inputs become named tests in hostile.rs, not files.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn check_extract(input: &str) {
    let doc = tinbai::extract(input);
    invariants::check(input, &doc);
    // The same input gives the same document.
    assert_eq!(tinbai::extract(input), doc, "extract is deterministic");
    // Options that switch stages off change nothing else.
    let bare = tinbai::Extractor::new(tinbai::Options {
        entities: false,
        numbers: false,
        ..Default::default()
    })
    .extract(input);
    assert_eq!(bare.text, doc.text);
    assert_eq!(bare.lines, doc.lines);
    assert_eq!(bare.sentences, doc.sentences);
    // New-style tone placement keeps every invariant too.
    let newtone = tinbai::Extractor::new(tinbai::Options {
        tone: tinbai::ToneStyle::New,
        ..Default::default()
    })
    .extract(input);
    invariants::check(input, &newtone);
    assert_eq!(
        newtone.lines, doc.lines,
        "tone style does not change labels"
    );
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn extract_keeps_invariants_on_any_unicode(s in any_text()) {
        check_extract(&s);
    }

    #[test]
    fn extract_keeps_invariants_on_genre_tokens(s in genre_text()) {
        check_extract(&s);
    }

    #[test]
    fn extract_keeps_invariants_on_mixed_text(s in mixed_text()) {
        check_extract(&s);
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn normalisation_is_idempotent(s in mixed_text()) {
        // clean_line takes one line: the input split on '\n'.
        for line in s.split('\n') {
            let once = normalize::clean_line(line);
            prop_assert_eq!(normalize::clean_line(&once), once.clone(), "clean_line");
            prop_assert_eq!(once.trim(), once.as_str(), "clean_line trims");
            prop_assert!(!once.contains("  "), "clean_line leaves no double space: {:?}", once);
            prop_assert!(!once.chars().any(|c| c.is_control()), "clean_line leaves a control char: {:?}", once);
            prop_assert!(!once.chars().any(|c| c.is_whitespace() && c != ' '), "clean_line leaves an odd space: {:?}", once);
        }

        let canon = normalize::canonical(&s);
        prop_assert_eq!(normalize::canonical(&canon), canon.clone(), "canonical");

        let nfc = normalize::nfc(&s).into_owned();
        prop_assert_eq!(normalize::nfc(&nfc).into_owned(), nfc.clone(), "nfc");
        let toned = normalize::tone_new_style(&nfc).into_owned();
        prop_assert_eq!(normalize::tone_new_style(&toned).into_owned(), toned.clone(), "tone_new_style");
        // Tone placement only moves marks inside words: the length in chars stays.
        prop_assert_eq!(toned.chars().count(), nfc.chars().count());
    }

    #[test]
    fn sentence_splitter_keeps_invariants(s in mixed_text()) {
        for p in s.split('\n') {
            let ranges = tinbai::sentences::split_paragraph(p);
            let mut prev = 0;
            for r in &ranges {
                prop_assert!(r.start >= prev && r.start < r.end, "ordered, non-empty: {:?} in {:?}", ranges, p);
                let t = p.get(r.clone());
                prop_assert!(t.is_some(), "in bounds, on char boundaries: {:?} in {:?}", r, p);
                let t = t.unwrap_or_default();
                prop_assert_eq!(t.trim(), t, "trimmed");
                prev = r.end;
            }
        }
    }
}

/// Writing the same article another way changes nothing: CRLF line ends,
/// a BOM, NFD.
fn check_same_article(s: &str) {
    let doc = tinbai::extract(s);
    if !s.contains('\r') {
        let crlf = s.replace('\n', "\r\n");
        assert_eq!(tinbai::extract(&crlf), doc, "CRLF gives the LF document");
    }
    let bom = format!("\u{feff}{s}");
    assert_eq!(tinbai::extract(&bom), doc, "a BOM changes nothing");
    let nfd: String = s.nfd().collect();
    assert_eq!(tinbai::extract(&nfd), doc, "NFD gives the NFC document");
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn extract_keeps_invariants_on_mutated_seeds(s in mutated_seed()) {
        check_extract(&s);
    }

    #[test]
    fn crlf_bom_and_nfd_change_nothing_on_mutated_seeds(s in mutated_seed()) {
        check_same_article(&s);
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn crlf_bom_and_nfd_change_nothing_on_genre_text(s in genre_text()) {
        check_same_article(&s);
    }
}

#[test]
fn seeds_keep_invariants() {
    for seed in SEEDS {
        check_extract(seed);
        let crlf = seed.replace('\n', "\r\n");
        check_extract(&crlf);
    }
}
