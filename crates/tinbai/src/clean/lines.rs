//! Recognisers for one tidied line: furniture, date header, dateline, source
//! tag, photo credit, byline. Every regex is compiled once; none can take
//! more than linear time.

use super::lexicon::{
    self, key, KeyPieces, BLOCK_HEADERS, DROP_LINES, DROP_PREFIXES, SECTIONS, TEASER_TAGS,
};
use once_cell::sync::Lazy;
use regex::Regex;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("a valid built-in regex")
}

/// Image markdown, HTML images, bare image file names.
static IMAGE: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)^(?:!\[|\[!\[|<img\b|\S*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic|avif)(?:\?\S*)?$)")
});
/// An image's alternative text standing for it: `Tuần tra biên giới - Ảnh 1.`
static IMAGE_ALT: Lazy<Regex> = Lazy::new(|| re(r"\s[-–—]\s*(?:Ảnh|ẢNH|Hình)\s+\d{1,3}\.?$"));
/// A bare URL or a link alone on its line.
static LINK_ONLY: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)^(?:(?:https?://|www\.)\S+|\[[^\]]*\]\([^)\s]*\))$"));
/// `[Video] ...` and the like.
static TEASER_TAG: Lazy<Regex> = Lazy::new(|| re(r"^\[([^\[\]]+)\]"));
/// Font-size controls: `A- A A+`, `A A A`, `-A +A`.
static FONT_SIZE: Lazy<Regex> = Lazy::new(|| re(r"^(?:[-+]?[Aa][-+]?\s*){2,4}(?:$|\|)"));
/// Leading list numbering (`1. `) and arrows (`>> `, `» `), and a trailing
/// count (`(12)`), ignored when a line is compared with a list.
static DECORATION: Lazy<Regex> = Lazy::new(|| {
    re(r"^(?:\d{1,2}[.)]\s*|[>»›•*+\-–—\p{So}\p{Sm}\u{FE0F}]+\s*)+|\s*\(\d{1,6}\)\s*$")
});
/// A page counter: `0 bình luận`, `1.254 lượt xem`, `12 views`.
static COUNTER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)^\(?\d[\d.,]*\)?\s*(?:bình luận|lượt xem|lượt đọc|lượt thích|lượt chia sẻ|chia sẻ|thích|views?|comments?|likes?|shares?)$",
    )
});
/// Inline markdown images, removed from content lines.
static INLINE_IMAGE: Lazy<Regex> = Lazy::new(|| re(r"!\[[^\[\]]*\]\([^()\s]*\)"));
/// Inline markdown links, kept as their text.
static INLINE_LINK: Lazy<Regex> =
    Lazy::new(|| re(r"\[([^\[\]]+)\]\((?:https?://|/|www\.)[^()\s]*\)"));
/// Markdown heading marks and emphasis wrapping a whole line.
static MD_HEADING: Lazy<Regex> = Lazy::new(|| re(r"^(?:#{1,6}\s+|>\s+)"));
/// Image markdown opening a line that goes on with text (a caption).
static LEADING_IMAGES: Lazy<Regex> = Lazy::new(|| re(r"^(?:!\[[^\[\]]*\]\([^()\s]*\)\s*\|?\s*)+"));
/// Trailing characters ignored when a line is compared with a list.
const TRAILING: &[char] = &[':', '»', '›', '>', '|', '.', ' ', '…'];

/// `date 2025-05[-22]` at the start of a line.
static DATE_HEADER: Lazy<Regex> =
    Lazy::new(|| re(r"(?i)^date\s*:?\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:\s+|$)"));

const DATELINE_CORE: &str = r"(?:(?P<lab>cập nhật|ngày đăng|đăng lúc|đăng ngày|thời gian đăng|thời gian cập nhật|ngày cập nhật|ngày xuất bản|xuất bản|ngày đăng tải|đăng tải|published|updated|posted)\s*(?:lúc|ngày|vào)?\s*:?\s*)?(?:(?P<t0>\d{1,2}[:h]\d{2}(?::\d{2})?)\s*(?:am|pm|sa|ch)?\s*[,|-]?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|t[2-7])\s*[,|-]?\s*)?(?:(?P<t1>\d{1,2}[:h]\d{2}(?::\d{2})?)\s*(?:am|pm|sa|ch)?\s*[,|-]?\s*)?(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?:\s*[,|-]?\s*(?:lúc\s+)?(?P<t2>\d{1,2}[:h]\d{2}(?::\d{2})?)\s*(?:am|pm|sa|ch)?)?(?:\s*[(\[]?\s*(?P<gmt>gmt|utc)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*[)\]]?)?";
/// A dateline in ISO form: `2024-07-15 09:38`.
static DATELINE_ISO: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:[+-]\d{2}:?\d{2}|Z|\(?GMT\s*[+-]?\d{0,2}\)?))?\s*$",
    )
});
/// A dateline with the month in words: `Thứ Ba, 16 Tháng 9, 2025 15:38`,
/// `Ngày 16 tháng 9 năm 2025`, `Sep 16, 2025 | 3:38 PM`.
static DATELINE_WORDS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?i)^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,|-]?\s*)?(?:(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:,|năm)?\s*(?P<y>\d{4})|(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))(?:\s*[,|-]?\s*(?P<t>\d{1,2}[:h]\d{2}(?::\d{2})?)\s*(?:am|pm|sa|ch)?)?(?:\s*[(\[]?\s*gmt\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*[)\]]?)?(?P<end>\s*$)?",
    )
});

/// A dateline with the month in words: the ISO date and the byte length
/// taken. Alone on its line, or glued before content with a time.
fn dateline_words(line: &str) -> Option<(String, usize)> {
    // It opens with a digit, `thứ`, `chủ nhật`, `ngày` or a month's name
    // (ASCII letters: other letters may fold to them).
    let first = line.chars().next()?;
    let opening = first.is_numeric()
        || !first.is_ascii()
        || matches!(
            first.to_ascii_lowercase(),
            't' | 'c' | 'n' | 'j' | 'f' | 'm' | 'a' | 's' | 'o' | 'd'
        );
    if !opening {
        return None;
    }
    let c = DATELINE_WORDS.captures(line)?;
    if c.name("end").is_none() && c.name("t").is_none() {
        return None;
    }
    let date = match (c.name("y"), c.name("mon")) {
        (Some(y), _) => iso(y.as_str(), &c["m"], Some(&c["d"]))?,
        (None, Some(mon)) => {
            const MONTHS: [&str; 12] = [
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ];
            let k = mon.as_str().to_ascii_lowercase();
            let m = MONTHS.iter().position(|x| *x == k)? + 1;
            iso(&c["y2"], &m.to_string(), Some(&c["d2"]))?
        }
        _ => return None,
    };
    Some((date, c.get(0)?.end()))
}

/// A place before a whole-line dateline: `Hà Nội, ngày 5/3/2024`.
static DATELINE_PLACE: Lazy<Regex> =
    Lazy::new(|| re(r"^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s*,\s*"));
/// A line that is only a dateline: `16/09/2025 15:38 GMT +7`, `Thứ Hai, 16/9/2025 - 15:38`.
static DATELINE: Lazy<Regex> = Lazy::new(|| re(&format!(r"(?i)^{DATELINE_CORE}\s*$")));
/// A dateline glued before content.
static DATELINE_PREFIX: Lazy<Regex> = Lazy::new(|| re(&format!(r"(?i)^{DATELINE_CORE}\s+")));

/// `(QNO) - ` at the start of a line.
static TAG_BRACKET: Lazy<Regex> = Lazy::new(|| re(r"^\(\s*([^()]+?)\s*\)\s*[-–—]+\s*"));
/// `Viêng Chăn (TTXVN) - `, `Hà Nội, 5/3 (TTXVN) - ` at the start of a line:
/// a place (and a date), then the agency.
static TAG_PLACED: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?:\s*,\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*\(\s*([^()]+?)\s*\)\s*[-–—]+\s*",
    )
});
/// `(Web Quảng Trị) Nhân dịp ...`: a bracketed source without a dash.
static TAG_NO_DASH: Lazy<Regex> = Lazy::new(|| re(r"^\(\s*([^()]+?)\s*\)\s+\p{Lu}"));
/// Words that open the name of a news outlet.
static MEDIA_WORD: Lazy<Regex> =
    Lazy::new(|| re(r"^(?i:báo|web|cổng|đài|trang|tạp chí|thông tấn|truyền hình|phát thanh)\b"));
/// `TPO - `, `HNN.VN - `, `VTC News - ` at the start of a line.
static TAG_BARE: Lazy<Regex> =
    Lazy::new(|| re(r"^([^\s()\-–—]+(?: [^\s()\-–—]+)?)(?:\s+[-–—]+\s*|\s*[-–—]+\s+)"));
/// ` (QNO) - ` inside a line (a headline glued to its lead).
static TAG_INSIDE: Lazy<Regex> =
    Lazy::new(|| re(r"\s\(\s*([^()]+?)\s*\)\s*[-–—]+\s*([\p{Lu}\d“\x22(])"));
/// A web domain: `Baohatinh.vn`.
static DOMAIN: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|info|gov\.vn|com\.vn)$")
});
/// Whether `t` is a web domain (DOMAIN). Its last label after a dot must
/// be one of the suffixes (in ASCII letters: none of them folds from
/// another letter), a quick reject before the regex.
fn is_domain(t: &str) -> bool {
    let suffix = t.rsplit_once('.').map_or("", |(_, s)| s);
    let known = ["vn", "com", "net", "org", "info"]
        .iter()
        .any(|x| suffix.eq_ignore_ascii_case(x));
    known && DOMAIN.is_match(t)
}

