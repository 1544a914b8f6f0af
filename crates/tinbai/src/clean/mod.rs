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
//!    copyright lines and `[Video] ...` teasers are `drop`. A `date
//!    YYYY-MM[-DD]` header, a dateline (`16/09/2025 15:38 GMT +7`, `Thứ Hai,
//!    3/2/2025 - 09:15`, `Chính trị 18-05-2022`), a source tag or a photo
//!    credit alone on a line is `meta`; glued before content, the date header
//!    or a timed dateline is taken off and the rest labelled as usual. An
//!    author line closed by a dateline (`Hà Oai - Phan Vĩnh 15:29
//!    26/01/2026`) is a `byline` giving the date.
//! 2. **The end of the story.** The first related-story block header (`Tin
//!    liên quan`, `Đọc thêm`, `Multimedia`, `Các tin khác`...), the first
//!    teaser title written twice in a row (with another such pair after it,
//!    or at the page's end: one pair alone may be a photo caption given
//!    twice), or a name-only author line after the story's paragraphs
//!    (`TRÀ NGUYỄN`, with a `Theo X` line under it) ends the story: every
//!    later line is `drop`. A block header right after the headline and
//!    lead, or one under which (past a few teaser titles) story paragraphs
//!    go on with none of a page's trailing lists after them, heads an inline
//!    box: it and the teaser titles under it are dropped, and the story goes
//!    on.
//! 3. **Title, byline, link lists.** A site's name above the headline is
//!    dropped. The headline is the first content line, without a section
//!    word glued before it (`Quốc phòng`, `Xã hội`: the site's breadcrumb,
//!    when a capital follows) or a site name closing it. A headline glued to
//!    its lead, by a source tag (`... biên giới (QNO) - Chiều 28/11, ...`),
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
//!    too. Two or more adjacent short lines with no final mark and nothing
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
//!    - everything else is body.
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
            label,
            furniture,
            date: None,
            tag: None,
            credit: None,
            author: None,
            paras: Vec::new(),
            para_credits: Vec::new(),
        }
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
        line.text = rest.to_string();
        line.inline_image = true;
    }
    let text = lines::strip_markdown(&line.text);
    if text.is_empty() {
        line.label = Some(LineLabel::Drop);
        return;
    }
    line.text = text;
    if let Some(f) = lines::furniture(&line.text) {
        line.furniture = Some(f);
        line.label = Some(LineLabel::Drop);
        return;
    }
    // A section name before a dateline (`Chính trị 18-05-2022`).
    let sec = lines::section_prefix(&line.text);
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
        line.text = line.text[cut..].trim().to_string();
        if line.text.is_empty() {
            line.label = Some(LineLabel::Meta);
            return;
        }
        if let Some(f) = lines::furniture(&line.text) {
            line.furniture = Some(f);
            line.label = Some(LineLabel::Drop);
            return;
        }
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
    if let Some((head, credit)) = lines::credit_end(&line.text) {
        if head.is_empty() {
            line.credit = credit;
            line.label = Some(LineLabel::Meta);
        }
    }
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
/// (over 150 characters, ending a sentence), and nothing after them looks
/// like a page's trailing lists (another block header, an image, a `[Video]`
/// teaser, a title written twice, titles each followed by a summary).
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
    // Teaser titles each followed by a summary read as a list.
    let mut title_then_summary = 0;
    let mut prev: Option<&str> = None;
    for line in &lines[j..] {
        if line.furniture.is_some() {
            return false;
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
    long >= 2 && title_then_summary < 2
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
            if seen >= 2 && closing_author(&lines[i].text) && !near_photo(lines, i) {
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
/// capitalised word follows it: `Quốc phòng Quảng Nam, ...` → `Quảng Nam, ...`.
fn strip_section(title: &str) -> &str {
    let end = lines::section_prefix(title);
    if end == 0 || end >= title.len() {
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
                || style::sentence_count(&text) > 1
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
            && lines::credit_end(&l.text).is_none()
            && !near_photo(lines, i)
    };
    let mut i = title + 1;
    while i < end {
        let mut j = i;
        while j < end && teaser(lines, j) {
            j += 1;
        }
        if j - i >= 2 {
            for line in &mut lines[i..j] {
                line.label = Some(LineLabel::Drop);
            }
        }
        i = j.max(i + 1);
    }
}

/// State of pass 4.
#[derive(Default)]
struct Flow {
    /// A lead has been given (or cannot be any more).
    lead_done: bool,
    /// A body paragraph has been seen.
    body_seen: bool,
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

    let mut text = lines[i].text.clone();
    let mut caption = lines[i].inline_image || lines::photo_prefix(&text);
    if let Some((head, credit)) = lines::credit_end(&text) {
        lines[i].para_credits.extend(credit);
        text = head;
        caption = true;
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

    let mut meta = Meta::default();
    // A site's name above the headline is furniture.
    let mut title = content(&lines, 0).next();
    // A photo caption above the headline (it closes with a credit) is a
    // caption.
    while let Some(t) = title {
        if lines::is_site_name(&lines[t].text) {
            lines[t].label = Some(LineLabel::Drop);
        } else if let Some((head, Some(credit))) = lines::credit_end(&lines[t].text) {
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
        drop_link_runs(&mut lines, t, end);
        let mut flow = Flow {
            lead_done: lead_found,
            body_seen: lines[t].label == Some(LineLabel::Lead),
        };
        let title_key = match lines[t].paras.first() {
            Some((ParagraphKind::Title, text)) => lexicon::key(text),
            _ => String::new(),
        };
        for i in t + 1..end {
            if !lines[i].is_content() {
                continue;
            }
            if lexicon::key(&lines[i].text) == title_key {
                // The headline written again (page heading and story heading).
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
