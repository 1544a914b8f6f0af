//! Whole-article tests of the cleaning stage, on articles written for them.

use super::*;
use crate::document::LineLabel::*;

fn run(input: &str) -> Cleaned {
    clean(input, &Options::default())
}

fn texts(c: &Cleaned) -> Vec<(ParagraphKind, &str)> {
    c.paragraphs
        .iter()
        .map(|p| (p.kind, &c.text[p.span.clone()]))
        .collect()
}

const ARTICLE: &str = "\
 date 2024-03 Quảng Trị - Savannakhet tăng cường hợp tác bảo vệ biên giới

Sáng 12/3, tại thành phố Đông Hà, Bộ Chỉ huy BĐBP tỉnh Quảng Trị tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào). Đại tá Lê Văn Hòa, Chỉ huy trưởng BĐBP tỉnh chủ trì.

![](https://baoquangtri.vn/dataimages/202403/original/images1.jpg)
Đại tá Lê Văn Hòa phát biểu tại buổi hội đàm. Ảnh: Đức Việt

Tại hội đàm, hai bên đã đánh giá kết quả phối hợp quản lý, bảo vệ biên giới năm 2023, thống nhất kế hoạch tuần tra song phương năm 2024 và trao đổi thông tin về tình hình tội phạm ma túy qua biên giới.

Hai bên ký kết biên bản hội đàm.

Dịp này, Bộ Chỉ huy BĐBP tỉnh Quảng Trị đã trao tặng 20 suất quà cho cán bộ, chiến sĩ bạn.

Trần Tuyết (CTV)

Tin liên quan

Quảng Trị: Trao 300 suất quà Tết cho người dân Lào

Đồn Biên phòng Lao Bảo giúp dân xây nhà
";

#[test]
fn labels_every_kind_of_line() {
    let c = run(ARTICLE);
    assert_eq!(
        c.lines,
        vec![
            Title, Blank, Lead, Blank, Drop, Caption, Blank, Body, Blank, Caption, Blank, Body,
            Blank, Byline, Blank, Drop, Blank, Drop, Blank, Drop, Blank
        ]
    );
    assert_eq!(c.meta.date.as_deref(), Some("2024-03"));
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Quảng Trị - Savannakhet tăng cường hợp tác bảo vệ biên giới")
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Trần Tuyết (CTV)"));
    assert_eq!(c.meta.credits, vec!["Đức Việt"]);
    let p = texts(&c);
    assert_eq!(
        p[2],
        (
            ParagraphKind::Caption,
            "Đại tá Lê Văn Hòa phát biểu tại buổi hội đàm."
        )
    );
    assert_eq!(p.len(), 6);
    assert_eq!(c.paragraphs[1].line, 2);
}

#[test]
fn spans_join_paragraphs_with_newlines() {
    let c = run(ARTICLE);
    let joined: Vec<&str> = c
        .paragraphs
        .iter()
        .map(|p| &c.text[p.span.clone()])
        .collect();
    assert_eq!(joined.join("\n"), c.text);
    for w in c.paragraphs.windows(2) {
        assert_eq!(w[0].span.end + 1, w[1].span.start);
    }
}

#[test]
fn headline_glued_to_tag_and_lead_gives_two_paragraphs() {
    let input = "Thời sự Kon Tum và Attapeu ký kết biên bản hợp tác năm 2025 (BKT) - Chiều 3/1, tại thành phố Kon Tum, UBND tỉnh Kon Tum hội đàm với chính quyền tỉnh Attapeu.\n\nHai bên thống nhất nhiều nội dung hợp tác quan trọng về kinh tế, giáo dục, y tế và quản lý biên giới trong năm 2025, đồng thời giao các sở, ngành xây dựng kế hoạch cụ thể.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Title, Blank, Body, Blank]);
    assert_eq!(c.meta.source_tag.as_deref(), Some("BKT"));
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Kon Tum và Attapeu ký kết biên bản hợp tác năm 2025")
    );
    let p = texts(&c);
    assert_eq!(p[0].0, ParagraphKind::Title);
    assert_eq!(p[1].0, ParagraphKind::Lead);
    assert!(p[1].1.starts_with("Chiều 3/1, tại thành phố Kon Tum"));
    assert_eq!(c.paragraphs[0].line, 0);
    assert_eq!(c.paragraphs[1].line, 0);
}

#[test]
fn source_tag_forms_open_the_lead() {
    for (tag_line, tag) in [
        ("(Baoquangbinh.vn) - ", "Baoquangbinh.vn"),
        ("(QBĐT) – ", "QBĐT"),
        ("TPO - ", "TPO"),
        ("HNN.VN - ", "HNN.VN"),
    ] {
        let input = format!(
            "Quảng Bình trao quà cho học sinh Lào\n\n{tag_line}Ngày 5/9, đoàn công tác tỉnh Quảng Bình trao 200 suất quà cho học sinh huyện Bualapha.\n\nĐây là hoạt động thường niên của hai tỉnh kết nghĩa, được duy trì nhiều năm qua với tổng kinh phí hơn 1 tỷ đồng mỗi năm, góp phần thắt chặt tình đoàn kết.\n"
        );
        let c = run(&input);
        assert_eq!(c.lines[2], Lead, "{tag}");
        assert_eq!(c.meta.source_tag.as_deref(), Some(tag));
        assert!(texts(&c)[1].1.starts_with("Ngày 5/9"), "{tag}");
    }
}

#[test]
fn lead_only_when_it_introduces_the_story() {
    // The scrape lacks the sapo: the first paragraph refers back to the event.
    let input = "Hai huyện biên giới trao đổi kinh nghiệm\nTại buổi làm việc, Chủ tịch UBND huyện Mường Lát Hà Văn Ban đề nghị hai bên tăng cường trao đổi thông tin. Ông nhấn mạnh vai trò của lực lượng biên phòng.\nHai bên thống nhất kế hoạch phối hợp tuần tra trong mùa khô 2024 - 2025 và giao cho các đồn biên phòng triển khai ngay từ đầu năm.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Title, Body, Body, Blank]);
    // A summary paragraph right after the headline is the lead.
    let input = "Hai huyện biên giới trao đổi kinh nghiệm\n\nLãnh đạo huyện Mường Lát (Thanh Hóa) và huyện Viêng Xay (Hủa Phăn) thống nhất tăng cường phối hợp quản lý biên giới, phát triển kinh tế vùng giáp biên.\n\nChiều 14/8, đoàn công tác huyện Viêng Xay do Bí thư - Huyện trưởng Khăm Phăn dẫn đầu đã đến thăm và làm việc tại huyện Mường Lát, nơi hai bên chia sẻ nhiều kinh nghiệm.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Title, Blank, Lead, Blank, Body, Blank]);
}