/// Whether `t` is an all-capitals agency name (ALL_CAPS): no lower-case
/// letter and at most 16 characters, a quick reject before the regex.
fn all_caps(t: &str) -> bool {
    t.len() <= 64 && !t.chars().any(char::is_lowercase) && ALL_CAPS.is_match(t)
}

/// An all-capitals agency name: `TPO`, `QĐND`, `HNN.VN`.
static ALL_CAPS: Lazy<Regex> = Lazy::new(|| re(r"^[\p{Lu}\d][\p{Lu}\d.&]{1,15}$"));

/// A photo credit closing a line: ` - (Ảnh: X).`, `. Ảnh: X`, `ẢNH: X`.
static CREDIT_COLON: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?:^|[\s(.|])(\(\s*)?(Ảnh|ẢNH|ảnh|Nguồn ảnh|Ảnh tư liệu|Ảnh tư liêu|Ảnh TL|Ảnh và video|Ảnh, video|Ảnh/video|Ảnh - video|Ảnh, clip|Ảnh và clip|Video, ảnh|Clip, ảnh)\s*[:：]\s*([^():\n]+?(?:\s*\([^():\n]*\))?)\s*\)?[\s.;,|]*$",
    )
});
/// A photo credit without a colon: `. Ảnh Thanh Hà`, `(Ảnh Hoàng Anh)`.
static CREDIT_BARE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?:^|[.!?…]\s+|\s[-–—]\s+|\s\()\s*(Ảnh|ẢNH)\s+(\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,4}(?:/[\p{L}\p{M}\d.]+)?)\s*\)?[\s.|]*$",
    )
});
/// `(Ảnh minh họa)` closing a line: taken off, no credit.
static ILLUSTRATION: Lazy<Regex> = Lazy::new(|| {
    re(r"(?i)(?:^|\s)[-–—]?\s*\(?\s*ảnh\s+(?:minh\s+h(?:ọa|oạ)|tư\s+liệu|internet)\s*\)?[\s.|]*$")
});

/// An author line: `Nguyễn Thanh Hải (CTV)`, `Văn Chung`, `Hoàng Anh - TTXVN`,
/// `Bài và ảnh: Minh Châu`, `PV`.
static BYLINE: Lazy<Regex> = Lazy::new(|| {
    let w = r"\p{Lu}[\p{L}\p{M}]*";
    let name = format!(r"(?:{w}(?:\s+{w}){{1,4}}|(?:\p{{Lu}}\.\s?){{1,3}}{w}\.?|\p{{Lu}}{{2,10}})");
    // An agency in capitals (`TTXVN`, `VOV-Tây Bắc`) or an outlet named in
    // words (`Báo Biên phòng`, `Đài PT-TH Nghệ An`).
    let agency = r"(?:(?:Báo|Tạp chí|Đài|Cổng TTĐT|Trung tâm)\s+[\p{L}\p{M}\d.\-]+(?:\s+[\p{L}\p{M}\d.\-]+){0,4}|\p{Lu}[\p{L}\p{M}\d.\-]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d.\-]*){0,3})";
    // A military rank before the name (`Thượng tá NGUYỄN VĂN HẢI`).
    let rank = r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+|Nhà báo\s+|(?:ThS|Ths|TS|PGS\.\s?TS|GS\.\s?TS|BS|KS|CN)\.\s*)?";
    let pattern = format!(
        r"^(?:(?i:Bài|Tin|Bài viết|Bài và ảnh|Bài, ảnh|Bài - ảnh|Bài/ảnh|Tin, ảnh|Tin và ảnh|Tin/ảnh|Tin - ảnh|Nhóm PV|Nhóm phóng viên|Phóng viên|Tác giả|Thực hiện)\s*:\s*)?{rank}{name}(?:\s*(?:[-–,&/]|và)\s*{name}){{0,3}}(?:\s*\([^()]+\))?(?:\s*[-–/]\s*{agency})?\.?$"
    );
    // The pattern is large (names of capitalised words, in Unicode): a lazy
    // DFA cache big enough for it, or every search falls back to a slower
    // engine.
    regex::RegexBuilder::new(&pattern)
        .dfa_size_limit(16 << 20)
        .build()
        .expect("a valid built-in regex")
});
/// A source line at the end: `Theo TTXVN`, `(Theo VOV)`, `Nguồn: Báo Quân
/// đội nhân dân`, `Nguồn: Lê Hoàn, Anh Vũ - TVPL`.
static SOURCE_LINE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^\(?(?:Theo\s+(?:[\p{Lu}\d]|https?://|www\.|[\p{Ll}\d-]+\.(?:vn|com|net|org)\b)[^,;!?]*|Nguồn(?:\s+tin|\s+ảnh)?(?:\s+[^:\s]+){0,4}\s*:\s*\S.*|Nguồn\s+\p{Lu}[^,;!?]*)\)?\.?$",
    )
});

/// How a tidied line reads as furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// An image: markdown, HTML or a file name.
    Image,
    /// The header of a related-story block: it and all after it are dropped.
    BlockHeader,
    /// A `[Video] ...` / `[Ảnh] ...` teaser (the headline when it opens the page).
    Teaser,
    /// Any other furniture line.
    Drop,
}

/// `line` compared with the lists: numbering and trailing marks ignored;
/// `None` when it has more words than any entry of BLOCK_HEADERS and
/// DROP_LINES. `decorated`: whether DECORATION can match (see
/// [`decoration_possible`]).
fn list_key<'a>(
    line: &str,
    decorated: bool,
    kp: Option<&'a KeyPieces>,
) -> Option<std::borrow::Cow<'a, str>> {
    let max = BLOCK_HEADERS.max_words().max(DROP_LINES.max_words());
    if let (false, Some(kp)) = (decorated, kp) {
        let end = line.trim_end_matches(TRAILING).len();
        return (kp.count_within(0, end) <= max).then(|| kp.key_of(line, 0, end));
    }
    let t = if decorated {
        DECORATION.replace_all(line, "")
    } else {
        std::borrow::Cow::Borrowed(line)
    };
    let t = t.trim_end_matches(TRAILING);
    (t.split_whitespace().nth(max).is_none()).then(|| std::borrow::Cow::Owned(key(t)))
}

/// Whether DECORATION can match `line`: its leading part opens with a digit
/// or a symbol, never with a Latin letter; its trailing part closes with `)`.
fn decoration_possible(line: &str) -> bool {
    let latin_first = line.chars().next().is_some_and(|c| {
        c.is_ascii_alphabetic()
            || matches!(c, '\u{C0}'..='\u{24F}' if c != '×' && c != '÷')
            || matches!(c, '\u{1E00}'..='\u{1EFF}')
    });
    !latin_first || line.trim_end().ends_with(')')
}

/// `line` without light markdown: heading marks, emphasis wrapping the whole
/// line, inline images; links are kept as their text.
pub(crate) fn strip_markdown(line: &str) -> String {
    // MD_HEADING opens with `#` or `>`.
    let mut t = if line.starts_with(['#', '>']) {
        MD_HEADING.replace(line, "").into_owned()
    } else {
        line.to_string()
    };
    for w in ["**", "__", "*", "_"] {
        if t.len() > 2 * w.len() && t.starts_with(w) && t.ends_with(w) {
            t = t[w.len()..t.len() - w.len()].trim().to_string();
            break;
        }
    }
    if t.contains("](") {
        t = INLINE_IMAGE.replace_all(&t, "").into_owned();
        t = INLINE_LINK.replace_all(&t, "$1").into_owned();
        t = crate::normalize::clean_line(&t);
    }
    t
}

/// Whether `line` is a markdown heading (`## ...`) or wholly in bold
/// (`**...**`, `__...__`).
pub(crate) fn heading_markup(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('#') && MD_HEADING.is_match(t)
        || (t.len() > 4
            && ((t.starts_with("**") && t.ends_with("**"))
                || (t.starts_with("__") && t.ends_with("__"))))
}

/// Text that follows image markdown on the same line (`![](a.jpg) Caption`),
/// when there is some.
pub(crate) fn after_leading_images(line: &str) -> Option<&str> {
    if !line.starts_with("![") {
        return None;
    }
    let m = LEADING_IMAGES.find(line)?;
    let rest = line[m.end()..].trim().trim_matches('|').trim();
    (rest.split_whitespace().count() >= 3).then_some(rest)
}

/// Whether `line` is only section names and breadcrumb separators:
/// `Quốc phòng`, `Trang chủ > Thời sự > Quốc phòng`.
#[cfg(test)]
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    is_breadcrumb_in(line, None)
}

