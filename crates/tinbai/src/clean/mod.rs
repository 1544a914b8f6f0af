//! Cleaning: one label per input line, metadata, kept paragraphs and text.
//!
//! The input is split on `\n` (a `\r` before it is dropped; a lone `\r`
//! inside a line also separates paragraphs, which then share the line's
//! number; a BOM is ignored). Each line is tidied
//! ([`normalize::clean_line`]: NFC, one kind of space, no stray space before
//! punctuation; table pipes around it, heading marks, emphasis around the
//! whole line and inline images go, links keep their text) and labelled in
//! four passes. Every word list is a `data/clean_*.txt` file.
//!
//! 1. **Furniture and metadata, line by line.** Image markdown, file names
//!    and alternative text standing for a photo (`... - Ảnh 1.`), related-story block headers, share buttons, font-size controls,
//!    breadcrumbs and lone section names, tag lines, subscription prompts,
//!    copyright lines, view counters, share bars (`Chia sẻ Facebook Zalo`),
//!    lines with no letter (`1/4`, `00:00 / 04:35`) or no Latin letter (a
//!    language switcher), weather widgets, account and search links, and
//!    `[Video] ...` teasers
//!    are `drop` (a `[Ảnh] ...` teaser opening the page above the story's
//!    first paragraph is its headline, tag taken off). A `date
//!    YYYY-MM[-DD]` header, a dateline (`16/09/2025 15:38 GMT +7`, `Thứ Hai,
//!    3/2/2025 - 09:15`, `Chính trị 18-05-2022`, `Ngày 16 tháng 9 năm 2025`,
//!    `Sep 16, 2025 | 3:38 PM`), a source tag or a photo
//!    credit alone on a line is `meta`; glued before content, the date header
//!    or a timed or labelled (`Ngày đăng: ...`) dateline is taken off and
//!    the rest labelled as usual (an
//!    author after it, `15:38 | Đức Thịnh`, makes a `byline`). An
//!    author line closed by a dateline (`Hà Oai - Phan Vĩnh 15:29
//!    26/01/2026`) is a `byline` giving the date.
//! 2. **The end of the story.** The first related-story block header (`Tin
//!    liên quan`, `Đọc thêm`, `Multimedia`, `Các tin khác`..., or a short
//!    line made only of block-header words: `Các tin, bài viết khác`), the first
//!    teaser title written twice in a row (with another such pair after it,
//!    or at the page's end: one pair alone may be a photo caption given
//!    twice), or a name-only author line after the story's paragraphs
//!    (`TRÀ NGUYỄN`, with a `Theo X` line under it; not when a story
//!    paragraph follows right under it: that is a subheading), or a `Theo
//!    TTXVN` / `Nguồn: ...` source line after them ends the story: every
//!    later line is `drop`. A block header right after the headline and
//!    lead, or one under which (past a few teaser titles) story paragraphs
//!    go on with none of a page's trailing lists after them, heads an inline
//!    box: it and the teaser titles under it are dropped, and the story goes
//!    on.
//! 3. **Title, byline, link lists.** A site's name above the headline, the
//!    page's description above it (written again as the sapo), and
//!    short section labels (four words at most, no final mark) stacked above
//!    a headline-like line, are dropped; so is an outlet's name under it. The headline is the first content line, without a section
//!    word glued before it (`Quốc phòng`, `Xã hội`: the site's breadcrumb,
//!    when a capital follows) or a site name closing it. A headline glued to
//!    its lead, by a source tag (`... biên giới (QNO) - Chiều 28/11, ...`,
//!    or a known agency or domain without brackets: `... Hà Nội TPO - Tối ...`),
//!    before a time adverbial (`... Quốc khánh 2/9 Ngày 1/9, ...`) or after
//!    the number closing the headline (`... dịp lễ 30/4 Đồn Biên phòng ...`),
//!    gives a title and a lead paragraph on the same line. When the first content
//!    line opens with a source tag or reads as a paragraph (more than 200
//!    characters, or a full stop after more than 120, several sentences or
//!    an adverbial opening), there is no headline and it is the lead. The
//!    byline is the last content line when it is name-shaped (2–5
//!    capitalised words, `(CTV)`, `- TTXVN`, `Theo TTXVN`, `Nguồn: ...`);
//!    teaser titles after it are dropped, and so is a closing tag word of one
//!    to three words. A name-only line right under the headline is a byline
//!    too. Two or more other stories' titles each followed by a dated
//!    summary (`Sáng 20/10, ...`) closing the page are dropped. Two or more
//!    adjacent short lines with no final mark (not a list the story
//!    introduces with `:` or marks and numbers as one) and nothing
//!    tying them to a photo are links to other stories: `drop`.
//! 4. **Lead, body, caption**, in order:
//!    - a line closing with a photo credit, a line opening with `Ảnh:`, text
//!      after image markdown on its line, a line right after an image
//!      (short, or `Role Name: quote`), a line in table pipes, a line before
//!      a credit-only line, and a `...` line continuing a caption are
//!      captions;
//!    - the first paragraph after the headline (captions aside: there, a
//!      caption-style line without a final mark) is the lead when it opens
//!      with a source tag, or when it introduces the story: it
//!      does not open with a connective that refers back to an event already
//!      told (`Tại buổi làm việc`, `Đồng thời`, `Dịp này`, `Đây là`: the
//!      sapo was not scraped), is not a quote, and has at most four
//!      sentences;
//!    - any other short line (≤ 160 characters, one sentence, fewer than four
//!      commas; ≤ 260 characters and any commas when it opens with a person
//!      named with their offices) in caption style is a caption. A story
//!      paragraph ends with a full stop, so a short line without a final mark
//!      (and no connective opening) is a caption. A full sentence is one when
//!      it reads as Vietnamese captions do, describing the photographed moment
//!      in the present: no aspect, purpose or reporting words (`đã`, `sẽ`,
//!      `góp phần`, `thống nhất`), no adverbial opening, and a photo cue
//!      (`tặng quà`, `ký kết`, `chụp ảnh`, `tham quan`, `tại`...) or a person
//!      or group as its subject (`Đồng chí`, `Đại tá`, `Lãnh đạo`, `Đoàn`);
//!    - a subheading (in capitals, `CHUNG TAY PHÁT TRIỂN`, or a markdown
//!      heading or bold line with no final mark) is body;
//!    - everything else is body.
//!
//! A source tag opening one of the first two story paragraphs is taken off
//! even when that paragraph is not the lead.
//! A long paragraph given again (a sapo written twice) is dropped, and a
//! known agency or site name after the headline's last ` - ` or ` | `
//! (` - VietnamPlus`) is not part of the title.
//!
//! On a page laid out in a table (most text lines in pipes) pipes do not
//! mark captions.
//!
//! Source tags and credits are taken off their lines into [`Meta`], bare
//! (`QNO`, `B.P`); credits are distinct, in order of first appearance. No
//! date is guessed: only a date header or a dateline gives one.
//!
//! [`normalize::clean_line`]: crate::normalize::clean_line