#[test]
fn no_headline_means_the_first_paragraph_is_the_lead() {
    let input = "Sáng 20/10, tại tỉnh Champasak, đoàn công tác Quân khu 5 do Thiếu tướng Nguyễn Văn Hùng dẫn đầu đã thăm, làm việc với Bộ Chỉ huy Quân sự tỉnh Champasak, trao đổi về công tác tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.\n\nHai bên đánh giá cao kết quả phối hợp trong mùa khô vừa qua, khi các đội quy tập tìm được 25 hài cốt.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Lead, Blank, Body, Blank]);
    assert_eq!(c.meta.title, None);
}

#[test]
fn captions_by_structure_and_style() {
    let input = "\
Đoàn đại biểu tỉnh Sơn La thăm tỉnh Luang Prabang

Chiều 2/6, đoàn đại biểu tỉnh Sơn La do Bí thư Tỉnh ủy dẫn đầu đến thăm tỉnh Luang Prabang, mở đầu chuyến công tác ba ngày tại Lào.

5.jpg
Phó Bí thư Tỉnh ủy Sơn La Lò Minh Hùng: Hai tỉnh cần tiếp tục phối hợp chặt chẽ trong đào tạo nguồn nhân lực, nhất là đào tạo lưu học sinh tại các trường của tỉnh.

Hai bên đã trao đổi về kết quả thực hiện biên bản ghi nhớ giai đoạn 2021 - 2025, trong đó nổi bật là hợp tác giáo dục với hơn 500 lưu học sinh Lào đang học tập tại Sơn La.

Quang cảnh buổi hội đàm

Đoàn tham quan mô hình trồng cà phê tại huyện Nan...

... và thăm trường tiểu học bản Pak Xeng.

| Đại biểu hai tỉnh dâng hoa tại tượng đài - (Ảnh: Hải Yến/sonla.gov.vn). |

Cùng nhau phát huy truyền thống đoàn kết, hữu nghị đặc biệt, góp phần vun đắp quan hệ hai nước.
Lãnh đạo hai tỉnh tặng quà lưu niệm
Ảnh: Minh Thu
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![
            Title, Blank, Lead, Blank, Drop, Caption, Blank, Body, Blank, Caption, Blank, Caption,
            Blank, Caption, Blank, Caption, Blank, Body, Caption, Meta, Blank
        ]
    );
    assert_eq!(c.meta.credits, vec!["Hải Yến/sonla.gov.vn", "Minh Thu"]);
    let p = texts(&c);
    assert!(p.contains(&(
        ParagraphKind::Caption,
        "Đại biểu hai tỉnh dâng hoa tại tượng đài"
    )));
}

#[test]
fn credit_forms_are_bare_and_distinct() {
    let input = "Tiêu đề bài về hợp tác biên giới\n\n\
        Mở đầu bài báo có đủ dài để là một đoạn văn, hai bên đã gặp nhau tại cửa khẩu và trao đổi nhiều nội dung.\n\n\
        Đại biểu thăm đồn biên phòng. Ảnh: B.T\n\n\
        Đại biểu trồng cây lưu niệm. ẢNH: B.T\n\n\
        Lễ thượng cờ tại cột mốc 600 (Ảnh: Hoàng Hà).\n\n\
        Đoàn thăm bản Na Mèo. Ảnh Quốc Tuấn\n";
    let c = run(input);
    assert_eq!(c.meta.credits, vec!["B.T", "Hoàng Hà", "Quốc Tuấn"]);
    assert_eq!(c.lines[4], Caption);
    assert_eq!(c.lines[8], Caption);
    let p = texts(&c);
    assert_eq!(
        p[4],
        (ParagraphKind::Caption, "Lễ thượng cờ tại cột mốc 600")
    );
    assert_eq!(p[5], (ParagraphKind::Caption, "Đoàn thăm bản Na Mèo."));
}

#[test]
fn dateline_and_section_breadcrumb_are_metadata() {
    let input = "Trang chủ > Quốc phòng\nThứ Ba, 14/05/2024 - 08:30 (GMT+7)\nBộ CHQS tỉnh Điện Biên hội đàm với tỉnh Phông Sa Lỳ\n\nSáng 13/5, tại thành phố Điện Biên Phủ, Bộ CHQS tỉnh Điện Biên hội đàm với Bộ CHQS tỉnh Phông Sa Lỳ.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Drop, Meta, Title, Blank, Lead, Blank]);
    assert_eq!(c.meta.date.as_deref(), Some("2024-05-14"));
    let input = "16/09/2025 15:38 GMT +7\nTiêu đề bài báo về biên giới\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Meta, Title, Blank]);
    assert_eq!(c.meta.date.as_deref(), Some("2025-09-16"));
}

#[test]
fn no_date_is_guessed() {
    let c = run("Hai tỉnh ký kết hợp tác năm 2025\n\nNgày 22/5/2025, hai tỉnh đã ký kết.\n");
    assert_eq!(c.meta.date, None);
}

#[test]
fn furniture_and_related_blocks_are_dropped() {
    let input = "\
Hà Giang tặng quà bộ đội biên phòng Lào
A- A A+
Chia sẻ

Chiều 7/2, đoàn công tác tỉnh Hà Giang đã đến thăm, tặng quà các đơn vị bảo vệ biên giới của Lào.

Tags: Hà Giang, Lào, biên phòng
Mời bạn đọc theo dõi các tin bài mới nhất trên Google News
[Video] Biên phòng Hà Giang giúp dân đón Tết
Đọc nhiều

Điện Biên: Khai trương chợ biên giới

Thủ tướng gửi thư chúc mừng
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![
            Title, Drop, Drop, Blank, Lead, Blank, Drop, Drop, Drop, Drop, Blank, Drop, Blank,
            Drop, Blank
        ]
    );
}

