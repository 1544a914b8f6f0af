//! Tests with sentences written for them (not taken from the seed articles).

use super::extract;
use crate::document::{Entity, EntityType, Paragraph, ParagraphKind};

fn ents(text: &str) -> Vec<Entity> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (i, line) in text.split('\n').enumerate() {
        paragraphs.push(Paragraph {
            kind: if i == 0 {
                ParagraphKind::Title
            } else {
                ParagraphKind::Body
            },
            span: start..start + line.len(),
            line: i,
        });
        start += line.len() + 1;
    }
    let e = extract(text, &paragraphs, &[]);
    for x in &e {
        assert!(text.get(x.span.clone()).is_some(), "span {:?} off", x.span);
    }
    e
}

fn of(e: &[Entity], kind: EntityType) -> Vec<String> {
    e.iter()
        .filter(|x| x.kind == kind)
        .map(|x| x.canonical.clone())
        .collect()
}

fn person<'a>(e: &'a [Entity], name: &str) -> &'a Entity {
    e.iter()
        .find(|x| x.kind == EntityType::Person && x.name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no person {name} in {e:#?}"))
}

fn has(e: &[Entity], kind: EntityType, canonical: &str) -> bool {
    e.iter().any(|x| x.kind == kind && x.canonical == canonical)
}

#[test]
fn every_rank_goes_to_title() {
    for rank in [
        "Thiếu úy",
        "Trung úy",
        "Thượng úy",
        "Đại úy",
        "Thiếu tá",
        "Trung tá",
        "Thượng tá",
        "Đại tá",
        "Thiếu tướng",
        "Trung tướng",
        "Thượng tướng",
        "Đại tướng",
    ] {
        let text = format!("Sáng nay, {rank} Lò Văn Páo dẫn tổ tuần tra lên cột mốc.");
        let e = ents(&text);
        let p = person(&e, "Lò Văn Páo");
        assert_eq!(p.title.as_deref(), Some(rank));
        assert_eq!(&text[p.span.clone()], "Lò Văn Páo");
    }
}

#[test]
fn rank_wins_over_dong_chi_and_honorifics_are_titles() {
    let e = ents("Đồng chí Thượng tá Đinh Công Sơn phát biểu, sau đó ông Hà Minh Đức và bà Trần Thị Mai tặng quà.");
    assert_eq!(
        person(&e, "Đinh Công Sơn").title.as_deref(),
        Some("Thượng tá")
    );
    assert_eq!(person(&e, "Hà Minh Đức").title.as_deref(), Some("ông"));
    assert_eq!(person(&e, "Trần Thị Mai").title.as_deref(), Some("bà"));
}

#[test]
fn offices_before_and_after_names_go_to_role() {
    let e = ents(
        "Phó Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh tiếp Đại tá Sổm Xay Vi Lay Phăn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng.",
    );
    let vn = person(&e, "Lê Hồng Vinh");
    assert_eq!(vn.role.as_deref(), Some("Phó Chủ tịch UBND tỉnh Nghệ An"));
    assert_eq!(vn.country.as_deref(), Some("VN"));
    let la = person(&e, "Sổm Xay Vi Lay Phăn");
    assert_eq!(la.title.as_deref(), Some("Đại tá"));
    assert_eq!(
        la.role.as_deref(),
        Some("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng")
    );
    assert_eq!(la.country.as_deref(), Some("LA"));
    // Organisations named inside an office are entities.
    assert!(has(&e, EntityType::Org, "Ủy ban nhân dân tỉnh Nghệ An"));
    assert!(has(
        &e,
        EntityType::Org,
        "Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng"
    ));
}

#[test]
fn lao_offices_and_names() {
    let e = ents(
        "Bí thư - Huyện trưởng huyện Xê Pôn Khăm Phoong Sỉ Vông Xay cảm ơn Tỉnh trưởng tỉnh Salavan Bun Thông Đi Vi Xay.",
    );
    let a = person(&e, "Khăm Phoong Sỉ Vông Xay");
    assert_eq!(
        a.role.as_deref(),
        Some("Bí thư - Huyện trưởng huyện Xê Pôn")
    );
    assert_eq!(a.country.as_deref(), Some("LA"));
    let b = person(&e, "Bun Thông Đi Vi Xay");
    assert_eq!(b.role.as_deref(), Some("Tỉnh trưởng tỉnh Salavan"));
}

#[test]
fn names_end_at_commas_and_va() {
    let e = ents("Thiếu tướng Vi Văn Mạnh và Đại tá Phoong Sa Vẳn, Phó Chính ủy, cùng dự.");
    assert_eq!(
        person(&e, "Vi Văn Mạnh").title.as_deref(),
        Some("Thiếu tướng")
    );
    let p = person(&e, "Phoong Sa Vẳn");
    assert_eq!(p.role.as_deref(), Some("Phó Chính ủy"));
}

#[test]
fn full_names_without_context_and_later_mentions() {
    let e = ents(
        "Trung tá Hồ Sỹ Bằng lên đường.\nSau đó, Hồ Sỹ Bằng và Lương Văn Khánh trở về đơn vị.",
    );
    let n = e
        .iter()
        .filter(|x| x.kind == EntityType::Person && x.canonical == "Hồ Sỹ Bằng")
        .count();
    assert_eq!(n, 2);
    assert!(has(&e, EntityType::Person, "Lương Văn Khánh"));
}

#[test]
fn every_lao_province_spelling_in_a_sentence() {
    for (written, name) in [
        ("Hủa Phăn", "Hủa Phăn"),
        ("Houaphanh", "Hủa Phăn"),
        ("Sê Kông", "Sê Kông"),
        ("Xê Kông", "Sê Kông"),
        ("Sekong", "Sê Kông"),
        ("Khăm Muộn", "Khăm Muồn"),
        ("Bô-ly-khăm-xay", "Bolykhămxay"),
        ("Bolikhamxay", "Bolykhămxay"),
        ("Xiêng Khoảng", "Xiêng Khoảng"),
        ("Luông Pha Băng", "Luông Pha Băng"),
        ("Luang Prabang", "Luông Pha Băng"),
        ("Savannakhet", "Savannakhet"),
        ("Xa Văn Na Khệt", "Savannakhet"),
        ("Salavan", "Salavan"),
        ("Sa La Van", "Salavan"),
        ("Chăm Pa Sắc", "Chăm Pa Sắc"),
        ("Attapư", "Attapư"),
        ("Phông Sa Lỳ", "Phông Sa Lỳ"),
        ("U Đôm Xay", "U Đôm Xay"),
        ("Bò Kẹo", "Bò Kẹo"),
        ("Luông Nậm Thà", "Luông Nậm Thà"),
        ("Xay Nha Bu Ly", "Xay Nha Bu Ly"),
        ("Xay Sổm Bun", "Xay Sổm Bun"),
        ("Viêng Chăn", "Viêng Chăn"),
    ] {
        let text = format!("Đoàn công tác đã sang thăm tỉnh {written} vào tháng trước.");
        let e = ents(&text);
        let loc = e
            .iter()
            .find(|x| x.kind == EntityType::Loc)
            .unwrap_or_else(|| panic!("{written}: {e:?}"));
        assert_eq!(loc.name.as_deref(), Some(name), "{written}");
        assert_eq!(loc.level.as_deref(), Some("tỉnh"));
        assert_eq!(loc.country.as_deref(), Some("LA"));
        assert_eq!(&text[loc.span.clone()], format!("tỉnh {written}"));
    }
}

#[test]
fn tone_case_and_run_together_variants_are_one_place() {
    let e = ents("Huyện Con Cuông (Nghệ An) và huyện Xamtay kết nghĩa.\nĐoàn của Nghệ An sang Xăm Tảy, rồi về Nghệ An.");
    let xt: Vec<_> = e
        .iter()
        .filter(|x| x.name.as_deref() == Some("Sầm Tớ"))
        .collect();
    assert_eq!(xt.len(), 2, "{e:#?}");
    assert!(xt.iter().all(|x| x.canonical == "huyện Sầm Tớ"));
    let groups = super::group(&e);
    let na = groups.iter().find(|g| g.canonical == "Nghệ An").unwrap();
    assert_eq!(na.mentions.len(), 3);
}

#[test]
fn place_lists_give_each_place() {
    let e = ents("Lãnh đạo 3 tỉnh Quảng Bình, Quảng Trị, Hà Tĩnh và hai tỉnh Khăm Muồn - Savannakhet dự hội nghị.");
    let names: Vec<_> = e.iter().filter_map(|x| x.name.clone()).collect();
    assert_eq!(
        names,
        [
            "Quảng Bình",
            "Quảng Trị",
            "Hà Tĩnh",
            "Khăm Muồn",
            "Savannakhet"
        ]
    );
    assert!(e.iter().all(|x| x.level.as_deref() == Some("tỉnh")));
}

#[test]
fn bare_districts_need_level_evidence() {
    // `Kỳ Sơn` is a district: bare, it is kept only when written with its level somewhere.
    let e = ents("Đoàn về Kỳ Sơn làm việc.");
    assert!(of(&e, EntityType::Loc).is_empty(), "{e:?}");
    let e = ents("Đoàn về Kỳ Sơn làm việc.\nHuyện Kỳ Sơn có 3 xã biên giới.");
    assert_eq!(
        e.iter()
            .filter(|x| x.name.as_deref() == Some("Kỳ Sơn"))
            .count(),
        2
    );
    // ... or followed by its province.
    let e = ents("Khu di tích ở Thạch Hà (Hà Tĩnh) được trùng tu.");
    assert!(e.iter().any(|x| x.name.as_deref() == Some("Thạch Hà")));
}

#[test]
fn communes_villages_facilities_and_countries() {
    let e = ents(
        "Mô hình ở bản Pà Cò, xã Nậm Cắn và thị trấn Mường Xén được giới thiệu; hàng hóa qua Cửa khẩu quốc tế Nậm Cắn sang nước CHDCND Lào, rồi theo sông Mê Kông.",
    );
    for (name, level) in [
        ("Pà Cò", "bản"),
        ("Nậm Cắn", "xã"),
        ("Mường Xén", "thị trấn"),
        ("Cộng hòa Dân chủ Nhân dân Lào", "nước"),
        ("Mê Kông", "sông"),
    ] {
        assert!(
            e.iter()
                .any(|x| x.name.as_deref() == Some(name) && x.level.as_deref() == Some(level)),
            "{name}: {e:#?}"
        );
    }
    assert!(has(&e, EntityType::Loc, "Cửa khẩu quốc tế Nậm Cắn"));
}

#[test]
fn languages_are_not_places_but_nationalities_are() {
    let e = ents("Lớp học tiếng Lào dành cho quân tình nguyện Việt Nam.");
    assert_eq!(of(&e, EntityType::Loc), ["Việt Nam"]);
}

#[test]
fn organisation_heads_with_their_qualifiers() {
    for (text, canonical) in [
        ("Đoàn làm việc với Bộ Quốc phòng về dự án.", "Bộ Quốc phòng"),
        (
            "Đoàn làm việc với Bộ Tư lệnh BĐBP về dự án.",
            "Bộ Tư lệnh Bộ đội Biên phòng",
        ),
        (
            "Đoàn làm việc với Bộ CHQS tỉnh Quảng Bình.",
            "Bộ Chỉ huy quân sự tỉnh Quảng Bình",
        ),
        (
            "Đoàn làm việc với Bộ Chỉ huy BĐBP tỉnh Điện Biên.",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên",
        ),
        (
            "Đoàn làm việc với Ban CHQS huyện Mường Lát.",
            "Ban Chỉ huy quân sự huyện Mường Lát",
        ),
        (
            "Đoàn làm việc với UBND huyện Kỳ Sơn.",
            "Ủy ban nhân dân huyện Kỳ Sơn",
        ),
        (
            "Đoàn làm việc với HĐND tỉnh Kon Tum.",
            "Hội đồng nhân dân tỉnh Kon Tum",
        ),
        (
            "Đoàn làm việc với Ủy ban MTTQ tỉnh Lai Châu.",
            "Ủy ban Mặt trận Tổ quốc tỉnh Lai Châu",
        ),
        ("Đoàn làm việc với Tỉnh ủy Sơn La.", "Tỉnh ủy Sơn La"),
        (
            "Đoàn làm việc với Huyện ủy Quế Phong.",
            "Huyện ủy Quế Phong",
        ),
        (
            "Đoàn làm việc với Đảng ủy xã Tam Hợp.",
            "Đảng ủy xã Tam Hợp",
        ),
        (
            "Đoàn làm việc với Sở Ngoại vụ tỉnh Quảng Trị.",
            "Sở Ngoại vụ tỉnh Quảng Trị",
        ),
        (
            "Đoàn làm việc với Công an tỉnh Attapư.",
            "Công an tỉnh Attapư",
        ),
        ("Đoàn làm việc với Cục Đối ngoại.", "Cục Đối ngoại"),
        (
            "Đoàn làm việc với Tổng cục Chính trị.",
            "Tổng cục Chính trị",
        ),
        ("Đoàn làm việc với Quân khu 2.", "Quân khu 2"),
        ("Đoàn làm việc với Quân đoàn 12.", "Quân đoàn 12"),
        ("Đoàn làm việc với Sư đoàn 324.", "Sư đoàn 324"),
        ("Đoàn làm việc với Lữ đoàn 414.", "Lữ đoàn 414"),
        ("Đoàn làm việc với Trung đoàn 19.", "Trung đoàn 19"),
        (
            "Đoàn làm việc với Đồn Biên phòng Nậm Cắn.",
            "Đồn Biên phòng Nậm Cắn",
        ),
        (
            "Đoàn làm việc với Hội Nông dân tỉnh Yên Bái.",
            "Hội Nông dân tỉnh Yên Bái",
        ),
        (
            "Đoàn làm việc với Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An.",
            "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An",
        ),
        (
            "Đoàn làm việc với Trường Đại học Vinh.",
            "Trường Đại học Vinh",
        ),
        (
            "Đoàn làm việc với Bệnh viện Quân y 4.",
            "Bệnh viện Quân y 4",
        ),
        (
            "Đoàn làm việc với Công ty Cổ phần Mía đường.",
            "Công ty Cổ phần Mía đường",
        ),
        ("Đoàn làm việc với Báo Nhân Dân.", "Báo Nhân Dân"),
        (
            "Đoàn làm việc với Đài Tiếng nói Việt Nam.",
            "Đài Tiếng nói Việt Nam",
        ),
        (
            "Đoàn làm việc với Ủy ban biên giới tỉnh Phông Sa Lỳ.",
            "Ủy ban biên giới tỉnh Phông Sa Lỳ",
        ),
        ("Đoàn làm việc với Chính phủ Lào.", "Chính phủ Lào"),
        (
            "Đoàn làm việc với Ban Đối ngoại Trung ương.",
            "Ban Đối ngoại Trung ương",
        ),
        ("Hai nước hợp tác trong khuôn khổ ASEAN.", "ASEAN"),
        ("Hai nước hợp tác tại UNESCO.", "UNESCO"),
        ("Hai nước hợp tác tại Liên Hợp Quốc.", "Liên Hợp Quốc"),
    ] {
        let e = ents(text);
        assert_eq!(of(&e, EntityType::Org), [canonical], "{text}: {e:#?}");
    }
}

#[test]
fn shared_heads_and_places_split_into_one_org_each() {
    let e = ents("Bộ CHQS hai tỉnh Nghệ An - Xiêng Khoảng ký kết; Tỉnh ủy, UBND tỉnh Hà Giang chỉ đạo; Bộ Quốc phòng hai nước Việt Nam - Lào thống nhất.");
    let orgs = of(&e, EntityType::Org);
    assert_eq!(
        orgs,
        [
            "Bộ Chỉ huy quân sự tỉnh Nghệ An",
            "Bộ Chỉ huy quân sự tỉnh Xiêng Khoảng",
            "Tỉnh ủy tỉnh Hà Giang",
            "Ủy ban nhân dân tỉnh Hà Giang",
            "Bộ Quốc phòng Việt Nam",
            "Bộ Quốc phòng Lào",
        ]
    );
    // The shared-head expansion is the only overlap.
    assert_eq!(e[0].span, e[1].span);
    assert!(of(&e, EntityType::Loc).is_empty());
}

#[test]
fn shortened_later_mentions_join_the_full_name() {
    let e = ents(
        "Tổ Công tác của Bộ CHQS tỉnh Lai Châu lên đường.\nTổ Công tác đã hoàn thành nhiệm vụ.",
    );
    let full = "Tổ Công tác của Bộ Chỉ huy quân sự tỉnh Lai Châu";
    assert_eq!(of(&e, EntityType::Org), [full, full], "{e:#?}");
}

#[test]
fn generic_references_are_not_entities() {
    for text in [
        "Các đồn biên phòng và chính quyền địa phương phối hợp tuần tra.",
        "Đảng bộ, chính quyền và nhân dân hai tỉnh luôn đoàn kết.",
        "Hai Đảng, hai Nhà nước và nhân dân hai nước gắn bó.",
        "Bộ CHQS hai tỉnh đã ký kết biên bản.",
        "Ban Thường vụ Tỉnh ủy chỉ đạo sát sao.",
        "Hội nghị được tổ chức tại hội trường UBND huyện.",
        "Hai bên tiến hành Hội đàm và Hội thảo chuyên đề.",
        "Thủ trưởng các phòng, ban cơ quan dự họp.",
        "Trường hợp vi phạm sẽ bị xử lý; Báo cáo được gửi lên cấp trên.",
        "Nghị định thư về phân giới cắm mốc đã được thực hiện.",
        "Bà con dân bản phấn khởi đón ông bà về thăm.",
    ] {
        let e = ents(text);
        assert!(e.is_empty(), "{text}: {e:#?}");
    }
}

#[test]
fn bylines_and_credits_are_not_entities() {
    let e = ents(
        "Tiêu đề bài viết\nĐoàn thăm đồn biên phòng. Ảnh: Nguyễn Văn Hùng\nTrần Thị Thu Hà (CTV)",
    );
    assert!(of(&e, EntityType::Person).is_empty(), "{e:#?}");
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "\n\n",
        "🙂🙂 Đại tá",
        "tỉnh",
        "Bộ CHQS",
        "hai tỉnh Hà Tĩnh -",
        "Tỉnh ủy, Tỉnh ủy, Tỉnh ủy, Tỉnh ủy, Tỉnh ủy, Tỉnh ủy, Tỉnh ủy, Tỉnh ủy",
        "ĐẠI TÁ NGUYỄN VĂN A THĂM TỈNH HỦA PHĂN",
        "Thanh Hoá\u{0301}\u{0301} - Hủa Phăn",
        "(((((Lào)))))",
    ] {
        let _ = ents(text);
    }
    let long = "Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh, thăm tỉnh Khăm Muồn. "
        .repeat(2000);
    let e = ents(&long);
    assert_eq!(e.len(), 2000 * 3);
}

