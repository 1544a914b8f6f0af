//! The pathological inputs of `benches/pathological.rs` and
//! `benches/write_inputs.rs` (the inputs of `crates/tinbai/tests/hostile.rs`,
//! at any size).

use unicode_normalization::UnicodeNormalization;

const SEED: &str = include_str!("../seeds/000_5168cd824a8382ba.txt");

/// A paragraph of the genre, written for the tests.
const PARAGRAPH: &str =
    "Ngày 14/3, tại huyện Mường Nhé, tỉnh Điện Biên, Bộ Chỉ huy Bộ đội Biên phòng \
tỉnh Điện Biên và Bộ CHQS tỉnh Phông Sa Lỳ (Lào) đã hội đàm lần thứ 12. Thượng tá Lò Văn Minh, \
Chỉ huy trưởng, trao tặng gần 150 triệu đồng và 2,5 tấn gạo cho 120 hộ dân bản Huổi Lả. ";

/// `unit` repeated to `bytes` (cut on a char boundary).
fn fill(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len().max(1) + 1);
    let mut n = bytes.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    s.truncate(n);
    s
}

/// Opening marks, a sentence, closing marks: `bytes` long in all.
fn nested(bytes: usize) -> String {
    let depth = bytes / 2 / "(“[«".len();
    format!(
        "{}Đoàn đến Viêng Chăn ngày 5/9/2024.{}",
        "(“[«".repeat(depth),
        "»]”)".repeat(depth)
    )
}

/// The pathological inputs at `bytes` bytes.
pub fn inputs(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("single_line", fill(PARAGRAPH, bytes)),
        (
            "no_spaces",
            fill("ĐạitáLòVănMinhChỉhuytrưởngBộCHQStỉnhĐiệnBiên", bytes),
        ),
        ("dots", fill(".", bytes)),
        ("dots_spaced", fill(". ", bytes)),
        ("ellipses", fill("Hà Nội... ", bytes)),
        ("digits", fill("7", bytes)),
        ("thousands", fill("1.000", bytes)),
        ("dates", fill("22/5/2024 ", bytes)),
        ("nested_brackets", nested(bytes)),
        ("short_lines", fill("Đoạn văn ngắn số 7.\n", bytes)),
        ("titles", fill("ông Đại tá Thiếu tướng ", bytes)),
        ("capitalised", fill("Nguyễn Thị Minh Khai Hoàng ", bytes)),
        (
            "org_chain",
            fill("Bộ CHQS hai tỉnh Thanh Hóa - Hủa Phăn - ", bytes),
        ),
        ("org_list", fill("Bộ Chỉ huy Quân sự, Công an, ", bytes)),
        ("number_list", fill("1, 2, 3 và ", bytes)),
        ("roman", fill("lần thứ XXXII ", bytes)),
        ("money", fill("hơn 1,2 tỷ đồng/", bytes)),
        ("blank_lines", fill("\n", bytes)),
        ("images", fill("![](anh.jpg)\n", bytes)),
        ("nfd", fill(&SEED.nfd().collect::<String>(), bytes)),
        ("crlf", fill(&SEED.replace('\n', "\r\n"), bytes)),
        ("cr_only", fill(&SEED.replace('\n', "\r"), bytes)),
        ("nul", fill("\0", bytes)),
        ("combining_marks", fill("\u{301}", bytes)),
        (
            "mixed_scripts",
            fill("Viêng Chăn (ວຽງຈັນ) 北京 مصر 🎉🇻🇳 ສະບາຍດີ. ", bytes),
        ),
    ]
}