mod lexicon;
mod lines;
mod style;

use crate::document::{LineLabel, Meta, Paragraph, ParagraphKind};
use crate::{Options, ToneStyle};
use lines::Furniture;
use std::cell::OnceCell;

/// What cleaning gives: labels, metadata, kept paragraphs and their text.
///
/// ```
/// let c = tinbai::clean::clean("Tiêu đề\n\nNội dung.\n", &tinbai::Options::default());
/// assert_eq!(c.lines.len(), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Metadata taken off the lines.
    pub meta: Meta,
    /// One label per input line.
    pub lines: Vec<LineLabel>,
    /// Kept paragraphs, byte ranges into `text`.
    pub paragraphs: Vec<Paragraph>,
    /// Kept paragraphs joined with `\n`.
    pub text: String,
}

/// One logical line while it is being labelled.
#[derive(Debug)]
struct Line {
    /// Input line number (the input split on `\n`).
    phys: usize,
    /// Tidied text, table pipes and glued date headers taken off.
    text: String,
    /// Whether the line was wrapped in table pipes.
    piped: bool,
    /// Whether image markdown opened the line (its text is a caption).
    inline_image: bool,
    /// Whether the line was a markdown heading or wholly in bold (a
    /// subheading when short and without a final mark).
    heading: bool,
    /// The label, once decided.
    label: Option<LineLabel>,
    /// Furniture kind, when furniture.
    furniture: Option<Furniture>,
    /// A date found on the line (header or dateline).
    date: Option<String>,
    /// A source tag alone on the line.
    tag: Option<String>,
    /// A credit alone on the line.
    credit: Option<String>,
    /// An author named on a dated author line.
    author: Option<String>,
    /// Kept paragraphs this line gives.
    paras: Vec<(ParagraphKind, String)>,
    /// Credits taken off the end of this line.
    para_credits: Vec<String>,
    /// [`lines::credit_end`] of `text`, once asked (every pass asks it of
    /// the same text).
    credit_end: OnceCell<Option<(String, Option<String>)>>,
}

impl Line {
    fn new(phys: usize, raw: &str) -> Line {
        let tidy = crate::normalize::clean_line(raw);
        let mut t = tidy.as_str();
        let mut piped = false;
        loop {
            let s = t.trim();
            match s.strip_prefix('|').or_else(|| s.strip_suffix('|')) {
                Some(rest) => {
                    piped = true;
                    t = rest;
                }
                None => break,
            }
        }
        let text = t.trim().to_string();
        // A table cell with only pipes left held an image that was not scraped.
        let (label, furniture) = match (text.is_empty(), piped) {
            (true, true) => (Some(LineLabel::Drop), Some(Furniture::Image)),
            (true, false) => (Some(LineLabel::Blank), None),
            _ => (None, None),
        };
        Line {
            phys,
            text,
            piped,
            inline_image: false,
            heading: false,
            label,
            furniture,
            date: None,
            tag: None,
            credit: None,
            author: None,
            paras: Vec::new(),
            para_credits: Vec::new(),
            credit_end: OnceCell::new(),
        }
    }

    /// Sets the line's text, forgetting what was read from the old one.
    fn set_text(&mut self, text: String) {
        self.text = text;
        self.credit_end = OnceCell::new();
    }

    /// A photo credit closing the line ([`lines::credit_end`]).
    fn credit_end(&self) -> Option<&(String, Option<String>)> {
        self.credit_end
            .get_or_init(|| lines::credit_end(&self.text))
            .as_ref()
    }

    fn is_content(&self) -> bool {
        self.label.is_none()
    }
}