#[test]
fn teasers_written_twice_end_the_story() {
    let input = "\
Hợp tác giáo dục giữa Nghệ An và Xiêng Khoảng

Ngày 10/9, Sở Giáo dục Nghệ An tiếp nhận 120 lưu học sinh Lào nhập học năm học mới.

Các em sẽ học tiếng Việt một năm trước khi vào các trường cao đẳng, đại học trên địa bàn tỉnh Nghệ An.

Năm học này, tỉnh dành 60 suất học bổng toàn phần cho học sinh tỉnh bạn.

Phan Hằng

Nghệ An đón đoàn đại biểu tỉnh Bolikhamxay

Nghệ An đón đoàn đại biểu tỉnh Bolikhamxay

Chiều 9/9, lãnh đạo tỉnh Nghệ An đã tiếp đoàn đại biểu tỉnh Bolikhamxay.
";
    let c = run(input);
    assert_eq!(c.lines[8], Byline);
    assert!(c.lines[10..].iter().all(|l| matches!(l, Drop | Blank)));
    assert_eq!(c.meta.byline.as_deref(), Some("Phan Hằng"));
}

#[test]
fn crlf_bom_and_nfd_input() {
    let input = "\u{feff}Hai tỉnh ký kết thoả thuận\r\n\r\nNgày 3/4, hai tỉnh đã ký kết thoả thuận hợp tác.\r\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Title, Blank, Lead, Blank]);
    assert_eq!(c.meta.title.as_deref(), Some("Hai tỉnh ký kết thoả thuận"));
    assert!(!c.text.contains('\r'));
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(input).collect();
    let d = run(&nfd);
    assert_eq!(d.text, c.text);
    assert_eq!(d.lines, c.lines);
}

#[test]
fn lone_carriage_returns_separate_paragraphs_on_one_line() {
    let c = run("Hai tỉnh ký kết\rNgày 3/4, hai tỉnh đã ký kết thoả thuận hợp tác.");
    assert_eq!(c.lines, vec![Title]);
    assert_eq!(c.paragraphs.len(), 2);
    assert!(c.paragraphs.iter().all(|p| p.line == 0));
}

#[test]
fn tone_option_rewrites_text() {
    let input = "Thanh Hoá và Hủa Phăn ký thoả thuận\n\nHai bên ký thoả thuận hợp tác, giữ vững hoà bình.\n";
    let opts = Options {
        tone: ToneStyle::New,
        ..Options::default()
    };
    let c = clean(input, &opts);
    assert_eq!(
        c.text,
        "Thanh Hóa và Hủa Phăn ký thỏa thuận\nHai bên ký thỏa thuận hợp tác, giữ vững hòa bình."
    );
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Thanh Hóa và Hủa Phăn ký thỏa thuận")
    );
}

#[test]
fn empty_and_degenerate_inputs() {
    let c = run("");
    assert_eq!(c.lines, vec![Blank]);
    assert!(c.text.is_empty() && c.paragraphs.is_empty());
    let c = run("\n\n\n");
    assert_eq!(c.lines, vec![Blank; 4]);
    let c = run("\u{feff}");
    assert_eq!(c.lines, vec![Blank]);
    assert_eq!(run("Tiêu đề bài\n |\n").lines, vec![Title, Drop, Blank]);
    for s in [
        "|",
        "![]()",
        "date 2025-05",
        "(QNO) -",
        "Ảnh: B.P",
        "\u{0}\u{1}\u{7f}",
        "🇻🇳🇱🇦 😀",
        "ສະບາຍດີ ປະເທດລາວ",
        "Tin liên quan\nTin liên quan",
        "...",
        " - ",
        "(",
        "[",
        "Ảnh:",
    ] {
        let c = run(s);
        assert_eq!(c.lines.len(), s.split('\n').count(), "{s:?}");
        let joined: Vec<&str> = c
            .paragraphs
            .iter()
            .map(|p| &c.text[p.span.clone()])
            .collect();
        assert_eq!(joined.join("\n"), c.text);
    }
}

#[test]
fn a_single_huge_line_is_handled() {
    let sentence = "Hai bên thống nhất tăng cường hợp tác toàn diện trên các lĩnh vực. ";
    let big = sentence.repeat(20_000);
    let c = run(&big);
    assert_eq!(c.lines, vec![Lead]);
    assert_eq!(c.text, big.trim());
    let nonl = "Ảnh: ".repeat(10_000) + &"(QNO) - ".repeat(10_000);
    let c = run(&nonl);
    assert_eq!(c.lines.len(), 1);
}

#[test]
fn meta_values_are_bare() {
    let input = "Tiêu đề về hợp tác biên giới Việt - Lào\n\n(Chinhphu.vn) - Sáng nay, hai bên hội đàm.\n\nĐoàn thăm trường học. (Ảnh: VGP/Nhật Bắc).\n\nBài và ảnh: Minh Châu\n";
    let c = run(input);
    assert_eq!(c.meta.source_tag.as_deref(), Some("Chinhphu.vn"));
    assert_eq!(c.meta.credits, vec!["VGP/Nhật Bắc"]);
    assert_eq!(c.meta.byline.as_deref(), Some("Minh Châu"));
    assert_eq!(c.lines[6], Byline);
}