/// [`is_breadcrumb`], given the [`KeyPieces`] of `line` when they are at hand.
fn is_breadcrumb_in(line: &str, kp: Option<&KeyPieces>) -> bool {
    if line.len() > 400 {
        return false;
    }
    let is_nav = |seg: &str| {
        if let Some(kp) = kp {
            // `seg` is a part of `line`: its keys are read off the line's.
            let a = seg.as_ptr() as usize - line.as_ptr() as usize;
            let b = a + seg.len();
            if kp.count_within(a, b) > SECTIONS.max_words().max(2) {
                return false;
            }
            if let Some(f) = kp.first_key_of(line, a, b) {
                if f != "home" && !SECTION_HEADS.contains(f.as_ref()) {
                    return false;
                }
            }
            let k = kp.key_of(line, a, b);
            return k.is_empty() || SECTIONS.contains_key(&k) || k == "trang chủ" || k == "home";
        }
        // More words than any section name (or `trang chủ`): no need for its key.
        let n = seg
            .split_whitespace()
            .take(SECTIONS.max_words().max(2) + 1)
            .count();
        if n > SECTIONS.max_words().max(2) {
            return false;
        }
        // A section name opens with one of their first words.
        if let Some(f) = lexicon::first_key_word(seg) {
            if f != "home" && !SECTION_HEADS.contains(&f) {
                return false;
            }
        }
        let k = key(seg.trim());
        k.is_empty() || SECTIONS.contains_key(&k) || k == "trang chủ" || k == "home"
    };
    const SEPARATORS: [char; 6] = ['>', '»', '›', '|', '/', '\\'];
    if line.chars().count() > 120 {
        return false;
    }
    // One segment either way: the line itself is a name or not.
    if !line.contains(SEPARATORS) && !line.contains(" - ") {
        return is_nav(line);
    }
    let segs = line.split(SEPARATORS);
    let all = segs.clone().all(is_nav) && segs.clone().any(|s| !s.trim().is_empty());
    all || line.split(" - ").all(is_nav)
}

/// The furniture kind of a tidied line, if it is furniture.
pub(crate) fn furniture(line: &str) -> Option<Furniture> {
    furniture_in(line, short_key(line).as_ref())
}

/// The [`KeyPieces`] of `line` when it is short enough (120 bytes) for the
/// list checks of [`furniture_in`] and [`section_prefix_in`] to want them.
pub(crate) fn short_key(line: &str) -> Option<KeyPieces> {
    if line.len() <= 120 {
        KeyPieces::new(line)
    } else {
        None
    }
}

/// [`furniture`], given the [`short_key`] of `line`.
pub(crate) fn furniture_in(line: &str, kp: Option<&KeyPieces>) -> Option<Furniture> {
    // Quick rejects before the regexes: what each must open or end with.
    let first = line.chars().next().unwrap_or(' ');
    let image = matches!(first, '!' | '[' | '<') || !line.contains(char::is_whitespace);
    let alt = line.len() <= 400
        && line.ends_with(|c: char| c.is_ascii_digit() || c == '.')
        && (line.contains("Ảnh") || line.contains("ẢNH") || line.contains("Hình"));
    if (image && IMAGE.is_match(line)) || (alt && IMAGE_ALT.is_match(line)) {
        return Some(Furniture::Image);
    }
    if !line.chars().any(crate::normalize::is_alphanumeric) {
        return Some(Furniture::Drop);
    }
    let link = matches!(first, 'h' | 'H' | 'w' | 'W' | '[');
    let font = matches!(first, '-' | '+' | 'A' | 'a');
    if (link && LINK_ONLY.is_match(line)) || (font && FONT_SIZE.is_match(line)) {
        return Some(Furniture::Drop);
    }
    // Short lines' words, for the word-made furniture (streamed: most lines
    // fail at their first word).
    let short = line.len() <= 120;
    if short && share_buttons(line, kp) {
        return Some(Furniture::Drop);
    }
    // A language switcher or other text with no Vietnamese (Latin) letter:
    // `ພາສາລາວ`.
    if line.chars().any(crate::normalize::is_alphabetic) && !line.chars().any(is_latin_letter) {
        return Some(Furniture::Drop);
    }
    if line.len() <= 60 && (first == '(' || first.is_ascii_digit()) && COUNTER.is_match(line) {
        return Some(Furniture::Drop);
    }
    // A weather widget: `Hà Nội 28°C`.
    if line.len() <= 60 && (line.contains("°C") || line.contains("℃")) {
        return Some(Furniture::Drop);
    }
    if let Some(c) = (first == '[').then(|| TEASER_TAG.captures(line)).flatten() {
        if TEASER_TAGS.contains_key(&key(&c[1])) {
            return Some(Furniture::Teaser);
        }
    }
    // The lists hold short lines and short openings: only a line's first
    // 120 bytes need normalising.
    let decorated = decoration_possible(line);
    // A line with more words than any list entry is in no list.
    let k = if short {
        list_key(line, decorated, kp)
    } else {
        None
    };
    let listed = |set: &lexicon::LineSet| k.as_deref().is_some_and(|k| set.contains_key(k));
    if short && (listed(&BLOCK_HEADERS) || block_words(line, kp)) {
        return Some(Furniture::BlockHeader);
    }
    if short && (listed(&DROP_LINES) || is_breadcrumb_in(line, kp)) {
        return Some(Furniture::Drop);
    }
    if let (false, Some(kp)) = (decorated, kp) {
        // The whole short line is the head the prefixes are looked for in.
        if DROP_PREFIXES.opens_pieces(kp) {
            return Some(Furniture::Drop);
        }
    } else if DROP_PREFIXES.opens_text(&undecorated_head(line, decorated)) {
        return Some(Furniture::Drop);
    }
    // No character but ASCII lowers to these letters and the space: the
    // bytes can be compared with ASCII case folded.
    if line.len() <= 400 && GOOGLE_NEWS.is_match(line) {
        return Some(Furniture::Drop);
    }
    None
}

/// The first 120 bytes (cut at a char boundary) of `line` without its
/// DECORATION (`decorated`: whether it can have some).
fn undecorated_head(line: &str, decorated: bool) -> std::borrow::Cow<'_, str> {
    let undecorated = if decorated {
        DECORATION.replace(line, "")
    } else {
        std::borrow::Cow::Borrowed(line)
    };
    let mut head_end = undecorated.len().min(120);
    while !undecorated.is_char_boundary(head_end) {
        head_end -= 1;
    }
    match undecorated {
        std::borrow::Cow::Borrowed(u) => std::borrow::Cow::Borrowed(u.get(..head_end).unwrap_or(u)),
        std::borrow::Cow::Owned(mut u) => {
            u.truncate(head_end);
            std::borrow::Cow::Owned(u)
        }
    }
}

/// `google news` in any ASCII case (no other character folds to these).
static GOOGLE_NEWS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["google news"])
        .expect("a valid built-in automaton")
});

/// Whether `line` is made of block-header words with an anchor among them
/// (`Tin cùng chủ đề`, `Các tin, bài viết khác`), at most seven words and
/// no final mark.
fn block_words(line: &str, kp: Option<&KeyPieces>) -> bool {
    if line.ends_with(['.', '!', '?']) {
        return false;
    }
    let mut n = 0;
    let mut anchor = false;
    if let Some(kp) = kp {
        let all = kp.words().all(|t| {
            n += 1;
            match lexicon::BLOCK_WORDS.get(t) {
                Some(a) if n <= 7 => {
                    anchor |= *a;
                    true
                }
                _ => false,
            }
        });
        return all && anchor && (1..=7).contains(&n);
    }
    // More than seven words fails as a word not in the list does.
    let all = lexicon::each_word(line, |t| {
        n += 1;
        match lexicon::BLOCK_WORDS.get(t) {
            Some(a) if n <= 7 => {
                anchor |= *a;
                true
            }
            _ => false,
        }
    });
    all && anchor && (1..=7).contains(&n)
}

/// Whether `line` is only the names of share buttons and page actions
/// (`Chia sẻ Facebook Zalo`, `In | Email | Lưu`): every word is one of them.
fn share_buttons(line: &str, kp: Option<&KeyPieces>) -> bool {
    let mut n = 0;
    if let Some(kp) = kp {
        let all = kp.words().all(|t| {
            n += 1;
            lexicon::SHARE_WORDS.contains_key(t)
        });
        return all && n >= 2;
    }
    let all = lexicon::each_word(line, |t| {
        n += 1;
        lexicon::SHARE_WORDS.contains_key(t)
    });
    all && n >= 2
}

/// `line` without the bracketed teaser tag opening it (`[Ảnh] Giao lưu...` →
/// `Giao lưu...`).
pub(crate) fn without_teaser_tag(line: &str) -> &str {
    match TEASER_TAG.find(line) {
        Some(m) => line[m.end()..].trim_start_matches([' ', ':', '-', '–']),
        None => line,
    }
}

/// Whether `c` is a letter of the Latin script (Vietnamese letters included).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Whether `line` holds no letter: a gallery counter (`1/4`), an audio
/// player's clock (`00:00 / 04:35`), a bare number. Story text always has
/// words.
pub(crate) fn letterless(line: &str) -> bool {
    !line.chars().any(char::is_alphabetic)
}

/// An ISO date from year, month and day strings, `None` when out of range.
fn iso(y: &str, m: &str, d: Option<&str>) -> Option<String> {
    let y: u32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    if !(1..=12).contains(&m) || !(1000..=2999).contains(&y) {
        return None;
    }
    match d {
        Some(d) => {
            let d: u32 = d.parse().ok()?;
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            (1..=days)
                .contains(&d)
                .then(|| format!("{y:04}-{m:02}-{d:02}"))
        }
        None => Some(format!("{y:04}-{m:02}")),
    }
}

/// A `date YYYY-MM[-DD]` header opening `line`: its date and the byte length taken.
pub(crate) fn date_header(line: &str) -> Option<(String, usize)> {
    // It opens with `date` in any case (no other letter folds to these).
    if !line
        .get(..4)
        .is_some_and(|h| h.eq_ignore_ascii_case("date"))
    {
        return None;
    }
    let c = DATE_HEADER.captures(line)?;
    let date = iso(&c[1], &c[2], c.get(3).map(|m| m.as_str()))?;
    Some((date, c.get(0)?.end()))
}