/// Pass 1: furniture and metadata line by line.
fn mark_furniture(line: &mut Line) {
    if line.label.is_some() {
        return;
    }
    if let Some(rest) = lines::after_leading_images(&line.text) {
        line.set_text(rest.to_string());
        line.inline_image = true;
    }
    line.heading = lines::heading_markup(&line.text);
    let text = lines::strip_markdown(&line.text);
    if text.is_empty() {
        line.label = Some(LineLabel::Drop);
        return;
    }
    line.set_text(text);
    // A short line's key, normalised once for the lists.
    let kp = lines::short_key(&line.text);
    if let Some(f) = lines::furniture_in(&line.text, kp.as_ref()) {
        line.furniture = Some(f);
        line.label = Some(LineLabel::Drop);
        return;
    }
    // A section name before a dateline (`Chính trị 18-05-2022`).
    let sec = lines::section_prefix_in(&line.text, kp.as_ref());
    if sec > 0 && sec < line.text.len() {
        if let Some((d, n)) = lines::dateline(line.text[sec..].trim_start()) {
            if n == line.text[sec..].trim_start().len() {
                line.date = Some(d);
                line.label = Some(LineLabel::Meta);
                return;
            }
        }
    }
    // A date header or a timed dateline glued before content is metadata.
    let mut cut = 0;
    if let Some((d, n)) = lines::date_header(&line.text) {
        line.date = Some(d);
        cut = n;
    }
    if let Some((d, n)) = lines::dateline(&line.text[cut..]) {
        if line.date.is_none() {
            line.date = Some(d);
        }
        cut += n;
    }
    if cut > 0 {
        let rest = line.text[cut..]
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ',')
            })
            .trim_end()
            .to_string();
        line.set_text(rest);
        if line.text.is_empty() {
            line.label = Some(LineLabel::Meta);
            return;
        }
        // `16/09/2025 15:38 GMT+7 | Đức Thịnh`: the author after the dateline.
        if lines::is_name_line(&line.text) {
            line.author = Some(lines::byline_value(&line.text));
            line.label = Some(LineLabel::Byline);
            return;
        }
        if let Some(f) = lines::furniture(&line.text) {
            line.furniture = Some(f);
            line.label = Some(LineLabel::Drop);
            return;
        }
    }
    // Letterless lines (gallery counters, player clocks) once datelines are out.
    if lines::letterless(&line.text) {
        line.label = Some(LineLabel::Drop);
        line.furniture = Some(Furniture::Drop);
        return;
    }
    if let Some((who, d)) = lines::dated_byline(&line.text) {
        line.author = Some(who);
        line.date.get_or_insert(d);
        line.label = Some(LineLabel::Byline);
        return;
    }
    if let Some((tag, n)) = lines::source_tag_start(&line.text) {
        if line.text[n..].trim().is_empty() {
            line.tag = Some(tag);
            line.label = Some(LineLabel::Meta);
            return;
        }
    }
    let alone = line
        .credit_end()
        .filter(|(head, _)| head.is_empty())
        .map(|(_, credit)| credit.clone());
    if let Some(credit) = alone {
        line.credit = credit;
        line.label = Some(LineLabel::Meta);
    }
}

/// Whether the [`lexicon::key`] of `text` is `k`, normalising no more of
/// `text` than `k` can match (a head of the key longer than `k` is not it).
fn same_key(text: &str, k: &str) -> bool {
    if text.contains('Σ') {
        return lexicon::key(text) == k;
    }
    lexicon::key_head(text, k.len()) == k
}

/// Indices of the content lines (no label yet) in `range`.
fn content(lines: &[Line], from: usize) -> impl Iterator<Item = usize> + '_ {
    (from..lines.len()).filter(move |&i| lines[i].is_content())
}

/// Whether line `i` sits next to a photo: right after an image, or right
/// before a credit alone on its line (a name-only caption).
fn near_photo(lines: &[Line], i: usize) -> bool {
    let prev = (0..i)
        .rev()
        .find(|&j| lines[j].label != Some(LineLabel::Blank));
    let next = (i + 1..lines.len()).find(|&j| lines[j].label != Some(LineLabel::Blank));
    prev.is_some_and(|j| lines[j].furniture == Some(Furniture::Image))
        || next.is_some_and(|j| lines[j].credit.is_some())
}

/// Whether `text` is an author line that can close a story before other
/// content: name-shaped, and not a capitalised subheading (`TĂNG CƯỜNG HỢP
/// TÁC`: more than three words in capitals, or holding a scene or prose word).
fn closing_author(text: &str) -> bool {
    if !lines::is_name_line(text) {
        return false;
    }
    let caps = !text.chars().any(char::is_lowercase);
    let w = lexicon::words(text);
    let subheading = (caps && text.split_whitespace().count() > 3)
        || lexicon::PHOTO_VERBS.occurs_in(&w)
        || lexicon::PROSE_MARKERS.occurs_in(&w)
        || lexicon::SECTIONS.contains_key(w.trim());
    !subheading
}

/// Whether a story paragraph (over 80 characters, ending a sentence)
/// comes right after line `i`, with nothing but blank lines between: then a
/// name-shaped line `i` is a subheading (`TÌNH HỮU NGHỊ`), not the author
/// closing the story (after an author come block headers and teaser titles).
fn story_paragraph_follows(lines: &[Line], i: usize) -> bool {
    let next = (i + 1..lines.len()).find(|&j| lines[j].label != Some(LineLabel::Blank));
    next.is_some_and(|j| {
        let l = &lines[j];
        l.is_content() && l.text.chars().count() > 80 && style::ends_sentence(&l.text)
    })
}