#[test]
fn light_markdown_and_images_on_caption_lines() {
    let input = "\
# Bộ đội Biên phòng Lai Châu giúp dân bản Lào

**Ngày 8/11, Đồn Biên phòng Ka Lăng phối hợp với lực lượng bảo vệ biên giới Lào tổ chức khám bệnh, cấp thuốc miễn phí cho 150 người dân.**

![](https://baolaichau.vn/uploads/kham-benh.jpg) Cán bộ quân y khám bệnh cho người dân bản Pắc Ma

Ảnh 2: Trao quà cho các hộ gia đình khó khăn

Chương trình do [Bộ Chỉ huy BĐBP tỉnh](https://baolaichau.vn/bdbp) phát động từ năm 2020, đến nay đã tổ chức được 12 đợt khám bệnh tại các bản giáp biên.

* * *
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![Title, Blank, Lead, Blank, Caption, Blank, Caption, Blank, Body, Blank, Drop, Blank]
    );
    let p = texts(&c);
    assert_eq!(p[0].1, "Bộ đội Biên phòng Lai Châu giúp dân bản Lào");
    assert!(p[1].1.starts_with("Ngày 8/11,") && p[1].1.ends_with("150 người dân."));
    assert_eq!(p[2].1, "Cán bộ quân y khám bệnh cho người dân bản Pắc Ma");
    assert!(p[4]
        .1
        .starts_with("Chương trình do Bộ Chỉ huy BĐBP tỉnh phát động"));
}

#[test]
fn headline_repeats_site_names_and_author_lines() {
    let input = "\
Quảng Bình hỗ trợ tỉnh Khăm Muồn phòng chống dịch - Báo Quảng Bình điện tử
Minh Phong

Quảng Bình hỗ trợ tỉnh Khăm Muồn phòng chống dịch

Viêng Chăn (TTXVN) - Sáng 4/6, tỉnh Quảng Bình trao tặng tỉnh Khăm Muồn 5.000 bộ kit xét nghiệm.

Đây là lần thứ ba trong năm tỉnh Quảng Bình hỗ trợ vật tư y tế cho tỉnh bạn, với tổng trị giá khoảng 2 tỷ đồng.

Hồng Nhung
Theo TTXVN
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![Title, Byline, Blank, Drop, Blank, Lead, Blank, Body, Blank, Byline, Byline, Blank]
    );
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Quảng Bình hỗ trợ tỉnh Khăm Muồn phòng chống dịch")
    );
    assert_eq!(c.meta.source_tag.as_deref(), Some("TTXVN"));
    assert_eq!(c.meta.byline.as_deref(), Some("Hồng Nhung"));
    assert!(texts(&c)[1].1.starts_with("Sáng 4/6,"));
}

#[test]
fn photo_descriptions_after_ảnh_are_not_credits() {
    let input = "Tiêu đề bài về hợp tác biên giới\n\nMở đầu bài báo có đủ dài để là một đoạn văn, hai bên đã gặp nhau tại cửa khẩu và trao đổi nhiều nội dung.\n\nẢnh: Quang cảnh buổi lễ ký kết tại trụ sở\n";
    let c = run(input);
    assert_eq!(c.lines[4], Caption);
    assert!(c.meta.credits.is_empty());
}

#[test]
fn headline_glued_to_lead_without_a_tag() {
    let input = " date 2024-10-02 Thời sự Thanh Hóa trao quà cho học sinh huyện Viêng Xay nhân dịp năm học mới Sáng 1/10, đoàn công tác tỉnh Thanh Hóa đã trao 300 suất quà cho học sinh các trường tiểu học huyện Viêng Xay, tỉnh Hủa Phăn.\n\nMỗi suất quà gồm sách vở, cặp sách và đồ dùng học tập, tổng trị giá hơn 150 triệu đồng, do các doanh nghiệp trong tỉnh đóng góp.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Title, Blank, Body, Blank]);
    assert_eq!(c.meta.date.as_deref(), Some("2024-10-02"));
    let p = texts(&c);
    assert_eq!(
        p[0],
        (
            ParagraphKind::Title,
            "Thanh Hóa trao quà cho học sinh huyện Viêng Xay nhân dịp năm học mới"
        )
    );
    assert_eq!(p[1].0, ParagraphKind::Lead);
    assert!(p[1].1.starts_with("Sáng 1/10, đoàn công tác"));
}

#[test]
fn a_sentence_first_is_a_lead_not_a_headline() {
    let c = run("Trong hai ngày 5 và 6/3, tại tỉnh Attapeu, hai bên tổ chức hội đàm.\n\nHai bên thống nhất nhiều nội dung.\n");
    assert_eq!(c.lines[0], Lead);
    assert_eq!(c.meta.title, None);
}

#[test]
fn an_author_line_ends_the_story_and_teasers_after_it_go() {
    let input = "\
Hai đồn biên phòng kết nghĩa với đại đội bạn

Ngày 14/3, Đồn Biên phòng Thanh Thủy tổ chức lễ kết nghĩa với Đại đội Biên phòng 252 (Lào).

Hai đơn vị cam kết phối hợp tuần tra, trao đổi thông tin, giữ vững an ninh trật tự khu vực biên giới, ngăn chặn mua bán người và ma túy qua biên giới.

LÊ THẠCH
Theo Báo Nghệ An

Nghệ An tổ chức hội nghị xúc tiến đầu tư tại Viêng Chăn, thu hút nhiều doanh nghiệp Lào tham dự.

Chiều 12/3, Tỉnh ủy Nghệ An làm việc với đoàn công tác tỉnh Xiêng Khoảng.
";
    let c = run(input);
    assert_eq!(&c.lines[6..9], &[Byline, Byline, Blank]);
    assert!(c.lines[9..].iter().all(|l| matches!(l, Drop | Blank)));
    assert_eq!(c.meta.byline.as_deref(), Some("LÊ THẠCH"));
}

#[test]
fn dated_author_line_and_section_dateline() {
    let input = "\
Kinh tế

Hai tỉnh mở thêm chuyến xe khách liên vận

Thu Hà - Minh Đức 09:12 03/04/2025

Từ ngày 1/4, tuyến xe khách liên vận Vinh - Viêng Chăn tăng lên 4 chuyến mỗi ngày, đáp ứng nhu cầu đi lại của người dân hai nước.

Quốc tế
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![Drop, Blank, Title, Blank, Byline, Blank, Lead, Blank, Drop, Blank]
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Thu Hà - Minh Đức"));
    assert_eq!(c.meta.date.as_deref(), Some("2025-04-03"));
    let c = run("Tiêu đề về hợp tác hai tỉnh\n\nQuốc phòng 12-06-2024\n\nNội dung bài báo.\n");
    assert_eq!(c.lines[2], Meta);
    assert_eq!(c.meta.date.as_deref(), Some("2024-06-12"));
}

#[test]
fn a_short_tag_word_closing_the_page_is_dropped() {
    let c = run("Tiêu đề về hợp tác hai tỉnh\n\nHai bên trao đổi kinh nghiệm xây dựng nông thôn mới tại huyện.\n\nBiên giới\n");
    assert_eq!(c.lines[4], Drop);
}

