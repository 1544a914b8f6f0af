//! Unit tests of the numbers module, with sentences written for them.

use super::extract;
use crate::document::{Approx, Number, NumberKind, Sentence};

/// (kind, value as JSON text, unit, span text) of every number found.
fn found(text: &str, date: Option<&str>) -> Vec<(String, String, Option<String>, String)> {
    let nums = extract(text, &[], date);
    check_spans(text, &nums);
    nums.iter()
        .map(|n| {
            (
                n.kind.as_str().to_string(),
                n.value.to_json().to_string().replace('"', ""),
                n.unit.clone(),
                text[n.span.clone()].to_string(),
            )
        })
        .collect()
}

fn check_spans(text: &str, nums: &[Number]) {
    let mut last = 0;
    for n in nums {
        assert!(n.span.start >= last, "overlap or disorder at {:?}", n.span);
        assert!(n.span.start < n.span.end);
        assert!(text.get(n.span.clone()).is_some(), "span off char boundary");
        last = n.span.end;
    }
}

/// (kind, value) pairs only.
fn kv(text: &str, date: Option<&str>) -> Vec<(String, String)> {
    found(text, date)
        .into_iter()
        .map(|(k, v, _, _)| (k, v))
        .collect()
}

fn pair(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

fn one(text: &str, date: Option<&str>) -> Number {
    let mut v = extract(text, &[], date);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.remove(0)
}

// ------------------------------------------------------------ numerals

#[test]
fn thousands_dots_and_decimal_commas() {
    let t = "Đoàn đã tiếp nhận 2.345 lượt khách, trồng 3,75 ha rừng và 12.500.000 cây giống.";
    assert_eq!(
        found(t, None),
        vec![
            (
                "quantity".into(),
                "2345".into(),
                Some("lượt".into()),
                "2.345 lượt".into()
            ),
            (
                "quantity".into(),
                "3.75".into(),
                Some("ha".into()),
                "3,75 ha".into()
            ),
            (
                "quantity".into(),
                "12500000".into(),
                Some("cây".into()),
                "12.500.000 cây".into()
            ),
        ]
    );
}

#[test]
fn ambiguous_dot_is_decided_by_group_length() {
    // three digits after the dot: thousands; otherwise a decimal point
    assert_eq!(
        kv("Xã có 1.500 hộ và 2.5 ha đất trống.", None),
        vec![pair("quantity", "1500"), pair("quantity", "2.5")]
    );
    // a comma is a decimal, except in English thousands groups
    assert_eq!(
        kv("Dự án rộng 4,500 ha, vốn 2,500,000 USD.", None),
        vec![pair("quantity", "4.5"), pair("money", "2500000")]
    );
    assert_eq!(kv("Giá 1.250,5 USD.", None), vec![pair("money", "1250.5")]);
}

#[test]
fn decimal_zero_is_kept() {
    let n = one("Bà con trồng 2,0 ha ngô.", None);
    assert_eq!(n.value.to_json(), serde_json::json!(2.0));
}

#[test]
fn scale_words_with_decimals() {
    assert_eq!(
        kv(
            "Tổng kinh phí 3,5 tỷ đồng, trong đó 750 triệu đồng từ ngân sách tỉnh và 2 nghìn tỷ đồng vốn vay.",
            None
        ),
        vec![
            pair("money", "3500000000"),
            pair("money", "750000000"),
            pair("money", "2000000000000"),
        ]
    );
    assert_eq!(
        kv("Mỗi suất quà trị giá 1 tỷ 250 triệu đồng.", None),
        vec![pair("money", "1250000000")]
    );
    assert_eq!(
        kv(
            "Nhà máy phát 1,2 triệu kWh mỗi ngày, thu hút 3 vạn lượt khách.",
            None
        ),
        vec![pair("quantity", "1200000"), pair("quantity", "30000")]
    );
    // `tỷ lệ` is a ratio, not a scale
    assert_eq!(
        kv("Đạt 95 tỷ lệ phần trăm.", None),
        Vec::<(String, String)>::new()
    );
}

// ------------------------------------------------------------ dates

#[test]
fn day_month_takes_the_article_year() {
    let t = "Sáng 14/3, Bộ CHQS tỉnh Nghệ An tiếp đoàn tỉnh Xiêng Khoảng.";
    assert_eq!(kv(t, Some("2024-03")), vec![pair("date", "2024-03-14")]);
}

#[test]
fn year_nearest_the_article_date_across_new_year() {
    let t = "Chiều 29/12, hai bên tổng kết; ngày 2/1 đoàn về nước.";
    assert_eq!(
        kv(t, Some("2026-01-04")),
        vec![pair("date", "2025-12-29"), pair("date", "2026-01-02")]
    );
}

#[test]
fn year_from_the_sentence_else_no_year() {
    let t = "Tối 3/10, tại Viêng Chăn, hai đoàn hội đàm thường niên năm 2023. Sáng 4/10, đoàn về.";
    let cut = t.find(". ").unwrap() + 1;
    let sents = [
        Sentence {
            span: 0..cut,
            paragraph: 0,
        },
        Sentence {
            span: cut + 1..t.len(),
            paragraph: 0,
        },
    ];
    let v: Vec<String> = extract(t, &sents, None)
        .iter()
        .map(|n| n.value.to_json().to_string())
        .collect();
    assert_eq!(v, vec!["\"2023-10-03\"", "\"2023\"", "\"--10-04\""]);
}

#[test]
fn nearest_year_by_position_in_the_sentence() {
    let t = "Kỷ niệm ngày thành lập (3/2/1930 - 3/2/2025), chiều nay (1/2) tỉnh tổ chức mít tinh.";
    assert_eq!(
        kv(t, None),
        vec![
            pair("date_range", "{start:1930-02-03,end:2025-02-03}"),
            pair("date", "2025-02-01"),
        ]
    );
}

#[test]
fn full_dates_in_every_spelling() {
    assert_eq!(
        kv(
            "Ngày 5/9/1962, ngày 20-10-2017, ngày 07.11.2019 và ngày 2 tháng 9 năm 1945.",
            None
        ),
        vec![
            pair("date", "1962-09-05"),
            pair("date", "2017-10-20"),
            pair("date", "2019-11-07"),
            pair("date", "1945-09-02"),
        ]
    );
}

#[test]
fn months_years_and_quarters() {
    assert_eq!(
        kv(
            "Từ tháng 3/2024, kế hoạch năm 2025 và quý I/2025, quý 3 năm 2024 đều đạt.",
            None
        ),
        vec![
            pair("date", "2024-03"),
            pair("date", "2025"),
            pair("date", "2025"),
            pair("date", "2024"),
        ]
    );
    // a quarter with no year written takes the article's year
    let q = found("Trong quý IV, xuất khẩu tăng mạnh.", Some("2024-11-20"));
    assert_eq!((q[0].1.as_str(), q[0].3.as_str()), ("2024", "quý IV"));
    assert!(kv("Trong quý IV, xuất khẩu tăng mạnh.", None).is_empty());
    assert_eq!(
        kv(
            "Trong tháng 8 các đồn tăng cường tuần tra.",
            Some("2023-09-02")
        ),
        vec![pair("date", "2023-08")]
    );
    assert_eq!(
        kv("Hội nghị ASEAN 2026 diễn ra tại Phnôm Pênh.", None),
        vec![pair("date", "2026")]
    );
}

#[test]
fn parts_of_day_and_bracketed_dates() {
    let t = "Sáng 27/4, đoàn thăm bản Na Mèo; chiều nay (29/4), hai bên ký kết; trưa 30/4 đoàn về.";
    assert_eq!(
        found(t, Some("2025-04-29"))
            .iter()
            .map(|x| (x.1.as_str(), x.3.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("2025-04-27", "27/4"),
            ("2025-04-29", "29/4"),
            ("2025-04-30", "30/4")
        ]
    );
}

#[test]
fn iso_date_header() {
    assert_eq!(
        kv("date 2025-06-14", None),
        vec![pair("date", "2025-06-14")]
    );
}

// ------------------------------------------------------------ ranges

#[test]
fn ranges_of_dates_and_years() {
    assert_eq!(
        kv(
            "Kỷ niệm 50 năm (30/4/1975 - 30/4/2025); giai đoạn 2026–2030, kế hoạch 2021-2030 và mùa khô 2024 - 2025.",
            None
        ),
        vec![
            pair("duration", "50"),
            pair("date_range", "{start:1975-04-30,end:2025-04-30}"),
            pair("date_range", "{start:2026,end:2030}"),
            pair("date_range", "{start:2021,end:2030}"),
            pair("date_range", "{start:2024,end:2025}"),
        ]
    );
    assert_eq!(
        kv("Năm học 2023-24 có nhiều đổi mới.", None),
        vec![pair("date_range", "{start:2023,end:2024}")]
    );
}

#[test]
fn ranges_of_days() {
    assert_eq!(
        kv("Hội chợ diễn ra 19-20/12 tại Pắc Xế.", Some("2024-12")),
        vec![pair("date_range", "{start:2024-12-19,end:2024-12-20}")]
    );
    assert_eq!(
        kv(
            "Trong hai ngày 19 và 20-12, đoàn làm việc tại Attapư.",
            Some("2024-12-21")
        ),
        vec![pair("date_range", "{start:2024-12-19,end:2024-12-20}")]
    );
    assert_eq!(
        kv(
            "Từ ngày 28/12 đến ngày 3/1/2025, đoàn công tác tại Lào.",
            None
        ),
        vec![pair("date_range", "{start:2024-12-28,end:2025-01-03}")]
    );
}

#[test]
fn open_ranges_from_a_date_to_now() {
    let n = found(
        "Từ tháng 9/2022 đến nay, hai đơn vị tuần tra 40 lượt.",
        None,
    );
    assert_eq!(n[0].1, "{start:2022-09,end:null}");
    assert_eq!(n[0].3, "Từ tháng 9/2022 đến nay");
    assert_eq!(
        kv("Từ năm 2019 đến năm 2024 tỉnh xây 12 cây cầu.", None)[0],
        pair("date_range", "{start:2019,end:2024}")
    );
}

// ------------------------------------------------------------ times

#[test]
fn times_of_day() {
    assert_eq!(
        kv(
            "Lúc 15:38, rồi 14h30, 13h, 8 giờ 30 phút, lúc 9 giờ và 3 giờ chiều, xe xuất phát.",
            None
        ),
        vec![
            pair("time", "15:38"),
            pair("time", "14:30"),
            pair("time", "13:00"),
            pair("time", "08:30"),
            pair("time", "09:00"),
            pair("time", "15:00"),
        ]
    );
    // a number of hours is a duration
    assert_eq!(
        kv("Đoàn đi trong 6 giờ.", None),
        vec![pair("duration", "6")]
    );
}

// ------------------------------------------------------------ percent, money

#[test]
fn percentages() {
    assert_eq!(
        kv(
            "Tỷ lệ hộ nghèo giảm 2,35%, đạt 97 % kế hoạch và 12 phần trăm so với cùng kỳ.",
            None
        ),
        vec![
            pair("percent", "2.35"),
            pair("percent", "97"),
            pair("percent", "12")
        ]
    );
}

#[test]
fn money_in_every_currency() {
    let t = "Hỗ trợ 50.000 USD, 2 triệu đô la Mỹ, 300 triệu kíp, 15.000 baht, 80 nghìn nhân dân tệ, 5 triệu euro, 120 triệu VNĐ, 45 triệu VND và 200.000đ.";
    let v: Vec<(String, Option<String>)> = found(t, None)
        .into_iter()
        .map(|(_, v, u, _)| (v, u))
        .collect();
    let want = [
        ("50000", "USD"),
        ("2000000", "USD"),
        ("300000000", "LAK"),
        ("15000", "THB"),
        ("80000", "CNY"),
        ("5000000", "EUR"),
        ("120000000", "VND"),
        ("45000000", "VND"),
        ("200000", "VND"),
    ];
    assert_eq!(
        v,
        want.iter()
            .map(|(a, b)| (a.to_string(), Some(b.to_string())))
            .collect::<Vec<_>>()
    );
}

#[test]
fn money_per_unit() {
    let n = one("Mỗi học sinh nhận 700 nghìn đồng/tháng.", None);
    assert_eq!(n.kind, NumberKind::Money);
    assert_eq!(n.value.to_json(), serde_json::json!(700000));
    assert_eq!(n.per.as_deref(), Some("tháng"));
    let n = one("Hỗ trợ 1,5 triệu đồng/hộ gia đình.", None);
    assert_eq!(n.per.as_deref(), Some("hộ"));
}

#[test]
fn approximations() {
    let a = |t: &str| one(t, None).approx;
    assert_eq!(a("Tổng giá trị gần 300 triệu đồng."), Some(Approx::Below));
    assert_eq!(a("Có hơn 2.000 người tham dự."), Some(Approx::Above));
    assert_eq!(a("Tuyến biên giới dài trên 80 km."), Some(Approx::Above));
    assert_eq!(a("Diện tích dưới 5 ha."), Some(Approx::Below));
    assert_eq!(a("Ước tính 40 tấn hàng."), Some(Approx::About));
    assert_eq!(a("Khoảng 500 người dân."), Some(Approx::About));
    assert_eq!(a("Chừng 20 hộ."), Some(Approx::About));
    assert_eq!(a("Xấp xỉ 7% dân số."), Some(Approx::About));
    assert_eq!(a("Chưa đến 10 ngày."), Some(Approx::Below));
    assert_eq!(a("Đúng 12 xã."), None);
    let t = "Tuyến biên giới dài hơn 92 km.";
    let n = one(t, None);
    assert_eq!(&t[n.span], "hơn 92 km");
}

// ------------------------------------------------------------ quantities

#[test]
fn quantities_with_units_and_classifiers() {
    let t = "Đơn vị trao 35 suất quà, 12 con bò, 800 cây keo, 3 chiếc xe máy, 26 mộ liệt sĩ, 4,2 tấn gạo, 150 lít dầu, 30 MW điện, 2.000 m² nhà và 7 km đường.";
    let units: Vec<String> = found(t, None).into_iter().filter_map(|x| x.2).collect();
    assert_eq!(
        units,
        vec!["suất", "con", "cây", "chiếc", "mộ", "tấn", "lít", "MW", "m²", "km"]
    );
}

#[test]
fn two_syllable_counted_nouns() {
    let t = "Có 18 cán bộ, chiến sĩ, 3 địa phương, 5 dân tộc, 40 học sinh và 2 bộ máy in.";
    let units: Vec<String> = found(t, None).into_iter().filter_map(|x| x.2).collect();
    assert_eq!(
        units,
        vec!["cán bộ", "địa phương", "dân tộc", "học sinh", "bộ"]
    );
}

#[test]
fn small_counts_inside_org_phrases() {
    assert_eq!(
        found("Hội đàm giữa BĐBP 2 tỉnh Điện Biên - Phông Sa Lỳ.", None)[0].3,
        "2 tỉnh"
    );
    assert_eq!(
        kv("Lãnh đạo 3 huyện và 2 đoàn công tác dự lễ.", None),
        vec![pair("quantity", "3"), pair("quantity", "2")]
    );
}

#[test]
fn slash_joins_two_counts() {
    let v = found(
        "Tuần tra 42 lượt/960 lượt cán bộ tham gia; 2 lượt/30 cán bộ.",
        None,
    );
    let units: Vec<(&str, &str)> = v
        .iter()
        .map(|x| (x.1.as_str(), x.2.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        units,
        vec![
            ("42", "lượt"),
            ("960", "lượt"),
            ("2", "lượt"),
            ("30", "cán bộ")
        ]
    );
    assert!(extract("Tuần tra 42 lượt/960 lượt.", &[], None)
        .iter()
        .all(|n| n.per.is_none()));
}

#[test]
fn multiples_and_ranges_of_counts() {
    assert_eq!(
        found("Sản lượng tăng gấp 3 lần.", None)[0].2.as_deref(),
        Some("lần")
    );
    assert_eq!(
        kv("Mỗi tổ có 5-7 người, gió cấp 9-10.", None),
        vec![
            pair("quantity", "5"),
            pair("quantity", "7"),
            pair("ordinal", "9"),
            pair("ordinal", "10"),
        ]
    );
}

// ------------------------------------------------------------ durations, ordinals

#[test]
fn durations() {
    assert_eq!(
        found(
            "Kỷ niệm 45 năm quan hệ, đoàn làm việc trong 3 ngày; 6 tháng đầu năm 2024 đạt kết quả tốt.",
            None
        )
        .into_iter()
        .map(|x| (x.0, x.1, x.2))
        .collect::<Vec<_>>(),
        vec![
            ("duration".into(), "45".into(), Some("năm".into())),
            ("duration".into(), "3".into(), Some("ngày".into())),
            ("duration".into(), "6".into(), Some("tháng".into())),
            ("date".into(), "2024".into(), None),
        ]
    );
}

#[test]
fn ordinals_with_digits_and_roman_numerals() {
    assert_eq!(
        found(
            "Hội nghị lần thứ 12, Đại hội lần thứ XXXII, Quốc hội khoá XV, giai đoạn 2 và đợt 3.",
            None
        )
        .into_iter()
        .map(|x| (x.0, x.1, x.3))
        .collect::<Vec<_>>(),
        vec![
            ("ordinal".into(), "12".into(), "lần thứ 12".into()),
            ("ordinal".into(), "32".into(), "lần thứ XXXII".into()),
            ("ordinal".into(), "15".into(), "khoá XV".into()),
            ("ordinal".into(), "2".into(), "giai đoạn 2".into()),
            ("ordinal".into(), "3".into(), "đợt 3".into()),
        ]
    );
    // a weekday is not an ordinal
    assert!(kv("Thứ 2, ngày 3/6, hai bên gặp mặt.", Some("2024-06"))
        .iter()
        .all(|(k, _)| k != "ordinal"));
}

// ------------------------------------------------------------ not numbers

#[test]
fn digits_in_names_are_not_numbers() {
    let t = "Quân khu 7, Quốc lộ 12, Binh đoàn 15, bão số 4, cột mốc số 512, thủy điện Xekaman 3, giống cỏ VA-06 và ảnh 2 đều được nhắc tới.";
    assert!(kv(t, None).is_empty(), "{:?}", kv(t, None));
    assert_eq!(
        kv("Quân khu 4 cùng 2 tỉnh bạn.", None),
        vec![pair("quantity", "2")]
    );
    // `tổng số` counts
    assert_eq!(
        kv("Tổng số 120 cán bộ tham gia.", None),
        vec![pair("quantity", "120")]
    );
    // a proper name ending in a head is no head
    assert_eq!(
        kv("Quan hệ Việt Nam - Hoa Kỳ 30 năm qua.", None),
        vec![pair("duration", "30")]
    );
}

#[test]
fn urls_files_codes_and_phones_are_not_numbers() {
    let t = "Xem https://baolaocai.vn/2025/05/tin-12.html, ảnh 3.jpg, Quyết định 1234/QĐ-UBND, Nghị quyết 36-NQ/TW, máy bay Su-30MK2, gọi 0912.345.678.";
    assert!(kv(t, None).is_empty(), "{:?}", kv(t, None));
}

// ------------------------------------------------------------ robustness

#[test]
fn never_panics_and_stays_linear() {
    let long_dots = "1.".repeat(100_000);
    let long_digits = "9".repeat(100_000);
    let long_slash = "1/".repeat(50_000);
    let mixed = "ngày 1/2/ 3-4-5 năm 2.0,0 tỷ đồng/ ".repeat(5_000);
    for t in [
        long_dots.as_str(),
        long_digits.as_str(),
        long_slash.as_str(),
        mixed.as_str(),
        "",
        "😀 2 😀/3",
        "\u{0}\u{1}12\u{7f}%",
        "năm",
        "1",
        "31/2 99/99 25:61 0h",
        "ล้าน 12 ลิตร 日本 3 人",
    ] {
        let start = std::time::Instant::now();
        let nums = extract(t, &[], Some("2025-05"));
        check_spans(t, &nums);
        assert!(start.elapsed().as_secs() < 5);
    }
}

#[test]
fn impossible_dates_are_not_dates() {
    assert!(kv("Tỷ số 31/2 và 45/7.", None)
        .iter()
        .all(|(k, _)| k != "date"));
}

#[test]
fn fractions_are_not_dates() {
    assert_eq!(
        kv(
            "Sản lượng chiếm gần 1/4 cả nước, chiếm 2/3 diện tích.",
            None
        ),
        Vec::<(String, String)>::new()
    );
    assert_eq!(
        kv("Tăng trưởng cao hơn 0,5 điểm phần trăm.", None),
        vec![pair("percent", "0.5")]
    );
}

#[test]
fn headlines_in_title_case_or_capitals() {
    assert_eq!(
        kv("Trao Tặng 200 Suất Quà Cho Học Sinh Biên Giới", None),
        vec![pair("quantity", "200")]
    );
    assert_eq!(
        kv("BỘ ĐỘI BIÊN PHÒNG TẶNG 50 CON BÒ GIỐNG", None),
        vec![pair("quantity", "50")]
    );
}

#[test]
fn day_ranges_with_repeated_day_word() {
    assert_eq!(
        kv(
            "Từ ngày 8 đến ngày 11/10, đoàn thăm tỉnh Luông Pha Bang.",
            Some("2024-10")
        ),
        vec![pair("date_range", "{start:2024-10-08,end:2024-10-11}")]
    );
}

#[test]
fn slash_between_two_numbers() {
    assert_eq!(
        found(
            "Có 2.345/2.500 hộ dân dùng nước sạch; 3/5 xã đạt chuẩn.",
            None
        )
        .into_iter()
        .map(|x| (x.1, x.2.unwrap_or_default()))
        .collect::<Vec<_>>(),
        vec![
            ("2345".to_string(), "hộ dân".to_string()),
            ("2500".to_string(), "hộ dân".to_string()),
            ("3".to_string(), "xã".to_string()),
            ("5".to_string(), "xã".to_string()),
        ]
    );
    // adjectives after a number are no unit
    assert!(kv("Đường dây mạch 3 dài 519 km.", None)
        .iter()
        .all(|(_, v)| v != "3"));
}

#[test]
fn counts_after_a_head_word() {
    assert_eq!(
        kv(
            "Bộ Quốc phòng 2 nước ký kết; Đồn Biên phòng 515 phối hợp tuần tra.",
            None
        ),
        vec![pair("quantity", "2")]
    );
    assert_eq!(
        kv("Kết quả năm 2024.Theo đó", None),
        vec![pair("date", "2024")]
    );
}

#[test]
fn long_hyphen_chains_and_many_numbers_stay_linear() {
    let chain = format!("có 5 {}", "a-".repeat(100_000));
    let many = "5 ".repeat(100_000);
    let words = format!("{} 5", "năm ".repeat(100_000));
    for t in [chain, many, words] {
        let start = std::time::Instant::now();
        let nums = extract(&t, &[], None);
        check_spans(&t, &nums);
        assert!(start.elapsed().as_secs() < 5);
    }
}

#[test]
fn hours_counted_are_durations() {
    assert_eq!(
        kv("Trong 24h qua, sau 2h tìm kiếm, lúc 13h đoàn đến.", None),
        vec![
            pair("duration", "24"),
            pair("duration", "2"),
            pair("time", "13:00")
        ]
    );
}

#[test]
fn conventionally_capitalised_nouns_are_counted() {
    assert_eq!(
        found(
            "Tình đoàn kết giữa 2 Đảng, 2 Nhà nước ngày càng bền chặt.",
            None
        )
        .into_iter()
        .map(|x| x.2.unwrap_or_default())
        .collect::<Vec<_>>(),
        vec!["Đảng", "Nhà nước"]
    );
}

#[test]
fn random_pieces_never_panic() {
    const PIECES: &[&str] = &[
        "1",
        "22",
        "2025",
        "99999999999999999999999",
        "0",
        "07",
        "/",
        "-",
        "–",
        ".",
        ",",
        ":",
        "%",
        "h",
        "g",
        "giờ",
        "phút",
        "ngày",
        "tháng",
        "năm",
        "quý",
        "I",
        "XIII",
        "IV",
        "thứ",
        "lần",
        "khóa",
        "từ",
        "đến",
        "nay",
        "và",
        "tỷ",
        "triệu",
        "nghìn",
        "đồng",
        "USD",
        "kíp",
        "/em",
        "mỗi",
        "hơn",
        "gần",
        "khoảng",
        "người",
        "cán bộ",
        "ha",
        "km",
        "m",
        "2",
        "m²",
        "Quân",
        "khu",
        "số",
        "(",
        ")",
        "\n",
        " ",
        "  ",
        "é",
        "😀",
        "Sekong",
        "VA",
        "+",
        "$",
        "chiều",
        "nay",
        "mùa",
        "khô",
        "giai",
        "đoạn",
        "cấp",
        "phần trăm",
        "Đảng",
        "lượt",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let n = (next() % 40) as usize;
        let mut t = String::new();
        for _ in 0..n {
            t.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 3 == 0 {
                t.push(' ');
            }
        }
        let nums = extract(
            &t,
            &[],
            if next() % 2 == 0 {
                Some("2025-01-03")
            } else {
                None
            },
        );
        check_spans(&t, &nums);
        for n in &nums {
            let _ = n.value.to_json();
        }
    }
}

#[test]
fn rank_out_of_a_scale_is_not_a_date() {
    assert_eq!(
        kv("Học viên đạt trình độ bậc 4/6 theo khung năng lực.", None),
        vec![pair("ordinal", "4")]
    );
}

#[test]
fn scaled_amounts_without_unit() {
    assert_eq!(
        found(
            "Huyện hỗ trợ 50 triệu cho mỗi hộ; dân số đạt 1,2 triệu.",
            None
        )
        .into_iter()
        .map(|x| (x.0, x.1, x.2))
        .collect::<Vec<_>>(),
        vec![
            ("money".into(), "50000000".into(), Some("VND".into())),
            ("quantity".into(), "1200000".into(), None),
        ]
    );
}

#[test]
fn scale_word_variants() {
    assert_eq!(
        kv(
            "Quỹ nhận 300 ngàn đồng, 4 tỉ đồng, 2 vạn USD và 1,5 nghìn tỷ đồng.",
            None
        ),
        vec![
            pair("money", "300000"),
            pair("money", "4000000000"),
            pair("money", "20000"),
            pair("money", "1500000000000"),
        ]
    );
    // exact values: an amount in tỷ serialises as an integer
    let n = one("Giá trị hơn 3,45 tỷ đồng.", None);
    assert_eq!(n.value.to_json(), serde_json::json!(3_450_000_000i64));
}

#[test]
fn ranges_of_amounts_after_tu() {
    assert_eq!(
        kv("Mỗi hộ nhận từ 3-5 triệu đồng, từ 2-4 con bò.", None),
        vec![
            pair("money", "3000000"),
            pair("money", "5000000"),
            pair("quantity", "2"),
            pair("quantity", "4"),
        ]
    );
}

#[test]
fn rates_per_square_metre_and_hour() {
    let n = one("Giá đất 50 triệu đồng/m2 tại trung tâm.", None);
    assert_eq!(n.per.as_deref(), Some("m2"));
    let n = one("Xe chạy 60 km/h trên đèo.", None);
    assert_eq!(
        (n.unit.as_deref(), n.per.as_deref()),
        (Some("km"), Some("h"))
    );
}

#[test]
fn clock_readings_before_a_comma() {
    assert_eq!(
        kv("Khoảng 9 giờ, đoàn đến; sau 3 giờ, đoàn về.", None),
        vec![pair("time", "09:00"), pair("duration", "3")]
    );
}

#[test]
fn numbered_programmes_are_names() {
    assert_eq!(
        kv(
            "Chương trình 135 hỗ trợ 12 xã; Đề án 06 triển khai tại 3 huyện.",
            None
        ),
        vec![pair("quantity", "12"), pair("quantity", "3")]
    );
}

// ------------------------------------------------------------ validity

#[test]
fn a_leap_day_is_a_date_only_in_a_leap_year() {
    assert_eq!(
        kv(
            "Ngày 29/2/2024 đoàn đến Pắc Xế; văn bản ghi ngày 29/2/2023 là nhầm.",
            None
        ),
        vec![pair("date", "2024-02-29")]
    );
    assert_eq!(
        kv("Ngày 29 tháng 2 năm 2021, hai bên ký kết.", None),
        vec![]
    );
    // the year inferred from the article's date decides too
    assert_eq!(
        kv(
            "Sáng 29/2, đoàn thăm Đồn Biên phòng Na Mèo.",
            Some("2023-03-02")
        ),
        vec![]
    );
    assert_eq!(
        kv(
            "Sáng 29/2, đoàn thăm Đồn Biên phòng Na Mèo.",
            Some("2024-03-02")
        ),
        vec![pair("date", "2024-02-29")]
    );
}

#[test]
fn a_range_that_runs_backwards_is_two_dates() {
    assert_eq!(
        kv(
            "Giai đoạn 2025–2021, tỉnh Luông Nặm Tha đạt nhiều kết quả.",
            None
        ),
        vec![pair("date", "2025"), pair("date", "2021")]
    );
    assert_eq!(
        kv("Từ ngày 20/3 đến ngày 15/3/2025, đoàn ở Viêng Chăn.", None),
        vec![pair("date", "2025-03-20"), pair("date", "2025-03-15")]
    );
    // forwards, and across a new year, it is a range
    assert_eq!(
        kv("Giai đoạn 2021–2025 và dịp 28/12 - 3/1/2025.", None),
        vec![
            pair("date_range", "{start:2021,end:2025}"),
            pair("date_range", "{start:2024-12-28,end:2025-01-03}")
        ]
    );
}

#[test]
fn days_listed_with_va_are_two_dates_unless_running() {
    assert_eq!(
        kv("Đoàn làm việc tại Xê Kông các ngày 5 và 7/3/2025.", None),
        vec![pair("date", "2025-03-05"), pair("date", "2025-03-07")]
    );
    assert_eq!(
        kv(
            "Hội nghị diễn ra trong hai ngày 14 và 15-8.",
            Some("2025-08-16")
        ),
        vec![pair("date_range", "{start:2025-08-14,end:2025-08-15}")]
    );
}

#[test]
fn shares_and_around_the_clock_are_not_dates() {
    assert_eq!(
        kv("Có 2/3 số xã biên giới của huyện Kỳ Sơn đạt chuẩn.", None),
        vec![]
    );
    assert_eq!(
        kv(
            "Tổ công tác trực 24/7 tại cửa khẩu; ngày 24/7 đoàn về.",
            Some("2025-07")
        ),
        vec![pair("date", "2025-07-24")]
    );
}

#[test]
fn hotlines_and_military_hospitals_are_names() {
    assert_eq!(
        kv("Gọi hotline 1900 1080 hoặc đường dây nóng 069 123.", None),
        vec![]
    );
    assert_eq!(
        kv("Bệnh viện Quân y 121 khám cho 250 người dân.", None),
        vec![pair("quantity", "250")]
    );
}

#[test]
fn awards_written_with_a_capital_are_counted() {
    let f = found(
        "Chủ tịch nước tặng 4 Huân chương Lao động và 12 Bằng khen cho tập thể.",
        None,
    );
    let units: Vec<_> = f.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(units, vec![Some("Huân chương"), Some("Bằng khen")]);
}

#[test]
fn a_part_of_a_count_is_counted_alike() {
    let f = found(
        "Đã xác định danh tính 5 trong số 27 hài cốt; 2 trong số 9 xã đạt chuẩn.",
        None,
    );
    let got: Vec<_> = f.iter().map(|x| (x.1.as_str(), x.2.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("5", Some("hài cốt")),
            ("27", Some("hài cốt")),
            ("2", Some("xã")),
            ("9", Some("xã"))
        ]
    );
    // no count after: nothing is made up
    assert_eq!(kv("Anh là 1 trong số 3 người.", None).len(), 2);
}

#[test]
fn old_years_are_dates_when_written_as_dates() {
    assert_eq!(
        kv(
            "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025); năm 1858, tháng 8/1945.",
            None
        ),
        vec![
            pair("duration", "135"),
            pair("date_range", "{start:1890-05-19,end:2025-05-19}"),
            pair("date", "1858"),
            pair("date", "1945-08")
        ]
    );
    // a bare number of that size is still a count
    assert_eq!(
        kv("Xã có 1890 người.", None),
        vec![pair("quantity", "1890")]
    );
}

#[test]
fn weekdays_after_a_time_word_are_not_ordinals() {
    assert_eq!(
        kv(
            "Vào thứ 2 hằng tuần, đồn chào cờ; tỉnh đứng thứ 2 khu vực.",
            None
        ),
        vec![pair("ordinal", "2")]
    );
}

#[test]
fn digits_after_an_acronym_name_something() {
    assert_eq!(
        kv(
            "Giá xăng RON 95 là 21.000 đồng/lít; UBND 2 huyện họp.",
            None
        ),
        vec![pair("money", "21000"), pair("quantity", "2")]
    );
}

#[test]
fn a_night_and_a_span_to_the_end_of_a_day() {
    assert_eq!(
        kv(
            "Đêm 14 rạng sáng 15/9, lũ quét xảy ra tại huyện Mường Lát.",
            Some("2025-09-20")
        ),
        vec![pair("date", "2025-09-14"), pair("date", "2025-09-15")]
    );
    assert_eq!(
        kv(
            "Hội chợ mở từ ngày 3 đến hết ngày 9/11 tại Viêng Chăn.",
            Some("2025-11")
        ),
        vec![pair("date_range", "{start:2025-11-03,end:2025-11-09}")]
    );
}

#[test]
fn half_after_a_scale_word() {
    assert_eq!(
        kv("Mỗi hộ nhận 2 triệu rưỡi đồng; tổng cộng 1 tỷ rưỡi.", None),
        vec![pair("money", "2500000"), pair("money", "1500000000")]
    );
}

#[test]
fn population_and_index_figures_are_not_names() {
    assert_eq!(
        kv(
            "Dân số 7,8 triệu người; chỉ số PCI đạt 68,5 điểm; doanh số 12 tỷ đồng; số 5 phố Hàng Bài.",
            None
        ),
        vec![
            pair("quantity", "7800000"),
            pair("quantity", "68.5"),
            pair("money", "12000000000")
        ]
    );
}

#[test]
fn posts_and_task_forces_are_named_by_their_number() {
    assert_eq!(
        kv(
            "Đồn 567 phối hợp với Tổ công tác 472 tổ chức tuần tra; 3 đồn và 2 tổ công tác tham gia.",
            None
        ),
        vec![pair("quantity", "3"), pair("quantity", "2")]
    );
}

#[test]
fn rates_per_two_things_and_exact_differences() {
    let n = one("Mỗi em nhận 1,5 triệu đồng/người/tháng từ quỹ.", None);
    assert_eq!(n.per.as_deref(), Some("người/tháng"));
    let pers: Vec<_> = extract("Giá từ 35.000-40.000 kíp/kg.", &[], None)
        .into_iter()
        .map(|n| n.per)
        .collect();
    assert_eq!(pers, vec![Some("kg".to_string()), Some("kg".to_string())]);
    let n = one("Năng suất cao hơn 12% so với vụ trước.", None);
    assert_eq!(n.approx, None);
    let n = one("Năng suất tăng hơn 12% so với vụ trước.", None);
    assert_eq!(n.approx, Some(Approx::Above));
    let n = one("Năng suất cao hơn 12% trong vụ này.", None);
    assert_eq!(n.approx, Some(Approx::Above));
}

#[test]
fn two_syllable_counted_nouns_are_whole_units() {
    let f = found(
        "Đoàn gồm 15 thành viên, 2 máy bay, 4.600 nhân khẩu và 12 tiết mục.",
        None,
    );
    let units: Vec<_> = f.iter().filter_map(|x| x.2.clone()).collect();
    assert_eq!(
        units,
        vec!["thành viên", "máy bay", "nhân khẩu", "tiết mục"]
    );
}

#[test]
fn a_noun_taken_one_by_one_is_counted_not_named() {
    // `tổ`, `đội` name a unit by its number (`Tổ 3`), but not after `mỗi`
    assert_eq!(
        kv("Trạm có 4 tổ máy, mỗi tổ 65 MW.", None),
        vec![pair("quantity", "4"), pair("quantity", "65")]
    );
    assert_eq!(
        kv("Chia thành từng đội 150 kg hàng cứu trợ.", None),
        vec![pair("quantity", "150")]
    );
    // still a name without it
    assert!(kv("Tổ 5 tuần tra dọc biên giới.", None).is_empty());
}

#[test]
fn half_a_unit_of_time() {
    let n = one("Cuộc hội đàm kéo dài 3 tiếng rưỡi.", None);
    assert_eq!(n.value.to_json().to_string(), "3.5");
    assert_eq!(n.unit.as_deref(), Some("tiếng"));
    let n = one("Dự án thi công trong 2 năm rưỡi.", None);
    assert_eq!(n.value.to_json().to_string(), "2.5");
    assert_eq!(
        kv("Đoàn đến cửa khẩu lúc 7 giờ rưỡi sáng.", None),
        vec![pair("time", "07:30")]
    );
}

#[test]
fn approximate_times_of_day() {
    let n = one("Khoảng 22 giờ đêm, mưa lớn gây sạt lở.", None);
    assert_eq!(n.kind, NumberKind::Time);
    assert_eq!(n.approx, Some(Approx::About));
    let n = one("Vào khoảng 15h, đoàn tới bản Pha Lay.", None);
    assert_eq!(n.approx, Some(Approx::About));
    let n = one("Lúc 9 giờ sáng, lễ khai mạc bắt đầu.", None);
    assert_eq!(n.approx, None);
}

#[test]
fn durations_per_thing() {
    let n = one("Mỗi chuyến mất chưa đến 40 phút/chuyến.", None);
    assert_eq!(n.kind, NumberKind::Duration);
    assert_eq!(n.per.as_deref(), Some("chuyến"));
    assert_eq!(n.approx, Some(Approx::Below));
    let n = one("Học viên làm việc 5 ngày/tuần.", None);
    assert_eq!(n.per.as_deref(), Some("tuần"));
}

#[test]
fn verbs_ending_in_a_volume_word_do_not_name() {
    // `tập 5` is a volume; `diễn tập`, `thực tập` are verbs
    let n = one("Hai đơn vị diễn tập 3 ngày tại Sầm Nưa.", None);
    assert_eq!(n.kind, NumberKind::Duration);
    let n = one("Các học viên thực tập 5 tháng ở Viêng Chăn.", None);
    assert_eq!(n.unit.as_deref(), Some("tháng"));
    assert!(kv("Cuốn sách tập 5 vừa ra mắt.", None).is_empty());
}

#[test]
fn minor_currency_units() {
    let n = one("Giá bán điện là 7,2 US cent/kWh.", None);
    assert_eq!(n.kind, NumberKind::Money);
    assert_eq!(n.unit.as_deref(), Some("USD"));
    assert_eq!(n.value.to_json().to_string(), "0.072");
    assert_eq!(n.per.as_deref(), Some("kWh"));
    let n = one("Phí dịch vụ chỉ 50 cent mỗi lượt.", None);
    assert_eq!(n.value.to_json().to_string(), "0.5");
    // the currency itself is unchanged
    let n = one("Giá bán điện là 7,2 USD.", None);
    assert_eq!(n.value.to_json().to_string(), "7.2");
}

#[test]
fn an_approximation_word_is_no_counted_noun() {
    // `mức 2 khoảng 1,5 m`: the number after a level is no count of `khoảng`
    let f = found(
        "Nước sông vượt mức 2 khoảng 1,5 m, dưới mức 3 gần 0,4 m.",
        None,
    );
    assert!(f.iter().all(|x| x.2.as_deref() != Some("khoảng")), "{f:?}");
    assert!(f.iter().all(|x| x.2.as_deref() != Some("gần")), "{f:?}");
}

#[test]
fn alert_levels_and_numbered_plans_are_ordinals() {
    assert_eq!(
        kv("Mực nước sông Mã đã lên trên báo động 2.", None),
        vec![pair("ordinal", "2")]
    );
    assert_eq!(
        kv("Theo Quy hoạch điện VII, dự án được bổ sung.", None),
        vec![pair("ordinal", "7")]
    );
}

#[test]
fn counts_of_plan_items_and_vehicles() {
    assert_eq!(
        kv("Xã đã đạt 17/19 tiêu chí nông thôn mới.", None),
        vec![pair("quantity", "17"), pair("quantity", "19")]
    );
    // a count right after a country name is no part of it
    let f = found("Tỉnh Thanh Hóa tặng Lào 12 xe cứu thương.", None);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].2.as_deref(), Some("xe"));
}

#[test]
fn one_among_a_count_is_counted_alike() {
    let f = found(
        "Đây là 1 trong 7 công trình trọng điểm của tỉnh Sơn La.",
        None,
    );
    let units: Vec<_> = f.iter().map(|x| x.2.clone()).collect();
    assert_eq!(
        units,
        vec![
            Some("công trình".to_string()),
            Some("công trình".to_string())
        ]
    );
}

#[test]
fn ranges_of_hours_counted_or_read_on_the_clock() {
    let ks: Vec<_> = extract("Xe phải mất từ 5 đến 6 giờ mới tới bản.", &[], None)
        .into_iter()
        .map(|n| n.kind)
        .collect();
    assert_eq!(ks, vec![NumberKind::Duration, NumberKind::Duration]);
    assert_eq!(
        kv("Trạm y tế khám bệnh từ 13 đến 17 giờ.", None),
        vec![pair("time", "13:00"), pair("time", "17:00")]
    );
    assert_eq!(
        kv("Lễ hội diễn ra từ 3 đến 5 giờ chiều.", None),
        vec![pair("time", "15:00"), pair("time", "17:00")]
    );
}

#[test]
fn a_range_shares_its_approximation() {
    let v = extract("Mỗi mùa khô quy tập khoảng 80-100 hài cốt.", &[], None);
    let a: Vec<_> = v.iter().map(|n| n.approx).collect();
    assert_eq!(a, vec![Some(Approx::About), Some(Approx::About)]);
    let v = extract("Giá từ 20-25 nghìn đồng/kg.", &[], None);
    assert!(v.iter().all(|n| n.approx.is_none()));
}

#[test]
fn degrees_written_with_the_sign() {
    let f = found("Nắng nóng gay gắt, có nơi trên 38°C, vùng núi 24 °C.", None);
    let got: Vec<_> = f.iter().map(|x| (x.1.clone(), x.2.clone())).collect();
    assert_eq!(
        got,
        vec![
            ("38".to_string(), Some("°C".to_string())),
            ("24".to_string(), Some("°C".to_string()))
        ]
    );
}

#[test]
fn periodic_words_ending_in_a_name_head_count() {
    let n = one("Hai đồn biên phòng giao ban định kỳ 3 tháng/lần.", None);
    assert_eq!(n.kind, NumberKind::Duration);
    assert_eq!(n.per.as_deref(), Some("lần"));
    let n = one("Kế hoạch được rà soát theo chu kỳ 5 năm.", None);
    assert_eq!(n.kind, NumberKind::Duration);
}

#[test]
fn school_years_as_units_and_rates() {
    let n = one("Mỗi lưu học sinh nhận 18 triệu đồng/năm học.", None);
    assert_eq!(n.per.as_deref(), Some("năm học"));
    let n = one("Khóa đào tạo kéo dài 2 học kỳ.", None);
    assert_eq!(n.kind, NumberKind::Duration);
}

#[test]
fn a_count_of_days_then_the_days() {
    assert_eq!(
        kv(
            "Trong 2 ngày 20 và 21/5/2025, đoàn làm việc tại Pắc Xế.",
            None
        ),
        vec![
            pair("duration", "2"),
            pair("date_range", "{start:2025-05-20,end:2025-05-21}")
        ]
    );
}

#[test]
fn nouns_opening_with_a_stop_word_are_counted() {
    let f = found(
        "Hội thảo nhận được 54 tham luận và 3 dự thảo văn kiện.",
        None,
    );
    let units: Vec<_> = f.iter().filter_map(|x| x.2.clone()).collect();
    assert_eq!(units, vec!["tham luận", "dự thảo"]);
    // the verb is still no counted noun
    assert!(kv("Có 40 tham gia hội thi.", None).is_empty());
}