/// Whether a headline-like line is written twice in a row somewhere after
/// line `i` (within the next 120 lines).
fn another_pair(lines: &[Line], i: usize) -> bool {
    let mut prev: Option<&str> = None;
    let window = i + 1..lines.len().min(i + 121);
    for j in window.filter(|&j| lines[j].is_content()) {
        let t = lines[j].text.as_str();
        if prev == Some(t) && style::headline_like(t) {
            return true;
        }
        prev = Some(t);
    }
    false
}

/// Whether the story goes on after the related-story box headed at line
/// `i`: under at most eight teaser titles come two or more story paragraphs
/// (over 150 characters, ending a sentence) before the next block header,
/// more of them than images and teaser lines (`[Video] ...`), and nothing
/// there looks like a page's trailing lists (a title written twice, titles
/// each followed by a summary).
fn story_resumes(lines: &[Line], i: usize) -> bool {
    let mut j = i + 1;
    let mut titles = 0;
    while j < lines.len() {
        if lines[j].is_content() {
            if !style::headline_like(&lines[j].text) {
                break;
            }
            titles += 1;
            if titles > 8 {
                return false;
            }
        } else if lines[j].furniture.is_some() {
            return false;
        }
        j += 1;
    }
    let mut long = 0;
    // Images and teaser lines among what follows: cues of a page's lists.
    let mut cues = 0;
    // Teaser titles each followed by a summary read as a list.
    let mut title_then_summary = 0;
    let mut prev: Option<&str> = None;
    for line in &lines[j..] {
        match line.furniture {
            Some(Furniture::BlockHeader) => break,
            Some(_) => {
                cues += 1;
                continue;
            }
            None => {}
        }
        if line.is_content() {
            let t = line.text.as_str();
            if prev == Some(t) {
                return false;
            }
            let is_long = t.chars().count() > 150 && style::ends_sentence(t);
            if is_long {
                long += 1;
                if prev.is_some_and(style::headline_like) {
                    title_then_summary += 1;
                }
            }
            prev = Some(t);
        }
    }
    long >= 2 && title_then_summary < 2 && long > cues
}

/// Pass 2: where the story ends (first line of trailing furniture), and
/// inline related-story boxes near the top dropped.
fn find_end(lines: &mut [Line], title: usize) -> usize {
    // How many content lines there are from each line on.
    let mut after = vec![0usize; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        after[i] = after[i + 1] + usize::from(lines[i].is_content());
    }
    let mut seen = 0usize;
    let mut i = title + 1;
    let mut prev_content: Option<usize> = None;
    while i < lines.len() {
        if lines[i].furniture == Some(Furniture::BlockHeader) {
            if seen > 1 && !story_resumes(lines, i) {
                return i;
            }
            // An inline box (right after the headline and lead, or with the
            // story going on under it): a few teaser titles under it.
            let mut j = i + 1;
            let mut titles = 0;
            while j < lines.len() && lines[j].furniture != Some(Furniture::BlockHeader) {
                if lines[j].is_content() {
                    if !style::headline_like(&lines[j].text) || titles == 12 {
                        break;
                    }
                    lines[j].label = Some(LineLabel::Drop);
                    titles += 1;
                }
                j += 1;
            }
            i = j;
            continue;
        }
        if lines[i].is_content() {
            // An author line after the story's paragraphs ends it (what
            // follows is other stories' teasers).
            // A `Theo TTXVN` source line after the story's paragraphs ends it.
            if seen >= 2
                && lines::is_source_line(&lines[i].text)
                && !near_photo(lines, i)
                && !story_paragraph_follows(lines, i)
            {
                return i + 1;
            }
            if seen >= 2
                && closing_author(&lines[i].text)
                && !near_photo(lines, i)
                && !story_paragraph_follows(lines, i)
            {
                // with a `Theo X` line under it.
                let next = content(lines, i + 1).next();
                return match next {
                    Some(j) if lines::is_byline(&lines[j].text) => j + 1,
                    _ => i + 1,
                };
            }
            // Teaser titles written twice in a row end the story; a single
            // pair may be a photo caption given twice, so another pair must
            // follow, or the page end.
            if let Some(p) = prev_content {
                if seen > 2
                    && lines[p].text == lines[i].text
                    && style::headline_like(&lines[i].text)
                    && (another_pair(lines, i) || after[i + 1] <= 1)
                {
                    return p;
                }
            }
            prev_content = Some(i);
            seen += 1;
        }
        i += 1;
    }
    lines.len()
}

/// Takes a section word or breadcrumb off the front of a headline when a
/// capitalised word follows it: `Quốc phòng Quảng Nam, ...` → `Quảng Nam,
/// ...`; not a sector that is the headline's subject (`Biên phòng Quảng
/// Trị giao ban ...`, `Y tế Hà Tĩnh ...`).
fn strip_section(title: &str) -> &str {
    let end = lines::section_prefix(title);
    if end == 0 || end >= title.len() {
        return title;
    }
    // `Biên phòng Quảng Trị ...`: a sector naming the headline's subject.
    let head = title[..end].trim_end_matches([' ', '>', '»', '›', '|', '/']);
    if lexicon::SUBJECT_SECTIONS.contains_key(&lexicon::key(head)) {
        return title;
    }
    let rest = title[end..].trim_start_matches([' ', '>', '»', '›', '|', '/']);
    let capital = rest.chars().next().is_some_and(|c| c.is_uppercase());
    if capital && rest.split_whitespace().count() >= 3 {
        rest
    } else {
        title
    }
}