#[test]
fn links_to_other_stories_inside_the_page_are_dropped() {
    let input = "\
• Báo Gia Lai điện tử
Gia Lai và Attapeu hợp tác phát triển cà phê
09:20 | 12/06/2024 GMT+7
Ngày 11/6, UBND tỉnh Gia Lai làm việc với đoàn công tác tỉnh Attapeu về hợp tác trồng và chế biến cà phê.
Kon Tum: Khánh thành trường học tặng tỉnh Attapeu
Xuất khẩu nông sản qua cửa khẩu Bờ Y tăng mạnh
![]() |
Hai bên trao đổi tại buổi làm việc, trong đó nhấn mạnh vai trò của doanh nghiệp trong liên kết vùng nguyên liệu, chế biến và tiêu thụ cà phê cho nông dân hai tỉnh. |
Hai tỉnh giao các sở, ngành liên quan xây dựng đề án cụ thể, trình lãnh đạo hai bên trong quý III năm 2024.
";
    let c = run(input);
    assert_eq!(
        c.lines,
        vec![Drop, Title, Meta, Lead, Drop, Drop, Drop, Caption, Body, Blank]
    );
    assert_eq!(c.meta.date.as_deref(), Some("2024-06-12"));
}

#[test]
fn capitalised_subheadings_do_not_end_the_story() {
    let input = "\
Hai huyện kết nghĩa hợp tác toàn diện

Ngày 9/4, huyện Kỳ Sơn (Nghệ An) và huyện Mường Mốc (Xiêng Khoảng) tổ chức hội đàm thường niên.

Hai bên đánh giá cao kết quả phối hợp bảo vệ biên giới, phòng chống tội phạm ma túy trong năm qua, khi lực lượng chức năng hai huyện đã triệt phá 12 vụ án.

TĂNG CƯỜNG HỢP TÁC KINH TẾ

Hai huyện thống nhất mở rộng giao thương qua cửa khẩu Nậm Cắn, hỗ trợ người dân phát triển chăn nuôi và trồng cây ăn quả trong những năm tới.

Phan Quỳnh
";
    let c = run(input);
    assert_eq!(c.lines[8], Body);
    assert_eq!(c.lines[10], Byline);
}

#[test]
fn a_caption_given_twice_does_not_end_the_story() {
    let input = "\
Đoàn công tác tỉnh Luang Namtha thăm tỉnh Điện Biên

Ngày 20/1, đoàn công tác tỉnh Luang Namtha do Phó Tỉnh trưởng dẫn đầu đã đến thăm, chúc Tết tỉnh Điện Biên.

Hai bên đã trao đổi về kết quả hợp tác năm qua, nhất là trong đào tạo cán bộ, y tế và bảo vệ biên giới.

Lãnh đạo hai tỉnh chụp ảnh lưu niệm

Lãnh đạo hai tỉnh chụp ảnh lưu niệm

Tỉnh Điện Biên cũng đã tặng quà cho các thành viên trong đoàn nhân dịp đón Tết cổ truyền.

Thanh Bình
";
    let c = run(input);
    assert_eq!(c.lines[6], Caption);
    assert_eq!(c.lines[8], Caption);
    assert_eq!(c.lines[10], Body);
    assert_eq!(c.lines[12], Byline);
}

#[test]
fn author_line_under_the_sapo() {
    let input = "Báo Hà Tĩnh\nHà Tĩnh và Khăm Muồn ký kết hợp tác giai đoạn mới\nHai tỉnh ký biên bản ghi nhớ hợp tác giai đoạn 2026 - 2030 trên nhiều lĩnh vực.\nThu Trang\nSáng 6/1, tại thành phố Hà Tĩnh, lãnh đạo hai tỉnh đã hội đàm và ký kết biên bản ghi nhớ hợp tác.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Drop, Title, Lead, Byline, Body, Blank]);
    assert_eq!(c.meta.byline.as_deref(), Some("Thu Trang"));
}

/// A small deterministic generator (xorshift) for the robustness test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 1_000_003) as usize
    }
}

#[test]
fn random_fragments_never_break_the_invariants() {
    const PIECES: &[&str] = &[
        "Hai bên",
        " ký kết",
        " hợp tác",
        ".",
        ",",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "Ảnh:",
        " Ảnh: B.T",
        "(QNO) - ",
        "TPO - ",
        " date 2025-05 ",
        "16/09/2025 15:38 GMT +7",
        "![](a.jpg)",
        "3.jpg",
        "| ",
        " |",
        "Tin liên quan",
        "Đọc thêm",
        "[Video] ",
        "...",
        "…",
        "Quốc phòng ",
        "Văn Chung",
        "Nguyễn Thanh Hải (CTV)",
        "“",
        "”",
        "(",
        ")",
        "[",
        "]",
        "Ngày 22/5, ",
        "\u{feff}",
        "\u{200b}",
        "e\u{301}",
        "Hoà",
        "😀",
        "ສະບາຍດີ",
        "\t",
        "**",
        "# ",
        "A- A A+",
        "Theo TTXVN",
        "Đồng chí ",
        "đã ",
        ":",
        ";",
        "-",
        "–",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let n = rng.next() % 60;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(PIECES[rng.next() % PIECES.len()]);
        }
        for tone in [ToneStyle::AsWritten, ToneStyle::New] {
            let c = clean(
                &s,
                &Options {
                    tone,
                    ..Options::default()
                },
            );
            assert_eq!(c.lines.len(), s.split('\n').count(), "{s:?}");
            let mut last_line = 0;
            for (k, p) in c.paragraphs.iter().enumerate() {
                let text = c
                    .text
                    .get(p.span.clone())
                    .expect("spans on char boundaries");
                assert!(!text.is_empty() && !text.contains('\n'), "{s:?}");
                assert!(c.lines[p.line].is_kept(), "{s:?}");
                assert!(p.line >= last_line, "{s:?}");
                last_line = p.line;
                if k > 0 {
                    assert_eq!(c.paragraphs[k - 1].span.end + 1, p.span.start, "{s:?}");
                }
            }
            for (i, l) in c.lines.iter().enumerate() {
                if l.is_kept() {
                    assert!(c.paragraphs.iter().any(|p| p.line == i), "{s:?}");
                }
            }
        }
    }
}

#[test]
fn metadata_lines_alone() {
    let input = "\
date 2023-11-20
Hai huyện biên giới trao đổi đoàn
(BSL) -
Sáng 19/11, huyện Sốp Cộp tiếp đoàn công tác huyện Mường Ét (Hủa Phăn) sang thăm và làm việc.
Lãnh đạo hai huyện trao đổi tại buổi làm việc.
Ảnh: Quàng Hiếu
";
    let c = run(input);
    assert_eq!(c.lines, vec![Meta, Title, Meta, Lead, Caption, Meta, Blank]);
    assert_eq!(c.meta.date.as_deref(), Some("2023-11-20"));
    assert_eq!(c.meta.source_tag.as_deref(), Some("BSL"));
    assert_eq!(c.meta.credits, vec!["Quàng Hiếu"]);
}