/// A dateline: its ISO date and the byte length taken. A dateline alone on
/// its line always counts; glued before content it needs a time or `GMT`.
pub(crate) fn dateline(line: &str) -> Option<(String, usize)> {
    // A date (d/m/yyyy) opens within its first words: a quick reject.
    let head_digit = line.chars().take(48).any(|c| c.is_ascii_digit());
    if !head_digit {
        return None;
    }
    // DATELINE_ISO opens with the year's digits.
    let digit_first = line.starts_with(char::is_numeric);
    if let Some(c) = digit_first.then(|| DATELINE_ISO.captures(line)).flatten() {
        return Some((iso(&c["y"], &c["m"], Some(&c["d"]))?, line.len()));
    }
    // DATELINE_CORE holds a `d/m/yyyy` date: without one, only the month
    // in words is left.
    if !has_dmy(line) {
        return dateline_words(line);
    }
    let place = DATELINE_PLACE.find(line).map_or(0, |m| m.end());
    if place > 0 && core_opening(&line[place..]) {
        if let Some(c) = DATELINE.captures(&line[place..]) {
            return Some((iso(&c["y"], &c["m"], Some(&c["d"]))?, line.len()));
        }
    }
    if !core_opening(line) {
        return dateline_words(line);
    }
    let (c, whole) = match DATELINE.captures(line) {
        Some(c) => (c, true),
        None => match DATELINE_PREFIX.captures(line) {
            Some(c) => (c, false),
            None => return dateline_words(line),
        },
    };
    let timed = ["t0", "t1", "t2", "gmt", "lab"]
        .iter()
        .any(|n| c.name(n).is_some());
    if !whole && !timed {
        return None;
    }
    let date = iso(&c["y"], &c["m"], Some(&c["d"]))?;
    Some((date, c.get(0)?.end()))
}

/// Whether `line` opens as DATELINE_CORE can: with a digit (the time or the
/// date) or the first letter of a label (`cập nhật`, `ngày đăng`, `đăng
/// lúc`, `thời gian đăng`, `xuất bản`, `published`, `updated`), a weekday
/// (`thứ`, `chủ nhật`, `cn`, `t2`) or `ngày`, in any case.
fn core_opening(line: &str) -> bool {
    line.chars().next().is_some_and(|c| {
        c.is_numeric()
            || matches!(
                c.to_lowercase().next(),
                Some('c' | 'n' | 'đ' | 't' | 'x' | 'p' | 'u')
            )
    })
}

/// Whether `line` may hold a `d/m/yyyy` date as DATELINE_CORE reads it: a
/// digit, `/`, `.` or `-`, one or two digits, a separator, four digits.
/// `\d` is any decimal digit: `char::is_numeric` (a superset) stands for it.
fn has_dmy(line: &str) -> bool {
    let is_sep = |c: char| matches!(c, '/' | '.' | '-');
    line.match_indices(is_sep).any(|(i, _)| {
        if !line[..i].chars().next_back().is_some_and(char::is_numeric) {
            return false;
        }
        let mut it = line[i + 1..].chars();
        let mut month = 0;
        let mut next = it.next();
        while next.is_some_and(char::is_numeric) && month < 2 {
            month += 1;
            next = it.next();
        }
        month >= 1 && next.is_some_and(is_sep) && it.take(4).filter(|c| c.is_numeric()).count() == 4
    })
}

/// Whether `tag` (inside brackets, or bare when `bare`) reads as a news source.
fn valid_tag(tag: &str, bare: bool) -> bool {
    let t = tag.trim();
    let first = t.chars().next();
    let n = t.chars().count();
    if !(2..=40).contains(&n)
        || !first.is_some_and(char::is_alphanumeric)
        || t.split_whitespace().nth(4).is_some()
    {
        return false;
    }
    let k = key(t);
    if k.starts_with("ảnh") || k.starts_with("theo ") || k.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if lexicon::SOURCE_TAGS.contains_key(&k) || is_domain(t) {
        return true;
    }
    if bare {
        return all_caps(t) && t.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    }
    // In brackets: a short name that opens with a capital or a digit.
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A source tag opening `line`: the bare tag and the byte length taken.
pub(crate) fn source_tag_start(line: &str) -> Option<(String, usize)> {
    tag_start(line, false)
}

/// [`source_tag_start`] for a line that may be a headline: a tag without
/// brackets must be a known agency or a domain (`ASEAN - Nhật Bản ...` is a
/// headline).
pub(crate) fn known_source_tag_start(line: &str) -> Option<(String, usize)> {
    tag_start(line, true)
}

fn tag_start(line: &str, strict: bool) -> Option<(String, usize)> {
    let bare_ok = |t: &str| {
        if strict {
            lexicon::SOURCE_TAGS.contains_key(&key(t)) || is_domain(t)
        } else {
            valid_tag(t, true)
        }
    };
    // Quick rejects: TAG_BRACKET and TAG_NO_DASH open with `(`, TAG_PLACED
    // holds one, TAG_BARE has a dash within its first two words.
    let bracket = line.starts_with('(');
    if !bracket && !line.contains('(') && !bare_dash(line) {
        return None;
    }
    if let Some(c) = bracket.then(|| TAG_BRACKET.captures(line)).flatten() {
        if valid_tag(&c[1], false) {
            return Some((c[1].trim().to_string(), c.get(0)?.end()));
        }
    }
    // TAG_PLACED: a capital first, and before the first `(` at most four
    // words, a comma, `ngày` and a date.
    let placed = !bracket
        && line.starts_with(char::is_uppercase)
        && line
            .find('(')
            .is_some_and(|p| line[..p].split_whitespace().nth(7).is_none());
    if let Some(c) = placed.then(|| TAG_PLACED.captures(line)).flatten() {
        let t = c[1].trim();
        if bare_ok(t) || lexicon::SOURCE_TAGS.contains_key(&key(t)) {
            return Some((t.to_string(), c.get(0)?.end()));
        }
    }
    if let Some(c) = bracket.then(|| TAG_NO_DASH.captures(line)).flatten() {
        let t = c[1].trim();
        if bare_ok(t) || MEDIA_WORD.is_match(t) {
            let end = c.get(1)?.end();
            let close = line[end..].find(')').map_or(end, |k| end + k + 1);
            return Some((
                t.to_string(),
                close + (line[close..].len() - line[close..].trim_start().len()),
            ));
        }
    }
    if !bare_dash(line) {
        return None;
    }
    let c = TAG_BARE.captures(line)?;
    (valid_tag(&c[1], true) && bare_ok(&c[1]))
        .then(|| (c[1].trim().to_string(), c.get(0).map_or(0, |m| m.end())))
}

/// Whether the first of `(`, `)` and the dashes in `line` is a dash, with
/// at most two words before it: needed for TAG_BARE to match.
fn bare_dash(line: &str) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in line.chars() {
        match c {
            '-' | '–' | '—' => return true,
            '(' | ')' => return false,
            c if c.is_whitespace() => in_word = false,
            _ => {
                if !in_word {
                    words += 1;
                    if words > 2 {
                        return false;
                    }
                }
                in_word = true;
            }
        }
    }
    false
}

/// A source tag inside `line` (a headline glued to its lead): the bare tag,
/// where the headline ends and where the lead starts (bytes).
pub(crate) fn source_tag_inside(line: &str) -> Option<(String, usize, usize)> {
    if let Some(c) = TAG_INSIDE.captures(line) {
        let all = c.get(0)?;
        let lead = c.get(2)?;
        if valid_tag(&c[1], false) && line[..all.start()].split_whitespace().count() >= 3 {
            return Some((c[1].trim().to_string(), all.start(), lead.start()));
        }
    }
    // A known agency or a domain without brackets: `... tại Hà Nội TPO - Tối
    // 12/7, ...`, `... Baoquangtri.vn - Sáng 3/4, ...`.
    for m in DASH_SEP.find_iter(line) {
        let head = line[..m.start()].trim_end();
        let lead = m.end();
        if !line[lead..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        let mut cuts = head.rmatch_indices(' ').map(|(i, _)| i);
        for start in [cuts.next(), cuts.next()].into_iter().flatten() {
            let tag = &head[start + 1..];
            let known = lexicon::SOURCE_TAGS.contains_key(&key(tag)) || is_domain(tag);
            if known && head[..start].split_whitespace().count() >= 3 {
                return Some((tag.to_string(), start, lead));
            }
        }
    }
    None
}

/// A dash between spaces: ` - `, ` – `.
static DASH_SEP: Lazy<Regex> = Lazy::new(|| re(r"\s[-–—]{1,2}\s+"));

/// A photo credit closing `line`: the line without it (and without the
/// ` - ` before it) and the bare credit, `None` as credit for `(Ảnh minh họa)`.
pub(crate) fn credit_end(line: &str) -> Option<(String, Option<String>)> {
    // Every form holds the word `ảnh` (`Ảnh`, `ẢNH`; `(?i)` in
    // ILLUSTRATION): without `ả`/`Ả` before an `n` and an `h` (any case), no
    // regex can match.
    if !has_anh(line) {
        return None;
    }
    let trim_sep = |s: &str| {
        s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '('))
            .to_string()
    };
    // The colon CREDIT_COLON takes is the last `:` (none may follow it) or a
    // `：`, right after a word of the credit label.
    let colon = line.contains('：')
        || line.rfind(':').is_some_and(|p| {
            let before = line[..p].trim_end();
            ["ảnh", "Ảnh", "ẢNH", "liệu", "liêu", "TL", "video", "clip"]
                .iter()
                .any(|w| before.ends_with(w))
        });
    if let Some(c) = colon.then(|| CREDIT_COLON.captures(line)).flatten() {
        let word = c.get(2)?;
        let open = c.get(1);
        if word.as_str() != "ảnh" || open.is_some() {
            let who = c[3].trim().trim_end_matches('.').trim().to_string();
            if credit_like(&who) {
                let start = open.map_or(word.start(), |m| m.start());
                return Some((trim_sep(&line[..start]), (!who.is_empty()).then_some(who)));
            }
        }
    }
    let bare = line.contains("Ảnh") || line.contains("ẢNH");
    if let Some(c) = bare.then(|| CREDIT_BARE.captures(line)).flatten() {
        let who = c[2].trim().trim_end_matches('.').to_string();
        let start = c.get(1)?.start();
        return Some((trim_sep(&line[..start]), Some(who)));
    }
    // ILLUSTRATION ends with `họa`, `hoạ`, `liệu` or `internet` (any case)
    // before a bracket, spaces, dots and bars.
    let end = line.trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == '|');
    let end = end.strip_suffix(')').unwrap_or(end).trim_end();
    let tail: String = end
        .chars()
        .rev()
        .take(8)
        .flat_map(char::to_lowercase)
        .collect();
    let illustration = ["aọh", "ạoh", "uệil", "tenretni"]
        .iter()
        .any(|w| tail.starts_with(w));
    if let Some(m) = illustration.then(|| ILLUSTRATION.find(line)).flatten() {
        return Some((trim_sep(&line[..m.start()]), None));
    }
    None
}