/// Whether the first content line `t` is the page's description given above
/// the headline: a paragraph (over 80 characters, ending a sentence) written
/// again within the next four content lines (as the sapo).
fn description_above(lines: &[Line], t: usize) -> bool {
    let text = &lines[t].text;
    text.len() > 80
        && style::ends_sentence(text)
        && content(lines, t + 1)
            .take(4)
            .any(|j| lines[j].text == *text)
}

/// Whether the first content line `t` is a section label or a site's name
/// above the headline (`Hoạt động đối ngoại`, `Quân đội nhân dân`): at most
/// four words with no final mark, above (past more such labels: a menu) a
/// headline-like line of six words or more, with no image between.
fn section_label(lines: &[Line], t: usize) -> bool {
    let short = |l: &Line| {
        l.text.split_whitespace().count() <= 4
            && !style::ends_sentence(&l.text)
            && !l.text.ends_with(':')
            && !l.piped
            && !l.inline_image
    };
    if !short(&lines[t]) {
        return false;
    }
    // Past more such labels (a menu), the headline.
    let mut labels = 0;
    let mut j = t + 1;
    while j < lines.len() {
        let l = &lines[j];
        if l.furniture == Some(Furniture::Image) {
            return false;
        }
        if l.is_content() {
            if !short(l) || labels == 30 {
                break;
            }
            labels += 1;
        }
        j += 1;
    }
    lines.get(j).is_some_and(|next| {
        let m = next.text.split_whitespace().count();
        m >= 6 && style::headline_like(&next.text) && !next.piped && !next.inline_image
    })
}

/// Pass 3a: the headline. Returns whether a lead was found with it.
fn label_title(line: &mut Line, meta: &mut Meta) -> bool {
    let text = lines::strip_site_suffix(strip_section(&line.text)).to_string();
    if let Some((tag, n)) = lines::known_source_tag_start(&text) {
        meta.source_tag.get_or_insert(tag);
        line.label = Some(LineLabel::Lead);
        line.paras
            .push((ParagraphKind::Lead, text[n..].trim().to_string()));
        return true;
    }
    if let Some((tag, end, lead)) = lines::source_tag_inside(&text) {
        meta.source_tag.get_or_insert(tag);
        line.label = Some(LineLabel::Title);
        line.paras
            .push((ParagraphKind::Title, text[..end].trim().to_string()));
        line.paras
            .push((ParagraphKind::Lead, text[lead..].trim().to_string()));
        return true;
    }
    let n = text.chars().count();
    let full_stop = text.ends_with('.') && !text.ends_with("..");
    if n > 150 && style::ends_sentence(&text) {
        if let Some(start) = lines::glued_lead(&text) {
            line.label = Some(LineLabel::Title);
            line.paras
                .push((ParagraphKind::Title, text[..start].trim().to_string()));
            line.paras
                .push((ParagraphKind::Lead, text[start..].trim().to_string()));
            return true;
        }
    }
    let paragraph_like = n > 200
        || (full_stop
            && (n > 120
                || style::more_sentences_than(&text, 1)
                || style::opens_with_adverbial(&text)
                || style::opens_with_connective(&text)));
    if n > 200 || (paragraph_like && style::ends_sentence(&text)) {
        line.label = Some(LineLabel::Lead);
        line.paras.push((ParagraphKind::Lead, text));
        return true;
    }
    line.label = Some(LineLabel::Title);
    line.paras.push((ParagraphKind::Title, text));
    false
}

/// Pass 3b: the byline, scanning back from the end over teaser titles.
fn label_byline(lines: &mut [Line], title: usize, end: usize, meta: &mut Meta) {
    let mut tail: Vec<usize> = content(&lines[..end], title + 1).collect();
    // A last line of one to three words with no final mark is a tag or a
    // section name, not story text.
    if let Some(&last) = tail.last() {
        let t = &lines[last].text;
        if tail.len() > 1
            && t.split_whitespace().count() <= 3
            && !style::ends_sentence(t)
            && !lines::is_byline(t)
        {
            lines[last].label = Some(LineLabel::Drop);
            tail.pop();
        }
    }
    for (k, &i) in tail.iter().enumerate().rev().take(12) {
        if k > 0 && lines::is_byline(&lines[i].text) {
            meta.byline = Some(lines::byline_value(&lines[i].text));
            lines[i].label = Some(LineLabel::Byline);
            for &j in &tail[k + 1..] {
                lines[j].label = Some(LineLabel::Drop);
            }
            // An author line right before a `Theo X` line.
            if let Some(&p) = k.checked_sub(1).and_then(|k1| tail.get(k1)) {
                if k > 1 && lines::is_name_line(&lines[p].text) {
                    meta.byline = Some(lines::byline_value(&lines[p].text));
                    lines[p].label = Some(LineLabel::Byline);
                }
            }
            break;
        }
        if !style::headline_like(&lines[i].text) {
            break;
        }
    }
    // An author line under the headline (before or after the sapo).
    for k in 0..2 {
        let (Some(&i), Some(_)) = (tail.get(k), tail.get(k + 1)) else {
            break;
        };
        if lines[i].is_content() && closing_author(&lines[i].text) {
            if meta.byline.is_none() {
                meta.byline = Some(lines::byline_value(&lines[i].text));
            }
            lines[i].label = Some(LineLabel::Byline);
            break;
        }
    }
}