#[test]
fn a_related_box_inside_the_story() {
    let input = "\
Quân khu 4 hỗ trợ Lào xây dựng trường học

Ngày 2/3, Bộ Tư lệnh Quân khu 4 bàn giao công trình trường tiểu học tặng huyện Xay Chăm Phon, tỉnh Bolikhamxay.

Công trình gồm 6 phòng học, nhà công vụ cho giáo viên và sân chơi, với tổng kinh phí hơn 3 tỷ đồng do Quân khu 4 vận động các doanh nghiệp đóng góp, hoàn thành sau 5 tháng thi công.

Tin liên quan

Nghệ An trao học bổng cho lưu học sinh Lào

Phát biểu tại lễ bàn giao, đại diện Bộ Tư lệnh Quân khu 4 mong muốn nhà trường sử dụng hiệu quả công trình, góp phần nâng cao chất lượng dạy và học cho con em các bộ tộc Lào trên địa bàn huyện.

Thay mặt chính quyền địa phương, Huyện trưởng huyện Xay Chăm Phon cảm ơn sự giúp đỡ quý báu của Quân khu 4 và khẳng định sẽ bảo quản, sử dụng công trình đúng mục đích, hiệu quả lâu dài.
";
    let c = run(input);
    assert_eq!(c.lines[6], Drop);
    assert_eq!(c.lines[8], Drop);
    assert_eq!(c.lines[10], Body);
    assert_eq!(c.lines[12], Body);
}

#[test]
fn a_list_of_titles_with_summaries_ends_the_story() {
    let input = "\
Hai tỉnh tổ chức giao lưu văn hóa

Tối 8/3, tỉnh Quảng Trị và tỉnh Salavan tổ chức đêm giao lưu văn hóa tại thành phố Đông Hà.

Chương trình gồm nhiều tiết mục ca múa nhạc đặc sắc của hai nước, thu hút hàng nghìn người dân đến xem và cổ vũ nhiệt tình.

Đọc thêm

Quảng Trị mở lớp tiếng Việt cho cán bộ Lào

Lớp học kéo dài 6 tháng, dành cho 40 cán bộ các sở, ngành của tỉnh Salavan và Savannakhet, do Trường Chính trị tỉnh Quảng Trị đảm nhận giảng dạy.

Khai trương tuyến xe buýt liên vận Đông Hà - Savannakhet

Tuyến xe buýt chạy mỗi ngày 4 chuyến, giúp người dân và du khách hai nước đi lại thuận tiện hơn, thời gian hành trình khoảng 5 giờ cho toàn tuyến.
";
    let c = run(input);
    assert!(c.lines[6..].iter().all(|l| matches!(l, Drop | Blank)));
}

#[test]
fn a_captioned_photo_above_the_headline() {
    let input = "![](https://baodienbien.vn/a.jpg)\nĐoàn công tác thăm bản Huổi Puốc. Ảnh: Quang Hưng\nĐiện Biên tặng quà đồng bào các bộ tộc Lào\nChiều 12/1, đoàn công tác tỉnh Điện Biên đã trao 300 suất quà cho đồng bào tỉnh Phông Sa Lỳ.\n";
    let c = run(input);
    assert_eq!(c.lines, vec![Drop, Caption, Title, Lead, Blank]);
    assert_eq!(c.meta.credits, vec!["Quang Hưng"]);
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Điện Biên tặng quà đồng bào các bộ tộc Lào")
    );
}

#[test]
fn subheadings_in_capitals_do_not_end_the_story() {
    let a = "Hai huyện biên giới Việt - Lào tăng cường hợp tác toàn diện\n\n\
        Ngày 5/6, tại huyện Mường Lát, UBND huyện Mường Lát hội đàm với huyện Viêng Xay, tỉnh Hủa Phăn (Lào).\n\n\
        Hai bên đánh giá kết quả hợp tác năm 2024, trong đó nổi bật là công tác phối hợp bảo vệ biên giới.\n\n\
        TÌNH HỮU NGHỊ\n\n\
        Năm 2024, huyện Mường Lát đã hỗ trợ huyện Viêng Xay 20 tấn gạo, 300 bộ quần áo ấm cho học sinh, với tổng trị giá hơn 500 triệu đồng. Hai bên tổ chức 4 đợt giao lưu.\n\n\
        Hà Minh\n";
    let c = run(a);
    assert_eq!(c.lines[6], Body);
    assert_eq!(c.lines[8], Body);
    assert_eq!(c.lines[10], Byline);
    assert_eq!(c.meta.byline.as_deref(), Some("Hà Minh"));
}

#[test]
fn counters_share_bars_and_view_counts_are_furniture() {
    let a = "Lưu học sinh Lào tại Đà Nẵng vui Tết Bunpimay\n\
        Chia sẻ Facebook Zalo\n\
        Lượt xem: 1.027\n\
        Lưu học sinh Lào tại Đà Nẵng đón Tết cổ truyền trong không khí ấm áp.\n\
        ![](https://baodanang.vn/a.jpg)\n\
        2/6\n\
        Lưu học sinh Lào múa lăm vông\n\
        00:00 / 02:41\n";
    let c = run(a);
    assert_eq!(c.lines[..4], [Title, Drop, Drop, Lead]);
    assert_eq!(c.lines[5], Drop);
    assert_eq!(c.lines[6], Caption);
    assert_eq!(c.lines[7], Drop);
}

#[test]
fn section_labels_and_site_names_around_the_headline_are_dropped() {
    let a = "Quân đội nhân dân\n\
        Hoạt động đối ngoại\n\
        Bộ CHQS tỉnh Kon Tum hội đàm với Bộ CHQS tỉnh Attapeu\n\
        Báo Kon Tum điện tử\n\
        (Chinhphu.vn) - Ngày 8/5, tại thành phố Kon Tum, hai bên hội đàm về hợp tác bảo vệ biên giới.\n";
    let c = run(a);
    assert_eq!(c.lines[..5], [Drop, Drop, Title, Drop, Lead]);
    assert_eq!(c.meta.source_tag.as_deref(), Some("Chinhphu.vn"));
    // A short headline above its sapo stays the headline.
    let c = run("Nghĩa tình biên giới\nNgày 8/5, Đồn Biên phòng Bờ Y trao 30 suất quà cho bà con bản Pa Lai.\n");
    assert_eq!(c.lines[..2], [Title, Lead]);
}