#[test]
fn longer_organisation_names() {
    for (text, canonical) in [
        (
            "Ban Quản lý Khu kinh tế tỉnh Quảng Trị đón đoàn.",
            "Ban Quản lý Khu kinh tế tỉnh Quảng Trị",
        ),
        (
            "Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái đón đoàn.",
            "Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái",
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên đón đoàn.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên",
        ),
        (
            "Đội K53 Bộ CHQS tỉnh Quảng Trị đón đoàn.",
            "Đội K53 Bộ Chỉ huy quân sự tỉnh Quảng Trị",
        ),
        (
            "Ban Chỉ đạo 515 tỉnh Quảng Nam đón đoàn.",
            "Ban Chỉ đạo 515 tỉnh Quảng Nam",
        ),
        ("Báo Quảng Trị đưa tin.", "Báo Quảng Trị"),
        (
            "Bộ Tổng Tham mưu QĐND Việt Nam chỉ đạo.",
            "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam",
        ),
        (
            "Cục Đối ngoại Bộ Quốc phòng chủ trì.",
            "Cục Đối ngoại Bộ Quốc phòng",
        ),
        (
            "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo tuần tra.",
            "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo",
        ),
        (
            "Hội Hữu nghị Việt Nam - Lào tỉnh Sơn La tổ chức gặp mặt.",
            "Hội Hữu nghị Việt Nam - Lào tỉnh Sơn La",
        ),
    ] {
        let e = ents(text);
        assert_eq!(of(&e, EntityType::Org), [canonical], "{text}: {e:#?}");
    }
    // A verb between a head and a place does not make an organisation.
    let e = ents("Bộ đội Biên phòng giúp đỡ xã Mường Típ thu hoạch lúa.");
    assert!(of(&e, EntityType::Org).is_empty(), "{e:#?}");
}

