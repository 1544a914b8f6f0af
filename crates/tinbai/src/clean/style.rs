//! How a paragraph reads: sentence count, openings, caption style.

use super::lexicon::{
    words, words_head, ADVERBIAL_HEADS, CAPTION_SUBJECTS, CONNECTIVES, PHOTO_VERBS, PROSE_MARKERS,
};
use once_cell::sync::Lazy;
use regex::Regex;

/// A sentence end followed by the start of another sentence.
static SENTENCE_BREAK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"(?:[.!?]|…|\.\.\.)["”’)\]]*\s+["“‘(\[]?[\p{Lu}\d]"#)
        .expect("a valid built-in regex")
});

/// Opening quote marks.
const QUOTES: &[char] = &['"', '“', '‘', '«', '\''];

/// Roughly how many sentences `text` holds (abbreviations may add some).
#[cfg(test)]
pub(crate) fn sentence_count(text: &str) -> usize {
    SENTENCE_BREAK.find_iter(text).count() + 1
}

/// Whether `text` holds more than `n` sentences (a sentence end followed by
/// the start of another marks each but the first), looking no further than needed.
pub(crate) fn more_sentences_than(text: &str, n: usize) -> bool {
    match n {
        0 => true,
        _ if !break_possible(text) => false,
        1 => SENTENCE_BREAK.is_match(text),
        _ => SENTENCE_BREAK.find_iter(text).take(n).count() == n,
    }
}

/// A quick reject before SENTENCE_BREAK: whether some final mark (`.`,
/// `!`, `?`, `…`) is followed, past closing quotes and brackets, by a space,
/// as every match of it is.
fn break_possible(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        let after = match x {
            b'.' | b'!' | b'?' => i + 1,
            // `…` in UTF-8.
            0xE2 if b.get(i + 1..i + 3) == Some(&[0x80, 0xA6][..]) => i + 3,
            _ => return false,
        };
        // Closers are no marks: each is passed over once.
        text.get(after..)
            .unwrap_or("")
            .trim_start_matches(['"', '”', '’', ')', ']'])
            .starts_with(char::is_whitespace)
    })
}

/// Whether `text` ends with a sentence-final mark (before closing quotes or brackets).
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', ')', ']', ' ']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether `text` opens with a connective that continues a story under way
/// (`Đồng thời`, `Tại buổi làm việc`, `Dịp này`).
pub(crate) fn opens_with_connective(text: &str) -> bool {
    CONNECTIVES.opening_text(text).is_some()
}

/// Whether `text` opens with an adverbial phrase closed by a comma within its
/// first seven words (`Chiều 22/6, ...`, `Tại buổi hội đàm, ...`).
pub(crate) fn opens_with_adverbial(text: &str) -> bool {
    let Some(comma) = text.find(',') else {
        return false;
    };
    text[..comma].split_whitespace().count() <= 7 && ADVERBIAL_HEADS.opening_text(text).is_some()
}

/// [`opens_with_adverbial`] given the [`words`] form `w` of `text`.
fn adverbial_opening(text: &str, w: &str) -> bool {
    let Some(comma) = text.find(',') else {
        return false;
    };
    text[..comma].split_whitespace().count() <= 7 && ADVERBIAL_HEADS.opening(w).is_some()
}

/// Whether `text` is `Role Name: what they said` (a speaker caption).
pub(crate) fn speaker_colon(text: &str) -> bool {
    let Some((head, rest)) = text.split_once(':') else {
        return false;
    };
    let n = head.split_whitespace().count();
    let last_capital = head
        .split_whitespace()
        .last()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    (2..=16).contains(&n) && !head.contains(',') && last_capital && rest.trim().chars().count() > 10
}