#[test]
fn late_source_tags_arrows_ranks_and_bracketed_credits() {
    let a = "Hai tỉnh Nghệ An - Xiêng Khoảng ký kết biên bản hợp tác\n\
        Cập nhật lúc 08:00\n\
        (Baonghean.vn) - Chiều 3/9, hai tỉnh ký kết biên bản hợp tác năm 2026.\n\
        👉 Xem thêm: Nghệ An tặng quà học sinh Lào\n\
        Lãnh đạo hai tỉnh ký kết biên bản. Ảnh: Trần Châu (Báo Nghệ An)\n\
        Hai bên thống nhất tăng cường hợp tác trong lĩnh vực giáo dục, y tế và nông nghiệp, nhất là đào tạo nguồn nhân lực.\n\
        Thiếu tá NGUYỄN ĐỨC HÙNG\n";
    let c = run(a);
    assert_eq!(c.meta.source_tag.as_deref(), Some("Baonghean.vn"));
    assert_eq!(c.lines[3], Drop);
    assert_eq!(c.lines[4], Caption);
    assert_eq!(c.meta.credits, vec!["Trần Châu (Báo Nghệ An)"]);
    assert_eq!(c.lines[6], Byline);
    assert!(c.text.contains("\nChiều 3/9, hai tỉnh"));
}

#[test]
fn a_sector_opening_the_headline_is_its_subject() {
    let c = run("Biên phòng Nghệ An và Xiêng Khoảng giao ban định kỳ quý III\n\nNgày 2/10, hai bên giao ban tại Đồn Biên phòng Nậm Cắn.\n");
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Biên phòng Nghệ An và Xiêng Khoảng giao ban định kỳ quý III")
    );
    let c = run(
        "Y tế Hà Tĩnh hỗ trợ tỉnh Bolykhămxay đào tạo điều dưỡng\n\nNgày 2/10, hai bên ký kết.\n",
    );
    assert!(c
        .meta
        .title
        .as_deref()
        .unwrap_or("")
        .starts_with("Y tế Hà Tĩnh"));
    // A site's section word before the headline still goes.
    let c = run("Thời sự Nghệ An và Xiêng Khoảng giao ban định kỳ quý III\n\nNgày 2/10, hai bên giao ban.\n");
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Nghệ An và Xiêng Khoảng giao ban định kỳ quý III")
    );
}

#[test]
fn source_lines_end_the_story_and_repeated_sapos_go() {
    let a = "Quảng Bình trao tặng 30 nhà đại đoàn kết cho tỉnh Khăm Muồn | Vietnam+\n\
        Ngày 9/5, tại huyện Bua La Pha, tỉnh Quảng Bình bàn giao 30 ngôi nhà đại đoàn kết cho các hộ nghèo của tỉnh Khăm Muồn (Lào).\n\
        Ngày 9/5, tại huyện Bua La Pha, tỉnh Quảng Bình bàn giao 30 ngôi nhà đại đoàn kết cho các hộ nghèo của tỉnh Khăm Muồn (Lào).\n\
        Mỗi ngôi nhà trị giá 80 triệu đồng, do các doanh nghiệp của tỉnh Quảng Bình đóng góp xây dựng trong 6 tháng.\n\
        Theo TTXVN\n\
        Quảng Bình đón đoàn đại biểu tỉnh Savannakhet\n\
        Chiều 8/5, lãnh đạo tỉnh Quảng Bình tiếp đoàn đại biểu tỉnh Savannakhet do Phó Tỉnh trưởng làm trưởng đoàn sang thăm và làm việc.\n";
    let c = run(a);
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Quảng Bình trao tặng 30 nhà đại đoàn kết cho tỉnh Khăm Muồn")
    );
    assert_eq!(c.lines[..7], [Title, Lead, Drop, Body, Byline, Drop, Drop]);
    assert_eq!(c.meta.byline.as_deref(), Some("Theo TTXVN"));
}

#[test]
fn a_source_line_under_a_caption_is_its_credit() {
    let a = "Hai nước ký kết hiệp định hợp tác giao thông\n\
        Ngày 4/3, tại Viêng Chăn, Bộ Giao thông vận tải hai nước ký kết hiệp định hợp tác.\n\
        Hai bộ trưởng ký kết hiệp định.\n\
        Nguồn: Vietnam+\n\
        Theo hiệp định, hai bên phối hợp xây dựng tuyến đường sắt Viêng Chăn - Vũng Áng, nghiên cứu mở thêm các tuyến vận tải hành khách quốc tế.\n\
        Hai bên giao các cơ quan chức năng xây dựng kế hoạch triển khai, báo cáo lãnh đạo hai bộ trước tháng 6.\n\
        Bạn đang xem bài viết Hai nước ký kết hiệp định hợp tác giao thông\n";
    let c = run(a);
    assert_eq!(c.lines[..7], [Title, Lead, Caption, Meta, Body, Body, Drop]);
    assert_eq!(c.meta.credits, vec!["Vietnam+"]);
}

#[test]
fn trailing_titles_with_summaries_are_dropped() {
    let a = "Hà Giang trao quà cho học sinh tỉnh Phông Sa Lỳ\n\
        Ngày 3/6, Sở Giáo dục tỉnh Điện Biên trao 200 suất quà cho học sinh tỉnh Phông Sa Lỳ.\n\
        Mỗi suất quà gồm sách vở, quần áo và 300 nghìn đồng tiền mặt, tổng trị giá 100 triệu đồng.\n\
        Điện Biên: Khai mạc Hội báo Xuân 2025\n\
        Sáng 2/6, tại Bảo tàng tỉnh, Sở Văn hóa khai mạc Hội báo Xuân.\n\
        Tuần Giáo tổ chức lễ tiễn quân\n\
        Chiều 1/6, huyện Tuần Giáo tổ chức lễ tiễn 320 thanh niên lên đường nhập ngũ.\n";
    let c = run(a);
    assert_eq!(c.lines[..7], [Title, Lead, Body, Drop, Drop, Drop, Drop]);
    // One title and a dated paragraph under it is story text.
    let b = "Hà Giang trao quà cho học sinh tỉnh Phông Sa Lỳ\n\
        Ngày 3/6, Sở Giáo dục tỉnh Điện Biên trao 200 suất quà cho học sinh tỉnh Phông Sa Lỳ.\n\
        Kết quả hợp tác năm học 2024 - 2025\n\
        Ngày 1/6, hai sở đã tổng kết năm học và ký kết kế hoạch năm học mới.\n";
    let c = run(b);
    assert!(c.lines[3].is_kept());
}