#[test]
fn level_words_with_descriptors_and_abbreviations() {
    let e =
        ents("Đoàn đến huyện biên giới Tương Dương, tỉnh bạn Hủa Phăn, TP. Đồng Hới và TP Vinh.");
    let names: Vec<_> = e.iter().filter_map(|x| x.name.clone()).collect();
    assert_eq!(names, ["Tương Dương", "Hủa Phăn", "Đồng Hới", "Vinh"]);
    assert_eq!(e[2].canonical, "thành phố Đồng Hới");
}

#[test]
fn hyphenated_lao_names_and_offices_in_chains() {
    let e = ents(
        "Đồng chí Xổm-xạ-vạt Lềng-xạ-vắt, nguyên Phó Thủ tướng Lào, thăm Thủ tướng Chính phủ.",
    );
    let p = person(&e, "Xổm-xạ-vạt Lềng-xạ-vắt");
    assert_eq!(p.title.as_deref(), Some("Đồng chí"));
    assert_eq!(p.role.as_deref(), Some("nguyên Phó Thủ tướng Lào"));
    assert_eq!(p.country.as_deref(), Some("LA"));
    assert!(
        of(&e, EntityType::Org).is_empty(),
        "`Thủ tướng Chính phủ` is an office: {e:#?}"
    );
}