/// Whether `line` holds `ả`/`Ả` followed by `n` and `h` in any case: the
/// word `ảnh` in some case, needed by every credit pattern.
fn has_anh(line: &str) -> bool {
    // `ả` is U+1EA3 and `Ả` U+1EA2: E1 BA A3 / E1 BA A2 in UTF-8.
    let b = line.as_bytes();
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&x| x == 0xE1) {
        let i = from + k;
        if let [0xBA, 0xA2 | 0xA3, n, h, ..] = &b[i + 1..] {
            if n.eq_ignore_ascii_case(&b'n') && h.eq_ignore_ascii_case(&b'h') {
                return true;
            }
        }
        from = i + 1;
    }
    false
}

/// Whether `who` reads as a photo credit (names, an agency, a site) rather
/// than a description: at most eight words, and not three or more words most
/// of which are in lower case.
fn credit_like(who: &str) -> bool {
    let ws: Vec<&str> = who.split_whitespace().collect();
    let lower = ws
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    who.chars().count() <= 80 && ws.len() <= 8 && !(ws.len() >= 3 && 2 * lower > ws.len())
}

/// A line opening with `Ảnh:` or `Ảnh 2:` that describes a photo.
static PHOTO_PREFIX: Lazy<Regex> = Lazy::new(|| re(r"^(?:Ảnh|ẢNH|Hình)\s*\d{0,2}\s*:\s*\S"));

/// Whether `line` opens with `Ảnh:`/`Ảnh 2:` (a caption written as such).
pub(crate) fn photo_prefix(line: &str) -> bool {
    PHOTO_PREFIX.is_match(line)
}

/// The name of a news site alone on a line: `• Huế ngày nay Online`,
/// `Báo Quảng Trị điện tử`, `Baoquangtri.vn`.
static SITE_NAME: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^[•·\-–*\s]*(?:(?:Báo\s+)?\p{Lu}[\p{L}\p{M}\s]+?\s+(?i:online|điện tử|điện tử online)|[\p{L}\d-]+\.(?i:vn|com\.vn|net|org))$",
    )
});

/// `Báo Quảng Trị`, `Tạp chí Quốc phòng Toàn dân`: an outlet's name alone.
static OUTLET_NAME: Lazy<Regex> = Lazy::new(|| {
    re(r"^[•·\-–*\s]*(?:Báo|BÁO|Tạp chí|Đài|Cổng thông tin điện tử)(?:\s+\p{Lu}[\p{L}\p{M}]*)+$")
});

/// Whether `line` is only a news site's name.
pub(crate) fn is_site_name(line: &str) -> bool {
    if line.split_whitespace().nth(8).is_some() {
        return false;
    }
    // Quick rejects: SITE_NAME ends with `online`, `điện tử` or a domain's
    // suffix (any case); OUTLET_NAME opens with an outlet's word.
    let tail: String = line
        .chars()
        .rev()
        .take(8)
        .flat_map(char::to_lowercase)
        .collect();
    let site = ["enilno", "ửt nệiđ", "nv.", "ten.", "gro."]
        .iter()
        .any(|w| tail.starts_with(w));
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || "•·-–*".contains(c));
    let outlet = ["Báo", "BÁO", "Tạp chí", "Đài", "Cổng thông tin điện tử"]
        .iter()
        .any(|w| t.starts_with(w));
    (site && SITE_NAME.is_match(line)) || (outlet && OUTLET_NAME.is_match(line))
}

/// Whether `line` is a news site's name anywhere in the page: a
/// [`is_site_name`] line of at most six words that names an outlet (`Báo
/// ...`, `... Online`, a domain), not a phrase ending in `điện tử`.
pub(crate) fn is_outlet_line(line: &str) -> bool {
    if line.split_whitespace().nth(6).is_some() || !is_site_name(line) {
        return false;
    }
    let t = line.trim_start_matches(['•', '·', '-', '–', '*', ' ']);
    let k = key(t);
    k.starts_with("báo ") || k.ends_with(" online") || is_domain(t)
}

/// A site name closing a headline: ` - Báo Quảng Trị điện tử`, ` | baohatinh.vn`.
static SITE_SUFFIX: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\s+[-|–—]\s+(?:(?:Báo|Tạp chí|Cổng thông tin|Trang tin|Đài|Truyền hình|Thông tấn xã)\s+\p{Lu}|[\p{L}\d-]+\.(?:vn|com|net|org)\b)[^|–—]*$",
    )
});

/// `title` without a site name closing it.
pub(crate) fn strip_site_suffix(title: &str) -> &str {
    // The suffix opens with a dash or a bar: a quick reject.
    if !title.contains(['-', '|', '–', '—']) {
        return title;
    }
    // SITE_SUFFIX names an outlet in words or a domain.
    const CUES: [&str; 11] = [
        "Báo",
        "Tạp chí",
        "Cổng thông tin",
        "Trang tin",
        "Đài",
        "Truyền hình",
        "Thông tấn xã",
        ".vn",
        ".com",
        ".net",
        ".org",
    ];
    let cue = CUES.iter().any(|c| title.contains(c));
    match cue.then(|| SITE_SUFFIX.find(title)).flatten() {
        Some(m) if m.start() > 0 && m.as_str().chars().count() <= 70 => &title[..m.start()],
        _ => {
            // ` - VietnamPlus`, ` | VOV`, ` - Tuổi Trẻ Online`: a known agency
            // or a site's name after the last separator.
            let cut = [" - ", " | ", " – ", " — "]
                .iter()
                .filter_map(|sep| title.rfind(sep))
                .max();
            match cut {
                Some(i) if i > 0 => {
                    let tail = title[i..].trim_start_matches([' ', '-', '|', '–', '—']);
                    let known = lexicon::SOURCE_TAGS.contains_key(&key(tail));
                    if tail.chars().count() <= 40 && (known || is_site_name(tail)) {
                        title[..i].trim_end()
                    } else {
                        title
                    }
                }
                _ => title,
            }
        }
    }
}

/// The bare source of a `Nguồn: X` / `Nguồn ảnh: X` line (short, a name or
/// an agency), when `line` is one.
pub(crate) fn source_credit(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("Nguồn ảnh")
        .or_else(|| line.strip_prefix("Nguồn"))?
        .trim_start()
        .strip_prefix(':')?
        .trim()
        .trim_end_matches(['.', ')'])
        .trim();
    (is_source_line(line) && !rest.is_empty() && credit_like(rest)).then(|| rest.to_string())
}

/// Whether `line` opens as SOURCE_LINE needs: `Theo` or `Nguồn`, maybe
/// after `(`.
fn source_opening(line: &str) -> bool {
    let t = line.strip_prefix('(').unwrap_or(line);
    t.starts_with("Theo") || t.starts_with("Nguồn")
}

/// Whether `line` is a `Theo X` / `Nguồn: X` source line.
pub(crate) fn is_source_line(line: &str) -> bool {
    line.chars().count() <= 100
        && source_opening(line)
        && SOURCE_LINE.is_match(line)
        && line.split_whitespace().nth(8).is_none()
        && !line.contains(". ")
}

/// Whether `line` is an author line (or a `Theo X` source line).
pub(crate) fn is_byline(line: &str) -> bool {
    let n = line.chars().count();
    let source = n <= 160
        && source_opening(line)
        && SOURCE_LINE.is_match(line)
        && line.split_whitespace().nth(14).is_none()
        && !line.contains(". ");
    source || ((2..=80).contains(&n) && byline_possible(line) && BYLINE.is_match(line))
}

/// A quick reject before BYLINE. Without `:`, brackets, dashes or slashes
/// (a lead-in, a note in brackets, an agency), every word of a BYLINE match
/// opens with a capital, `,`, `&` or `và` (joiners), or is a rank's lower-case
/// word (`tá`, `tướng`, `úy`, `uý`, `báo` of `Nhà báo`). Returns whether the
/// regex can match.
fn byline_possible(line: &str) -> bool {
    if line.contains([':', '(', ')', '-', '–', '/']) {
        return true;
    }
    line.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c == ',' || c == '&')
            || w.starts_with("và")
            || matches!(w, "tá" | "tướng" | "úy" | "uý" | "báo")
    })
}