#[test]
fn a_teaser_tag_opening_the_page_heads_a_photo_story() {
    let a = "[Video] Tuần tra song phương trên tuyến biên giới Quảng Bình - Khăm Muồn\n\
        08:30 | 12/10/2025 | Minh Tuấn\n\
        Ngày 11/10, Đồn Biên phòng Cà Xèng phối hợp với Đại đội 2 tuần tra song phương trên tuyến biên giới.\n\
        [Video] Giao lưu bóng đá tại Cửa khẩu Cha Lo\n";
    let c = run(a);
    assert_eq!(c.lines[..4], [Title, Byline, Lead, Drop]);
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Tuần tra song phương trên tuyến biên giới Quảng Bình - Khăm Muồn")
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Minh Tuấn"));
    assert_eq!(c.meta.date.as_deref(), Some("2025-10-12"));
}

#[test]
fn a_menu_above_the_headline_is_dropped() {
    let a = "Trang chủ\nTin tức\nĐối ngoại\nBiên giới\nMultimedia\nVideo\n\
        Sơn La trao tặng nhà văn hóa cho bản biên giới của tỉnh Hủa Phăn\n\
        Ngày 2/5, tại huyện Xốp Bâu, tỉnh Sơn La bàn giao nhà văn hóa bản Nà Khà cho chính quyền địa phương.\n";
    let c = run(a);
    assert!(c.lines[..6].iter().all(|l| !l.is_kept()));
    assert_eq!(c.lines[6..8], [Title, Lead]);
}

#[test]
fn a_table_layout_does_not_make_captions() {
    let a = "| Hai huyện biên giới ký kết biên bản hợp tác năm 2025 |\n\
        | Ngày 18/3, tại huyện Mường Lát, UBND huyện Mường Lát và huyện Viêng Xay ký kết biên bản hợp tác năm 2025. |\n\
        | Hai bên thống nhất phối hợp chặt chẽ trong quản lý, bảo vệ biên giới, phòng chống tội phạm ma túy. |\n\
        | Hai huyện sẽ tổ chức giao lưu văn hóa, thể thao vào dịp Tết cổ truyền của mỗi nước. |\n";
    let c = run(a);
    assert_eq!(c.lines[..4], [Title, Lead, Body, Body]);
}

#[test]
fn bold_and_heading_subheadings_are_body() {
    let a = "Hai tỉnh đẩy mạnh hợp tác du lịch qua Hành lang kinh tế Đông - Tây\n\
        Ngày 2/8, tại thành phố Savannakhet, Sở Du lịch hai tỉnh Quảng Trị và Savannakhet ký kết kế hoạch hợp tác.\n\
        **Kết nối tour, tuyến**\n\
        Hai bên thống nhất xây dựng tour du lịch \"Một hành trình - ba quốc gia\", quảng bá tới du khách trong nước và quốc tế.\n\
        ## Đào tạo nhân lực\n\
        Tỉnh Quảng Trị sẽ hỗ trợ đào tạo 30 hướng dẫn viên du lịch nói tiếng Việt cho tỉnh Savannakhet trong năm 2025.\n";
    let c = run(a);
    assert_eq!(c.lines[..6], [Title, Lead, Body, Body, Body, Body]);
    assert!(c.text.contains("\nKết nối tour, tuyến\n"));
}

#[test]
fn a_description_above_the_headline_is_dropped() {
    let a = "Ngày 9/9, tại tỉnh Champasak (Lào), Bộ CHQS tỉnh Kon Tum bàn giao công trình nhà ở cho cán bộ, chiến sĩ đơn vị bạn.\n\
        Kon Tum bàn giao công trình nhà ở cho Bộ CHQS tỉnh Champasak\n\
        Ngày 9/9, tại tỉnh Champasak (Lào), Bộ CHQS tỉnh Kon Tum bàn giao công trình nhà ở cho cán bộ, chiến sĩ đơn vị bạn.\n\
        Công trình có tổng kinh phí 3 tỷ đồng, gồm 8 căn hộ, được xây dựng trong 6 tháng.\n";
    let c = run(a);
    assert_eq!(c.lines[..4], [Drop, Title, Lead, Body]);
}

#[test]
fn lists_of_the_story_are_not_links() {
    let a = "Hai tỉnh thống nhất kế hoạch hợp tác năm 2026\n\
        Ngày 9/12, hai tỉnh Hà Tĩnh và Bolykhămxay thống nhất kế hoạch hợp tác năm 2026.\n\
        Kế hoạch tập trung vào:\n\
        + Thương mại qua Cửa khẩu quốc tế Cầu Treo\n\
        + Đào tạo nguồn nhân lực\n\
        Hai bên giao các sở, ngành xây dựng chương trình cụ thể, báo cáo lãnh đạo hai tỉnh trong quý I năm 2026.\n\
        Hà Tĩnh đón đoàn đại biểu tỉnh Khăm Muồn\n\
        Cầu Treo thông quan hàng hóa dịp cuối năm\n";
    let c = run(a);
    assert_eq!(c.lines[3..5], [Body, Body]);
    assert_eq!(c.lines[6..8], [Drop, Drop]);
}

#[test]
fn same_key_answers_as_the_whole_key() {
    let k = super::lexicon::key("Hai huyện biên giới ký kết thoả thuận hợp tác");
    for t in [
        "Hai huyện biên giới ký kết thoả thuận hợp tác",
        "HAI HUYỆN BIÊN GIỚI KÝ KẾT THỎA THUẬN HỢP TÁC",
        "Hai huyện biên giới ký kết thoả thuận hợp tác năm 2025",
        "Hai huyện biên giới ký kết",
        "Hai\u{a0}huyện biên giới ký kết thoả thuận hợp tác ",
        "Hai huyện ΣΑΣ",
        "",
    ] {
        assert_eq!(super::same_key(t, &k), super::lexicon::key(t) == k, "{t:?}");
    }
    assert!(super::same_key("", ""));
}