#[test]
fn all_caps_headlines() {
    let e = ents("BỘ CHQS HAI TỈNH NGHỆ AN - XIÊNG KHOẢNG KÝ KẾT HỢP TÁC");
    let orgs = of(&e, EntityType::Org);
    assert_eq!(orgs.len(), 2, "{e:#?}");
    assert!(orgs[0].ends_with("tỉnh Nghệ An") && orgs[1].ends_with("tỉnh Xiêng Khoảng"));
    assert!(of(&e, EntityType::Person).is_empty());
}

#[test]
fn places_inside_vietnamese_given_names_are_names() {
    let e = ents("Phó Thủ tướng Trần Lưu Quang và cô giáo Lê Thị Hà Nam thăm Mỹ.");
    assert!(has(&e, EntityType::Person, "Trần Lưu Quang"));
    assert!(has(&e, EntityType::Person, "Lê Thị Hà Nam"));
    assert_eq!(of(&e, EntityType::Loc), ["Hoa Kỳ"]);
}

#[test]
fn every_organisation_head_makes_an_organisation() {
    let heads = include_str!("../../data/entity_org_heads.tsv");
    for line in heads
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut c = line.split('\t');
        let (Some(head), Some(need)) = (c.next(), c.next()) else {
            continue;
        };
        let text = match need {
            "place" | "placelow" => format!("Đoàn đã làm việc với {head} tỉnh Hà Giang hôm qua."),
            "name" => format!("Đoàn đã làm việc với {head} Phú Mỹ Hưng hôm qua."),
            "num" => format!("Đoàn đã làm việc với {head} 7 hôm qua."),
            "country" => format!("Đoàn đã làm việc với {head} Lào hôm qua."),
            "full" => format!("Đoàn đã làm việc với {head} hôm qua."),
            _ => {
                let e = ents(&format!("Đoàn đã dự {head} hôm qua."));
                assert!(of(&e, EntityType::Org).is_empty(), "{head}: {e:#?}");
                continue;
            }
        };
        let e = ents(&text);
        let orgs: Vec<&Entity> = e.iter().filter(|x| x.kind == EntityType::Org).collect();
        assert_eq!(orgs.len(), 1, "{head}: {e:#?}");
        assert!(
            text[orgs[0].span.clone()].starts_with(head),
            "{head}: {e:#?}"
        );
    }
}