/// Pass 3c: a run of two or more adjacent short lines with no final mark
/// and nothing tying them to a photo is a list of links to other stories
/// (`Hợp tác điện lực: thắp sáng tình hữu nghị Việt - Lào`): dropped.
fn drop_link_runs(lines: &mut [Line], title: usize, end: usize) {
    let teaser = |lines: &[Line], i: usize| {
        let l = &lines[i];
        l.is_content()
            && !l.piped
            && !l.inline_image
            && l.text.chars().count() <= 150
            && style::headline_like(&l.text)
            && l.credit_end().is_none()
            && !near_photo(lines, i)
    };
    let mut i = title + 1;
    while i < end {
        let mut j = i;
        while j < end && teaser(lines, j) {
            j += 1;
        }
        if j - i >= 2 && !story_list(lines, i, j) {
            for line in &mut lines[i..j] {
                line.label = Some(LineLabel::Drop);
            }
        }
        i = j.max(i + 1);
    }
}

/// Whether the short lines `i..j` are a list inside the story rather than
/// links: introduced by a line ending with `:`, or items marked as a list
/// (`- `, `+ `, `• `, `1. `; an unmarked line may introduce them) that are
/// numbered from 1 or have story text after them.
fn story_list(lines: &[Line], i: usize, j: usize) -> bool {
    let prev = (0..i)
        .rev()
        .find(|&k| lines[k].is_content() || lines[k].label.is_some_and(LineLabel::is_kept));
    if prev.is_some_and(|k| lines[k].text.trim_end().ends_with(':')) {
        return true;
    }
    let first = if list_marker(&lines[i].text).is_some() {
        i
    } else {
        i + 1
    };
    let items = &lines[first..j];
    if items.len() < 2 || items.iter().any(|l| list_marker(&l.text).is_none()) {
        return false;
    }
    let numbered = items
        .iter()
        .enumerate()
        .all(|(n, l)| list_marker(&l.text) == Some(Some(n + 1)));
    let story_after = (j..lines.len())
        .find(|&k| lines[k].is_content())
        .is_some_and(|k| {
            lines[k].text.chars().count() > 80 && style::ends_sentence(&lines[k].text)
        });
    numbered || story_after
}

/// The list marker opening `text`: `Some(None)` for a bullet (`- `, `+ `,
/// `• `), `Some(Some(n))` for a number (`1. `, `2) `).
fn list_marker(text: &str) -> Option<Option<usize>> {
    if text.starts_with(['-', '+', '•', '–', '*']) && text.chars().nth(1) == Some(' ') {
        return Some(None);
    }
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    if (1..=2).contains(&digits.len()) && (rest.starts_with(". ") || rest.starts_with(") ")) {
        return Some(digits.parse().ok());
    }
    None
}

/// Whether `text` is a subheading in capitals (`CHUNG TAY PHÁT TRIỂN`):
/// two to twelve words, no lower-case letter, no final mark. It is story
/// text, not a caption.
fn subheading(text: &str) -> bool {
    let n = text.split_whitespace().count();
    (2..=12).contains(&n)
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 6
        && !text.chars().any(char::is_lowercase)
        && !style::ends_sentence(text)
}

/// Pass 3d: other stories' titles each followed by their summary, closing
/// the page with no header over them (`Lai Châu: Ra quân ...` / `Sáng 20/10,
/// Thành đoàn ...`): two or more such pairs at the end of the story are
/// dropped. A summary opens as a dated lead and is at most 400 characters; a
/// title is a short headline-like line with nothing tying it to a photo.
fn drop_trailing_teasers(lines: &mut [Line], title: usize, end: usize) {
    let tail: Vec<usize> = content(&lines[..end], title + 1).collect();
    let mut pairs = 0;
    let mut k = tail.len();
    while k >= 2 {
        let (t, s) = (tail[k - 2], tail[k - 1]);
        let tl = &lines[t];
        let sl = &lines[s];
        let title_like = tl.text.chars().count() <= 150
            && tl.text.split_whitespace().count() >= 4
            && style::headline_like(&tl.text)
            && !tl.piped
            && !tl.inline_image
            && tl.credit_end().is_none()
            && !near_photo(lines, t);
        let summary = sl.text.chars().count() <= 400
            && style::ends_sentence(&sl.text)
            && lines::dated_opening(&sl.text);
        if !(title_like && summary) {
            break;
        }
        pairs += 1;
        k -= 2;
    }
    // The story must keep at least its first paragraphs.
    if pairs >= 2 && k >= 1 {
        for &i in &tail[k..] {
            lines[i].label = Some(LineLabel::Drop);
        }
    }
}

/// State of pass 4.
#[derive(Default)]
struct Flow {
    /// A lead has been given (or cannot be any more).
    lead_done: bool,
    /// A body paragraph has been seen.
    body_seen: bool,
    /// Kept paragraphs given so far.
    paras: usize,
}