/// The byte length of the longest section name (or breadcrumb of them)
/// opening `line`, up to six words: `Quốc phòng Quảng Nam...` → 10.
pub(crate) fn section_prefix(line: &str) -> usize {
    section_prefix_in(line, None)
}

/// [`section_prefix`], given the [`KeyPieces`] of `line` when at hand.
pub(crate) fn section_prefix_in(line: &str, kp: Option<&KeyPieces>) -> usize {
    // Quick reject: the first word must open some section name.
    let first = line.split(' ').next().unwrap_or("");
    let first_known = match kp {
        Some(kp) => SECTION_HEADS.contains(kp.key_of(line, 0, first.len()).as_ref()),
        None => SECTION_HEADS.contains(&key(first)),
    };
    if !first_known {
        return 0;
    }
    // Only the first seven heads are looked at: a long line's key is built
    // for them alone (each head opens `line`, and so opens this part).
    let local;
    let kp = match kp {
        Some(kp) => Some(kp),
        None => {
            let cut = line
                .match_indices(' ')
                .nth(6)
                .map_or(line.len(), |(i, _)| i);
            local = KeyPieces::new(line.get(..cut).unwrap_or(line));
            local.as_ref()
        }
    };
    let mut best = 0;
    let ends = line
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()));
    // A head of more words than any section name is none (its key has as
    // many words).
    let max_words = SECTIONS.max_words();
    for end in ends.take(7) {
        let head = line[..end].trim_end_matches([' ', '>', '»', '›', '|', '/']);
        // `head` opens `line`: the pieces of `line` give its keys.
        let named = match kp {
            Some(kp) => {
                kp.count_within(0, head.len()) <= max_words
                    && SECTIONS.contains_key(&kp.key_of(line, 0, head.len()))
            }
            None => {
                head.split_whitespace().nth(max_words).is_none()
                    && SECTIONS.contains_key(&key(head))
            }
        };
        if named || (end == line.len() && is_breadcrumb_in(head, kp)) {
            best = end;
        }
    }
    best
}

/// First words of the section names.
static SECTION_HEADS: Lazy<std::collections::HashSet<String>> = Lazy::new(|| {
    include_str!("../../data/clean_sections.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(' ').next())
        .map(key)
        .chain(["trang".to_string()])
        .collect()
});

/// An author line closed by a dateline: `Hà Oai - Phan Vĩnh 15:29 26/01/2026`.
static DATED_BYLINE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^(.+?)\s*[-|–,]?\s+((?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2})?(?:\s*[(\[]?\s*GMT\s*[+-]?\s*\d{0,2}\s*[)\]]?)?)$",
    )
});

/// An author line closed by a dateline: the author and the ISO date.
pub(crate) fn dated_byline(line: &str) -> Option<(String, String)> {
    if line.len() > 200 || !line.ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == ']') {
        return None;
    }
    let c = DATED_BYLINE.captures(line)?;
    let head = c[1].trim();
    if !is_name_line(head) {
        return None;
    }
    let (date, _) = dateline(&c[2])?;
    Some((byline_value(head), date))
}

/// A lead glued after its headline, opened by a time adverbial and a comma:
/// `... nhân dịp Quốc khánh 2/9 Ngày 1/9, Lực lượng ...`.
static LEAD_OPENER_INSIDE: Lazy<Regex> = Lazy::new(|| {
    re(
        r"[^\s.,;:!?]\s((?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Sáng sớm|Chiều tối)\s+(?:nay\s+|qua\s+)?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?|(?:Sáng|Chiều|Tối|Trưa|Hôm)\s+(?:nay|qua)|Vừa qua|Mới đây|Trong\s+(?:hai|ba|2|3)\s+ngày\s+\d{1,2}\s*(?:và|-|,)\s*\d{1,2}(?:[/.-]\d{1,2})?)\s*,\s)",
    )
});

/// A paragraph opening as a news lead does, with its date: `Sáng 20/10, ...`,
/// `Ngày 19/10, ...`, `Chiều nay (3/4), ...`, `Vừa qua, ...`.
static DATED_OPENING: Lazy<Regex> = Lazy::new(|| {
    re(
        r"^(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Sáng sớm|Chiều tối)\s+(?:nay\s+|qua\s+)?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?|(?:Sáng|Chiều|Tối|Trưa|Hôm)\s+(?:nay|qua)(?:\s+\(\d{1,2}[/.-]\d{1,2}\))?|Vừa qua|Mới đây|Từ ngày\s+\d{1,2}[/.-]\d{1,2}[^,]{0,40})\s*,\s",
    )
});

/// Whether `text` opens as a dated news lead (`Sáng 20/10, ...`).
pub(crate) fn dated_opening(text: &str) -> bool {
    DATED_OPENING.is_match(text)
}

/// A headline ending in a number or date, glued to a lead that opens with a
/// capital: `... dịp lễ 30/4 Đồn Biên phòng Nậm Cắn phối hợp ...`.
static LEAD_AFTER_NUMBER: Lazy<Regex> =
    Lazy::new(|| re(r"\s\d[\d/.\-]*\s+(\p{Lu}[\p{Ll}\p{M}]+\s+\p{L})"));

/// Whether `head` can be a whole headline: 4 words or more, up to 250
/// characters, no sentence end.
fn headline_sized(head: &str) -> bool {
    let n = head.chars().count();
    let sentence_end = head.contains(". ") || head.contains("! ") || head.contains("? ");
    head.split_whitespace().count() >= 4 && n <= 250 && !sentence_end
}

/// Where a lead glued after its headline starts (byte offset): after a
/// headline-sized stretch, at a time adverbial (`Ngày 1/9,`), or at a
/// capital after the number or date closing the headline.
pub(crate) fn glued_lead(line: &str) -> Option<usize> {
    if let Some(c) = LEAD_OPENER_INSIDE.captures(line) {
        let start = c.get(1)?.start();
        if headline_sized(line[..start].trim_end()) {
            return Some(start);
        }
    }
    // A line opening with a time or place adverbial is a lead, not a headline.
    if lexicon::ADVERBIAL_HEADS.opening_text(line).is_some() {
        return None;
    }
    let c = LEAD_AFTER_NUMBER.captures(line)?;
    let start = c.get(1)?.start();
    let rest = line[start..].chars().count();
    (headline_sized(line[..start].trim_end()) && rest >= 80).then_some(start)
}

/// Whether `line` is an author line naming people (not a `Theo X` line):
/// used for a second author line and for one right under the headline.
pub(crate) fn is_name_line(line: &str) -> bool {
    let honorific = [
        "Ông ",
        "Bà ",
        "Đồng chí ",
        "Thầy ",
        "Cô ",
        "Thứ ",
        "Chủ nhật",
        "Ngày ",
    ]
    .iter()
    .any(|h| line.starts_with(h));
    // Cheap necessary conditions first: at most 60 characters (240 bytes),
    // a capital first (every form of the pattern opens with one).
    line.len() <= 240
        && line.chars().next().is_some_and(char::is_uppercase)
        && (2..=60).contains(&line.chars().count())
        && !honorific
        && line.split_whitespace().nth(8).is_none()
        && byline_possible(line)
        && BYLINE.is_match(line)
}