#[test]
fn random_soups_of_vocabulary_never_panic() {
    let parts = [
        "Đại tá",
        "Đồng chí",
        "ông",
        "Bí thư",
        "Phó Chủ tịch",
        "-",
        " - ",
        ",",
        ".",
        "(",
        ")",
        "Bộ CHQS",
        "UBND",
        "tỉnh",
        "huyện",
        "hai",
        "3",
        "các",
        "Thanh Hoá",
        "Hủa Phăn",
        "NaKai",
        "Nguyễn",
        "Văn",
        "An",
        "Lào",
        "Việt Nam",
        "và",
        "của",
        "Đội",
        "Quy",
        "tập",
        "Cửa khẩu quốc tế",
        "Nặm-xổi",
        "Quân khu",
        "4",
        "Tỉnh ủy",
        "Ủy ban",
        "chính quyền",
        "CHDCND",
        "nước",
        "xã",
        "bản",
        "Ảnh:",
        "🙂",
        "\u{301}",
        "TP.",
        "Hồ Chí Minh",
        "Sở",
        "Ngoại vụ",
        "Hội",
        "Liên hiệp",
        "kiêm",
        ":",
    ];
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    for _ in 0..3000 {
        let mut s = String::new();
        let len = (seed % 23) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(parts[(seed % parts.len() as u64) as usize]);
            if seed % 3 != 0 {
                s.push(' ');
            }
        }
        let e = ents(&s);
        for w in e.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                a.span.end <= b.span.start || a.span == b.span && a.kind == EntityType::Org,
                "overlap in {s:?}: {a:?} {b:?}"
            );
        }
    }
}

