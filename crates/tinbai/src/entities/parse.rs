//! The rules that read entities off a paragraph's tokens.

use super::lexicon::{
    doc_map, doc_set, kind, LevelClass, Lex, Lexicon, Need, PlaceClass, TextSet, LEXICON,
};
use super::text::{canonical, into_canonical};
use super::text::{flat, folded_words, tokenize_into, Tok};
use crate::document::{Entity, EntityGroup, EntityType, Paragraph, Sentence};
use std::borrow::Cow;
use std::ops::Range;

/// Words that end a name or an organisation's name part.
const FUNCTION_WORDS: &[&str] = &[
    "của", "và", "các", "những", "với", "cho", "tại", "ở", "trong", "đã", "sẽ", "được", "là", "có",
    "này", "đó", "từ", "đến", "về", "theo", "hai", "ba", "bốn", "năm", "nhằm", "để", "khi", "đang",
    "cùng", "giữa", "thuộc", "trên", "dưới", "sau", "trước", "vào", "ra", "làm", "do", "bị", "nên",
    "mà", "thì", "như", "nhưng", "hoặc", "hay", "vì", "qua", "phía", "nước", "đồng", "chí", "đoàn",
    "tổ", "chức", "bạn", "phối", "hợp",
];

/// Count words that make a level word plural (`hai tỉnh`, `3 tỉnh`, `các tỉnh`).
const PLURAL: &[&str] = &[
    "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "các", "những", "cả",
];

/// Words before a capitalised run that make it a street or a building, not a person.
const NOT_PERSON_BEFORE: &[&str] = &[
    "đường",
    "phố",
    "ngõ",
    "cầu",
    "trường",
    "chùa",
    "đền",
    "niệm",
    "lộ",
    "tượng",
    "giải",
    "tên",
    "mang",
    "hiệu",
    "quảng",
    "ảnh",
    "nguồn",
    "theo",
    "bởi",
];

/// Words that may stand between a level word and a name (`huyện biên giới X`).
const LEVEL_DESCRIPTORS: &[&str] = &[
    "biên", "giới", "bạn", "kết", "nghĩa", "láng", "giềng", "vùng", "cao", "miền", "núi", "nghèo",
    "đặc", "biệt", "khó", "khăn", "anh", "em",
];

/// Honorifics written in lowercase that are also common words.
const LOWER_HONORIFICS: &[&str] = &["ông", "bà", "anh", "chị", "cụ", "cháu", "em"];

#[derive(Debug, Clone)]
struct PlaceHit {
    s: usize,
    e: usize,
    /// The gazetteer's name (borrowed) or the name as written.
    name: Cow<'static, str>,
    /// [`flat`] of `name` when it is the gazetteer's (computed once there).
    key: Option<&'static str>,
    country: Option<&'static str>,
    class: Option<PlaceClass>,
    /// A one-syllable variant of a longer unit name (`Xay` for `Mường Xay`).
    short: bool,
}

impl PlaceHit {
    /// [`flat`] of the name.
    fn flat_key(&self) -> Cow<'static, str> {
        match self.key {
            Some(k) => Cow::Borrowed(k),
            None => Cow::Owned(flat(&self.name)),
        }
    }

    fn set_name(&mut self, name: String) {
        self.name = Cow::Owned(name);
        self.key = None;
    }

    fn country_string(&self) -> Option<String> {
        self.country.map(str::to_owned)
    }
}

#[derive(Debug, Clone)]
struct LevelPhrase {
    /// First token of the level word (after a count word).
    level_s: usize,
    level: &'static str,
    class: LevelClass,
    places: Vec<PlaceHit>,
    e: usize,
}

#[derive(Debug, Clone)]
struct Qual {
    /// Country words that belong to the name (`Hội Hữu nghị Việt Nam - Lào tỉnh X`).
    ext: Option<String>,
    /// Countries joined by dashes (`Việt Nam - Lào`), as one name.
    joined: Option<String>,
    level: Option<&'static str>,
    places: Vec<PlaceHit>,
    e: usize,
}

#[derive(Debug, Clone)]
struct OrgOut {
    s: usize,
    e: usize,
    canonical: String,
    country: Option<String>,
    /// A name without the place it needs: kept only as a shortened later mention.
    weak: bool,
}

#[derive(Debug, Clone)]
struct OrgHit {
    /// End of the tokens the organisation covers (also when it gives no entity).
    e: usize,
    outs: Vec<OrgOut>,
    /// The place it was qualified with.
    qual: Option<Qual>,
}

#[derive(Debug, Clone)]
struct RoleHit {
    e: usize,
    inner: Vec<Entity>,
    country: Option<String>,
}

/// Per-document state shared by the paragraphs.
#[derive(Default)]
struct DocState {
    /// Folded names of places written with a level word.
    leveled: TextSet,
    /// Bare district mentions waiting for the level evidence of the whole document.
    pending: Vec<(Entity, String)>,
    /// Weak organisation mentions (name without place).
    weak: Vec<Entity>,
    has_lao: bool,
}

struct Para<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The folded text the tokens' folded ranges are in.
    folded: &'a str,
    ann: Vec<Option<(usize, u32)>>,
    lx: &'static Lexicon,
    out: Vec<Entity>,
    all_caps: bool,
    /// Tokens before this index were read by a rule.
    consumed: usize,
}

/// Sorts entities by span (stable), skipping the sort's buffer when they
/// already are in order.
fn sort_spans(all: &mut [Entity]) {
    let key = |e: &Entity| (e.span.start, e.span.end);
    if all.windows(2).any(|w| key(&w[0]) > key(&w[1])) {
        all.sort_by_key(key);
    }
}

/// [`sort_spans`], moving each entity's group along with it.
fn sort_spans_grouped(all: &mut Vec<Entity>, groups: &mut Vec<usize>) {
    let key = |e: &Entity| (e.span.start, e.span.end);
    if all.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut both: Vec<(Entity, usize)> = all.drain(..).zip(groups.drain(..)).collect();
    both.sort_by_key(|(e, _)| key(e));
    for (e, g) in both {
        all.push(e);
        groups.push(g);
    }
}

/// The buffers of [`extract`], kept by each thread from one document to the
/// next (their memory is allocated and touched once, not per document).
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    folded: String,
    tokens: Vec<Range<usize>>,
    ann: Vec<Option<(usize, u32)>>,
}

impl Scratch {
    /// Most bytes a thread keeps in each buffer between documents (a
    /// larger document's buffers are freed).
    const KEEP: usize = 1 << 21;

    fn clear(&mut self) {
        let bytes = |cap: usize, size: usize| cap.saturating_mul(size);
        if self.folded.capacity() > Self::KEEP
            || bytes(self.toks.capacity(), std::mem::size_of::<Tok>()) > Self::KEEP
            || bytes(
                self.ann.capacity(),
                std::mem::size_of::<Option<(usize, u32)>>(),
            ) > Self::KEEP
        {
            *self = Scratch::default();
        }
        self.toks.clear();
        self.folded.clear();
        self.tokens.clear();
        self.ann.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

pub(crate) fn extract(
    text: &str,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
) -> (Vec<Entity>, Vec<EntityGroup>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut s) => {
            s.clear();
            let out = extract_with(text, paragraphs, sentences, &mut s);
            s.clear();
            out
        }
        Err(_) => extract_with(text, paragraphs, sentences, &mut Scratch::default()),
    })
}

fn extract_with(
    text: &str,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
    scratch: &mut Scratch,
) -> (Vec<Entity>, Vec<EntityGroup>) {
    let lx = &*LEXICON;
    let mut st = DocState::default();
    let mut all: Vec<Entity> = Vec::new();
    let n_par = paragraphs.len();
    // The tokens and folded text of all paragraphs, one buffer each; the
    // tokens of each paragraph.
    // (Sized as `tokenize_into` reserves for each paragraph, so that they
    // are not grown; only a hint, bounded by the text's size.)
    let total = paragraphs
        .iter()
        .filter_map(|p| text.get(p.span.clone()))
        .fold(0usize, |a, p| a.saturating_add(p.len() + 8))
        .min(text.len().saturating_mul(2).saturating_add(1 << 16));
    let Scratch {
        toks,
        folded,
        tokens,
        ann: ann_buf,
    } = scratch;
    toks.reserve(total / 5);
    folded.reserve(total);
    tokens.reserve(n_par);
    let mut ann = std::mem::take(ann_buf);
    for (pi, p) in paragraphs.iter().enumerate() {
        let Some(ptext) = text.get(p.span.clone()) else {
            continue;
        };
        let t0 = toks.len();
        tokenize_into(ptext, p.span.start, folded, toks);
        let ptoks = toks.get(t0..).unwrap_or(&[]);
        let mut para = Para::new(text, ptoks, folded, ann, lx);
        para.run(&mut st);
        if !para.is_byline(pi + 1 == n_par) {
            all.append(&mut para.out);
        }
        ann = para.ann;
        tokens.push(t0..toks.len());
    }
    *ann_buf = ann;
    // Bare districts: kept when the document also writes them with a level word.
    for (e, key) in std::mem::take(&mut st.pending) {
        if st.leveled.contains(&key) {
            all.push(e);
        }
    }
    sort_spans(&mut all);
    resolve_persons(toks, folded, tokens, &mut all);
    let mut groups = unify(&mut all, std::mem::take(&mut st.weak));
    sort_spans_grouped(&mut all, &mut groups);
    fill_countries(text, &mut all, sentences);
    sort_spans_grouped(&mut all, &mut groups);
    // One place named twice under a shared head (`hai tỉnh X - X`) is one
    // entity: drop exact repeats among the entities of one span.
    let mut out: Vec<Entity> = Vec::with_capacity(all.len());
    // The mention groups, in order of first mention: the group's index by
    // the first entity `unify` gave it.
    let mut grouped: Vec<EntityGroup> = Vec::new();
    let mut slot: Vec<usize> = vec![usize::MAX; all.len()];
    let mut run = 0;
    for (e, g) in all.into_iter().zip(groups) {
        if out.get(run).is_some_and(|r| r.span != e.span) {
            run = out.len();
        }
        if out[run..]
            .iter()
            .any(|o| o.kind == e.kind && o.canonical == e.canonical)
        {
            continue;
        }
        match slot.get_mut(g) {
            Some(k) if *k != usize::MAX => {
                if let Some(group) = grouped.get_mut(*k) {
                    group.mentions.push(out.len());
                }
            }
            Some(k) => {
                *k = grouped.len();
                grouped.push(EntityGroup {
                    kind: e.kind,
                    canonical: e.canonical.clone(),
                    mentions: vec![out.len()],
                });
            }
            None => {}
        }
        out.push(e);
    }
    debug_assert!(grouped == super::group(&out));
    (out, grouped)
}

fn is_level_word(lx: &Lexicon, pid: u32) -> Option<(LevelClass, &str)> {
    lx.pats[pid as usize].iter().find_map(|l| match l {
        Lex::Level(c, s) => Some((*c, s.as_str())),
        _ => None,
    })
}