/// Pass 4: one content line after the headline.
fn label_story_line(lines: &mut [Line], i: usize, flow: &mut Flow, meta: &mut Meta) {
    let prev = (0..i)
        .rev()
        .find(|&j| lines[j].label != Some(LineLabel::Blank));
    let after_image = prev.is_some_and(|j| lines[j].furniture == Some(Furniture::Image));
    let prev_caption = (0..i)
        .rev()
        .find(|&j| lines[j].label.is_some_and(LineLabel::is_kept))
        .is_some_and(|j| lines[j].label == Some(LineLabel::Caption));
    let next = (i + 1..lines.len()).find(|&j| lines[j].label != Some(LineLabel::Blank));
    let next_credit = next.is_some_and(|j| lines[j].credit.is_some());

    // `Nguồn: TTXVN` under a caption (the story going on after it) is the
    // photo's credit.
    if prev_caption {
        if let Some(credit) = lines::source_credit(&lines[i].text) {
            lines[i].credit = Some(credit);
            lines[i].label = Some(LineLabel::Meta);
            return;
        }
    }
    let mut text = lines[i].text.clone();
    let mut caption = lines[i].inline_image || lines::photo_prefix(&text);
    if let Some((head, credit)) = lines[i].credit_end().cloned() {
        lines[i].para_credits.extend(credit);
        text = head;
        caption = true;
    }
    // A source tag opening one of the first paragraphs (furniture before it
    // may have taken the lead's place).
    if meta.source_tag.is_none() && !caption && flow.paras <= 2 {
        if let Some((tag, n)) = lines::known_source_tag_start(&text) {
            meta.source_tag = Some(tag);
            text = text[n..].trim().to_string();
        }
    }
    let continues = (text.starts_with("...") || text.starts_with('…')) && prev_caption;
    let kind = if caption || continues || next_credit {
        ParagraphKind::Caption
    } else if after_image {
        let n = text.chars().count();
        let short = n <= 160 && !style::opens_with_connective(&text);
        if short || (n <= 450 && style::speaker_colon(&text)) || style::caption_style(&text, 200) {
            ParagraphKind::Caption
        } else {
            ParagraphKind::Body
        }
    } else if subheading(&text) || (lines[i].heading && style::headline_like(&text)) {
        ParagraphKind::Body
    } else if lines[i].piped && text.chars().count() <= 400 {
        // A table cell under a photo.
        ParagraphKind::Caption
    } else if !flow.lead_done && !flow.body_seen {
        if let Some((tag, n)) = lines::source_tag_start(&text) {
            meta.source_tag.get_or_insert(tag);
            text = text[n..].trim().to_string();
            ParagraphKind::Lead
        } else if style::caption_style(&text, 120) && !style::ends_sentence(&text) {
            // A sapo is a full sentence; a caption there has no final mark.
            ParagraphKind::Caption
        } else if style::lead_eligible(&text) {
            ParagraphKind::Lead
        } else {
            ParagraphKind::Body
        }
    } else if style::caption_style(&text, 160) {
        ParagraphKind::Caption
    } else {
        ParagraphKind::Body
    };
    match kind {
        ParagraphKind::Lead => flow.lead_done = true,
        ParagraphKind::Body => {
            flow.lead_done = true;
            flow.body_seen = true;
        }
        _ => {}
    }
    let label = match kind {
        ParagraphKind::Title => LineLabel::Title,
        ParagraphKind::Lead => LineLabel::Lead,
        ParagraphKind::Body => LineLabel::Body,
        ParagraphKind::Caption => LineLabel::Caption,
    };
    if text.is_empty() {
        lines[i].label = Some(LineLabel::Meta);
        return;
    }
    lines[i].label = Some(label);
    lines[i].paras.push((kind, text));
    flow.paras += 1;
}