#[test]
fn offices_with_a_bare_level_word_before_the_name() {
    let e = ents("Phó Chủ tịch UBND tỉnh Đinh Văn Hùng và Chủ tịch HĐND huyện Lò Thị Mai dự lễ.");
    assert_eq!(
        person(&e, "Đinh Văn Hùng").role.as_deref(),
        Some("Phó Chủ tịch UBND tỉnh")
    );
    assert_eq!(
        person(&e, "Lò Thị Mai").role.as_deref(),
        Some("Chủ tịch HĐND huyện")
    );
    assert!(of(&e, EntityType::Loc).is_empty(), "{e:#?}");
    assert!(of(&e, EntityType::Org).is_empty(), "{e:#?}");
}

#[test]
fn lao_security_bodies_and_border_posts() {
    let e = ents(
        "An ninh huyện Xê Pôn và Đồn Biên phòng CKQT Lao Bảo phối hợp với Sở An ninh tỉnh Attapư.",
    );
    assert_eq!(
        of(&e, EntityType::Org),
        [
            "An ninh huyện Sê Pôn",
            "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo",
            "Sở An ninh tỉnh Attapư"
        ]
    );
}

#[test]
fn an_office_between_two_names_belongs_to_the_second() {
    let e = ents("Dự có ông Hà Văn Nam, Đại sứ Lào tại Việt Nam Khăm Phao Ơn Thạ Vông.");
    assert_eq!(person(&e, "Hà Văn Nam").role, None);
    let la = person(&e, "Khăm Phao Ơn Thạ Vông");
    assert_eq!(la.role.as_deref(), Some("Đại sứ Lào tại Việt Nam"));
    assert_eq!(la.country.as_deref(), Some("LA"));
}