/// The parts joined by single spaces (what `format!("{a} {b}")` gives).
fn spaced(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Whether `s` is `a` and `b` joined by one space (`spaced(&[a, b])`).
fn is_spaced(s: &str, a: &str, b: &str) -> bool {
    s.len() == a.len() + 1 + b.len()
        && s.starts_with(a)
        && s.as_bytes().get(a.len()) == Some(&b' ')
        && s.ends_with(b)
}

/// An office as written, its words joined by single spaces (none before
/// `,`, `;`, `:`), NFC.
fn clean_role(s: &str) -> String {
    if is_clean_role(s) {
        return crate::normalize::nfc(s).into_owned();
    }
    clean_role_words(s)
}

/// [`clean_role`] word by word.
fn clean_role_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() && !matches!(w, "," | ";" | ":") && !w.starts_with(',') {
            out.push(' ');
        }
        out.push_str(w);
    }
    crate::normalize::nfc(&out).into_owned()
}

/// Surely what [`clean_role`] makes of itself before NFC: words between
/// single plain spaces, none before `,`, `;` or `:`, and no byte that may
/// start another whitespace character.
fn is_clean_role(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    b.windows(2).all(|w| match w {
        [b' ', x] => !matches!(x, b' ' | b',' | b';' | b':'),
        // U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000.
        [0xC2, 0x85 | 0xA0] | [0xE1, 0x9A] | [0xE2, 0x80 | 0x81] | [0xE3, 0x80] => false,
        [x, _] => !matches!(x, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
        _ => true,
    }) && !b
        .last()
        .is_some_and(|x| matches!(x, b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
}

impl<'a> Para<'a> {
    /// The paragraph of tokens `toks`, whose folded ranges are in `folded`
    /// (which ends with the paragraph's); `ann` is a buffer to reuse.
    fn new(
        doc: &'a str,
        toks: &'a [Tok],
        folded: &'a str,
        mut ann: Vec<Option<(usize, u32)>>,
        lx: &'static Lexicon,
    ) -> Self {
        ann.clear();
        ann.resize(toks.len(), None);
        // The leftmost-longest vocabulary matches: the longest key at each
        // token start after the previous match; one that ends inside a token
        // annotates nothing.
        let folded_b = folded.as_bytes();
        let mut cursor = 0;
        for (ts, t) in toks.iter().enumerate() {
            let at = t.fs;
            if at < cursor {
                continue;
            }
            let Some((end, pid)) = lx.trie.longest_at(folded_b, at) else {
                continue;
            };
            cursor = end;
            // The token the match ends in (a match covers a few tokens).
            let mut te = ts;
            while toks.get(te).is_some_and(|t| t.fe < end) {
                te += 1;
            }
            if toks.get(te).is_some_and(|t| t.fe == end) {
                ann[ts] = Some((te + 1, pid));
            }
        }
        let mut letters = toks.iter().filter(|t| !t.digit());
        let all_caps = letters.clone().nth(2).is_some()
            && letters.all(|t| t.upper() || t.cap() && t.e - t.s <= 2);
        Para {
            text: doc,
            toks,
            folded,
            ann,
            lx,
            out: Vec::new(),
            all_caps,
            consumed: 0,
        }
    }

    fn n(&self) -> usize {
        self.toks.len()
    }

    fn word(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.s..t.e]
    }

    fn fw(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map(|t| &self.folded[t.fs..t.fe])
            .unwrap_or("")
    }

    /// Text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[i - 1].e..self.toks[i].s]
    }

    /// Only spaces between token `i - 1` and token `i`.
    fn sp(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.sp())
    }

    /// One dash, maybe with spaces, between token `i - 1` and token `i`.
    fn dash_gap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.dash())
    }

    fn span(&self, s: usize, e: usize) -> Range<usize> {
        self.toks[s].s..self.toks[e - 1].e
    }

    fn slice(&self, s: usize, e: usize) -> &'a str {
        let r = self.span(s, e);
        &self.text[r]
    }

    fn lex(&self, i: usize) -> Option<(usize, &'static [Lex])> {
        let (e, pid) = (*self.ann.get(i)?)?;
        Some((e, &self.lx.pats[pid as usize]))
    }

    /// The match at `i`, if it holds an entry of a kind in `mask`.
    fn lex_of(&self, i: usize, mask: u8) -> Option<(usize, &'static [Lex])> {
        let (e, pid) = (*self.ann.get(i)?)?;
        let pid = pid as usize;
        (self.lx.kinds.get(pid)? & mask != 0).then(|| (e, self.lx.pats[pid].as_slice()))
    }

    /// The [`kind`] bits of the match at `i` (0: none).
    fn kinds(&self, i: usize) -> u8 {
        match self.ann.get(i) {
            Some(Some((_, pid))) => self.lx.kinds.get(*pid as usize).copied().unwrap_or(0),
            _ => 0,
        }
    }

    fn level_at(&self, i: usize) -> Option<(usize, LevelClass, &'static str)> {
        let (e, pid) = (*self.ann.get(i)?)?;
        if self.lx.kinds.get(pid as usize)? & kind::LEVEL == 0 {
            return None;
        }
        let (c, s) = is_level_word(self.lx, pid)?;
        Some((e, c, s))
    }

    fn org_head(&self, i: usize) -> Option<(usize, Need)> {
        let (e, lex) = self.lex_of(i, kind::ORG)?;
        lex.iter().find_map(|l| match l {
            Lex::Org(n) => Some((e, *n)),
            _ => None,
        })
    }

    fn is_role(&self, i: usize) -> Option<usize> {
        let (e, _) = self.lex_of(i, kind::ROLE)?;
        Some(e)
    }

    fn title_at(&self, i: usize) -> Option<(usize, bool)> {
        let (e, _) = self.lex_of(i, kind::RANK | kind::HONORIFIC)?;
        Some((e, self.kinds(i) & kind::RANK != 0))
    }

    /// The places matched at `i`: their end and the match's vocabulary.
    fn places_at(&self, i: usize) -> Option<(usize, &'static [Lex])> {
        self.lex_of(i, kind::PLACE)
    }

    fn facility_at(&self, i: usize) -> Option<(usize, bool)> {
        let (e, lex) = self.lex_of(i, kind::FACILITY)?;
        lex.iter().find_map(|l| match l {
            Lex::Facility(lower) => Some((e, *lower)),
            _ => None,
        })
    }

    /// Any annotation other than a place.
    fn non_place_lex(&self, i: usize) -> bool {
        self.kinds(i) & !kind::PLACE != 0
    }

    fn is_surname_start(&self, i: usize) -> bool {
        i + 1 < self.n()
            && self.toks[i].cap()
            && !self.toks[i].upper()
            && self.sp(i + 1)
            && self.toks[i + 1].cap()
            && !self.toks[i + 1].upper()
            && self.lx.surnames.contains(self.fw(i))
    }

    /// A name at `i` that is a person's as well as a place's (`Hồ Chí Minh`):
    /// its end.
    fn place_person_at(&self, i: usize) -> Option<usize> {
        let (e, _) = self.places_at(i)?;
        let key = &self.folded[self.toks[i].fs..self.toks[e - 1].fe];
        self.lx.place_persons.contains(key).then_some(e)
    }

    fn ctx_country(&self) -> Option<&str> {
        self.out
            .iter()
            .rev()
            .take(16)
            .find_map(|e| e.country.as_deref())
    }

    // ---------------------------------------------------------------- places

    /// A gazetteer place starting at `i`, for a level of class `class`
    /// (`None`: written bare).
    fn gaz_place(&self, i: usize, class: Option<LevelClass>) -> Option<PlaceHit> {
        if i >= self.n() {
            return None;
        }
        // `Việt - Lào`: the short form of Việt Nam paired with another country.
        if class.is_none()
            && self.toks[i].cap()
            && self.dash_gap(i + 1)
            && self.lex(i).is_none()
            && self.fw(i) == "việt"
            && self
                .gaz_place(i + 1, None)
                .is_some_and(|q| q.class == Some(PlaceClass::Country))
        {
            return Some(PlaceHit {
                s: i,
                e: i + 1,
                name: Cow::Borrowed("Việt Nam"),
                key: None,
                country: Some("VN"),
                class: Some(PlaceClass::Country),
                short: false,
            });
        }
        let (e, lex) = self.places_at(i)?;
        let ids = lex.iter().filter_map(|l| match l {
            Lex::Place(p) => Some(*p),
            _ => None,
        });
        // `miền Trung`, `châu Á`: a region whose first word is lowercase.
        let lower_region = e > i + 1
            && self.toks[i + 1].cap()
            && ids
                .clone()
                .all(|id| self.lx.places[id as usize].class == PlaceClass::Feature);
        if !(self.toks[i].cap() || self.toks[i].digit() || lower_region) {
            return None;
        }
        let ctx = self.ctx_country();
        let mut best: Option<(u32, &super::lexicon::Place)> = None;
        for id in ids {
            let p = &self.lx.places[id as usize];
            // One-syllable district variants (`La`, `Xôn`) only after `huyện`.
            if p.needs_level
                && !matches!(
                    class,
                    Some(LevelClass::District) | Some(LevelClass::Country)
                )
            {
                continue;
            }
            if p.needs_level && p.class == PlaceClass::Country && class != Some(LevelClass::Country)
            {
                continue;
            }
            let ok = match class {
                None => true,
                Some(LevelClass::Country) => {
                    matches!(p.class, PlaceClass::Country | PlaceClass::CountryLong)
                }
                Some(LevelClass::Province) | Some(LevelClass::District) => {
                    matches!(
                        p.class,
                        PlaceClass::Province | PlaceClass::District | PlaceClass::Feature
                    )
                }
                Some(_) => !matches!(p.class, PlaceClass::Country | PlaceClass::CountryLong),
            };
            if !ok {
                continue;
            }
            let rank = |q: &super::lexicon::Place| -> (u8, u8) {
                let c = match (class, q.class) {
                    (Some(LevelClass::District), PlaceClass::District) => 0,
                    (Some(LevelClass::Province), PlaceClass::Province) => 0,
                    (_, PlaceClass::Country) => 1,
                    (_, PlaceClass::CountryLong) => 2,
                    (_, PlaceClass::Province) => 3,
                    (_, PlaceClass::Feature) => 4,
                    (_, PlaceClass::District) => 5,
                };
                let same = u8::from(!(ctx.is_some() && q.country.as_deref() == ctx));
                (c, same)
            };
            match best {
                Some((_, b)) if rank(b) <= rank(p) => {}
                _ => best = Some((id, p)),
            }
        }
        let (_, p) = best?;
        // `xã Mỹ Lý`, `Đồn Biên phòng Mỹ Lý`: a one-word foreign country name
        // followed by another capitalised syllable starts a longer name.
        if p.class == PlaceClass::Country
            && e == i + 1
            && !matches!(p.country.as_deref(), Some("VN") | Some("LA"))
            && e < self.n()
            && self.sp(e)
            && self.toks[e].cap()
            && !self.toks[e].upper()
            && self.lex(e).is_none()
        {
            return None;
        }
        if p.class != PlaceClass::CountryLong
            && class.is_none()
            && (i + 1..e).any(|k| self.sp(k) && !(self.toks[k].cap() || self.toks[k].digit()))
        {
            return None;
        }
        let slice = self.slice(i, e);
        // Forms that differ only in case, tone, spaces or hyphens (`Kontum`,
        // `NaKai`) and abbreviations take the table's name, as do countries;
        // other spellings and names of the place (`Vientiane`, `Attapeu`,
        // `Noọng`, `Thừa Thiên Huế` for `Huế`) stay as written: they name the
        // place as the article does. (Written as the table's name, it is the
        // table's name either way.)
        let name = if slice == p.name {
            Cow::Borrowed(p.name.as_str())
        } else {
            self.place_name(i, e, slice, p)
        };
        let key = matches!(name, Cow::Borrowed(_)).then_some(p.flat.as_str());
        Some(PlaceHit {
            s: i,
            e,
            name,
            key,
            country: p.country.as_deref(),
            class: Some(p.class),
            short: p.needs_level && p.class == PlaceClass::District,
        })
    }

    /// The name of the gazetteer place `p` written as `slice` (tokens `i..e`).
    fn place_name(
        &self,
        i: usize,
        e: usize,
        slice: &str,
        p: &'static super::lexicon::Place,
    ) -> Cow<'static, str> {
        let caps = (i..e).any(|k| self.toks[k].upper());
        if caps
            || p.written_is_abbrev
            || matches!(p.class, PlaceClass::Country | PlaceClass::CountryLong)
        {
            return Cow::Borrowed(p.name.as_str());
        }
        let written = canonical(slice);
        if written == p.name || flat(&written) == p.flat {
            Cow::Borrowed(p.name.as_str())
        } else {
            Cow::Owned(written)
        }
    }

    /// A capitalised run read as a place name not in the gazetteers.
    fn free_place(&self, i: usize, allow_digit: bool) -> Option<PlaceHit> {
        let n = self.n();
        if i >= n {
            return None;
        }
        let first = &self.toks[i];
        if !(first.cap() || allow_digit && first.digit()) || first.upper() && first.e - first.s > 4
        {
            return None;
        }
        // `HĐND tỉnh Trần Xuân Vinh`: a person after a bare level word.
        if self.is_surname_start(i) && i + 2 < n && self.sp(i + 2) && self.toks[i + 2].cap() {
            return None;
        }
        let cap_level = |k: usize| {
            self.toks[k].cap()
                && self.lex(k).is_some()
                && self.kinds(k) & !(kind::LEVEL | kind::PLACE) == 0
        };
        if self.non_place_lex(i) && !cap_level(i) {
            return None;
        }
        let mut j = i + 1;
        if !first.digit() {
            while j < n && j - i < 4 {
                let t = &self.toks[j];
                let hyphen = self.dash_gap(j) && self.gap(j).trim() == self.gap(j);
                if !(self.sp(j) && (t.cap() || t.digit()) || hyphen && !t.digit()) {
                    break;
                }
                if self.non_place_lex(j) && !cap_level(j)
                    || FUNCTION_WORDS.contains(&self.fw(j)) && !t.cap()
                {
                    break;
                }
                // A person's name after the place (`tỉnh X Vũ Anh Dũng`).
                if self.is_surname_start(j) && j + 2 < n && self.toks[j + 2].cap() && self.sp(j + 2)
                {
                    break;
                }
                j += 1;
            }
        }
        Some(PlaceHit {
            s: i,
            e: j,
            name: Cow::Owned(canonical(self.slice(i, j))),
            key: None,
            country: None,
            class: None,
            short: false,
        })
    }

    fn place_for_level(&self, i: usize, class: LevelClass, free: bool) -> Option<PlaceHit> {
        if let Some(p) = self.gaz_place(i, Some(class)) {
            // A commune or village may share its first syllables with a unit
            // (`bản Mường Xén Noọng`): the longer written name wins.
            if free && matches!(class, LevelClass::Commune | LevelClass::Village) {
                if let Some(f) = self.free_place(i, true).filter(|f| f.e > p.e) {
                    return Some(f);
                }
            }
            // A one-syllable district (`Xay`) followed by more capitalised
            // syllables is the start of a longer name (`huyện Xay Xệt Thạ`).
            if free && class == LevelClass::District && p.short {
                // The whole capitalised run, not one cut by the length bound
                // before a person's name (`huyện Xay Bun Mi Xay Nha Vông`).
                let whole =
                    |f: &PlaceHit| f.e >= self.n() || !(self.sp(f.e) && self.toks[f.e].cap());
                if let Some(mut f) = self.free_place(i, false).filter(|f| f.e > p.e && whole(f)) {
                    f.country = p.country;
                    return Some(f);
                }
            }
            return Some(p);
        }
        if !free || class == LevelClass::Country {
            return None;
        }
        // A country is not a province (`7 tỉnh Lào`).
        if self.gaz_place(i, None).is_some_and(|p| {
            matches!(
                p.class,
                Some(PlaceClass::Country) | Some(PlaceClass::CountryLong)
            )
        }) {
            return None;
        }
        let p = self.free_place(
            i,
            matches!(class, LevelClass::Commune | LevelClass::District),
        )?;
        // Provinces and districts are in the tables: an unknown one-syllable
        // name is more likely a name cut short (`tỉnh Sa văn la khẹt`).
        if matches!(class, LevelClass::Province | LevelClass::District)
            && p.e == p.s + 1
            && !self.toks[p.s].digit()
            && p.e < self.n()
            && self.sp(p.e)
            && !self.toks[p.e].cap()
            && !FUNCTION_WORDS.contains(&self.fw(p.e))
        {
            return None;
        }
        Some(p)
    }

    /// `tỉnh X`, `hai tỉnh X - Y`, `3 tỉnh X, Y, Z`, `huyện X và Y`.
    fn level_phrase(&self, i: usize) -> Option<LevelPhrase> {
        // A level word at `i`, or at `i + 1` after a count word.
        if (self.kinds(i) | self.kinds(i + 1)) & kind::LEVEL == 0 {
            return None;
        }
        let n = self.n();
        let mut j = i;
        let mut plural = false;
        if j < n
            && (PLURAL.contains(&self.fw(j)) || self.toks[j].digit() && self.word(j).len() <= 2)
        {
            if self.level_at(j + 1).is_some() && self.sp(j + 1) {
                plural = true;
                j += 1;
            } else {
                return None;
            }
        }
        let (le, class, level) = self.level_at(j)?;
        // A capitalised one-syllable level word mid-sentence is a name (`Bản`).
        let tp_dot = self.fw(j) == "tp" && self.gap(le).trim() == ".";
        // `5 huyện (Mường Lát, Quan Hóa, Quan Sơn)`
        let paren_list = plural && le < n && self.gap(le).trim() == "(";
        if le >= n || !(self.sp(le) || tp_dot || paren_list) {
            return None;
        }
        if level == "bản" && !self.toks[j].cap() && j > 0 && self.sp(j) && !self.toks[j - 1].cap()
        {
            let prev = self.fw(j - 1);
            if matches!(
                prev,
                "văn"
                    | "cơ"
                    | "căn"
                    | "phiên"
                    | "kịch"
                    | "xuất"
                    | "nguyên"
                    | "dự"
                    | "hồ"
                    | "bút"
                    | "thủ"
                    | "tư"
                    | "nhật"
                    | "phát"
            ) {
                return None;
            }
        }
        // `huyện biên giới Kỳ Sơn`, `tỉnh bạn Hủa Phăn`: descriptive words
        // between the level word and a gazetteer name.
        let mut first = if paren_list {
            self.gaz_place(le, Some(class))
        } else {
            self.place_for_level(le, class, true)
        };
        if first.is_none() {
            let mut k = le;
            while k < n && k - le < 2 && self.sp(k) && LEVEL_DESCRIPTORS.contains(&self.fw(k)) {
                k += 1;
            }
            if k > le && k < n && self.sp(k) {
                first = self.gaz_place(k, Some(class));
            }
        }
        let first = first?;
        let mut places = vec![first];
        loop {
            let cur = places.last().map(|p| p.e).unwrap_or(n);
            if cur >= n {
                break;
            }
            let g = self.gap(cur).trim();
            let va = self.sp(cur) && self.fw(cur) == "và";
            let next = if va { cur + 1 } else { cur };
            let cont = self.dash_gap(cur) || plural && (g == "," || va);
            if !cont || next >= n || va && !self.sp(next) {
                break;
            }
            // A new level word starts a new phrase (`... và Thủ đô Viêng Chăn`).
            if self.level_at(next).is_some() {
                break;
            }
            let p = if plural || self.dash_gap(cur) {
                self.place_for_level(next, class, plural)
            } else {
                None
            };
            match p {
                Some(p) => places.push(p),
                None => break,
            }
        }
        let e = places.last().map(|p| p.e).unwrap_or(le);
        Some(LevelPhrase {
            level_s: j,
            level,
            class,
            places,
            e,
        })
    }

    fn emit_place(&mut self, p: &PlaceHit, st: &mut DocState) {
        let mut e = Entity::new(EntityType::Loc, self.span(p.s, p.e), p.name.clone());
        e.name = Some(p.name.clone().into_owned());
        e.country = p.country_string();
        if p.country == Some("LA") {
            st.has_lao = true;
        }
        self.out.push(e);
    }

    /// A place written without a level word.
    fn try_bare_place(&mut self, i: usize, st: &mut DocState) -> Option<usize> {
        let p = self.gaz_place(i, None)?;
        if i > 0 && self.fw(i - 1) == "tiếng" {
            return Some(p.e);
        }
        // `chị Nga`, `bà Mỹ`: a given name after an honorific.
        if p.class == Some(PlaceClass::Country)
            && p.e == i + 1
            && i > 0
            && self.sp(i)
            && matches!(
                self.fw(i - 1),
                "ông" | "bà" | "anh" | "chị" | "em" | "cô" | "cháu" | "bé"
            )
        {
            return Some(p.e);
        }
        // `Thạnh Mỹ`: a one-word foreign country name closing a longer
        // capitalised name is part of it.
        if p.class == Some(PlaceClass::Country)
            && p.e == i + 1
            && !matches!(p.country, Some("VN") | Some("LA"))
            && i > 0
            && self.sp(i)
            && self.toks[i - 1].cap()
            && !self.non_place_lex(i - 1)
        {
            return Some(p.e);
        }
        if p.class == Some(PlaceClass::District) {
            // Part of a longer capitalised name: not a place.
            if i > 0 && self.sp(i) && self.toks[i - 1].cap() && !self.non_place_lex(i - 1) {
                return None;
            }
            let parent_follows = {
                let g = self.gap(p.e).trim();
                (g == "(" || g == ",")
                    && self.gaz_place(p.e, None).is_some_and(|q| {
                        q.class == Some(PlaceClass::Province)
                            && self
                                .lx
                                .district_parent
                                .contains(&(p.flat_key().into_owned(), q.flat_key().into_owned()))
                    })
            };
            let mut e = Entity::new(EntityType::Loc, self.span(p.s, p.e), p.name.clone());
            e.name = Some(p.name.clone().into_owned());
            e.country = p.country_string();
            if parent_follows {
                st.leveled.insert_key(p.flat_key());
                self.out.push(e);
            } else {
                st.pending.push((e, p.flat_key().into_owned()));
            }
            return Some(p.e);
        }
        self.emit_place(&p, st);
        Some(p.e)
    }

    /// `Cửa khẩu quốc tế Nặm-xổi`, `sông Mê Kông`, `công trình thủy lợi Ngàn Trươi`.
    fn try_facility(&mut self, i: usize) -> Option<usize> {
        // `sông Mã`, `núi Thành`: a feature word in lowercase opening a unit's
        // name (`Sông Mã`, `Núi Thành` districts) names the feature.
        // (The vocabulary match first: it is cheaper than the words.)
        if !self.toks[i].cap() {
            if let Some((pe, _)) = self.places_at(i).filter(|(pe, _)| {
                *pe > i + 1 && matches!(self.fw(i), "sông" | "suối" | "núi" | "hồ" | "đèo" | "thác")
            }) {
                if self.sp(i + 1) && self.toks[i + 1].cap() {
                    let level = self.fw(i).to_string();
                    let name = canonical(self.slice(i + 1, pe));
                    let mut e =
                        Entity::new(EntityType::Loc, self.span(i, pe), spaced(&[&level, &name]));
                    e.level = Some(level);
                    e.name = Some(name);
                    self.out.push(e);
                    return Some(pe);
                }
            }
        }
        let (fe, lower_only) = self.facility_at(i)?;
        if lower_only && self.toks[i].cap() {
            return None;
        }
        let n = self.n();
        if fe >= n || !self.sp(fe) || !self.toks[fe].cap() || self.toks[fe].upper() {
            return None;
        }
        if let Some(e) = self.facility_described(i, fe) {
            self.out.push(e);
            return Some(
                self.toks
                    .partition_point(|t| t.e <= self.out[self.out.len() - 1].span.end),
            );
        }
        let j = self.facility_name_end(fe);
        if j == fe {
            return None;
        }
        let level = canonical(self.slice(i, fe));
        // `Cửa khẩu quốc tế Cầu Treo - Nậm Phao`: a pair of border gates, one
        // on each side, is two places (a hyphen without spaces joins one name).
        let pair = (fe + 1..j)
            .find(|&k| self.dash_gap(k) && self.gap(k).trim() != self.gap(k) && self.toks[k].cap());
        let (j, pair_end) = match pair {
            Some(k) if level.to_lowercase().starts_with("cửa khẩu") => (k, Some(j)),
            _ => (j, None),
        };
        let name = canonical(self.slice(fe, j));
        let mut e = Entity::new(EntityType::Loc, self.span(i, j), spaced(&[&level, &name]));
        e.level = Some(level.clone());
        e.name = Some(name);
        if let Some(pe) = pair_end {
            let other = canonical(self.slice(j, pe));
            let mut o = Entity::new(EntityType::Loc, self.span(j, pe), spaced(&[&level, &other]));
            o.level = Some(level);
            o.name = Some(other);
            if let Some(p) = self.gaz_place(j, None).filter(|p| p.e == pe) {
                o.country = p.country_string();
            }
            if let Some(p) = self.gaz_place(fe, None).filter(|p| p.e == j) {
                e.country = p.country_string();
            }
            self.out.push(e);
            self.out.push(o);
            return Some(pe);
        }
        // `(phía Lào)`, `(Lào)` right after.
        if j < n && self.gap(j).trim_start().starts_with('(') {
            let k = if self.fw(j) == "phía" { j + 1 } else { j };
            if let Some(p) = self.gaz_place(k, None) {
                if matches!(p.class, Some(PlaceClass::Country)) {
                    e.country = p.country_string();
                }
            }
        }
        if e.country.is_none() {
            if let Some(p) = self.gaz_place(fe, None).filter(|p| p.e == j) {
                e.country = p.country_string();
            }
        }
        self.out.push(e);
        Some(j)
    }

    /// Where a facility starting at `i` (type word and name) ends.
    fn facility_end(&self, i: usize) -> Option<usize> {
        let (fe, _) = self.facility_at(i)?;
        let j = self.facility_name_end(fe);
        (j > fe).then_some(j)
    }

    fn facility_name_end(&self, fe: usize) -> usize {
        let n = self.n();
        if fe >= n || !self.sp(fe) || !self.toks[fe].cap() || self.toks[fe].upper() {
            return fe;
        }
        let mut j = fe;
        while j < n && j - fe < 6 {
            if j > fe {
                let hyphen = self.dash_gap(j) && self.gap(j).trim() == self.gap(j);
                let spaced_dash = self.dash_gap(j) && self.toks[j].cap();
                let t = &self.toks[j];
                if !(self.sp(j) && (t.cap() || t.digit()) || hyphen || spaced_dash) {
                    break;
                }
            }
            if self.kinds(j) & (kind::ROLE | kind::RANK | kind::HONORIFIC | kind::ORG | kind::LEVEL)
                != 0
            {
                break;
            }
            if let Some((pe, _)) = self.places_at(j) {
                j = pe.max(j + 1);
                continue;
            }
            j += 1;
        }
        j
    }

    /// `Nhà máy Sản xuất gỗ MDF, HDF Thanh Thành Đạt`: a type, a description
    /// (lowercase words, acronyms) and a capitalised proper name at the end.
    fn facility_described(&self, i: usize, fe: usize) -> Option<Entity> {
        if !self.toks[i].cap() || fe == i + 1 {
            return None;
        }
        let n = self.n();
        let mut j = fe;
        while j < n && j - fe < 10 {
            let comma_between_acronyms = j > fe
                && self.gap(j).trim() == ","
                && self.toks[j - 1].upper()
                && self.toks[j].upper();
            if !(self.sp(j) || comma_between_acronyms) {
                break;
            }
            if !self.toks[j].cap() && FUNCTION_WORDS.contains(&self.fw(j)) || self.non_place_lex(j)
            {
                break;
            }
            j += 1;
        }
        let mut rs = j;
        while rs > fe
            && self.toks[rs - 1].cap()
            && !self.toks[rs - 1].upper()
            && (rs - 1 == fe || self.sp(rs - 1))
        {
            rs -= 1;
        }
        let described = (fe..rs).any(|k| !self.toks[k].cap() && !self.toks[k].digit());
        if j - rs < 2 || rs <= fe + 1 || !described {
            return None;
        }
        let level = canonical(self.slice(i, rs));
        let name = canonical(self.slice(rs, j));
        let mut e = Entity::new(EntityType::Loc, self.span(i, j), spaced(&[&level, &name]));
        e.level = Some(level);
        e.name = Some(name);
        Some(e)
    }

    // ---------------------------------------------------------- organisations

    /// The name part after an organisation head.
    fn org_name_run(&self, k: usize, lower_ok: bool) -> usize {
        self.org_name_run2(k, lower_ok).0
    }

    /// The name part's end, and whether it names a national body (`Ban Đối
    /// ngoại Trung ương`, `Văn phòng Chính phủ`) that needs no place.
    fn org_name_run2(&self, k: usize, lower_ok: bool) -> (usize, bool) {
        let n = self.n();
        let mut national = false;
        let mut j = k;
        let mut prev_cap = false;
        let mut lower = 0;
        let mut after_num_head = false;
        while j < n && j - k < 14 {
            if !self.sp(j) {
                // `Lao động - Thương binh và Xã hội`; `Văn hóa, Thể thao và Du lịch`
                let plain_cap = j > k && self.toks[j].cap() && self.lex(j).is_none();
                let comma_list = plain_cap
                    && self.gap(j).trim() == ","
                    && (j + 1..(j + 4).min(n)).any(|x| {
                        self.fw(x) == "và"
                            && self.sp(x)
                            && x + 1 < n
                            && self.sp(x + 1)
                            && self.toks[x + 1].cap()
                    });
                if !(plain_cap && self.dash_gap(j) || comma_list) {
                    break;
                }
            }
            if let Some((e, lex)) = self.lex(j) {
                let cap = self.toks[j].cap();
                // A capitalised level word that starts no place (`Xã hội`) is a word.
                let level_is_word = cap && self.level_phrase(j).is_none();
                let hard = lex.iter().any(|l| {
                    matches!(l, Lex::Level(c, _) if !(level_is_word || cap && *c == LevelClass::Village))
                        || matches!(l, Lex::Role | Lex::Rank)
                        || matches!(l, Lex::Place(_)) && cap && self.gaz_place(j, None).is_some()
                        || matches!(l, Lex::Honorific) && cap
                });
                if hard {
                    break;
                }
                let nested = lex.iter().find_map(|l| match l {
                    Lex::Org(need) if *need != Need::None && cap => Some(*need),
                    _ => None,
                });
                if let Some(need) = nested {
                    after_num_head = need == Need::Num;
                    national |= matches!(need, Need::Full | Need::Country)
                        || need == Need::Name && e < n && self.sp(e) && self.toks[e].cap();
                    j = e;
                    prev_cap = true;
                    continue;
                }
                // (`Hồ` capitalised is a surname, not `hồ`, a lake.)
                if lex
                    .iter()
                    .any(|l| matches!(l, Lex::Facility(lower) if !(*lower && cap)))
                {
                    // `Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo`
                    if let Some(fe) = self.facility_end(j) {
                        j = fe;
                        break;
                    }
                }
                if cap && lex.iter().any(|l| matches!(l, Lex::Org(Need::None))) {
                    break;
                }
                // A lowercase head or type word inside a name (`Quốc phòng`):
                // an ordinary word.
            }
            let t = &self.toks[j];
            let w = self.fw(j);
            if t.digit() {
                // `Quân khu 4` nested, `Bệnh viện Quân y 4`; not the count of `2 tỉnh`.
                let count_of_level = self.level_at(j + 1).is_some() && self.word(j).len() <= 2;
                if after_num_head || j > k && !count_of_level && self.word(j).len() <= 3 {
                    j += 1;
                    break;
                }
                break;
            }
            after_num_head = false;
            let lower_mode_word = lower_ok && lower < 5 && matches!(w, "các" | "tổ" | "chức");
            if (!t.cap() || t.upper()) && FUNCTION_WORDS.contains(&w) && !lower_mode_word {
                if w == "và"
                    && j > k
                    && j + 1 < n
                    && self.sp(j + 1)
                    && self.toks[j + 1].cap()
                    && (self.lex(j + 1).is_none()
                        || self.level_at(j + 1).is_some() && self.level_phrase(j + 1).is_none())
                    && !self.is_surname_start(j + 1)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if t.cap() {
                if self.is_surname_start(j) && j + 2 < n && self.sp(j + 2) && self.toks[j + 2].cap()
                {
                    break;
                }
                // `Việt - Lào` is the qualifier.
                if w == "việt" && self.gaz_place(j, None).is_some() {
                    break;
                }
                if self.is_surname_start(j) && j > k {
                    break;
                }
                j += 1;
                prev_cap = true;
                continue;
            }
            // `Quốc phòng`: the lowercase syllable of a word whose first is
            // capitalised; not after a proper name (`Hương Lâm tặng`).
            let single_cap = j >= 2 && prev_cap && !(self.toks[j - 2].cap() && self.sp(j - 1))
                || j == 1 && prev_cap
                || j >= 2 && prev_cap && j - 1 == k;
            // ... unless the name goes on after it (`Bộ Tổng Tham mưu QĐND`)
            // or ends with it (`Bộ Tổng Tham mưu,`).
            let goes_on = prev_cap
                && (j + 1 >= n
                    || !self.sp(j + 1)
                    || self.toks[j + 1].cap()
                    || self.level_at(j + 1).is_some());
            if single_cap || goes_on {
                prev_cap = false;
                j += 1;
                continue;
            }
            if (lower_ok || self.lx.org_words.contains(w)) && lower < 5 {
                lower += 1;
                j += 1;
                continue;
            }
            break;
        }
        if j >= k + 2 && self.fw(j - 2) == "trung" && self.fw(j - 1) == "ương" {
            national = true;
        }
        (j, national)
    }

    /// The place an organisation belongs to, right after its name.
    fn qualifier(&self, k: usize) -> Option<Qual> {
        let n = self.n();
        let mut k = k;
        // `(BĐBP)` after a full name.
        if k < n
            && self.gap(k).trim() == "("
            && self.toks[k].upper()
            && k + 1 < n
            && self.gap(k + 1).trim() == ")"
        {
            k += 1;
            if !self.text[self.toks[k - 1].e..self.toks[k].s].contains(' ') {
                // `(BĐBP)3 tỉnh`: still fine.
            }
        } else if k < n && !self.sp(k) {
            return None;
        }
        if k >= n {
            return None;
        }
        if let Some(lp) = self.level_phrase(k) {
            return Some(Qual {
                ext: None,
                joined: None,
                level: (lp.class != LevelClass::Country || lp.places.len() == 1)
                    .then_some(lp.level),
                e: lp.e,
                places: lp.places,
            });
        }
        let mut p = self.gaz_place(k, None)?;
        if p.class == Some(PlaceClass::Feature) {
            return None;
        }
        if p.class == Some(PlaceClass::Country) {
            // `Việt Nam - Lào - Campuchia`: countries joined by dashes.
            let mut list = vec![p.clone()];
            while list.len() < 8 {
                let last = list.last().map(|x| x.e).unwrap_or(n);
                match self
                    .gaz_place(last, None)
                    .filter(|q| self.dash_gap(last) && q.class == Some(PlaceClass::Country))
                {
                    Some(q) => list.push(q),
                    None => break,
                }
            }
            if list.len() > 1 {
                p.set_name(
                    list.iter()
                        .map(|x| x.name.as_ref())
                        .collect::<Vec<_>>()
                        .join(" - "),
                );
                p.e = list.last().map(|x| x.e).unwrap_or(p.e);
            }
            if p.e < n && self.sp(p.e) {
                if let Some(lp) = self
                    .level_phrase(p.e)
                    .filter(|lp| lp.class != LevelClass::Country)
                {
                    return Some(Qual {
                        ext: Some(p.name.into_owned()),
                        level: Some(lp.level),
                        e: lp.e,
                        places: lp.places,
                        joined: None,
                    });
                }
            }
            if list.len() > 1 {
                let e = p.e;
                return Some(Qual {
                    ext: None,
                    level: None,
                    e,
                    places: list,
                    joined: Some(p.name.into_owned()),
                });
            }
        }
        Some(Qual {
            ext: None,
            level: None,
            e: p.e,
            places: vec![p],
            joined: None,
        })
    }

    fn org_base(&self, s: usize, e: usize) -> String {
        let lx = self.lx;
        let raw = self.slice(s, e);
        let mut out = String::with_capacity(raw.len() + 16);
        for (wi, w) in raw.split_whitespace().enumerate() {
            if w.starts_with('(') && w.ends_with(')') {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            let abbrev = if lx.abbrev_gate.may_hold(w) {
                lx.abbrev.get(w)
            } else {
                None
            };
            match abbrev {
                Some(x) if wi == 0 => {
                    let mut cs = x.chars();
                    if let Some(c) = cs.next() {
                        out.extend(c.to_uppercase());
                        out.push_str(cs.as_str());
                    }
                }
                Some(x) => out.push_str(x),
                None => out.push_str(w),
            }
        }
        into_canonical(out)
    }

    fn org_at(&self, i: usize, depth: usize) -> Option<OrgHit> {
        let (he, need) = self.org_head(i)?;
        let t = &self.toks[i];
        if !(t.cap() || t.upper()) {
            return None;
        }
        let n = self.n();
        let ctry = |q: &Qual| q.places.first().and_then(|p| p.country_string());
        let mut outs = Vec::new();
        match need {
            Need::None => {
                return Some(OrgHit {
                    e: he,
                    outs,
                    qual: None,
                })
            }
            Need::Full => {
                // `Bộ Tư lệnh BĐBP Việt Nam`, `Bộ Tư lệnh BĐBP Quân đội nhân dân Lào`
                let mut he = he;
                if he < n && self.sp(he) {
                    if let Some(p) = self
                        .gaz_place(he, None)
                        .filter(|p| p.class == Some(PlaceClass::Country))
                    {
                        he = p.e;
                    } else if let Some((e2, Need::Full)) = self.org_head(he) {
                        if self.toks[he].cap() {
                            he = e2;
                        }
                    }
                }
                let c = self.org_base(i, he);
                let country = if c.contains("Việt Nam") {
                    Some("VN".to_string())
                } else if c.contains("Lào") {
                    Some("LA".to_string())
                } else {
                    None
                };
                outs.push(OrgOut {
                    s: i,
                    e: he,
                    canonical: c,
                    country,
                    weak: false,
                });
                return Some(OrgHit {
                    e: he,
                    outs,
                    qual: None,
                });
            }
            Need::Num => {
                let e = if he < n && self.sp(he) && self.toks[he].digit() {
                    he + 1
                } else {
                    let r = self.org_name_run(he, false);
                    if r == he {
                        // `Đồn Biên phòng Ta Ôi`: a place is the post's name.
                        if let Some(q) = self.qualifier(he) {
                            let base = self.org_base(i, he);
                            return Some(self.with_qual(i, &base, q, &ctry));
                        }
                        // `Đồn Biên phòng Cầu Treo`: so is a border gate.
                        self.gaz_place(he, None)
                            .filter(|p| p.class == Some(PlaceClass::Feature) && self.sp(he))?
                            .e
                    } else {
                        r
                    }
                };
                let base = self.org_base(i, e);
                if let Some(q) = self.qualifier(e) {
                    return Some(self.with_qual(i, &base, q, &ctry));
                }
                outs.push(OrgOut {
                    s: i,
                    e,
                    canonical: base,
                    country: Some("VN".into()),
                    weak: false,
                });
                return Some(OrgHit {
                    e,
                    outs,
                    qual: None,
                });
            }
            _ => {}
        }
        let (nr, national) = self.org_name_run2(he, need == Need::PlaceLow);
        let named = nr > he;
        // The name, built only for an entity.
        let base = || self.org_base(i, nr);
        if need == Need::Name && !named {
            // `Báo Hà Tĩnh`: the place is the name; `Đại sứ quán Việt Nam tại Lào`.
            let mut q = self.qualifier(nr)?;
            let t = q.e;
            if q.places.len() == 1
                && t + 1 < n
                && self.sp(t)
                && self.fw(t) == "tại"
                && self.sp(t + 1)
            {
                if let Some(p) = self.gaz_place(t + 1, None).filter(|p| {
                    matches!(
                        p.class,
                        Some(PlaceClass::Country) | Some(PlaceClass::Province)
                    )
                }) {
                    if let Some(first) = q.places.first_mut() {
                        first.set_name(format!("{} tại {}", first.name, p.name));
                    }
                    q.e = p.e;
                }
            }
            return Some(self.with_qual(i, &base(), q, &ctry));
        }
        if let Some(q) = self.qualifier(nr) {
            let ok = match need {
                Need::Country => q.places.iter().all(|p| {
                    matches!(
                        p.class,
                        Some(PlaceClass::Country) | Some(PlaceClass::CountryLong)
                    )
                }),
                _ => true,
            };
            if ok {
                return Some(self.with_qual(i, &base(), q, &ctry));
            }
            return None;
        }
        if need == Need::Name
            || national && matches!(need, Need::Place | Need::PlaceLow | Need::PlaceOpt)
        {
            let base = base();
            let country = if base.contains("Lào") {
                Some("LA".to_string())
            } else {
                Some("VN".to_string())
            };
            outs.push(OrgOut {
                s: i,
                e: nr,
                canonical: base,
                country,
                weak: false,
            });
            return Some(OrgHit {
                e: nr,
                outs,
                qual: None,
            });
        }
        if need == Need::Country {
            // `Thủ tướng Chính phủ`: covered, no entity.
            return Some(OrgHit {
                e: nr,
                outs,
                qual: None,
            });
        }
        // `Đội Quy tập của Bộ CHQS tỉnh X`: kept whole.
        if named && nr < n && self.sp(nr) && self.fw(nr) == "của" && nr + 1 < n && self.sp(nr + 1)
        {
            if let Some(inner) = self.org_at(nr + 1, depth + 1) {
                if let Some(first) = inner.outs.first().filter(|o| !o.weak) {
                    outs.push(OrgOut {
                        s: i,
                        e: inner.e,
                        canonical: format!("{} của {}", base(), first.canonical),
                        country: first.country.clone(),
                        weak: false,
                    });
                    return Some(OrgHit {
                        e: inner.e,
                        outs,
                        qual: None,
                    });
                }
            }
        }
        // `Tỉnh ủy, Ủy ban chính quyền tỉnh X`: the place is shared.
        if depth < 6 && nr < n {
            let g = self.gap(nr).trim();
            let next = if g == "," && self.toks[nr].cap() {
                Some(nr)
            } else if self.sp(nr) && self.fw(nr) == "và" && nr + 1 < n && self.sp(nr + 1) {
                Some(nr + 1)
            } else {
                None
            };
            if let Some(nx) = next {
                if let Some(inner) = self.org_at(nx, depth + 1) {
                    // Only one shared place: `Sở Ngoại giao, Bộ CHQS hai tỉnh X và Y`
                    // does not make the first body belong to X and Y.
                    // ... and only a place written with its level word
                    // (`Tỉnh ủy, UBND tỉnh X`, not `Tỉnh đoàn và Trường Cao đẳng X`).
                    if let Some(q) = inner
                        .qual
                        .clone()
                        .filter(|q| q.places.len() == 1 && q.level.is_some())
                    {
                        let q = Qual { ext: None, ..q };
                        let mut own = self.with_qual(i, &base(), q, &ctry);
                        for o in &mut own.outs {
                            o.e = nr;
                        }
                        own.outs.extend(inner.outs);
                        own.e = inner.e;
                        own.qual = inner.qual;
                        return Some(own);
                    }
                }
            }
        }
        if named {
            outs.push(OrgOut {
                s: i,
                e: nr,
                canonical: base(),
                country: None,
                weak: true,
            });
        } else if need == Need::PlaceOpt
            && (i.saturating_sub(4)..i).any(|k| self.is_role(k) == Some(i))
        {
            // `Tư lệnh Bộ đội Biên phòng`: after an office, the national body.
            outs.push(OrgOut {
                s: i,
                e: nr,
                canonical: base(),
                country: Some("VN".into()),
                weak: false,
            });
        }
        Some(OrgHit {
            e: nr,
            outs,
            qual: None,
        })
    }

    fn with_qual(
        &self,
        i: usize,
        base: &str,
        q: Qual,
        ctry: &dyn Fn(&Qual) -> Option<String>,
    ) -> OrgHit {
        let mut outs = Vec::new();
        let country = ctry(&q);
        let base = match &q.ext {
            Some(x) => spaced(&[base, x]),
            None => base.to_string(),
        };
        // `Hội Hữu nghị Việt Nam - Lào`, `Công ty Điện Việt - Lào`: the
        // countries are part of the name; `Bộ Quốc phòng Việt Nam - Lào`: one
        // state body each.
        if let Some(j) = &q.joined {
            let low = base.to_lowercase();
            let state_body = [
                "bộ ",
                "chính phủ",
                "quốc hội",
                "nhà nước",
                "quân đội",
                "cục ",
                "tổng cục",
                "công an",
                "đảng ",
            ]
            .iter()
            .any(|h| low.starts_with(h));
            if !state_body || low.contains("hữu nghị") {
                return OrgHit {
                    e: q.e,
                    outs: vec![OrgOut {
                        s: i,
                        e: q.e,
                        canonical: spaced(&[&base, j]),
                        country: country.clone(),
                        weak: false,
                    }],
                    qual: Some(q),
                };
            }
        }
        for p in &q.places {
            let canonical = match &q.level {
                Some(l) => spaced(&[&base, l, &p.name]),
                None => spaced(&[&base, &p.name]),
            };
            outs.push(OrgOut {
                s: i,
                e: q.e,
                canonical,
                country: p.country_string().or_else(|| country.clone()),
                weak: false,
            });
        }
        OrgHit {
            e: q.e,
            outs,
            qual: Some(q),
        }
    }
}

// -------------------------------------------------------------- people, loop

impl<'a> Para<'a> {
    fn run(&mut self, st: &mut DocState) {
        let n = self.n();
        let mut i = 0;
        while i < n {
            // A lowercase word with no vocabulary match, not before one: no
            // rule starts here (they all need a match at `i`, a capital
            // letter, or a count word before a level word).
            if !self.toks[i].cap()
                && !matches!(self.ann.get(i), Some(Some(_)))
                && !matches!(self.ann.get(i + 1), Some(Some(_)))
            {
                i += 1;
                continue;
            }
            if let Some(e) = self.try_title_person(i, st) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(e) = self.try_role(i, st) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(hit) = self.org_at(i, 0) {
                let ents = self.org_entities(&hit, st);
                self.out.extend(ents);
                i = hit.e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(lp) = self.level_phrase(i) {
                let ents = self.level_entities(&lp, st);
                self.out.extend(ents);
                i = lp.e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(e) = self.try_facility(i) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(e) = self.try_bare_place(i, st) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(e) = self.try_free_person(i, st) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            if let Some(e) = self.try_name_then_role(i, st) {
                i = e.max(i + 1);
                self.consumed = i;
                continue;
            }
            i += 1;
        }
    }

    fn level_entities(&self, lp: &LevelPhrase, st: &mut DocState) -> Vec<Entity> {
        let mut v = Vec::new();
        for (k, p) in lp.places.iter().enumerate() {
            let s = if k == 0 { lp.level_s } else { p.s };
            let mut e = Entity::new(
                EntityType::Loc,
                self.span(s, p.e),
                spaced(&[lp.level, &p.name]),
            );
            e.name = Some(p.name.clone().into_owned());
            e.level = Some(lp.level.to_string());
            e.country = p.country_string();
            st.leveled.insert_key(p.flat_key());
            if p.country == Some("LA") {
                st.has_lao = true;
            }
            v.push(e);
        }
        v
    }

    fn org_entities(&self, hit: &OrgHit, st: &mut DocState) -> Vec<Entity> {
        if let Some(q) = &hit.qual {
            for p in &q.places {
                if q.level.is_some() {
                    st.leveled.insert_key(p.flat_key());
                }
                if p.country == Some("LA") {
                    st.has_lao = true;
                }
            }
        }
        let mut v = Vec::new();
        for o in &hit.outs {
            let mut e = Entity::new(EntityType::Org, self.span(o.s, o.e), o.canonical.clone());
            e.country = o.country.clone();
            if o.weak {
                st.weak.push(e);
            } else {
                v.push(e);
            }
        }
        v
    }

    /// A run of capitalised syllables read as a person's name.
    fn name_run(&self, k: usize) -> Option<usize> {
        let n = self.n();
        if k >= n || self.all_caps {
            return None;
        }
        if let Some(e) = self.place_person_at(k) {
            return Some(e);
        }
        let vn = self.is_surname_start(k);
        let max = 8;
        let mut j = k;
        while j < n && j - k < max {
            // `Bun-nhăng Vo-lạ-chít`: syllables joined by hyphens.
            let joined = j > k && self.gap(j) == "-";
            if j > k && !self.sp(j) && !joined {
                break;
            }
            let t = &self.toks[j];
            if !(t.cap() || joined) || t.upper() || t.digit() {
                break;
            }
            if let Some((_, lex)) = self.lex(j) {
                // `Hồ` is a surname as well as `hồ` (a lake).
                // `Anh` in `Vũ Anh Dũng` is a syllable of the name, not `anh`.
                let inner_honorific = j > k && t.cap();
                if !lex.iter().all(|l| {
                    matches!(l, Lex::Place(_) | Lex::Facility(true))
                        || matches!(l, Lex::Honorific) && inner_honorific
                }) {
                    break;
                }
                // After a Vietnamese surname a place name is a given name
                // (`Nguyễn Hòa Bình`, `Nguyễn Thị Mỹ`).
                let big = !(vn && j > k && j - k < 3)
                    && self.gaz_place(j, None).is_some_and(|p| {
                        j == k && p.class != Some(PlaceClass::District)
                            || matches!(
                                p.class,
                                Some(PlaceClass::Province)
                                    | Some(PlaceClass::Country)
                                    | Some(PlaceClass::CountryLong)
                            )
                    });
                if big {
                    break;
                }
            }
            j += 1;
        }
        (j - k >= 2).then_some(j)
    }

    /// Ranks and honorifics from `i`: their end and the title to keep (the
    /// rank wins over `Đồng chí`).
    fn titles(&self, i: usize) -> Option<(usize, String)> {
        let mut j = i;
        let mut chosen: Option<(usize, usize, bool)> = None;
        let mut count = 0;
        while let Some((e, is_rank)) = self.title_at(j) {
            // A few titles in a row at most (`Đồng chí Đại tá`): a long run
            // (`ông ông ông ...`) would be walked again from every word.
            count += 1;
            if (j > i && !self.sp(j)) || count > 4 {
                break;
            }
            match chosen {
                Some((_, _, true)) if !is_rank => {}
                Some((_, _, false)) if !is_rank => {}
                _ => chosen = Some((j, e, is_rank)),
            }
            j = e;
        }
        let (s, e, _) = chosen?;
        if LOWER_HONORIFICS.contains(&self.fw(s)) && j == e && !self.toks[s].cap() {
            // `ông`, `bà` need a capitalised name right after.
            if j >= self.n() || !self.toks[j].cap() {
                return None;
            }
        }
        Some((j, canonical(self.slice(s, e))))
    }

    fn person(
        &self,
        s: usize,
        e: usize,
        title: Option<String>,
        role: Option<String>,
        country: Option<String>,
    ) -> Entity {
        let name = canonical(self.slice(s, e));
        let mut p = Entity::new(EntityType::Person, self.span(s, e), name.clone());
        p.name = Some(name);
        p.title = title;
        p.role = role;
        let vn_name = self.is_surname_start(s)
            || e >= s + 3 && !self.toks[s].upper() && self.lx.middle_names.contains(self.fw(s + 1));
        p.country = country.or_else(|| vn_name.then(|| "VN".to_string()));
        p
    }

    /// Offices from `i`, with the organisations and places named in them.
    fn role_chain(&self, i: usize, st: &mut DocState) -> Option<RoleHit> {
        let n = self.n();
        let mut e = self.is_role(i)?;
        let mut inner = Vec::new();
        let mut country: Option<String> = None;
        loop {
            if e < n && self.sp(e) {
                if let Some(hit) = self.org_at(e, 0) {
                    if country.is_none() {
                        country = hit
                            .qual
                            .as_ref()
                            .and_then(|q| q.places.first())
                            .and_then(|p| p.country_string());
                    }
                    inner.extend(self.org_entities(&hit, st));
                    e = hit.e.max(e + 1);
                } else if self.org_head(e).is_some_and(|(he, _)| he == e + 1)
                    && e + 1 < n
                    && self.gap(e + 1).trim() == ","
                    && self.fw(e) == "đảng"
                {
                    // `Ủy viên Trung ương Đảng, Bí thư ...`: the party of the
                    // office, not named.
                    e += 1;
                } else if let Some(lp) = self.level_phrase(e) {
                    inner.extend(self.level_entities(&lp, st));
                    e = lp.e;
                } else if let Some(p) = self.gaz_place(e, None).filter(|p| {
                    self.place_person_at(p.s).is_none()
                        && matches!(
                            p.class,
                            Some(PlaceClass::Country)
                                | Some(PlaceClass::CountryLong)
                                | Some(PlaceClass::Province)
                        )
                }) {
                    let mut x = Entity::new(EntityType::Loc, self.span(p.s, p.e), p.name.clone());
                    x.name = Some(p.name.clone().into_owned());
                    x.country = p.country_string();
                    inner.push(x);
                    e = p.e;
                }
                // `Chủ tịch UBND tỉnh Nguyễn Văn A`: a level word with no name.
                if e < n
                    && self.sp(e)
                    && self.level_at(e).is_some()
                    && self.level_phrase(e).is_none()
                {
                    if let Some((le, _, _)) = self.level_at(e) {
                        if le < n && self.sp(le) && self.toks[le].cap() {
                            e = le;
                        }
                    }
                }
                // `Đại sứ Việt Nam tại Lào`
                if e + 1 < n && self.sp(e) && self.fw(e) == "tại" && self.sp(e + 1) {
                    if let Some(p) = self.gaz_place(e + 1, None) {
                        let mut x =
                            Entity::new(EntityType::Loc, self.span(p.s, p.e), p.name.clone());
                        x.name = Some(p.name.clone().into_owned());
                        x.country = p.country_string();
                        inner.push(x);
                        e = p.e;
                    }
                }
            }
            if e < n {
                let g = self.gap(e).trim();
                let nx = if g == "," || self.dash_gap(e) {
                    Some(e)
                } else if self.sp(e) && self.fw(e) == "kiêm" && e + 1 < n {
                    Some(e + 1)
                } else {
                    None
                };
                if let Some(re) = nx.and_then(|x| self.is_role(x)) {
                    e = re;
                    continue;
                }
            }
            break;
        }
        let country = country.or_else(|| {
            inner
                .iter()
                .filter(|x| x.kind == EntityType::Loc)
                .find_map(|x| x.country.clone())
        });
        Some(RoleHit { e, inner, country })
    }

    /// Offices after a name: `X, Bí thư Huyện ủy`, `X - Chính ủy BĐBP tỉnh Y`.
    fn role_after(&self, k: usize, st: &mut DocState) -> Option<(RoleHit, String)> {
        if k >= self.n() {
            return None;
        }
        let g = self.gap(k).trim();
        if !(g == "," || self.dash_gap(k)) {
            return None;
        }
        self.is_role(k)?;
        let mut scratch = DocState::default();
        let rh = self.role_chain(k, &mut scratch)?;
        // `X, Đại sứ Lào tại Việt Nam Y`: the office is Y's.
        if rh.e < self.n() && self.sp(rh.e) && self.name_run(rh.e).is_some() {
            return None;
        }
        st.leveled.extend(scratch.leveled);
        st.weak.extend(scratch.weak);
        st.has_lao |= scratch.has_lao;
        let text = clean_role(self.slice(k, rh.e));
        Some((rh, text))
    }

    fn credit_before(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|k| matches!(self.fw(k), "ảnh" | "nguồn" | "clip" | "video"))
    }

    fn try_title_person(&mut self, i: usize, st: &mut DocState) -> Option<usize> {
        self.title_at(i)?;
        let (j, title) = self.titles(i)?;
        if j >= self.n() || !self.sp(j) {
            return None;
        }
        // `đồng chí Bí thư Tỉnh ủy Lê Văn X`: the office comes first.
        if self.is_role(j).is_some() {
            let mut scratch = DocState::default();
            let rh = self.role_chain(j, &mut scratch)?;
            if rh.e < self.n() && self.sp(rh.e) {
                if let Some(ne) = self.name_run(rh.e) {
                    st.leveled.extend(scratch.leveled);
                    st.weak.extend(scratch.weak);
                    st.has_lao |= scratch.has_lao;
                    let role = clean_role(self.slice(j, rh.e));
                    let p = self.person(rh.e, ne, Some(title), Some(role), rh.country.clone());
                    self.out.extend(rh.inner);
                    self.out.push(p);
                    return Some(ne);
                }
            }
            return None;
        }
        let ne = self.name_run(j)?;
        if self.credit_before(i) {
            return Some(ne);
        }
        let (role, country, inner, end) = match self.role_after(ne, st) {
            Some((rh, text)) => (Some(text), rh.country.clone(), rh.inner, rh.e),
            None => (None, None, Vec::new(), ne),
        };
        let p = self.person(j, ne, Some(title), role, country);
        self.out.push(p);
        self.out.extend(inner);
        Some(end)
    }

    fn try_role(&mut self, i: usize, st: &mut DocState) -> Option<usize> {
        self.is_role(i)?;
        if !self.toks[i].cap() && i > 0 && !self.sp(i) {
            return None;
        }
        // `Phủ Chủ tịch`, `Văn phòng Chủ tịch nước`: part of another name.
        if i > self.consumed && self.sp(i) && self.toks[i - 1].cap() && self.lex(i - 1).is_none() {
            return None;
        }
        let rh = self.role_chain(i, st)?;
        let n = self.n();
        let mut k = rh.e;
        let mut title = None;
        if k < n && (self.sp(k) || self.gap(k).trim() == ",") && self.title_at(k).is_some() {
            if let Some((te, t)) = self.titles(k) {
                title = Some(t);
                k = te;
            }
        }
        // `Trưởng bản Na Phàu`: an office ending in a level word is followed
        // by the place, not by a person.
        let level_end = match self.fw(rh.e - 1) {
            "bản" | "thôn" | "xóm" | "làng" | "ấp" | "buôn" => Some(LevelClass::Village),
            "xã" | "phường" => Some(LevelClass::Commune),
            _ => None,
        };
        if let Some(class) = level_end.filter(|_| title.is_none() && k < n && self.sp(k)) {
            if let Some(p) = self.place_for_level(k, class, true) {
                let level = self.fw(rh.e - 1).to_string();
                let mut e = Entity::new(
                    EntityType::Loc,
                    self.span(p.s, p.e),
                    spaced(&[&level, &p.name]),
                );
                e.name = Some(p.name.clone().into_owned());
                e.level = Some(level);
                e.country = p.country_string();
                self.out.extend(rh.inner);
                self.out.push(e);
                return Some(p.e);
            }
        }
        if k < n && self.sp(k) {
            if let Some(ne) = self.name_run(k) {
                let role = clean_role(self.slice(i, rh.e));
                let p = self.person(k, ne, title, Some(role), rh.country.clone());
                self.out.extend(rh.inner);
                self.out.push(p);
                return Some(ne);
            }
        }
        self.out.extend(rh.inner);
        Some(rh.e)
    }

    fn try_free_person(&mut self, i: usize, st: &mut DocState) -> Option<usize> {
        if self.all_caps || !self.is_surname_start(i) {
            return None;
        }
        // `đối tượng Lầu Bá X` (a suspect) is a person; `tượng X` is a statue.
        let suspect = i > 1 && self.fw(i - 1) == "tượng" && self.fw(i - 2) == "đối";
        if i > 0 && NOT_PERSON_BEFORE.contains(&self.fw(i - 1)) && !suspect {
            return None;
        }
        if i > self.consumed && self.sp(i) && self.toks[i - 1].cap() && self.lex(i - 1).is_none() {
            return None;
        }
        let ne = self.name_run(i)?;
        let len = ne - i;
        if self.credit_before(i) {
            return Some(ne);
        }
        let after = self.role_after(ne, st);
        if !((3..=4).contains(&len) || len == 2 && after.is_some()) {
            return None;
        }
        let (role, country, inner, end) = match after {
            Some((rh, text)) => (Some(text), rh.country.clone(), rh.inner, rh.e),
            None => (None, None, Vec::new(), ne),
        };
        let p = self.person(i, ne, None, role, country);
        self.out.push(p);
        self.out.extend(inner);
        Some(end)
    }

    /// Any name (a Lao one too) directly followed by an office:
    /// `Vi Lay Vông Bút Đa Khăm, Phó Tỉnh trưởng tỉnh X`.
    fn try_name_then_role(&mut self, i: usize, st: &mut DocState) -> Option<usize> {
        if self.all_caps || !self.toks[i].cap() || self.lex(i).is_some() {
            return None;
        }
        if i > self.consumed && self.sp(i) && self.toks[i - 1].cap() {
            return None;
        }
        // A name in a list or after `có`, `và`: not after an ordinary word.
        // (The cheapest test of the function first: it rejects most words.)
        if i > 0
            && self.sp(i)
            && !matches!(
                self.fw(i - 1),
                "có" | "và" | "cùng" | "với" | "của" | "là" | "gồm"
            )
        {
            return None;
        }
        if self.credit_before(i) || i > 0 && NOT_PERSON_BEFORE.contains(&self.fw(i - 1)) {
            return None;
        }
        // Events and dates are capitalised too (`Tết Bunpimay, Tỉnh trưởng ...`).
        if matches!(
            self.fw(i),
            "tết"
                | "lễ"
                | "ngày"
                | "hội"
                | "năm"
                | "tháng"
                | "dịp"
                | "xuân"
                | "giải"
                | "chương"
                | "kỷ"
                | "đại"
                | "trường"
                | "khu"
                | "làng"
                | "chùa"
                | "đền"
        ) {
            return None;
        }
        let ne = self.name_run(i)?;
        let (rh, text) = self.role_after(ne, st)?;
        let p = self.person(i, ne, None, Some(text), rh.country.clone());
        self.out.push(p);
        self.out.extend(rh.inner);
        Some(rh.e)
    }

    /// A paragraph that is only a person's name (and maybe `(CTV)`): a byline
    /// or a photographer's name.
    fn is_byline(&self, _last: bool) -> bool {
        if self.out.len() != 1 || self.out[0].kind != EntityType::Person || self.toks.is_empty() {
            return false;
        }
        let p = &self.out[0];
        let Some(first) = self.toks.first() else {
            return false;
        };
        let Some(last) = self.toks.last() else {
            return false;
        };
        if p.span.start != first.s {
            return false;
        }
        let rest = self.text.get(p.span.end..last.e).unwrap_or("").trim();
        rest.is_empty() || rest.starts_with('(')
    }
}

// ------------------------------------------------------------- document pass

/// Later mentions of a person's full name written without a title or office.
/// `paragraphs` are the ranges of each paragraph's tokens in `all_toks`,
/// whose folded ranges are in `folded`.
fn resolve_persons(
    all_toks: &[Tok],
    folded: &str,
    paragraphs: &[Range<usize>],
    all: &mut Vec<Entity>,
) {
    // The folded words of each person's name (two or more), with the index
    // of its first mention.
    let mut keys: Vec<(String, Vec<Range<usize>>, usize)> = Vec::new();
    {
        // A name seen before has its words listed already (or has too few).
        let mut seen: super::lexicon::DocSet<&str> = doc_set(all.len());
        for (idx, e) in all.iter().enumerate() {
            if e.kind != EntityType::Person || !seen.insert(e.canonical.as_str()) {
                continue;
            }
            let (text, words) = folded_words(&e.canonical);
            if words.len() >= 2 {
                keys.push((text, words, idx));
            }
        }
    }
    fn word(key: &(String, Vec<Range<usize>>, usize), k: usize) -> &str {
        key.1
            .get(k)
            .and_then(|r| key.0.get(r.clone()))
            .unwrap_or("")
    }
    let same = |a: &(String, Vec<Range<usize>>, usize), b: &(String, Vec<Range<usize>>, usize)| {
        a.1.len() == b.1.len() && (0..a.1.len()).all(|k| word(a, k) == word(b, k))
    };
    // First word -> the names (indices in `keys`) it starts, distinct.
    let mut names: super::lexicon::DocMap<&str, Vec<usize>> = doc_map(keys.len());
    for (ki, key) in keys.iter().enumerate() {
        let list = names.entry(word(key, 0)).or_default();
        if !list.iter().any(|&j| same(&keys[j], key)) {
            list.push(ki);
        }
    }
    if names.is_empty() {
        return;
    }
    let mut spans: Vec<Range<usize>> = all.iter().map(|e| e.span.clone()).collect();
    spans.sort_by_key(|r| r.start);
    let covered = |spans: &[Range<usize>], r: &Range<usize>| {
        let k = spans.partition_point(|x| x.start < r.end);
        spans[..k].iter().rev().take(8).any(|x| x.end > r.start)
    };
    // A cheap filter before the lookups: first byte and length of the first words.
    let sig = |w: &str| {
        let b = w.as_bytes().first().copied().unwrap_or(0) as usize;
        (b.wrapping_mul(31) + w.len()) & 255
    };
    let mut filter = [0u64; 4];
    for k in names.keys() {
        let h = sig(k);
        filter[h >> 6] |= 1 << (h & 63);
    }
    let mut added = Vec::new();
    for r in paragraphs {
        let toks = all_toks.get(r.clone()).unwrap_or(&[]);
        let fw = |i: usize| &folded[toks[i].fs..toks[i].fe];
        for i in 0..toks.len() {
            if !toks[i].cap() {
                continue;
            }
            let h = sig(fw(i));
            if filter[h >> 6] & (1 << (h & 63)) == 0 {
                continue;
            }
            let Some(cands) = names.get(fw(i)) else {
                continue;
            };
            for key in cands.iter().filter_map(|&j| keys.get(j)) {
                let (_, words, idx) = key;
                let end = i + words.len();
                if end > toks.len()
                    || !(0..words.len()).all(|k| fw(i + k) == word(key, k) && toks[i + k].cap())
                {
                    continue;
                }
                let r = toks[i].s..toks[end - 1].e;
                let overlaps_added = added.last().is_some_and(|x: &Entity| x.span.end > r.start);
                if covered(&spans, &r) || overlaps_added {
                    continue;
                }
                let src = &all[*idx];
                let mut e = Entity::new(EntityType::Person, r, src.canonical.clone());
                e.name = src.name.clone();
                e.country = src.country.clone();
                added.push(e);
                break;
            }
        }
    }
    all.extend(added);
}

fn level_rank(level: &str) -> u8 {
    match level {
        "nước" | "quốc gia" => 0,
        "tỉnh" | "thành phố" | "thủ đô" => 1,
        "huyện" | "quận" | "thị xã" => 2,
        "xã" | "phường" | "thị trấn" => 3,
        _ => 4,
    }
}

/// One canonical form per entity: bare places take the level word another
/// mention writes, spelling variants take the first spelling, shortened
/// organisation names take the full one.
/// Returns each entity's group: the index of the first entity of its type
/// and canonical form (after this, two groups of one type never share a
/// canonical form).
fn unify(all: &mut Vec<Entity>, weak: Vec<Entity>) -> Vec<usize> {
    // Places. The flat key of each place's name, computed once (a name only
    // changes below to one with the same key).
    // (A name repeated in the document is flattened once.)
    let mut keys: Vec<String> = Vec::new();
    let loc_keys: Vec<Option<usize>> = {
        let mut memo: super::lexicon::DocMap<&str, usize> = doc_map(all.len());
        all.iter()
            .map(|e| {
                let name = e.name.as_deref().filter(|_| e.kind == EntityType::Loc)?;
                Some(*memo.entry(name).or_insert_with(|| {
                    keys.push(flat(name));
                    keys.len() - 1
                }))
            })
            .collect()
    };
    let key_of = |k: &Option<usize>| k.and_then(|k| keys.get(k)).map(String::as_str);
    let mut best_level: super::lexicon::DocMap<&str, (u8, String)> = doc_map(all.len());
    for (e, key) in all.iter().zip(&loc_keys) {
        let (Some(key), Some(level)) = (key_of(key), &e.level) else {
            continue;
        };
        let r = level_rank(level);
        match best_level.get(key) {
            Some((br, _)) if *br <= r => {}
            _ => {
                best_level.insert(key, (r, level.clone()));
            }
        }
    }
    let mut first_name: super::lexicon::DocMap<&str, String> = doc_map(all.len());
    for (e, key) in all.iter_mut().zip(&loc_keys) {
        let Some(key) = key_of(key) else {
            continue;
        };
        let Some(own) = e.name.as_ref() else {
            continue;
        };
        let name = first_name.entry(key).or_insert_with(|| own.clone());
        if e.name.as_ref() != Some(name) {
            e.name = Some(name.clone());
        }
        if e.level.is_none() {
            if let Some((_, level)) = best_level.get(key) {
                e.level = Some(level.clone());
            }
        }
        if let Some(l) = &e.level {
            if level_rank(l) < 4 && !is_spaced(&e.canonical, l, name) {
                e.canonical = spaced(&[l, name]);
            }
        }
    }
    // Organisations: shortened mentions take the one organisation whose name
    // they start (two or more: ambiguous). Only the prefixes a shortened
    // mention asks for are kept.
    if !weak.is_empty() {
        let weak_keys: Vec<String> = weak.iter().map(|e| words(&e.canonical).join(" ")).collect();
        let mut wanted: super::lexicon::DocSet<&str> = doc_set(weak_keys.len());
        wanted.extend(weak_keys.iter().map(String::as_str));
        let mut prefixes: super::lexicon::DocMap<&str, Vec<(String, Option<String>)>> =
            doc_map(weak_keys.len());
        let mut seen = doc_set(all.len());
        let mut seen_exact = doc_set(all.len());
        let mut buf = String::new();
        for e in all.iter().filter(|e| e.kind == EntityType::Org) {
            if !seen_exact.insert(e.canonical.as_str()) || !seen.insert(flat(&e.canonical)) {
                continue;
            }
            let len = e.canonical.split_whitespace().count();
            buf.clear();
            for (j, w) in e.canonical.split_whitespace().enumerate() {
                let k = j + 1;
                if k >= len.min(16) {
                    break;
                }
                if j > 0 {
                    buf.push(' ');
                }
                if w.is_ascii() {
                    buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
                } else {
                    buf.push_str(&w.to_lowercase());
                }
                if let Some(&key) = wanted.get(buf.as_str()) {
                    let v = prefixes.entry(key).or_default();
                    if v.len() < 2 {
                        v.push((e.canonical.clone(), e.country.clone()));
                    }
                }
            }
        }
        for (mut e, key) in weak.into_iter().zip(&weak_keys) {
            let found = prefixes
                .get(key.as_str())
                .filter(|v| v.len() == 1)
                .and_then(|v| v.first().cloned());
            if let Some((c, ctry)) = found {
                e.canonical = c;
                e.country = ctry;
                all.push(e);
            }
        }
    }
    // One spelling per entity: the first mention's.
    let mut first: super::lexicon::DocMap<(EntityType, String), usize> = doc_map(all.len());
    // The same canonical form has the same flat key: computed once.
    let mut exact: super::lexicon::DocMap<(EntityType, &str), usize> = doc_map(all.len());
    let mut firsts = Vec::with_capacity(all.len());
    for (i, e) in all.iter().enumerate() {
        let f = match exact.get(&(e.kind, e.canonical.as_str())) {
            Some(&f) => f,
            None => {
                let f = *first.entry((e.kind, flat(&e.canonical))).or_insert(i);
                exact.insert((e.kind, e.canonical.as_str()), f);
                f
            }
        };
        firsts.push(f);
    }
    for (i, &f) in firsts.iter().enumerate() {
        if f != i && all[i].canonical != all[f].canonical {
            let c = all[f].canonical.clone();
            all[i].canonical = c;
        }
    }
    firsts
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

/// Country of places and people that have none: the nearest entity with a
/// country in the same sentence; communes and villages default to Vietnam.
fn fill_countries(text: &str, all: &mut [Entity], sentences: &[Sentence]) {
    let text_gap_is_address = |a: usize, b: usize| {
        b >= a
            && b - a <= 4
            && text
                .get(a..b)
                .is_some_and(|g| g.chars().all(|c| matches!(c, ',' | '(' | ' ' | '-' | '–')))
    };
    let sent_of = |pos: usize| -> Option<Range<usize>> {
        let k = sentences.partition_point(|s| s.span.start <= pos);
        let s = sentences.get(k.checked_sub(1)?)?;
        (pos < s.span.end.max(s.span.start + 1)).then(|| s.span.clone())
    };
    let has_lao = all.iter().any(|e| e.country.as_deref() == Some("LA"));
    for e in all.iter_mut() {
        if e.kind == EntityType::Loc
            && e.country.is_none()
            && matches!(
                e.level.as_deref(),
                Some("xã" | "phường" | "thị trấn" | "thôn" | "ấp" | "xóm" | "tổ dân phố")
            )
        {
            e.country = Some("VN".into());
        }
        if e.kind == EntityType::Org
            && e.country.is_none()
            && e.canonical
                .split_whitespace()
                .any(|w| matches!(w, "xã" | "phường" | "thôn"))
        {
            e.country = Some("VN".into());
        }
    }
    // Addresses go from small to large (`bản X, cụm Y, huyện Z`): a place
    // without a country takes the one of the place right after it.
    for i in (0..all.len().saturating_sub(1)).rev() {
        if all[i].kind != EntityType::Loc || all[i].country.is_some() {
            continue;
        }
        let next = &all[i + 1];
        if next.kind == EntityType::Loc && text_gap_is_address(all[i].span.end, next.span.start) {
            all[i].country = next.country.clone();
        }
    }
    // Read from the countries as they are before this pass, written after it.
    let mut updates: Vec<(usize, String)> = Vec::new();
    for (i, e) in all.iter().enumerate() {
        if e.country.is_some() {
            continue;
        }
        if e.kind == EntityType::Org
            && !e.canonical.split_whitespace().any(|w| {
                matches!(
                    w,
                    "xã" | "phường" | "thị" | "bản" | "thôn" | "huyện" | "tỉnh"
                )
            })
        {
            continue;
        }
        if e.kind == EntityType::Loc && e.level.is_none() {
            continue;
        }
        if e.kind == EntityType::Person && has_lao {
            updates.push((i, "LA".into()));
            continue;
        }
        if let Some(sr) = sent_of(e.span.start) {
            let mut best: Option<(usize, &str)> = None;
            let lo = i.saturating_sub(12);
            let hi = (i + 13).min(all.len());
            for o in &all[lo..hi] {
                let (r, k) = (&o.span, o.kind);
                let Some(c) = o.country.as_deref() else {
                    continue;
                };
                if k == EntityType::Person || r.start < sr.start || r.end > sr.end || *r == e.span {
                    continue;
                }
                let d = if r.start >= e.span.end {
                    r.start - e.span.end
                } else {
                    e.span.start.saturating_sub(r.end) + 1
                };
                if best.map_or(true, |(bd, _)| d < bd) {
                    best = Some((d, c));
                }
            }
            if let Some((_, c)) = best {
                updates.push((i, c.to_string()));
                continue;
            }
        }
        let c = match e.kind {
            EntityType::Person => has_lao.then(|| "LA".to_string()),
            EntityType::Loc => match e.level.as_deref() {
                Some("xã" | "phường" | "thị trấn" | "thôn" | "ấp" | "xóm" | "tổ dân phố") => {
                    Some("VN".into())
                }
                _ => None,
            },
            EntityType::Org => None,
        };
        if let Some(c) = c {
            updates.push((i, c));
        }
    }
    for (i, c) in updates {
        if let Some(e) = all.get_mut(i) {
            e.country = Some(c);
        }
    }
}

#[cfg(test)]
mod clean_role_tests {
    use super::{clean_role, clean_role_words};

    #[test]
    fn the_quick_check_agrees_with_the_words() {
        let spaces = [
            " ", "  ", "\t", "\n", "\r", "\u{85}", "\u{a0}", "\u{1680}", "\u{2003}", "\u{2028}",
            "\u{202f}", "\u{205f}", "\u{3000}", "\u{2060}", "\u{1c}",
        ];
        for sp in spaces {
            for text in [
                format!("Phó Bí thư{sp}Tỉnh ủy"),
                format!("{sp}Chủ tịch UBND tỉnh"),
                format!("Trưởng ban{sp}"),
                format!("Bí thư{sp}, Chủ tịch HĐND huyện"),
                format!("Bí thư{sp},Chủ tịch{sp}; Ủy viên{sp}: X"),
                format!("Chính ủy{sp}Bộ CHQS tỉnh Hoà Bình"),
                sp.to_string(),
            ] {
                assert_eq!(clean_role(&text), clean_role_words(&text), "{text:?}");
            }
        }
        assert_eq!(clean_role(""), "");
    }
}