/// Whether `text` starts like a caption: a capital, a digit, or `...` continuing one.
fn caption_opening(text: &str) -> bool {
    if text.starts_with("...") || text.starts_with('…') {
        return true;
    }
    text.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `text` is in photo-caption style: short, one sentence, opening
/// with its subject (or a photo verb), no aspect or purpose words (`đã`,
/// `sẽ`, `góp phần`), no connective or adverbial opening, no speech.
pub(crate) fn caption_style(text: &str, max_chars: usize) -> bool {
    let n = text.chars().count();
    // Too long even for a caption naming people: no need for its words.
    if n > max_chars + 100 {
        return false;
    }
    // The rejects that do not depend on the words first (each is a plain
    // reject: their order does not change the answer).
    if text.split_whitespace().count() < 3 || !caption_opening(text) {
        return false;
    }
    if text.starts_with(QUOTES) || text.ends_with([':', ';', ',']) || text.contains(": ") {
        return false;
    }
    // One sentence.
    if more_sentences_than(text, 1) {
        return false;
    }
    // A caption naming people with their offices (`Đồng chí X, Ủy viên ...,
    // Bí thư ... và đồng chí Y, ...`) runs longer and holds more commas.
    // One head of the words form for both opening lists.
    let head = words_head(text, CAPTION_SUBJECTS.max_len().max(CONNECTIVES.max_len()));
    let person = CAPTION_SUBJECTS.opening(&head).is_some();
    let (max_chars, max_commas) = if person {
        (max_chars + 100, usize::MAX)
    } else {
        (max_chars, 3)
    };
    // Not a long enumeration.
    if n > max_chars || text.matches(',').count() > max_commas {
        return false;
    }
    if CONNECTIVES.opening(&head).is_some() {
        return false;
    }
    // A line with no final mark is not story prose (a story paragraph ends
    // with one): it reads as a caption.
    if !ends_sentence(text) {
        return true;
    }
    let w = words(text);
    // A full sentence is a caption when it has no prose words and holds a
    // photo cue: a scene verb, or a person or group as its subject.
    if PROSE_MARKERS.occurs_in(&w) || adverbial_opening(text, &w) {
        return false;
    }
    text.ends_with("...") || text.ends_with('…') || person || PHOTO_VERBS.occurs_in(&w)
}

/// Whether the first paragraph after a headline can be its lead (sapo): it
/// introduces the story rather than continuing it, is not a quote, and is
/// summary-sized.
pub(crate) fn lead_eligible(text: &str) -> bool {
    !opens_with_connective(text)
        && !text.starts_with(QUOTES)
        && !text.starts_with(['-', '+', '•', '*'])
        && text.chars().count() <= 1000
        && !more_sentences_than(text, 4)
}

/// Whether `text` reads like a headline or a teaser title: short, no final
/// mark.
pub(crate) fn headline_like(text: &str) -> bool {
    text.chars().count() <= 200 && !ends_sentence(text) && !text.ends_with([':', ';', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sentences() {
        assert_eq!(sentence_count("Một câu."), 1);
        assert_eq!(sentence_count("Câu một. Câu hai! Câu 3? “Câu bốn”"), 4);
        assert_eq!(sentence_count("Tỷ lệ 1.218 lượt, 1,5 ha."), 1);
        let four = "Câu một. Câu hai! Câu 3? “Câu bốn”";
        assert!(more_sentences_than(four, 3) && !more_sentences_than(four, 4));
        assert!(more_sentences_than(four, 1) && more_sentences_than("", 0));
        assert!(!more_sentences_than("Một câu.", 1));
    }

    #[test]
    fn break_check_rejects_only_what_the_regex_does() {
        for t in [
            "Một câu.",
            "Câu một. Câu hai! Câu 3? “Câu bốn”",
            "Tỷ lệ 1.218 lượt, 1,5 ha.",
            "Đoàn đến… Sau đó",
            "Đoàn đến…\u{a0}Sau đó",
            "Ông nói: “Tốt.” Sau đó",
            "Ông nói (tốt.)) 2 bên",
            "Hết.\tMới",
            "a.b.c",
            "...",
            "… ",
            "",
            "Không dấu câu",
        ] {
            assert_eq!(
                more_sentences_than(t, 1),
                SENTENCE_BREAK.is_match(t),
                "{t:?}"
            );
            if !break_possible(t) {
                assert!(!SENTENCE_BREAK.is_match(t), "{t:?}");
            }
        }
    }

    #[test]
    fn captions_look_like_captions() {
        for t in [
            "Đại biểu hai huyện chụp ảnh lưu niệm.",
            "Lãnh đạo tỉnh Quảng Trị tặng quà Bộ CHQS tỉnh Savannakhet",
            "Trao tặng 50 suất học bổng cho học sinh bản Na Bon.",
            "Thiếu tướng Trần Văn Hòa, Phó Tư lệnh Quân khu 5 phát biểu tại buổi hội đàm",
            "... và thăm mô hình trồng cà phê tại huyện Mường Phìn.",
            "Văn nghệ chào mừng đêm giao lưu",
            "Hai bên kiểm tra và ghi nhận kết quả, thống nhất lịch tuần tra tiếp theo",
            "Đồng chí Xổm Phon Xay, Phó Tỉnh trưởng tỉnh Sê Kông mong muốn hai bên chia sẻ kinh nghiệm.",
            "Đồng chí Trần Văn Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Trị và đồng chí Bun Thoong Phôm Vi Hản, Ủy viên Trung ương Đảng, Tỉnh trưởng tỉnh Savannakhet.",
        ] {
            assert!(caption_style(t, 160), "{t}");
        }
        for t in [
            "Hai bên đã ký kết biên bản ghi nhớ hợp tác.",
            "Dịp này, tỉnh Quảng Trị trao tặng 100 suất quà.",
            "Chiều 12/4, đoàn công tác thăm đồn Biên phòng Thanh.",
            "Cùng nhau xây dựng đường biên giới hòa bình, hữu nghị.",
            "Hội đàm diễn ra trong hai ngày. Hai bên thống nhất nhiều nội dung.",
            "Ông Lê Văn Dũng cho biết: “Đây là năm thứ ba hai huyện hợp tác”",
            "Các nội dung chính gồm:",
            // A full sentence with no photo cue is story prose.
            "Hai tỉnh giao các sở, ngành xây dựng đề án, trình lãnh đạo trong quý III.",
        ] {
            assert!(!caption_style(t, 160), "{t}");
        }
    }

    #[test]
    fn speaker_captions() {
        assert!(speaker_colon(
            "Phó Chủ tịch UBND huyện A Lưới Hồ Văn Ngọc: Hai huyện sẽ tiếp tục phối hợp chặt chẽ."
        ));
        assert!(!speaker_colon(
            "Hai bên thống nhất nhấn mạnh: phát huy truyền thống."
        ));
    }

    #[test]
    fn leads() {
        assert!(lead_eligible(
            "Sáng 12/3, tại thành phố Đông Hà, UBND tỉnh Quảng Trị hội đàm với tỉnh Savannakhet."
        ));
        assert!(!lead_eligible(
            "Tại buổi hội đàm, hai bên nhất trí nhiều nội dung."
        ));
        assert!(!lead_eligible(
            "“Chúng tôi luôn coi bạn Lào như anh em,” ông nói."
        ));
    }

    #[test]
    fn headlines() {
        assert!(headline_like("Hai huyện biên giới ký kết hợp tác"));
        assert!(!headline_like("Hai huyện biên giới ký kết hợp tác."));
    }
}