/// The author name of a byline, without a `Bài và ảnh:` lead-in.
pub(crate) fn byline_value(line: &str) -> String {
    let t = line.trim().trim_end_matches('.');
    match t.split_once(':') {
        Some((head, rest))
            if head.split_whitespace().nth(3).is_none() && !rest.trim().is_empty() =>
        {
            let hk = key(head);
            if hk.starts_with("bài")
                || hk.starts_with("tin")
                || hk.contains("phóng viên")
                || hk.starts_with("nhóm")
                || hk.starts_with("tác giả")
                || hk.starts_with("thực hiện")
            {
                return rest.trim().to_string();
            }
            t.to_string()
        }
        _ => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_checks_on_pieces_answer_as_on_text() {
        for l in [
            "Tin liên quan:",
            "TIN LIÊN QUAN\u{a0}:\u{a0}",
            "Tin\u{a0}cùng\u{3000}chuyên mục »",
            "Các tin, bài viết khác",
            "Chia sẻ\u{a0}Facebook Zalo",
            "In | Email | Lưu",
            "Trang chủ > Thời sự>Quốc phòng",
            "Quốc phòng\u{a0}- An ninh",
            "Thời sự /\u{a0}/ Quốc phòng",
            "Xem thêm…",
            "Bình luận (12)",
            "Hai bên trao đổi tại Savannakhet",
            "Từ khoá:\u{a0}biên giới",
            "",
        ] {
            let kp = KeyPieces::new(l).expect("no sigma");
            for decorated in [false, true] {
                assert_eq!(
                    list_key(l, decorated, Some(&kp)),
                    list_key(l, decorated, None),
                    "{l:?}"
                );
            }
            assert_eq!(is_breadcrumb_in(l, Some(&kp)), is_breadcrumb(l), "{l:?}");
            assert_eq!(block_words(l, Some(&kp)), block_words(l, None), "{l:?}");
            assert_eq!(share_buttons(l, Some(&kp)), share_buttons(l, None), "{l:?}");
            assert_eq!(section_prefix_in(l, Some(&kp)), section_prefix(l), "{l:?}");
        }
        for l in [
            "Quốc phòng Quảng Nam tăng cường tuần tra biên giới với các lực lượng bạn Lào trong dịp Tết Nguyên đán năm nay",
            "Quốc phòng - An ninh > Biên giới > Quân khu 5 > Tin tức > Sự kiện > Nổi bật > Hôm nay",
            "Quốc phòng Quảng Nam tăng cường tuần tra",
            "Quốc\u{a0}phòng\u{a0}> An ninh 18-05-2022",
            "Thời sự > Quốc phòng",
            "Chính trị 18-05-2022",
            "Xã hội",
            "Trang chủ / Thời sự /",
        ] {
            let kp = KeyPieces::new(l).expect("no sigma");
            assert_eq!(section_prefix_in(l, Some(&kp)), section_prefix(l), "{l:?}");
            assert_eq!(furniture_in(l, Some(&kp)), furniture_in(l, None), "{l:?}");
        }
        assert_eq!(
            furniture("Tin\u{a0}cùng chuyên mục\u{a0}:"),
            Some(Furniture::BlockHeader)
        );
        assert_eq!(furniture("Chia sẻ\u{a0}Facebook"), Some(Furniture::Drop));
        assert_eq!(
            furniture("Thời sự\u{a0}>\u{a0}Quốc phòng"),
            Some(Furniture::Drop)
        );
    }

    #[test]
    fn images_and_links() {
        for l in [
            "![](https://baolaichau.vn/a.jpg)",
            "![]() |",
            "![[Video] Lễ ký kết](https://x.vn/a.png?1)",
            "12.jpg",
            "IMG_2041.JPEG",
            "anh-hoi-dam.webp?w=800",
        ] {
            assert_eq!(furniture(l), Some(Furniture::Image), "{l}");
        }
        assert_eq!(
            furniture("Tuần tra liên hợp trên tuyến biên giới Điện Biên - Ảnh 2."),
            Some(Furniture::Image)
        );
        assert_eq!(
            furniture("https://baoquangtri.vn/tin-tuc"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("Hai bên trao đổi tại Savannakhet."), None);
    }

    #[test]
    fn blocks_and_furniture() {
        assert_eq!(furniture("Tin liên quan"), Some(Furniture::BlockHeader));
        assert_eq!(furniture("TIN LIÊN QUAN:"), Some(Furniture::BlockHeader));
        assert_eq!(
            furniture("Bài viết liên quan"),
            Some(Furniture::BlockHeader)
        );
        assert_eq!(furniture("A- A A+"), Some(Furniture::Drop));
        assert_eq!(
            furniture("A- A A+ | Chia sẻ bài viết lên facebook"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("aa"), Some(Furniture::Drop));
        assert_eq!(
            furniture("Trang chủ Bờ cõi biển đảo Cuộc sống vùng biên"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("1. Dòng sự kiện:"), Some(Furniture::Drop));
        assert_eq!(furniture("Chia sẻ"), Some(Furniture::Drop));
        assert_eq!(
            furniture("Tags: biên giới, Lào, Quảng Trị"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("Từ khoá: hợp tác"), Some(Furniture::Drop));
        assert_eq!(
            furniture("Mời bạn đọc theo dõi thêm các tin bài khác"),
            Some(Furniture::Drop)
        );
        assert_eq!(
            furniture("Theo dõi Báo Quảng Trị trên Google News"),
            Some(Furniture::Drop)
        );
        assert_eq!(
            furniture("[Video] Giao lưu hữu nghị tại Nậm Cắn"),
            Some(Furniture::Teaser)
        );
        assert_eq!(
            furniture("[Ảnh] Lễ bàn giao nhà tình nghĩa"),
            Some(Furniture::Teaser)
        );
        assert_eq!(
            furniture("Trang chủ > Thời sự > Quốc phòng"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("Quốc phòng - An ninh"), Some(Furniture::Drop));
        assert_eq!(
            furniture("© Bản quyền thuộc Báo Điện Biên Phủ"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("[1] Văn kiện Đại hội"), None);
        assert_eq!(furniture(">> Xem thêm"), Some(Furniture::BlockHeader));
        assert_eq!(furniture("Bình luận (12)"), Some(Furniture::BlockHeader));
        assert_eq!(
            furniture("» Xem thêm: Hai tỉnh ký kết"),
            Some(Furniture::Drop)
        );
        assert_eq!(furniture("(Còn nữa)"), Some(Furniture::Drop));
        assert_eq!(furniture("***"), Some(Furniture::Drop));
        assert_eq!(furniture("ພາສາລາວ"), Some(Furniture::Drop));
        assert_eq!(furniture("Hà Nội 28°C"), Some(Furniture::Drop));
        assert_eq!(furniture("0 bình luận"), Some(Furniture::Drop));
        assert_eq!(furniture("Nghe đọc bài 0:00 / 3:12"), Some(Furniture::Drop));
        assert_eq!(furniture("12 chiến sĩ"), None);
        assert_eq!(furniture("16/09/2025 - 15:38"), None);
        assert_eq!(furniture("Kinh tế hai tỉnh tăng trưởng khá."), None);
        for l in [
            "Tin cùng chủ đề",
            "Các tin, bài viết khác",
            "Những tin mới hơn",
            "Bài sau",
        ] {
            assert_eq!(furniture(l), Some(Furniture::BlockHeader), "{l}");
        }
        assert_eq!(furniture("Những điểm mới"), None);
        assert_eq!(furniture("Xem tiếp"), Some(Furniture::Drop));
    }

    #[test]
    fn date_header_and_dateline() {
        assert_eq!(
            date_header("date 2024-11 Hai tỉnh"),
            Some(("2024-11".into(), 13))
        );
        assert_eq!(
            date_header("date 2023-07-09"),
            Some(("2023-07-09".into(), 15))
        );
        assert_eq!(date_header("date 2023-13 x"), None);
        assert_eq!(date_header("dated 2023-07 x"), None);
        assert_eq!(
            dateline("16/09/2025 15:38 GMT +7").map(|d| d.0),
            Some("2025-09-16".into())
        );
        assert_eq!(
            dateline("Thứ Hai, 03/02/2025 - 09:15").map(|d| d.0),
            Some("2025-02-03".into())
        );
        assert_eq!(
            dateline("Cập nhật: 08:05, 7/4/2024 (GMT+7)").map(|d| d.0),
            Some("2024-04-07".into())
        );
        assert_eq!(
            dateline("12/5/2024").map(|d| d.0),
            Some("2024-05-12".into())
        );
        // Glued before content only with a time.
        assert!(dateline("12/5/2024 là ngày hai bên ký kết").is_none());
        let (d, n) = dateline("12/5/2024 08:30 Hai bên ký kết").unwrap();
        assert_eq!((d.as_str(), n), ("2024-05-12", 16));
        assert!(dateline("Ngày 22/5, hai bên hội đàm.").is_none());
        assert_eq!(
            dateline("Thứ hai, 15/07/2024, 09:38 [GMT+7]").map(|d| d.0),
            Some("2024-07-15".into())
        );
        assert_eq!(
            dateline("2024-07-15 09:38").map(|d| d.0),
            Some("2024-07-15".into())
        );
        assert_eq!(
            dateline("Hà Nội, ngày 5/3/2024").map(|d| d.0),
            Some("2024-03-05".into())
        );
        assert!(dateline("Hà Nội, ngày 5/3/2024 hai bên hội đàm").is_none());
        assert_eq!(
            dateline("7:51, Thứ Tư, 30-9-2020").map(|d| d.0),
            Some("2020-09-30".into())
        );
        assert_eq!(
            dateline("14:05 | 05/12/2024 GMT+7").map(|d| d.0),
            Some("2024-12-05".into())
        );
        for (l, d) in [
            ("Ngày 16 tháng 9 năm 2025", "2025-09-16"),
            ("Thứ Ba, 16 Tháng 9, 2025 15:38", "2025-09-16"),
            ("Sep 16, 2025 | 3:38 PM", "2025-09-16"),
            ("Ngày đăng: 16/09/2025 - Lượt xem: 120", "2025-09-16"),
            ("Ngày xuất bản: 16/09/2025 15:38", "2025-09-16"),
        ] {
            assert_eq!(dateline(l).map(|x| x.0), Some(d.into()), "{l}");
        }
        assert!(dateline("Ngày 16 tháng 9 năm 2025, hai bên ký kết hợp tác").is_none());
    }

    #[test]
    fn source_tags() {
        assert_eq!(
            source_tag_start("(QTO) - Sáng 5/3, đoàn công tác...").map(|t| t.0),
            Some("QTO".into())
        );
        assert_eq!(
            source_tag_start("(Baoquangtri.vn) – Chiều 9/4...").map(|t| t.0),
            Some("Baoquangtri.vn".into())
        );
        assert_eq!(
            source_tag_start("TPO - Ngày 3/3...").map(|t| t.0),
            Some("TPO".into())
        );
        assert_eq!(
            source_tag_start("VOV.VN - Sáng nay...").map(|t| t.0),
            Some("VOV.VN".into())
        );
        assert_eq!(source_tag_start("(Ảnh: Hồng Nhung) - x"), None);
        assert_eq!(
            source_tag_start("Viêng Chăn (TTXVN) - Ngày 3/3...").map(|t| t.0),
            Some("TTXVN".into())
        );
        assert_eq!(
            source_tag_start("QĐND Online - Sáng 5-3...").map(|t| t.0),
            Some("QĐND Online".into())
        );
        assert_eq!(source_tag_start("Hủa Phăn (Lào) - vùng đất"), None);
        let l = "Hà Nội, 5/3 (TTXVN) - Chiều nay, hai bên hội đàm.";
        let (t, n) = source_tag_start(l).unwrap();
        assert_eq!(
            (t.as_str(), &l[n..]),
            ("TTXVN", "Chiều nay, hai bên hội đàm.")
        );
        assert_eq!(
            known_source_tag_start("ASEAN - Nhật Bản tăng cường hợp tác"),
            None
        );
        assert!(source_tag_start("ASEAN - Nhật Bản tăng cường hợp tác").is_some());
        assert!(known_source_tag_start("TPO - Ngày 3/3...").is_some());
        assert_eq!(
            source_tag_start("VOV.VN -Đảng, Nhà nước...").map(|t| t.0),
            Some("VOV.VN".into())
        );
        assert_eq!(
            source_tag_start("VTV.vn- Sáng 18/12...").map(|t| t.0),
            Some("VTV.vn".into())
        );
        assert_eq!(source_tag_start("ASEAN-Nhật Bản hợp tác"), None);
        assert!(known_source_tag_start("(QNO) - Ngày 3/3...").is_some());
        let l = "(Web Quảng Trị) Nhân dịp Tết";
        let (t, n) = source_tag_start(l).unwrap();
        assert_eq!((t.as_str(), &l[n..]), ("Web Quảng Trị", "Nhân dịp Tết"));
        assert_eq!(source_tag_start("(Lào) Nhân dịp Tết"), None);
        assert!(is_site_name("• Huế ngày nay Online"));
        assert!(is_site_name("Báo Quảng Trị điện tử"));
        assert!(is_site_name("Báo Quảng Trị"));
        assert!(is_site_name("Baoquangtri.VN"));
        assert!(is_site_name("- Tạp chí Cộng Sản"));
        assert!(is_site_name("Lào Cai ĐIỆN TỬ"));
        assert!(!is_site_name("Báo Quảng Trị ra mắt phiên bản tiếng Lào"));
        assert!(!is_site_name("Hai tỉnh hợp tác trong thương mại điện tử"));
        assert_eq!(source_tag_start("Hai bên - nhất trí"), None);
        let line = "Hai tỉnh ký kết hợp tác (BQT) - Sáng 12/3, tại tỉnh Savannakhet...";
        let (tag, end, lead) = source_tag_inside(line).unwrap();
        assert_eq!(tag, "BQT");
        assert_eq!(&line[..end], "Hai tỉnh ký kết hợp tác");
        assert!(line[lead..].starts_with("Sáng 12/3"));
        assert!(source_tag_inside("Đoàn thăm huyện (tỉnh Savannakhet) - nơi có").is_none());
        let line = "Thanh niên hai nước giao lưu tại Hà Nội TPO - Tối 12/7, hai bên giao lưu.";
        let (tag, end, lead) = source_tag_inside(line).unwrap();
        assert_eq!(
            (tag.as_str(), &line[..end]),
            ("TPO", "Thanh niên hai nước giao lưu tại Hà Nội")
        );
        assert!(line[lead..].starts_with("Tối 12/7"));
        assert!(source_tag_inside("Hợp tác Việt Nam - Lào ngày càng sâu rộng").is_none());
    }

    #[test]
    fn credits() {
        let c = |l: &str| credit_end(l);
        assert_eq!(
            c("Đoàn trao quà cho học sinh. Ảnh: Hồng Vân"),
            Some((
                "Đoàn trao quà cho học sinh.".into(),
                Some("Hồng Vân".into())
            ))
        );
        assert_eq!(
            c("Quang cảnh hội đàm - (Ảnh: Minh Đức/quangtri.gov.vn). |"),
            Some((
                "Quang cảnh hội đàm".into(),
                Some("Minh Đức/quangtri.gov.vn".into())
            ))
        );
        assert_eq!(
            c("Lễ ký kết diễn ra trang trọng. ẢNH: T.L"),
            Some(("Lễ ký kết diễn ra trang trọng.".into(), Some("T.L".into())))
        );
        assert_eq!(
            c("Đại biểu dâng hương. Ảnh Thanh Hà"),
            Some(("Đại biểu dâng hương.".into(), Some("Thanh Hà".into())))
        );
        assert_eq!(
            c("Bộ đội giúp dân thu hoạch lúa (ảnh: Quốc Tuấn)."),
            Some((
                "Bộ đội giúp dân thu hoạch lúa".into(),
                Some("Quốc Tuấn".into())
            ))
        );
        assert_eq!(
            c("Cửa khẩu quốc tế Lao Bảo (Ảnh minh họa)"),
            Some(("Cửa khẩu quốc tế Lao Bảo".into(), None))
        );
        assert_eq!(
            c("Cầu hữu nghị bắc qua sông Nậm Na (ảnh MINH HOẠ)."),
            Some(("Cầu hữu nghị bắc qua sông Nậm Na".into(), None))
        );
        assert_eq!(
            c("Ông Khăm Phăn nói: hai bên hợp tác tốt. Ảnh: Bảo Ngọc"),
            Some((
                "Ông Khăm Phăn nói: hai bên hợp tác tốt.".into(),
                Some("Bảo Ngọc".into())
            ))
        );
        assert_eq!(
            c("Lễ đón đoàn tại cửa khẩu Na Mèo. Ảnh tư liệu： Hồng Quân"),
            Some((
                "Lễ đón đoàn tại cửa khẩu Na Mèo.".into(),
                Some("Hồng Quân".into())
            ))
        );
        assert_eq!(
            c("Ảnh hưởng của mưa lũ: nhiều tuyến đường bị chia cắt"),
            None
        );
        assert_eq!(c("Hai bên chụp ảnh lưu niệm."), None);
        assert_eq!(
            c("Các đại biểu đã tham quan triển lãm ảnh: nhiều hiện vật quý"),
            None
        );
    }

    #[test]
    fn markdown_and_suffixes() {
        assert_eq!(strip_markdown("## Hợp tác giáo dục"), "Hợp tác giáo dục");
        assert_eq!(strip_markdown("**Sapo in đậm.**"), "Sapo in đậm.");
        assert_eq!(
            strip_markdown("Theo [Báo Nhân Dân](https://nhandan.vn/a) và ![](x.jpg) VOV"),
            "Theo Báo Nhân Dân và VOV"
        );
        assert_eq!(strip_markdown("3 * 4 = 12"), "3 * 4 = 12");
        assert_eq!(
            after_leading_images("![](a.jpg) | Đại biểu dự lễ khánh thành |"),
            Some("Đại biểu dự lễ khánh thành")
        );
        assert_eq!(after_leading_images("![]() |"), None);
        assert_eq!(
            strip_site_suffix("Hai tỉnh ký kết | baoquangtri.vn"),
            "Hai tỉnh ký kết"
        );
        assert_eq!(
            strip_site_suffix("Thanh Hóa - Hủa Phăn: hợp tác"),
            "Thanh Hóa - Hủa Phăn: hợp tác"
        );
        assert!(photo_prefix("Ảnh 2: Trao quà cho học sinh"));
        assert!(!photo_prefix("Ảnh hưởng của bão số 3"));
    }

    #[test]
    fn glued_leads() {
        let l = "Giao lưu bóng đá hữu nghị biên giới dịp Quốc khánh 2/9 Đồn Biên phòng Mỹ Lý phối hợp với Đại đội 222 tổ chức giải bóng đá giao hữu cho thanh niên hai bên biên giới.";
        let start = glued_lead(l).unwrap();
        assert!(l[start..].starts_with("Đồn Biên phòng Mỹ Lý"));
        let l =
            "Hai tỉnh ký kết hợp tác Chiều 3/4, tại thành phố Pakse, hai tỉnh đã ký kết biên bản.";
        assert!(l[glued_lead(l).unwrap()..].starts_with("Chiều 3/4,"));
        assert_eq!(
            glued_lead("Năm 2024 Quân khu 4 hỗ trợ Lào 12 tỷ đồng"),
            None
        );
        let l = "Nhân dịp kỷ niệm ngày 20/10 Hội Liên hiệp Phụ nữ tỉnh Quảng Trị đã trao 50 suất quà cho phụ nữ nghèo huyện Sê Pôn, tỉnh Savannakhet.";
        assert_eq!(glued_lead(l), None);
    }

    #[test]
    fn bylines() {
        for l in [
            "Nguyễn Thanh Hải (CTV)",
            "Văn Chung",
            "Hoàng Anh - TTXVN",
            "Bài và ảnh: Minh Châu",
            "PV",
            "Trần Hoa/VOV-Miền Trung",
            "Theo TTXVN",
            "Theo baochinhphu.vn",
            "Nguồn: Lê Hoàn, Anh Vũ - TVPL",
            "Ngọc Lê - Báo Thanh Hóa",
            "Lê Hà - Quốc Dũng",
            "T.H",
            "N.Q.T",
            "T. Hằng",
            "Trần Hoa - Báo Biên phòng",
            "ThS. Nguyễn Văn An",
            "Thượng tá NGUYỄN VĂN HẢI",
            "TIN, ẢNH: HỒNG NHUNG",
        ] {
            assert!(is_byline(l), "{l}");
        }
        for l in [
            "Đại biểu chụp ảnh lưu niệm",
            "Hai bên ký kết biên bản hợp tác.",
            "Quang cảnh buổi làm việc",
            "Một. Hai.",
            "NaKai",
        ] {
            assert!(!is_byline(l), "{l}");
        }
        assert_eq!(byline_value("Bài và ảnh: Minh Châu"), "Minh Châu");
        assert_eq!(
            byline_value("Nguyễn Thanh Hải (CTV)"),
            "Nguyễn Thanh Hải (CTV)"
        );
    }
}