/// Label every line of `input` and build the kept text.
///
/// ```
/// use tinbai::{LineLabel, Options};
/// let article = "Hai huyện biên giới ký kết hợp tác\n\n\
///     (BQT) - Sáng 5/3, huyện Hướng Hóa và huyện Sê Pôn hội đàm.\n\n\
///     Hai bên trao quà lưu niệm. Ảnh: Thanh Hà\n\n\
///     Tin liên quan\n\nĐoàn công tác thăm bản Đen Sa Vẳn\n";
/// let c = tinbai::clean::clean(article, &Options::default());
/// assert_eq!(c.lines[0], LineLabel::Title);
/// assert_eq!(c.lines[2], LineLabel::Lead);
/// assert_eq!(c.lines[4], LineLabel::Caption);
/// assert_eq!(c.lines[6], LineLabel::Drop);
/// assert_eq!(c.meta.source_tag.as_deref(), Some("BQT"));
/// assert_eq!(c.meta.credits, vec!["Thanh Hà"]);
/// assert_eq!(c.text, "Hai huyện biên giới ký kết hợp tác\n\
///     Sáng 5/3, huyện Hướng Hóa và huyện Sê Pôn hội đàm.\n\
///     Hai bên trao quà lưu niệm.");
/// ```
pub fn clean(input: &str, options: &Options) -> Cleaned {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut n_phys = 0;
    let mut lines: Vec<Line> = Vec::new();
    for (i, raw) in input.split('\n').enumerate() {
        n_phys = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.contains('\r') {
            lines.extend(raw.split('\r').map(|s| Line::new(i, s)));
        } else {
            lines.push(Line::new(i, raw));
        }
    }

    lines.iter_mut().for_each(mark_furniture);
    // A page laid out in a table (most text lines in pipes): pipes do not
    // mark captions there.
    let piped = lines.iter().filter(|l| l.is_content() && l.piped).count();
    let text_lines = lines.iter().filter(|l| l.is_content()).count();
    if piped >= 3 && 2 * piped > text_lines {
        lines.iter_mut().for_each(|l| l.piped = false);
    }

    let mut meta = Meta::default();
    // A `[Ảnh] ...` teaser opening the page, above the story's first
    // paragraph, is the headline of a photo or video story.
    let first = lines
        .iter()
        .position(|l| l.is_content() || l.furniture == Some(Furniture::Teaser));
    if let Some(f) = first.filter(|&f| lines[f].furniture == Some(Furniture::Teaser)) {
        let next = content(&lines, f + 1).next();
        if next.is_some_and(|n| !style::headline_like(&lines[n].text)) {
            let rest = lines::without_teaser_tag(&lines[f].text).to_string();
            lines[f].set_text(rest);
            lines[f].label = None;
            lines[f].furniture = None;
        }
    }
    // A site's name above the headline is furniture.
    let mut title = content(&lines, 0).next();
    // A photo caption above the headline (it closes with a credit) is a
    // caption.
    while let Some(t) = title {
        if lines::is_site_name(&lines[t].text)
            || section_label(&lines, t)
            || description_above(&lines, t)
        {
            lines[t].label = Some(LineLabel::Drop);
        } else if let Some((head, Some(credit))) = lines[t].credit_end().cloned() {
            lines[t].label = Some(LineLabel::Caption);
            lines[t].paras.push((ParagraphKind::Caption, head));
            lines[t].para_credits.push(credit);
        } else {
            break;
        }
        title = content(&lines, t + 1).next();
    }
    let end = match title {
        Some(t) => find_end(&mut lines, t),
        None => lines.len(),
    };
    for line in &mut lines[end..] {
        if line.label != Some(LineLabel::Blank) {
            line.label = Some(LineLabel::Drop);
        }
    }
    // Metadata alone on its lines, and dates glued before content, before the end.
    for line in &lines[..end] {
        if meta.date.is_none() {
            meta.date = line.date.clone();
        }
        if let Some(t) = &line.tag {
            meta.source_tag.get_or_insert_with(|| t.clone());
        }
        if let Some(a) = &line.author {
            meta.byline.get_or_insert_with(|| a.clone());
        }
    }

    if let Some(t) = title {
        let lead_found = label_title(&mut lines[t], &mut meta);
        label_byline(&mut lines, t, end, &mut meta);
        drop_trailing_teasers(&mut lines, t, end);
        drop_link_runs(&mut lines, t, end);
        let mut flow = Flow {
            lead_done: lead_found,
            body_seen: lines[t].label == Some(LineLabel::Lead),
            paras: lines[..=t].iter().map(|l| l.paras.len()).sum(),
        };
        let title_key = match lines[t].paras.first() {
            Some((ParagraphKind::Title, text)) => lexicon::key(text),
            _ => String::new(),
        };
        // Long paragraphs already kept: one given again (a sapo written twice)
        // is dropped.
        let mut kept_long = std::collections::HashSet::new();
        for i in t + 1..end {
            if !lines[i].is_content() {
                continue;
            }
            if lines[i].text.len() >= 80 && !kept_long.insert(lines[i].text.clone()) {
                lines[i].label = Some(LineLabel::Drop);
                continue;
            }
            if lines::is_outlet_line(&lines[i].text) {
                // The site's name under the headline.
                lines[i].label = Some(LineLabel::Drop);
                continue;
            }
            // Only a line about the headline's length can repeat it.
            let repeat = lines[i].text.len() <= title_key.len() + 100
                && lexicon::may_have_key(&lines[i].text, &title_key)
                && same_key(lines::strip_site_suffix(&lines[i].text), &title_key);
            if repeat {
                // The headline written again (page heading and story heading,
                // maybe with the site's name after it).
                lines[i].label = Some(LineLabel::Drop);
                continue;
            }
            label_story_line(&mut lines, i, &mut flow, &mut meta);
        }
    }
    // Credits in order of appearance: those alone on their lines too.
    let mut seen = std::collections::HashSet::new();
    for line in &lines[..end] {
        for c in line.credit.iter().chain(line.para_credits.iter()) {
            if seen.insert(c.as_str()) {
                meta.credits.push(c.clone());
            }
        }
    }

    build(lines, n_phys, meta, options)
}

/// Labels per input line, paragraphs and text from the labelled lines.
fn build(lines: Vec<Line>, n_phys: usize, mut meta: Meta, options: &Options) -> Cleaned {
    let mut out = Cleaned {
        lines: vec![LineLabel::Blank; n_phys],
        ..Cleaned::default()
    };
    // A line split by lone `\r` takes the label of its first kept part, else
    // of its first non-blank part.
    let mut decided = vec![false; n_phys];
    for line in &lines {
        // A kept line must give text; one whose text all went to metadata
        // (a tag or a credit with nothing else) is metadata.
        let label = match line.label {
            Some(l) if l.is_kept() && line.paras.iter().all(|(_, t)| t.is_empty()) => {
                LineLabel::Meta
            }
            Some(l) => l,
            None => LineLabel::Drop,
        };
        let Some(slot) = out.lines.get_mut(line.phys) else {
            continue;
        };
        let d = &mut decided[line.phys];
        if !*d && (label.is_kept() || *slot == LineLabel::Blank) {
            *slot = label;
            *d = label.is_kept();
        }
        for (kind, text) in &line.paras {
            let text = match options.tone {
                ToneStyle::New => crate::normalize::tone_new_style(text).into_owned(),
                ToneStyle::AsWritten => text.clone(),
            };
            if text.is_empty() {
                continue;
            }
            if *kind == ParagraphKind::Title && meta.title.is_none() {
                meta.title = Some(text.clone());
            }
            if !out.text.is_empty() {
                out.text.push('\n');
            }
            let start = out.text.len();
            out.text.push_str(&text);
            out.paragraphs.push(Paragraph {
                kind: *kind,
                span: start..out.text.len(),
                line: line.phys,
            });
        }
    }
    out.meta = meta;
    out
}

#[cfg(test)]
mod tests;