#[test]
fn viet_lao_pairs() {
    let e = ents(
        "Hội Hữu nghị Việt - Lào tỉnh Quảng Bình tặng quà; biên giới Việt - Lào được giữ vững.",
    );
    assert_eq!(
        of(&e, EntityType::Org),
        ["Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Bình"]
    );
    assert_eq!(of(&e, EntityType::Loc), ["Việt Nam", "Lào"]);
}

#[test]
fn vietnamese_middle_names_make_vietnamese_people() {
    let e = ents("Đại tá Sầm Văn Pao và Đại tá Bun Nhắng Phôm Ma Chăn cùng dự tại tỉnh Hủa Phăn.");
    assert_eq!(person(&e, "Sầm Văn Pao").country.as_deref(), Some("VN"));
    assert_eq!(
        person(&e, "Bun Nhắng Phôm Ma Chăn").country.as_deref(),
        Some("LA")
    );
}

#[test]
fn addresses_and_parenthesised_lists() {
    let e = ents("Từ bản Huổi Hốc, xã Nhôn Mai đến bản Phiêng Khăm, cụm Na Ngoi, huyện Xốp Bâu, tỉnh Hủa Phăn có 4 huyện (Kỳ Sơn, Tương Dương, Con Cuông và Quế Phong) giáp biên.");
    let country = |name: &str| {
        e.iter()
            .find(|x| x.name.as_deref() == Some(name))
            .and_then(|x| x.country.clone())
    };
    assert_eq!(country("Huổi Hốc").as_deref(), Some("VN"));
    assert_eq!(country("Phiêng Khăm").as_deref(), Some("LA"));
    assert_eq!(country("Na Ngoi").as_deref(), Some("LA"));
    for d in ["Kỳ Sơn", "Tương Dương", "Con Cuông", "Quế Phong"] {
        assert!(
            e.iter().any(|x| x.name.as_deref() == Some(d)),
            "{d}: {e:#?}"
        );
    }
}

#[test]
fn lao_local_government_and_posts() {
    let e =
        ents("Ông Xổm Phong Khăm Ma Ni - Phó Chủ tịch UBCQ huyện Xê Pôn thăm Trạm Công an Ta Ôi.");
    let p = person(&e, "Xổm Phong Khăm Ma Ni");
    assert_eq!(p.role.as_deref(), Some("Phó Chủ tịch UBCQ huyện Xê Pôn"));
    assert!(has(&e, EntityType::Org, "Ủy ban chính quyền huyện Sê Pôn"));
    assert!(has(&e, EntityType::Org, "Trạm Công an Tà Ôi"));
}

#[test]
fn events_are_not_people_and_titles_before_offices() {
    let e = ents("Nhân dịp Tết Bunpimay, Tỉnh trưởng tỉnh Attapư thăm đồn; dự có đồng chí Bí thư Tỉnh ủy Hồ Văn Niên.");
    assert_eq!(of(&e, EntityType::Person), ["Hồ Văn Niên"]);
    let p = person(&e, "Hồ Văn Niên");
    assert_eq!(p.title.as_deref(), Some("đồng chí"));
    assert_eq!(p.role.as_deref(), Some("Bí thư Tỉnh ủy"));
}
