//! The scanner: one left-to-right pass over the tokens. At each digit run
//! (or Roman numeral after an ordinal head) it reads a bounded window of
//! tokens around it, decides what the expression is, emits it and moves on
//! past it. Look-behind never reaches into an expression already emitted.

use super::dates::{is_written_year, is_year, roman_value, valid_dm, ArticleDate, Partial};
use super::lexicon::{flag, key_of, LEX};
use super::tokens::{is_roman, tokenize, Kind, Tok, Tokens};
use crate::document::{Approx, Decimal, Number, NumberKind, NumberValue, Sentence};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

/// A date expression found at a token.
#[derive(Debug, Clone, Copy)]
struct DateHit {
    /// First token of the expression.
    s: usize,
    /// One past its last token.
    e: usize,
    val: DVal,
}

#[derive(Debug, Clone, Copy)]
enum DVal {
    One(Partial),
    Span(Partial, Option<Partial>),
    /// `quý q` of a year: reported as the year (SPEC's ISO forms have no quarter).
    Quarter(Option<i32>, u32),
}

/// A measured value: number, scale and what follows.
#[derive(Debug, Clone)]
struct Measure {
    kind: NumberKind,
    value: Decimal,
    /// One past the last token read.
    e: usize,
    unit: Option<String>,
    per: Option<String>,
    /// The power of ten a scale word gave.
    pow: u32,
}

/// Unit, approximation and rate of an emitted number.
#[derive(Debug, Clone, Default)]
struct Extra {
    unit: Option<String>,
    approx: Option<Approx>,
    per: Option<String>,
}

/// What came after a number: its unit and kind.
struct UnitHit {
    kind: NumberKind,
    unit: Option<String>,
    e: usize,
}

pub(crate) struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// The tokens a number may start at, in order.
    starts: Vec<usize>,
    /// First token free for look-behind (everything before is emitted).
    floor: usize,
    out: Vec<Number>,
    sentences: &'a [Sentence],
    article: Option<ArticleDate>,
    /// Byte offset and value of every year written in the text.
    years: Vec<(usize, i32)>,
    /// Byte offsets of the line breaks.
    breaks: Vec<usize>,
    /// For each line, whether it is written in Title Case or capitals (a
    /// headline): there a capital letter says nothing about names.
    caseless_lines: Vec<bool>,
    /// The last few [`Fwd`] read, by first token.
    fwd_cache: RefCell<Slots<usize, Fwd>>,
    /// The last few [`Back`] read, by token and floor.
    back_cache: RefCell<Slots<(usize, usize), Back>>,
    /// `khoảng 150-200 hài cốt`: the approximation of a range's first
    /// number, and the token of its second, which shares it.
    carry: Option<(usize, Approx)>,
}

/// How many entries the caches of words read forwards and backwards keep.
const CACHE: usize = 4;

/// A small cache: a few values by key, replaced in turn, their buffers reused.
#[derive(Debug)]
struct Slots<K, V> {
    slots: Vec<(Option<K>, V)>,
    next: usize,
}

impl<K: PartialEq + Copy, V: Default> Slots<K, V> {
    fn new() -> Self {
        Slots {
            slots: Vec::with_capacity(CACHE),
            next: 0,
        }
    }

    /// The slot that holds `key`.
    fn find(&self, key: K) -> Option<usize> {
        self.slots.iter().position(|(k, _)| *k == Some(key))
    }

    /// A slot for `key`, emptied of its old key: a new one, else the oldest.
    fn take(&mut self, key: K) -> Option<(usize, &mut V)> {
        let n = if self.slots.len() < CACHE {
            self.slots.push((None, V::default()));
            self.slots.len() - 1
        } else {
            let n = self.next;
            self.next = (n + 1) % CACHE;
            n
        };
        let slot = self.slots.get_mut(n)?;
        slot.0 = Some(key);
        Some((n, &mut slot.1))
    }
}

/// A value read from a cache, or computed when the cache was busy.
enum Held<'c, V> {
    Cached(Ref<'c, V>),
    Own(V),
}

impl<V> std::ops::Deref for Held<'_, V> {
    type Target = V;
    fn deref(&self) -> &V {
        match self {
            Held::Cached(r) => r,
            Held::Own(v) => v,
        }
    }
}

/// The value of `key` in `cache`, filled by `fill` when missing. Never
/// panics: when the cache is borrowed, the value is computed apart.
fn cached<'c, K: PartialEq + Copy, V: Default>(
    cache: &'c RefCell<Slots<K, V>>,
    key: K,
    fill: impl Fn(&mut V),
) -> Held<'c, V> {
    let hit = |c: Ref<'c, Slots<K, V>>| {
        let n = c.find(key)?;
        Ref::filter_map(c, |c| c.slots.get(n).map(|s| &s.1)).ok()
    };
    if let Some(v) = cache.try_borrow().ok().and_then(hit) {
        return Held::Cached(v);
    }
    if let Ok(mut c) = cache.try_borrow_mut() {
        if let Some((_, v)) = c.take(key) {
            fill(v);
        }
    }
    match cache.try_borrow().ok().and_then(hit) {
        Some(v) => Held::Cached(v),
        None => {
            let mut v = V::default();
            fill(&mut v);
            Held::Own(v)
        }
    }
}

/// Up to [`Lexicon::max_words`](super::lexicon::Lexicon) words read forwards
/// from a token: their keys joined by spaces (a hyphenated compound such as
/// `đô-la` is one word) and, for each word, the byte length of the keys up to
/// and with it and the token after it.
#[derive(Debug, Default)]
struct Fwd {
    keys: String,
    ends: Vec<(usize, usize)>,
}

impl Fwd {
    /// Key of the first word and the token after it.
    fn first(&self) -> Option<(&str, usize)> {
        let &(b, e) = self.ends.first()?;
        Some((self.keys.get(..b)?, e))
    }
}

/// Up to [`Lexicon::max_words`](super::lexicon::Lexicon) words read
/// backwards from a token (not below the floor): their keys joined by spaces,
/// farthest first, and for each word, nearest first, the byte offset in
/// `keys` where the run of words from it to the token begins and its token.
#[derive(Debug, Default)]
struct Back {
    keys: String,
    starts: Vec<(usize, usize)>,
}

const DASHES: [char; 3] = ['-', '–', '—'];

/// Adjectives before `hơn` that, with `so với` after the number, make it
/// a comparison (`cao hơn 15% so với`), not an approximation (`hơn 15%`).
const COMPARATIVES: &[&str] = &[
    "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "nhanh", "chậm", "dài", "ngắn", "rộng", "hẹp",
    "đắt", "rẻ", "sớm", "muộn", "trễ", "xa", "gần",
];

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, sentences: &'a [Sentence], article: Option<&str>) -> Self {
        let Tokens {
            toks,
            starts,
            breaks,
            caseless_lines,
        } = tokenize(text);
        let mut sc = Scanner {
            text,
            toks,
            starts,
            floor: 0,
            out: Vec::new(),
            carry: None,
            sentences,
            article: article.and_then(ArticleDate::parse),
            years: Vec::new(),
            breaks,
            caseless_lines,
            fwd_cache: RefCell::new(Slots::new()),
            back_cache: RefCell::new(Slots::new()),
        };
        let mut years = Vec::new();
        for &k in &sc.starts {
            let Some(t) = sc.tok(k) else { continue };
            if t.kind == Kind::Num && !t.code && t.end - t.start == 4 && sc.plain(k) {
                if let Some(y) = sc.int(k).filter(|&y| is_year(y as i64)) {
                    years.push((t.start, y as i32));
                }
            }
        }
        sc.years = years;
        sc
    }

    /// Whether token `k` is on a headline-case line.
    fn caseless(&self, k: usize) -> bool {
        let p = self.tok(k).map_or(0, |t| t.start);
        let line = self.breaks.partition_point(|&b| b < p);
        self.caseless_lines.get(line).copied().unwrap_or(false)
    }

    /// Read the text from left to right. Only digit runs and words that
    /// may be Roman numerals start a number: the others are skipped.
    pub(crate) fn run(mut self) -> Vec<Number> {
        let mut i = 0;
        let mut next_start = 0;
        loop {
            // the first possible start at or after `i`
            while self.starts.get(next_start).is_some_and(|&k| k < i) {
                next_start += 1;
            }
            let Some(&k) = self.starts.get(next_start) else {
                break;
            };
            i = k;
            let Some(t) = self.tok(i) else {
                break;
            };
            if t.code {
                i += 1;
                continue;
            }
            let next = match t.kind {
                Kind::Num => self.at_num(i),
                Kind::Word => self.at_word(i),
                _ => None,
            };
            i = next.map_or(i + 1, |n| n.max(i + 1));
        }
        self.out
    }

    // ---------------------------------------------------------------- tokens

    fn tok(&self, k: usize) -> Option<Tok> {
        self.toks.get(k).copied()
    }

    fn s(&self, k: usize) -> &'a str {
        self.toks
            .get(k)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The text of tokens `a..b` (empty when out of range).
    fn span_text(&self, a: usize, b: usize) -> &'a str {
        let (Some(x), Some(y)) = (self.tok(a), b.checked_sub(1).and_then(|k| self.tok(k))) else {
            return "";
        };
        self.text.get(x.start..y.end).unwrap_or("")
    }

    fn is_num(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Num && !t.code)
    }

    fn is_word(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if t.kind == Kind::Word)
    }

    /// Token `k` is the punctuation `c`.
    fn is_p(&self, k: usize, c: &[char]) -> bool {
        matches!(self.tok(k), Some(Tok { kind: Kind::Punct(p), .. }) if c.contains(&p))
    }

    /// Token `k` exists and is glued to the one before it.
    fn glued(&self, k: usize) -> bool {
        matches!(self.tok(k), Some(t) if !t.space)
    }

    /// The integer value of a digit run (up to 18 digits).
    fn int(&self, k: usize) -> Option<u64> {
        let t = self.tok(k)?;
        if t.kind != Kind::Num || t.end - t.start > 18 {
            return None;
        }
        self.s(k).parse().ok()
    }

    fn len(&self, k: usize) -> usize {
        self.tok(k).map_or(0, |t| t.end - t.start)
    }

    /// A digit run not joined to other digits by `.` or `,` (not `1.218`).
    fn plain(&self, k: usize) -> bool {
        let before = k >= 2
            && self.is_p(k - 1, &['.', ','])
            && self.glued(k)
            && self.glued(k - 1)
            && self.tok(k - 2).is_some_and(|t| t.kind == Kind::Num);
        let after = self.is_p(k + 1, &['.', ','])
            && self.glued(k + 1)
            && self.glued(k + 2)
            && self.tok(k + 2).is_some_and(|t| t.kind == Kind::Num);
        !before && !after
    }

    /// The lookup key of token `k` ([`key_of`] its text): the text itself
    /// when it already is a key (the common case), else computed.
    fn key(&self, k: usize) -> Cow<'a, str> {
        token_key(self.s(k))
    }

    fn word_is(&self, k: usize, w: &[&str]) -> bool {
        self.is_word(k) && w.contains(&&*self.key(k))
    }

    /// Up to [`Lexicon::max_words`](super::lexicon::Lexicon) words from
    /// token `j` on. Hyphenated compounds (`đô-la`, `héc-ta`) are one word.
    /// The first word may be glued to what comes before; the others follow a
    /// space. Kept in a small cache: the same words are read by several rules.
    fn fwd_words(&self, j: usize) -> Held<'_, Fwd> {
        cached(&self.fwd_cache, j, |f| self.fill_fwd(j, f))
    }

    fn fill_fwd(&self, j: usize, f: &mut Fwd) {
        f.keys.clear();
        f.ends.clear();
        let mut k = j;
        while f.ends.len() < LEX.max_words
            && self.is_word(k)
            && (f.ends.is_empty() || !self.glued(k))
        {
            if !f.ends.is_empty() {
                f.keys.push(' ');
            }
            f.keys.push_str(&self.key(k));
            let mut e = k + 1;
            while e < k + 8
                && self.is_p(e, &['-'])
                && self.glued(e)
                && self.is_word(e + 1)
                && self.glued(e + 1)
            {
                f.keys.push('-');
                f.keys.push_str(&self.key(e + 1));
                e += 2;
            }
            f.ends.push((f.keys.len(), e));
            k = e;
        }
    }

    /// The longest run of the first words (at most `max`) of `words` whose
    /// key satisfies `pred`: (key, end token, number of words).
    fn longest<'w>(
        &self,
        words: &'w Fwd,
        max: usize,
        pred: impl Fn(&str) -> bool,
    ) -> Option<(&'w str, usize, usize)> {
        words
            .ends
            .iter()
            .take(max)
            .enumerate()
            .rev()
            .find_map(|(n, &(b, e))| {
                let key = words.keys.get(..b)?;
                pred(key).then_some((key, e, n + 1))
            })
    }

    /// The words before token `i` (not before the floor), in a small cache.
    fn back_words(&self, i: usize) -> Held<'_, Back> {
        cached(&self.back_cache, (i, self.floor), |b| self.fill_back(i, b))
    }

    fn fill_back(&self, i: usize, b: &mut Back) {
        b.keys.clear();
        b.starts.clear();
        let mut toks = [0usize; 8];
        let mut n = 0;
        let mut k = i;
        while n < LEX.max_words.min(toks.len()) && k > self.floor {
            let p = k - 1;
            if !self.is_word(p) || self.glued(k) {
                break;
            }
            if let Some(t) = toks.get_mut(n) {
                *t = p;
            }
            n += 1;
            k = p;
        }
        // farthest first in `keys`; `starts` nearest first
        for &p in toks.iter().take(n).rev() {
            if !b.keys.is_empty() {
                b.keys.push(' ');
            }
            b.starts.push((b.keys.len(), p));
            b.keys.push_str(&self.key(p));
        }
        b.starts.reverse();
    }

    /// The longest run of words ending just before token `i` (and not
    /// before the floor) whose key satisfies `pred`: (key, first token).
    fn back(&self, i: usize, pred: impl Fn(&str) -> bool) -> Option<(String, usize)> {
        let b = self.back_words(i);
        b.starts.iter().rev().find_map(|&(o, p)| {
            let key = b.keys.get(o..)?;
            pred(key).then(|| (key.to_string(), p))
        })
    }

    /// Past every token glued to `i` (the rest of its chunk).
    fn skip_glued(&self, i: usize) -> usize {
        let mut k = i + 1;
        while self.glued(k) && !matches!(self.tok(k), Some(t) if t.kind == Kind::Newline) {
            k += 1;
        }
        k
    }

    fn emit(&mut self, s: usize, e: usize, kind: NumberKind, value: NumberValue, x: Extra) {
        let Extra { unit, approx, per } = x;
        let (Some(a), Some(b)) = (self.tok(s), e.checked_sub(1).and_then(|k| self.tok(k))) else {
            return;
        };
        if s < self.floor || b.end <= a.start {
            return;
        }
        self.out.push(Number {
            kind,
            span: a.start..b.end,
            value,
            unit,
            approx,
            per,
        });
        self.floor = e;
    }

    // ---------------------------------------------------------------- years

    /// Byte range of the sentence (else the line) holding byte `p`.
    fn sentence_of(&self, p: usize) -> (usize, usize) {
        let k = self.sentences.partition_point(|s| s.span.end <= p);
        if let Some(s) = self.sentences.get(k) {
            if s.span.start <= p {
                return (s.span.start, s.span.end);
            }
        }
        let b = self.breaks.partition_point(|&x| x < p);
        let start = if b == 0 { 0 } else { self.breaks[b - 1] + 1 };
        let end = self.breaks.get(b).copied().unwrap_or(self.text.len());
        (start, end)
    }

    /// The year for a date with month `m` and no year, written at byte `p`.
    fn infer_year(&self, p: usize, m: u32, d: Option<u32>) -> Option<i32> {
        if let Some(a) = self.article {
            return Some(a.year_for(m, d));
        }
        let (a, b) = self.sentence_of(p);
        let k = self.years.partition_point(|&(q, _)| q < p);
        let left = k
            .checked_sub(1)
            .and_then(|j| self.years.get(j))
            .filter(|&&(q, _)| q >= a);
        let right = self.years.get(k).filter(|&&(q, _)| q < b);
        match (left, right) {
            (Some(&(ql, yl)), Some(&(qr, yr))) => Some(if p - ql <= qr - p { yl } else { yr }),
            (Some(&(_, y)), None) | (None, Some(&(_, y))) => Some(y),
            (None, None) => None,
        }
    }

    fn fill(&self, p: usize, mut d: Partial) -> Partial {
        if d.y.is_none() {
            if let Some(m) = d.m {
                d.y = self.infer_year(p, m, d.d);
            }
        }
        d
    }

    fn emit_date(&mut self, h: DateHit) {
        let p = self.tok(h.s).map_or(0, |t| t.start);
        let (kind, value) = match h.val {
            DVal::One(d) => {
                let d = self.fill(p, d);
                // `29/2/2023` names no day: not a date
                if !d.valid() {
                    return;
                }
                (NumberKind::Date, NumberValue::Date(d.iso()))
            }
            DVal::Quarter(y, q) => {
                let Some(y) = y.or_else(|| self.infer_year(p, q * 3 - 1, None)) else {
                    return;
                };
                (NumberKind::Date, NumberValue::Date(Partial::year(y).iso()))
            }
            DVal::Span(mut a, b) => {
                if let (None, Some(b)) = (a.y, b) {
                    if let (Some(by), Some(am), Some(bm)) = (b.y, a.m, b.m) {
                        a.y = Some(if am > bm { by - 1 } else { by });
                    }
                }
                let a = self.fill(p, a);
                let b = b.map(|b| {
                    let mut b = b;
                    if b.y.is_none() {
                        if let (Some(ay), Some(am), Some(bm)) = (a.y, a.m, b.m) {
                            b.y = Some(if bm < am { ay + 1 } else { ay });
                        }
                    }
                    self.fill(p, b)
                });
                if !a.valid() || b.is_some_and(|b| !b.valid()) {
                    return;
                }
                (
                    NumberKind::DateRange,
                    NumberValue::Range {
                        start: Some(a.iso()),
                        end: b.map(|b| b.iso()),
                    },
                )
            }
        };
        self.emit(h.s, h.e, kind, value, Extra::default());
    }

    // ---------------------------------------------------------------- numbers

    fn at_num(&mut self, i: usize) -> Option<usize> {
        // Digits after a name head are part of a name.
        if self.after_name_head(i) {
            return Some(self.skip_glued(i));
        }
        // `+7`, `-5`, `$`: signs and glued prefixes.
        if i > 0 && self.glued(i) && self.is_p(i - 1, &['+', '№', '#']) {
            return Some(self.skip_glued(i));
        }
        if let Some(n) = self.time_at(i) {
            return Some(n);
        }
        if let Some(h) = self.date_at(i, true, false) {
            let h = self.widen_from_to(h);
            self.emit_date(h);
            return Some(h.e);
        }
        if let Some(n) = self.ordinal_at(i) {
            return Some(n);
        }
        if self.in_name(i) {
            return Some(self.skip_glued(i));
        }
        // `1/4`, `2/3` that are not dates: fractions, left alone (but
        // `3/5 xã` is two counts, read below)
        if self.is_p(i + 1, &['/'])
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_num(i + 2)
            && !self.counted_after(i + 2)
        {
            return Some(self.skip_glued(i));
        }
        self.quantity_at(i)
    }

    /// Whether the words before `i` end in a name head (`Quân khu`, `số`),
    /// and no longer phrase overrides it (`tổng số`, `nhiệm kỳ`).
    fn after_name_head(&self, i: usize) -> bool {
        let Some((head, s)) = self.back(i, |k| LEX.name_heads.contains(k)) else {
            return false;
        };
        // `mỗi tổ 120 MW`, `từng đội 12 người`: a noun taken one by one
        // is counted, not named
        if s > self.floor && self.word_is(s - 1, &["mỗi", "từng"]) {
            return false;
        }
        // `Hoa Kỳ 30 năm`: a one-word head inside a proper name is no head
        if !head.contains(' ') && s > self.floor && titled(self.s(s)) && titled(self.s(s - 1)) {
            return false;
        }
        let other = self.back(i, |k| {
            LEX.flags(k) & (flag::NOT_NAME_HEAD | flag::ORDINAL_HEAD | flag::RANGE_HEAD) != 0
        });
        if matches!(other, Some((_, o)) if o <= s) {
            return false;
        }
        // `Bộ Quốc phòng 2 nước`, `Bộ đội Biên phòng 2 tỉnh`: a count after all
        !self.counted_after(i) || self.literal(i).is_some_and(|(v, _)| v.digits > 100)
    }

    /// `15:38`, `14h30`, `13h`, `8 giờ 30`, `lúc 8 giờ`.
    fn time_at(&mut self, i: usize) -> Option<usize> {
        let h = self.int(i).filter(|&h| h <= 24 && self.len(i) <= 2)?;
        let mut min = 0;
        let e;
        if self.is_p(i + 1, &[':'])
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.len(i + 2) == 2
        {
            min = self.int(i + 2).filter(|&m| m < 60)?;
            let mut k = i + 3;
            if self.is_p(k, &[':']) && self.glued(k) && self.glued(k + 1) && self.len(k + 1) == 2 {
                k += 2;
            }
            e = k;
        } else if self.glued(i + 1) && self.word_is(i + 1, &["h", "g"]) {
            let with_min = self.glued(i + 2) && self.is_num(i + 2) && self.len(i + 2) <= 2;
            if self.key(i + 1) == "g" && !with_min {
                return None;
            }
            if with_min {
                min = self.int(i + 2).filter(|&m| m < 60)?;
                e = if self.word_is(i + 3, &["phút"]) {
                    i + 4
                } else {
                    i + 3
                };
            } else {
                // `trong 24h`, `sau 2h`: hours counted, not a time of day
                let span = h == 24
                    || self.ends_span_of_hours(i)
                    || self
                        .back(i, |k| {
                            matches!(k, "trong" | "sau" | "mất" | "suốt" | "vòng")
                        })
                        .is_some();
                if span {
                    return None;
                }
                e = i + 2;
            }
        } else if self.word_is(i + 1, &["giờ"]) && !self.glued(i + 1) {
            // `9 giờ rưỡi`: half past
            let half = self.word_is(i + 2, &["rưỡi"]) && !self.glued(i + 2);
            let after = if half { i + 3 } else { i + 2 };
            if half {
                min = 30;
            }
            if !half && self.is_num(i + 2) && self.len(i + 2) <= 2 && !self.glued(i + 2) {
                min = self.int(i + 2).filter(|&m| m < 60)?;
                e = if self.word_is(i + 3, &["phút"]) {
                    i + 4
                } else {
                    i + 3
                };
            } else {
                let cue = self
                    .back(i, |k| {
                        matches!(
                            k,
                            "lúc" | "vào" | "vào lúc" | "vào khoảng" | "đúng" | "từ" | "đến"
                        )
                    })
                    .is_some()
                    && !self.ends_span_of_hours(i);
                let part = self.word_is(after, &["sáng", "chiều", "tối", "trưa", "đêm", "ngày"]);
                // `Khoảng 9 giờ, đoàn đến`: a clock reading before a comma
                let span = self
                    .back(i, |k| {
                        matches!(k, "trong" | "sau" | "mất" | "suốt" | "hơn" | "gần" | "vòng")
                    })
                    .is_some();
                let comma = self.is_p(after, &[',']) && !span;
                if !(cue || part || comma) || h == 24 {
                    return None;
                }
                e = after;
            }
        } else {
            return None;
        }
        let mut hour = h;
        let pm = (self.word_is(e, &["chiều", "tối"]) && (1..12).contains(&hour))
            || (self.word_is(e, &["đêm"]) && (6..12).contains(&hour));
        if pm {
            hour += 12;
        }
        // `24h22`, `24:30` are no time of day (`24:00` is).
        if hour == 24 && min > 0 {
            return None;
        }
        let v = format!("{:02}:{:02}", hour, min);
        // `từ 7 đến 11 giờ`: the range's bare start, read as hours counted,
        // is a time of day too (`từ 2 đến 4 giờ chiều` → 14:00)
        let start_tok = i
            .checked_sub(2)
            .filter(|&p| self.word_is(p + 1, &["đến", "tới"]) || self.is_p(p + 1, &DASHES))
            .and_then(|p| self.tok(p));
        if let (Some(t), Some(last)) = (start_tok, self.out.last_mut()) {
            let bare_hours = last.kind == NumberKind::Duration
                && last.span.end == t.end
                && matches!(last.unit.as_deref(), Some("giờ" | "h"));
            let h0 = match &last.value {
                NumberValue::Number(d) => d.as_integer().filter(|h| (0..24).contains(h)),
                _ => None,
            };
            if let (true, Some(h0)) = (bare_hours, h0) {
                let h0 = if hour >= 12 && h0 < 12 && h0 + 12 <= hour as i128 {
                    h0 + 12
                } else {
                    h0
                };
                last.kind = NumberKind::Time;
                last.value = NumberValue::Time(format!("{:02}:00", h0));
                last.unit = None;
            }
        }
        // `khoảng 23 giờ`, `gần 8h`: an approximate time of day
        let (approx, s) = self.approx_before(i);
        self.emit(
            s,
            e,
            NumberKind::Time,
            NumberValue::Time(v),
            Extra {
                approx,
                ..Extra::default()
            },
        );
        Some(e)
    }

    /// `mất từ 3 đến 4 giờ`, `trong 2-3h`: the end of a range of hours after
    /// a word of duration is hours counted, like its start.
    fn ends_span_of_hours(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(2) else {
            return false;
        };
        if !(self.is_num(p) && (self.word_is(i - 1, &["đến", "tới"]) || self.is_p(i - 1, &DASHES)))
        {
            return false;
        }
        let f = match p.checked_sub(1) {
            Some(f) if self.word_is(f, &["từ"]) => f,
            _ => p,
        };
        // read past the floor: the range's start is emitted already
        f.checked_sub(1)
            .is_some_and(|w| self.word_is(w, &["trong", "sau", "mất", "suốt", "dài", "vòng"]))
    }

    /// A date or date range starting at the digit run `i`.
    fn date_at(&self, i: usize, ranges: bool, cue_in: bool) -> Option<DateHit> {
        let n = self.int(i)?;
        let g = |k: usize, c: &[char]| self.is_p(k, c) && self.glued(k) && self.glued(k + 1);
        let cue_word = self.back(i, |k| LEX.date_cues.contains(k));
        // `trong 2 ngày 13 và 14/4`: the day word, read past the floor,
        // serves the count before and the dates after
        let cue = cue_in
            || cue_word.is_some()
            || (i > 0 && self.is_p(i - 1, &['(']))
            || (i > 1 && self.word_is(i - 1, &["ngày"]) && self.is_num(i - 2));
        // `ngày 9.9`: a dot joins a day and a month only after a day word
        let day_cue = cue_word
            .as_ref()
            .is_some_and(|(k, _)| !matches!(k.as_str(), "từ" | "đến" | "tới" | "vào"));

        // d/m/y, d-m-y, d.m.y
        for sep in ['/', '-', '.'] {
            if g(i + 1, &[sep]) && self.is_num(i + 2) && g(i + 3, &[sep]) && self.is_num(i + 4) {
                let (m, y) = (self.int(i + 2)?, self.int(i + 4)?);
                if self.len(i + 4) == 4
                    && is_written_year(y as i64)
                    && valid_dm(n as u32, m as u32)
                    && self.len(i) <= 2
                    && self.len(i + 2) <= 2
                {
                    let d = Partial::ymd(Some(y as i32), m as u32, n as u32);
                    return Some(self.range_on(i, i + 5, d, ranges));
                }
            }
        }
        // 2025-05-22, 2025-05 (ISO)
        if self.len(i) == 4 && is_year(n as i64) && g(i + 1, &['-']) && self.len(i + 2) == 2 {
            let m = self.int(i + 2)? as u32;
            if (1..=12).contains(&m) {
                if g(i + 3, &['-']) && self.len(i + 4) == 2 {
                    let d = self.int(i + 4)? as u32;
                    if valid_dm(d, m) {
                        let p = Partial::ymd(Some(n as i32), m, d);
                        return Some(self.range_on(i, i + 5, p, ranges));
                    }
                }
                let p = Partial::ym(Some(n as i32), m);
                return Some(self.range_on(i, i + 3, p, ranges));
            }
        }
        let month_word = self.back(i, |k| k == "tháng");
        let head = |s: usize| month_word.as_ref().map_or(s, |(_, p)| *p);
        // m/yyyy, tháng 7-2023
        if (1..=12).contains(&n)
            && self.len(i) <= 2
            && (g(i + 1, &['/']) || (g(i + 1, &['-']) && (month_word.is_some() || cue)))
            && self.len(i + 2) == 4
            && self.int(i + 2).is_some_and(|y| is_written_year(y as i64))
            && !g(i + 3, &['/', '-', '.', ','])
        {
            let y = self.int(i + 2)? as i32;
            let quarter = self.back(i, |k| k == "quý");
            if let Some((_, q)) = quarter.filter(|_| n <= 4) {
                return Some(DateHit {
                    s: q,
                    e: i + 3,
                    val: DVal::Quarter(Some(y), n as u32),
                });
            }
            return Some(self.range_on(head(i), i + 3, Partial::ym(Some(y), n as u32), ranges));
        }
        // 19-20/12 (range of days)
        if g(i + 1, &['-', '–'])
            && self.is_num(i + 2)
            && g(i + 3, &['/'])
            && self.is_num(i + 4)
            && self.len(i) <= 2
            && self.len(i + 2) <= 2
            && self.len(i + 4) <= 2
        {
            let (d2, m) = (self.int(i + 2)? as u32, self.int(i + 4)? as u32);
            if valid_dm(n as u32, m) && valid_dm(d2, m) && d2 > n as u32 {
                let mut e = i + 5;
                let mut y = None;
                if g(e, &['/']) && self.len(e + 1) == 4 {
                    y = self.int(e + 1).map(|y| y as i32);
                    e += 2;
                }
                let val = DVal::Span(Partial::ymd(y, m, n as u32), Some(Partial::ymd(y, m, d2)));
                return Some(DateHit { s: i, e, val });
            }
        }
        // d/m, and d-m after a date word
        if self.len(i) <= 2
            && self.len(i + 2) <= 2
            && self.is_num(i + 2)
            && (g(i + 1, &['/']) || (g(i + 1, &['-']) && cue) || (g(i + 1, &['.']) && day_cue))
            && !g(i + 3, &['/', '-', '.', ','])
        {
            let m = self.int(i + 2)? as u32;
            let ranked = self.back(i, |k| LEX.ordinal_heads.contains(k)).is_some();
            // `từ 3-5 triệu đồng`: a range of amounts, not the 3rd of May
            let measured = !g(i + 1, &['/']) && self.unit_follows(i + 3);
            if valid_dm(n as u32, m) && !ranked && !measured {
                // `3/5 xã`: a count of a count; `gần 1/4`, `chiếm 2/3`: a fraction
                let count = !cue
                    && ((self.is_word(i + 3)
                        && LEX.counted.contains(&*self.key(i + 3))
                        && !self.word_is(i + 3, &["ngày"]))
                        || self
                            .back(i, |k| LEX.approx.contains_key(k) || k == "chiếm")
                            .is_some()
                        // `2/3 số xã`: a share of a count
                        || self.word_is(i + 3, &["số"])
                        // `trực 24/7`: around the clock
                        || (n == 24 && m == 7 && g(i + 1, &['/'])));
                if !count {
                    return Some(self.range_on(i, i + 3, Partial::ymd(None, m, n as u32), ranges));
                }
            }
        }
        // ngày 5 tháng 9 (năm 1962); 7 tháng 9 năm 1945
        if (1..=31).contains(&n) && self.len(i) <= 2 && self.word_is(i + 1, &["tháng"]) {
            if let Some(m) = self
                .int(i + 2)
                .filter(|&m| (1..=12).contains(&m) && self.plain(i + 2))
            {
                if valid_dm(n as u32, m as u32) && (cue || self.word_is(i + 3, &["năm"])) {
                    let (y, e) = self.year_after(i + 3);
                    let s = self.back(i, |k| k == "ngày").map_or(i, |(_, p)| p);
                    return Some(self.range_on(s, e, Partial::ymd(y, m as u32, n as u32), ranges));
                }
            }
        }
        // ngày 19 và 20-12, 19 - 20/12
        if cue && (1..=31).contains(&n) && self.len(i) <= 2 && self.plain(i) && ranges {
            // `đêm 19 rạng sáng 20/10`: a night named by its two days
            let dawn = self.word_is(i + 1, &["rạng"]);
            let joins = dawn
                || self.word_is(i + 1, &["và", "đến", "tới"])
                || self.is_p(i + 1, &[',', '-', '–']);
            let mut k2 = i + 2;
            if dawn && self.word_is(k2, &["sáng"]) {
                k2 += 1;
            }
            // `từ ngày 20 đến hết ngày 25/10`
            if self.word_is(k2, &["hết"]) {
                k2 += 1;
            }
            if self.word_is(k2, &["ngày"]) {
                k2 += 1;
            }
            if joins && self.is_num(k2) {
                if let Some(h2) = self.date_at(k2, false, true) {
                    if let DVal::One(
                        p2 @ Partial {
                            d: Some(d2),
                            m: Some(m),
                            ..
                        },
                    ) = h2.val
                    {
                        if d2 > n as u32 && valid_dm(n as u32, m) {
                            let start = Partial::ymd(p2.y, m, n as u32);
                            let s = self
                                .back(i, |k| k == "ngày" || k == "từ ngày")
                                .map_or(i, |(_, p)| p);
                            // `ngày 5 và 7/3`: two days named, not a span
                            // (`19 và 20-12`, two days running, is one)
                            let listed = !self.is_p(i + 1, &['-', '–'])
                                && !self.word_is(i + 1, &["đến", "tới"]);
                            if dawn || (listed && d2 != n as u32 + 1) {
                                return Some(DateHit {
                                    s: i,
                                    e: i + 1,
                                    val: DVal::One(start),
                                });
                            }
                            return Some(DateHit {
                                s,
                                e: h2.e,
                                val: DVal::Span(start, Some(p2)),
                            });
                        }
                    }
                }
            }
        }
        // tháng 7 (năm 2023)
        if let Some((_, s)) = &month_word {
            if (1..=12).contains(&n) && self.len(i) <= 2 && self.plain(i) {
                let (y, e) = self.year_after(i + 1);
                return Some(self.range_on(*s, e, Partial::ym(y, n as u32), ranges));
            }
        }
        // quý 1 (năm 2025)
        if let Some((_, s)) = self.back(i, |k| k == "quý") {
            if (1..=4).contains(&n) && self.len(i) == 1 {
                return Some(self.quarter(s, i + 1, n as u32));
            }
        }
        // years: năm 2024, 2021–2025, mùa khô 2023 - 2024, ASEAN 2024
        let year_word = || self.back(i, |k| k == "năm").is_some();
        if self.len(i) == 4
            && (is_year(n as i64) || (is_written_year(n as i64) && year_word()))
            && self.plain(i)
        {
            let head = self
                .back(i, |k| LEX.range_heads.contains(k))
                .map_or(i, |(_, p)| p);
            let mut k = i + 1;
            if self.is_p(k, &['-', '–', '—', '/']) {
                k += 1;
                let y2 = self.int(k).filter(|_| self.plain(k));
                let y2 = match (y2, self.len(k)) {
                    (Some(y2), 4) => Some(y2),
                    (Some(y2), 2) if self.glued(k) => Some(n / 100 * 100 + y2),
                    _ => None,
                };
                if let Some(y2) = y2.filter(|&y2| y2 > n && y2 - n <= 100) {
                    let val = DVal::Span(Partial::year(n as i32), Some(Partial::year(y2 as i32)));
                    return Some(DateHit {
                        s: head,
                        e: k + 1,
                        val,
                    });
                }
            }
            let named = self.back(i, |k| k == "năm").is_some();
            if named || !self.unit_follows(i + 1) {
                return Some(self.range_on(head, i + 1, Partial::year(n as i32), ranges));
            }
        }
        // năm 75, năm 1 (a year word before a short number is still a year only when plausible)
        None
    }

    /// A year written after a day/month: `năm 1962`, `/2023`, `-2023`.
    fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        if self.word_is(k, &["năm"]) && self.len(k + 1) == 4 && self.plain(k + 1) {
            if let Some(y) = self.int(k + 1).filter(|&y| is_written_year(y as i64)) {
                return (Some(y as i32), k + 2);
            }
        }
        if self.is_p(k, &['/', '-']) && self.glued(k) && self.glued(k + 1) && self.len(k + 1) == 4 {
            if let Some(y) = self.int(k + 1).filter(|&y| is_written_year(y as i64)) {
                return (Some(y as i32), k + 2);
            }
        }
        (None, k)
    }

    /// `quý q` from token `s`, the numeral ending before `e`, with a year after it if written.
    fn quarter(&self, s: usize, e: usize, q: u32) -> DateHit {
        let (y, e) = self.year_after(e);
        DateHit {
            s,
            e,
            val: DVal::Quarter(y, q),
        }
    }

    /// A single date from `s` to `e`, or a range when `- date` follows.
    fn range_on(&self, s: usize, e: usize, d: Partial, ranges: bool) -> DateHit {
        let one = DateHit {
            s,
            e,
            val: DVal::One(d),
        };
        if !ranges || !self.is_p(e, &DASHES) {
            return one;
        }
        if !self.is_num(e + 1) {
            return one;
        }
        match self.date_at(e + 1, false, true) {
            Some(DateHit {
                e: e2,
                val: DVal::One(d2),
                ..
            }) if (d.d.is_some() == d2.d.is_some() || d2.y.is_some()) && ordered(d, d2) => {
                DateHit {
                    s,
                    e: e2,
                    val: DVal::Span(d, Some(d2)),
                }
            }
            _ => one,
        }
    }

    /// `từ <date> đến nay|<date>`: widen a single date into a range.
    fn widen_from_to(&self, h: DateHit) -> DateHit {
        let DVal::One(d) = h.val else {
            return h;
        };
        let from = self
            .back(h.s, |k| {
                k == "từ"
                    || k.strip_prefix("từ ")
                        .is_some_and(|r| LEX.date_cues.contains(r))
            })
            .map(|(_, p)| p);
        if !self.word_is(h.e, &["đến", "tới"]) {
            return h;
        }
        let s = from.unwrap_or(h.s);
        let w = self.fwd_words(h.e + 1);
        if let Some((_, e, _)) = self.longest(&w, 2, |k| {
            matches!(k, "nay" | "hiện nay" | "hiện tại" | "bây giờ")
        }) {
            return DateHit {
                s,
                e,
                val: DVal::Span(d, None),
            };
        }
        if from.is_none() {
            return h;
        }
        // the next digit run within a few words
        let mut k = h.e + 1;
        while k < h.e + 4 && self.is_word(k) {
            k += 1;
        }
        if self.is_num(k) {
            if let Some(DateHit {
                e,
                val: DVal::One(d2),
                ..
            }) = self.date_at(k, false, false)
            {
                if !ordered(d, d2) {
                    return h;
                }
                return DateHit {
                    s,
                    e,
                    val: DVal::Span(d, Some(d2)),
                };
            }
        }
        h
    }

    /// `lần thứ 18`, `khóa 15`, `giai đoạn 1`, `cấp 9-10`.
    fn ordinal_at(&mut self, i: usize) -> Option<usize> {
        let (head, s) = self.back(i, |k| LEX.ordinal_heads.contains(k))?;
        if self.len(i) > 4 || !self.plain(i) {
            return None;
        }
        // `đợt 100-200 mm`, `cấp 2 tỉnh`: a measure, not a rank
        if head != "thứ" {
            let mut j = i + 1;
            if self.is_p(j, &DASHES) && self.is_num(j + 1) {
                j += 2;
            }
            if self.unit_follows(j) && !self.time_unit_follows(j) {
                return None;
            }
        }
        let n = self.int(i)?;
        if head == "thứ" && (2..=7).contains(&n) {
            // thứ 2, ngày 5/9: a weekday
            let noun_before = s > self.floor
                && self.is_word(s - 1)
                && !self.word_is(
                    s - 1,
                    &["vào", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"],
                );
            let cue_before = s > self.floor
                && self.word_is(
                    s - 1,
                    &["vào", "hôm", "sáng", "chiều", "tối", "trưa", "đêm"],
                );
            let date_after = cue_before
                || self.is_p(i + 1, &[',', '(', '-', '–'])
                || self.word_is(
                    i + 1,
                    &["ngày", "tuần", "hằng", "hàng", "này", "tới", "vừa"],
                )
                || self.is_num(i + 1)
                || self.tok(i + 1).map_or(true, |t| t.kind == Kind::Newline);
            if !noun_before && date_after {
                return Some(i + 1);
            }
        }
        let s = if head == "thứ" && s > self.floor && self.is_word(s - 1) {
            s - 1
        } else {
            s
        };
        self.emit(s, i + 1, NumberKind::Ordinal, num_int(n), Extra::default());
        // cấp 9-10, khóa 14 và 15
        let k = i + 1;
        if (self.is_p(k, &DASHES) || self.word_is(k, &["và", "đến", "tới"])) && self.is_num(k + 1)
        {
            if let Some(n2) = self.int(k + 1).filter(|&n2| n2 > n && self.len(k + 1) <= 4) {
                self.emit(
                    k + 1,
                    k + 2,
                    NumberKind::Ordinal,
                    num_int(n2),
                    Extra::default(),
                );
                return Some(k + 2);
            }
        }
        Some(i + 1)
    }

    /// Digits right after a capitalised word or an acronym inside a sentence
    /// (`Sekong 3`, `Nậm Theun 2`, `RON 95`) name something, unless a unit follows.
    fn in_name(&self, i: usize) -> bool {
        let p = match i.checked_sub(1) {
            Some(p) if self.is_word(p) && !self.glued(i) => p,
            _ => return false,
        };
        if !(titled(self.s(p)) || acronym(self.s(p))) || self.caseless(p) {
            return false;
        }
        let initial = p == 0
            || match self.tok(p - 1) {
                Some(Tok {
                    kind: Kind::Punct(c),
                    ..
                }) => matches!(
                    c,
                    '.' | '!' | '?' | ':' | ';' | '(' | '"' | '“' | '[' | '|' | '-' | '–'
                ),
                Some(Tok {
                    kind: Kind::Newline,
                    ..
                }) => true,
                _ => false,
            };
        if initial {
            return false;
        }
        let k = self.key(p);
        if LEX.flags(&k) & (flag::APPROX | flag::DATE_CUE) != 0 {
            return false;
        }
        !self.unit_follows(self.literal(i).map_or(i + 1, |l| l.1))
    }

    /// Whether a known unit, currency, scale, `%` or listed counted noun starts at `j`.
    fn unit_follows(&self, j: usize) -> bool {
        if self.is_p(j, &['%']) {
            return true;
        }
        let w = self.fwd_words(j);
        self.longest(&w, usize::MAX, |k| {
            LEX.flags(k) & (flag::UNIT | flag::CURRENCY | flag::SCALE | flag::COUNTED | flag::TIME)
                != 0
                || k == "phần trăm"
        })
        .is_some()
    }

    /// Whether the number at `i` is followed by a listed counted noun or unit.
    fn counted_after(&self, i: usize) -> bool {
        let Some((_, j)) = self.literal(i) else {
            return false;
        };
        let j = self.scale_at(j).1;
        let w = self.fwd_words(j);
        self.longest(&w, usize::MAX, |k| {
            LEX.flags(k) & (flag::COUNTED | flag::UNIT) != 0
        })
        .is_some()
    }

    /// Whether a unit of time starts at `j` (`năm`, `tháng`).
    fn time_unit_follows(&self, j: usize) -> bool {
        let w = self.fwd_words(j);
        self.longest(&w, 2, |k| LEX.time_units.contains(k))
            .is_some()
    }

    /// A numeral at `i`: `16`, `1.218`, `1,5`, `106,66`, `1.500,5`, `1,500,000`.
    /// Returns the value and one past its last token.
    fn literal(&self, i: usize) -> Option<(Decimal, usize)> {
        let mut groups: [&str; 8] = [""; 8];
        let mut seps: [char; 8] = ['\0'; 8];
        groups[0] = self.s(i);
        let (mut ng, mut ns) = (1, 0);
        let mut k = i + 1;
        while ng < 8
            && self.is_p(k, &['.', ','])
            && self.glued(k)
            && self.glued(k + 1)
            && self.is_num(k + 1)
        {
            if let Some(Tok {
                kind: Kind::Punct(c),
                ..
            }) = self.tok(k)
            {
                if let Some(x) = seps.get_mut(ns) {
                    *x = c;
                    ns += 1;
                }
            }
            if let Some(g) = groups.get_mut(ng) {
                *g = self.s(k + 1);
                ng += 1;
            }
            k += 2;
        }
        let groups = groups.get(..ng)?;
        let seps = seps.get(..ns)?;
        let thousands = |gs: &[&str]| {
            gs.first().is_some_and(|g| g.len() <= 3) && gs.iter().skip(1).all(|g| g.len() == 3)
        };
        let second = groups.get(1).copied().unwrap_or("");
        // the groups of the integer part, and the fraction
        let (int, frac): (&[&str], &str) = match seps {
            [] => (groups.get(..1)?, ""),
            [c] if second.len() != 3 || *c == ',' => (groups.get(..1)?, second),
            ss if ss.iter().all(|&c| Some(&c) == ss.first()) && thousands(groups) => (groups, ""),
            ss => {
                let (last, rest) = ss.split_last()?;
                let (frac, int) = groups.split_last()?;
                if rest.iter().any(|c| c == last || Some(c) != rest.first()) || !thousands(int) {
                    return None;
                }
                (int, *frac)
            }
        };
        let len = int.iter().map(|g| g.len()).sum::<usize>() + frac.len();
        if len > 30 {
            return None;
        }
        let parts = || int.iter().copied().chain(std::iter::once(frac));
        let digits: i128 = if len > 0 && parts().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
            // at most 30 digits: no overflow
            parts()
                .flat_map(str::bytes)
                .fold(0i128, |n, b| n * 10 + i128::from(b - b'0'))
        } else {
            parts().collect::<String>().parse().ok()?
        };
        Some((Decimal::new(digits, frac.len() as u32), k))
    }

    /// Scale words at `j` (`nghìn`, `triệu`, `tỷ`, `nghìn tỷ`): power and end.
    fn scale_at(&self, j: usize) -> (u32, usize) {
        let mut pow = 0;
        let mut k = j;
        let mut last = 0;
        while self.is_word(k) && (k == j || !self.glued(k)) {
            let w = self.key(k);
            let Some(&p) = LEX.scales.get(&*w) else { break };
            if (w == "tỷ" || w == "tỉ") && self.word_is(k + 1, &["lệ", "trọng"]) {
                break;
            }
            if last != 0 && p <= last {
                break;
            }
            pow += p;
            last = p;
            k += 1;
        }
        (pow, k)
    }

    /// The unit after a number at `j`.
    fn unit_at(&self, j: usize) -> Option<UnitHit> {
        if self.is_p(j, &['%']) {
            return Some(UnitHit {
                kind: NumberKind::Percent,
                unit: None,
                e: j + 1,
            });
        }
        // `35°C`, `37 °C`: degrees, the sign a token of its own
        if self.s(j) == "°" && self.glued(j + 1) && self.word_is(j + 1, &["c", "f"]) {
            let unit = self.span_text(j, j + 2).to_string();
            return Some(UnitHit {
                kind: NumberKind::Quantity,
                unit: Some(unit),
                e: j + 2,
            });
        }
        let w = self.fwd_words(j);
        let (k0, e0) = w.first()?;
        if let Some((_, e, _)) = self.longest(&w, usize::MAX, |k| {
            k == "phần trăm" || k == "điểm phần trăm"
        }) {
            return Some(UnitHit {
                kind: NumberKind::Percent,
                unit: None,
                e,
            });
        }
        let written = |e: usize| -> String {
            let a = self.tok(j).map_or(0, |t| t.start);
            let b = e
                .checked_sub(1)
                .and_then(|k| self.tok(k))
                .map_or(a, |t| t.end);
            self.text.get(a..b).unwrap_or("").to_string()
        };
        // a capitalised word after a number starts a name or a sentence
        // (`12-16 Ngày 16/12`), unless it is a unit or a currency (`MW`, `Kíp`)
        let capital = titled(self.s(j))
            && !self.caseless(j)
            && self
                .longest(&w, usize::MAX, |k| LEX.capital_counted.contains(k))
                .is_none();
        let counted = self
            .longest(&w, usize::MAX, |k| {
                LEX.counted.contains(k) && k.contains(' ')
            })
            .filter(|_| !capital);
        let cur = self.longest(&w, usize::MAX, |k| LEX.currencies.contains_key(k));
        if let Some((k, e, n)) = &cur {
            if counted.as_ref().map_or(true, |c| c.2 <= *n) {
                // a capitalised `Đồng` is a place (`Đồng Nai`, `Đồng Tháp`)
                if !(capital && *k == "đồng") {
                    return Some(UnitHit {
                        kind: NumberKind::Money,
                        unit: LEX.currencies.get(*k).cloned(),
                        e: *e,
                    });
                }
            }
        }
        if let Some((_, e, _)) = self
            .longest(&w, usize::MAX, |k| LEX.time_units.contains(k))
            .filter(|_| !capital)
        {
            if counted.as_ref().map_or(true, |c| c.1 <= e) {
                return Some(UnitHit {
                    kind: NumberKind::Duration,
                    unit: Some(written(e)),
                    e,
                });
            }
        }
        if let Some((k, mut e, _)) = self.longest(&w, usize::MAX, |k| LEX.units.contains(k)) {
            if counted.as_ref().map_or(true, |c| c.1 <= e) {
                // m2, km3 written with a digit
                if matches!(k, "m" | "km" | "cm" | "dm" | "mm")
                    && self.glued(e)
                    && matches!(self.s(e), "2" | "3")
                {
                    e += 1;
                }
                return Some(UnitHit {
                    kind: NumberKind::Quantity,
                    unit: Some(written(e)),
                    e,
                });
            }
        }
        if let Some((_, e, _)) = counted {
            return Some(UnitHit {
                kind: NumberKind::Quantity,
                unit: Some(written(e)),
                e,
            });
        }
        let first = self.s(j);
        let lower = first.chars().next().is_some_and(char::is_lowercase) || self.caseless(j);
        let f0 = LEX.flags(k0);
        let open = lower && f0 & (flag::STOP | flag::SCALE) == 0;
        if (f0 & flag::COUNTED != 0 && !capital) || (open && !self.glued(j)) {
            return Some(UnitHit {
                kind: NumberKind::Quantity,
                unit: Some(written(e0)),
                e: e0,
            });
        }
        None
    }

    /// What a rate is per: `/em`, `/tháng`, `mỗi hộ`.
    fn per_at(&self, e: usize) -> Option<(String, usize)> {
        if !(self.is_p(e, &['/']) || self.word_is(e, &["mỗi"])) {
            return None;
        }
        let k = e + 1;
        if !self.is_word(k) {
            return None;
        }
        let w = self.fwd_words(k);
        // a counted noun or a unit of time of two words (`/năm học`)
        let mut e2 = self
            .longest(&w, usize::MAX, |x| {
                (LEX.counted.contains(x) || LEX.time_units.contains(x)) && x.contains(' ')
            })
            .map_or(w.first()?.1, |c| c.1);
        // đồng/m2
        if e2 == k + 1
            && matches!(&*self.key(k), "m" | "km" | "cm" | "dm" | "mm")
            && self.glued(e2)
            && matches!(self.s(e2), "2" | "3")
        {
            e2 += 1;
        }
        // `đồng/người/tháng`: a rate per two things, up to three
        let mut n = 0;
        while n < 2
            && self.is_p(e2, &['/'])
            && self.glued(e2)
            && self.glued(e2 + 1)
            && self.is_word(e2 + 1)
        {
            let w = self.fwd_words(e2 + 1);
            let Some((_, next)) = w.first() else { break };
            e2 = next;
            n += 1;
        }
        let a = self.tok(k)?.start;
        let b = self.tok(e2 - 1)?.end;
        Some((self.text.get(a..b)?.to_string(), e2))
    }

    /// Number, scale, unit and rate at `i`, without emitting.
    fn measure(&self, i: usize) -> Option<Measure> {
        let (mut value, j) = self.literal(i)?;
        let (pow, mut j) = self.scale_at(j);
        if pow > 0 {
            value = scale(value, pow)?;
            // 3 triệu rưỡi: and half a million
            if self.word_is(j, &["rưỡi"]) && !self.glued(j) {
                if let Some(v) = scale(Decimal::integer(5), pow - 1).and_then(|h| add(value, h)) {
                    value = v;
                    j += 1;
                }
            }
            // 1 tỷ 200 triệu
            if self.is_num(j) {
                if let Some((v2, j2)) = self.literal(j) {
                    let (p2, j3) = self.scale_at(j2);
                    if p2 > 0 && p2 < pow {
                        if let Some(sum) = scale(v2, p2).and_then(|v2| add(value, v2)) {
                            value = sum;
                            j = j3;
                        }
                    }
                }
            }
        }
        let dollar = i > 0 && self.glued(i) && self.is_p(i - 1, &['$']);
        let (kind, unit, e) = match self.unit_at(j) {
            Some(u) => (u.kind, u.unit, u.e),
            None if dollar => (NumberKind::Money, Some("USD".to_string()), j),
            // `hỗ trợ 50 triệu`: an amount with a scale word and no unit is
            // money, unless the words before speak of a count (`dân số`)
            None if pow > 0 && (self.money_context(i) || !self.count_context(i)) => {
                (NumberKind::Money, Some("VND".to_string()), j)
            }
            None if pow > 0 => (NumberKind::Quantity, None, j),
            None => return None,
        };
        // `6,95 US cent`: a minor unit, a share of the currency
        let minor = if kind == NumberKind::Money {
            LEX.minor_currencies
                .get(key_of(self.span_text(j, e)).as_str())
        } else {
            None
        };
        let value = match minor {
            Some(&p) => Decimal::new(value.digits, value.scale + p),
            None => value,
        };
        let kind = if dollar && kind == NumberKind::Quantity {
            NumberKind::Money
        } else {
            kind
        };
        let unit = if dollar {
            Some("USD".to_string())
        } else {
            unit
        };
        // `2 tiếng rưỡi`, `1 năm rưỡi`: and a half of a unit of time
        let (value, e) = if kind == NumberKind::Duration
            && pow == 0
            && self.word_is(e, &["rưỡi"])
            && !self.glued(e)
        {
            match add(value, Decimal::new(5, 1)) {
                Some(v) => (v, e + 1),
                None => (value, e),
            }
        } else {
            (value, e)
        };
        let (per, e) = match kind {
            NumberKind::Money | NumberKind::Quantity | NumberKind::Duration => match self.per_at(e)
            {
                Some((p, e2)) => (Some(p), e2),
                None => (None, e),
            },
            _ => (None, e),
        };
        Some(Measure {
            kind,
            value,
            e,
            unit,
            per,
            pow,
        })
    }

    /// A money word within the few words before `i` (`trị giá`, `kinh phí`).
    fn money_context(&self, i: usize) -> bool {
        let lo = i.saturating_sub(8);
        (lo..i).any(|k| {
            self.word_is(
                k,
                &["tiền", "phí", "trị", "vốn", "sách", "thu", "lương", "giá"],
            )
        })
    }

    /// A count word within the few words before `i` (`dân số`, `sản lượng`).
    fn count_context(&self, i: usize) -> bool {
        let lo = i.saturating_sub(8);
        (lo..i).any(|k| {
            self.word_is(
                k,
                &[
                    "dân", "lượng", "khách", "người", "lượt", "cây", "con", "tấn", "lao",
                ],
            )
        })
    }

    fn quantity_at(&mut self, i: usize) -> Option<usize> {
        let Some(m) = self.measure(i) else {
            // 5-7 người, từ 10 đến 15%: the first number takes the second's unit
            let Some((v, j)) = self.literal(i) else {
                return Some(self.skip_glued(i));
            };
            let slash = self.is_p(j, &['/']);
            // `3 trong số 18 hài cốt`: a part of a count, counted alike
            // (`1 trong 12 dự án` alike)
            let of = self.word_is(j + 1, &["số"]);
            let among = self.word_is(j, &["trong"]) && (of || self.is_num(j + 1));
            let k = if among && of { j + 2 } else { j + 1 };
            let joined = (slash
                || among
                || self.is_p(j, &DASHES)
                || self.word_is(j, &["đến", "tới", "hoặc"]))
                && self.is_num(k);
            if joined {
                if let Some(m2) = self.measure(k) {
                    // `2.345/2.500 hộ`: two counts; a slash joins counts only
                    let fits = !(slash || among)
                        || (m2.kind == NumberKind::Quantity && self.counted_after(k));
                    if fits && (m2.kind != NumberKind::Duration || m2.unit.is_some()) {
                        let v = if m2.pow > 0 { scale(v, m2.pow)? } else { v };
                        let (approx, s) = self.approx_before(i);
                        if !(slash || among) {
                            self.carry = approx.map(|a| (k, a));
                        }
                        self.emit(
                            s,
                            j,
                            m2.kind,
                            NumberValue::Number(v),
                            Extra {
                                unit: m2.unit,
                                approx,
                                // `35.000-40.000 kíp/kg`: one rate for both
                                per: if slash || among { None } else { m2.per },
                            },
                        );
                    }
                }
                return Some(j);
            }
            return Some(j);
        };
        let (approx, s) = match (self.approx_before(i), self.carry.take()) {
            ((None, s), Some((k, a))) if k == i => (Some(a), s),
            (found, _) => found,
        };
        let s = if i > 0 && self.glued(i) && self.is_p(i - 1, &['$']) && s == i {
            i - 1
        } else {
            s
        };
        self.emit(
            s,
            m.e,
            m.kind,
            NumberValue::Number(m.value),
            Extra {
                unit: m.unit,
                approx,
                per: m.per,
            },
        );
        Some(m.e)
    }

    fn approx_before(&self, i: usize) -> (Option<Approx>, usize) {
        match self.back(i, |k| LEX.approx.contains_key(k)) {
            // `cao hơn 15% so với`: a difference, stated exactly (but
            // `dài hơn 92 km` is a length above 92 km)
            Some((k, p))
                if k == "hơn"
                    && p > self.floor
                    && self.word_is(p - 1, COMPARATIVES)
                    && (i + 1..i + 6)
                        .any(|j| self.word_is(j, &["so"]) && self.word_is(j + 1, &["với"])) =>
            {
                (None, i)
            }
            Some((k, p)) => (LEX.approx.get(&k).copied(), p),
            None => (None, i),
        }
    }

    // ---------------------------------------------------------------- words

    /// Roman numerals: `lần thứ XXXII`, `khóa XIII`, `quý I/2025`.
    fn at_word(&mut self, i: usize) -> Option<usize> {
        let w = self.s(i);
        if !is_roman(w) || self.glued(i) {
            return None;
        }
        let v = roman_value(w)?;
        if let Some((_, s)) = self.back(i, |k| k == "quý") {
            if (1..=4).contains(&v) {
                let h = self.quarter(s, i + 1, v);
                self.emit_date(h);
                return Some(h.e);
            }
        }
        let (head, s) = self.back(i, |k| LEX.ordinal_heads.contains(k))?;
        let s = if head == "thứ" && s > self.floor && self.is_word(s - 1) {
            s - 1
        } else {
            s
        };
        self.emit(
            s,
            i + 1,
            NumberKind::Ordinal,
            num_int(v as u64),
            Extra::default(),
        );
        Some(i + 1)
    }
}

/// Whether `w` is its own lookup key ([`key_of`] would give it back): no
/// whitespace, no capital, tones already in the new style.
fn is_key(w: &str) -> bool {
    if w.is_ascii() {
        return !w
            .bytes()
            .any(|b| b.is_ascii_uppercase() || (b as char).is_whitespace());
    }
    if w.chars().any(|c| upper(c) || c.is_whitespace()) {
        return false;
    }
    // only a word ending in a toned `a`, `e` or `y` may move its tone
    let toned_end = w
        .chars()
        .next_back()
        .is_some_and(crate::normalize::is_toned_aey);
    !toned_end || matches!(crate::normalize::tone_new_style_word(w), Cow::Borrowed(_))
}

/// [`key_of`] a token's text (no whitespace in it but a line break).
fn token_key(w: &str) -> Cow<'_, str> {
    if is_key(w) {
        return Cow::Borrowed(w);
    }
    if w.chars().any(char::is_whitespace) {
        return Cow::Owned(key_of(w));
    }
    let tone = crate::normalize::tone_new_style_word;
    if w.chars().any(char::is_uppercase) {
        let low = w.to_lowercase();
        match tone(&low) {
            Cow::Borrowed(_) => Cow::Owned(low),
            Cow::Owned(k) => Cow::Owned(k),
        }
    } else {
        Cow::Owned(tone(w).into_owned())
    }
}

/// [`char::is_uppercase`], answered for Vietnamese letters without a
/// look-up (the same answer; checked by a test).
#[inline]
fn upper(c: char) -> bool {
    match c as u32 {
        0x41..=0x5a => true,
        0..=0x7f => false,
        0xc0..=0xde => c != '×',
        0xdf..=0xff => false,
        // Ă Đ Ĩ Ũ Ơ Ư and their small letters
        0x102 | 0x110 | 0x128 | 0x168 | 0x1a0 | 0x1af => true,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1a1 | 0x1b0 => false,
        // Latin Extended Additional from `Ạ`: capitals at even code points
        0x1ea0..=0x1eff => c as u32 % 2 == 0,
        _ => c.is_uppercase(),
    }
}

/// A word with a capital first letter and some lower-case letters (`Sekong`, not `LLVT`).
fn titled(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// An acronym in capitals (`RON`, `APEC`): two or more letters, none lower-case.
fn acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// Whether a range from `a` to `b` runs forwards, reading a missing year
/// as [`Scanner::emit_date`] fills it (`28/12 - 3/1/2025` crosses a new year).
fn ordered(a: Partial, b: Partial) -> bool {
    let (mut a, mut b) = (a, b);
    match (a.y, b.y, a.m, b.m) {
        (None, Some(by), Some(am), Some(bm)) => a.y = Some(if am > bm { by - 1 } else { by }),
        (Some(ay), None, Some(am), Some(bm)) => b.y = Some(if bm < am { ay + 1 } else { ay }),
        (None, None, Some(am), Some(bm)) => {
            a.y = Some(0);
            b.y = Some(if bm < am { 1 } else { 0 });
        }
        _ => {}
    }
    a.not_after(&b)
}

fn num_int(n: u64) -> NumberValue {
    NumberValue::Number(Decimal::integer(n as i128))
}

/// `v × 10^pow`, exact, with trailing zeros after the point dropped.
fn scale(v: Decimal, pow: u32) -> Option<Decimal> {
    let (mut digits, mut sc) = (v.digits, v.scale);
    if sc >= pow {
        sc -= pow;
    } else {
        digits = digits.checked_mul(10i128.checked_pow(pow - sc)?)?;
        sc = 0;
    }
    while sc > 0 && digits % 10 == 0 {
        digits /= 10;
        sc -= 1;
    }
    Some(Decimal::new(digits, sc))
}

fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let sc = a.scale.max(b.scale);
    let up = |d: Decimal| d.digits.checked_mul(10i128.checked_pow(sc - d.scale)?);
    Some(Decimal::new(up(a)?.checked_add(up(b)?)?, sc))
}

#[cfg(test)]
mod fast_tests {
    use super::*;

    #[test]
    fn upper_agrees_with_the_standard_library() {
        for u in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(upper(c), c.is_uppercase(), "{u:x}");
            }
        }
    }

    #[test]
    fn token_keys_agree_with_key_of() {
        for w in [
            "Hoà", "hoà", "HOÀ", "Thuỷ", "thuỷ", "quý", "Quý", "khoẻ", "ĐỒNG", "đồng", "Ngày",
            "ngày", "km", "USD", "\n", "", "ạ", "Ạ", "à", "tỷ", "tỉ", "Ủy", "uỷ", "a b", "İ", "ǅ",
            "ΣΑ", "Straße", "ﬁ", "hoá", "Hoá", "HOÁ", "thoả", "quỳ",
        ] {
            assert_eq!(token_key(w), key_of(w), "{w:?}");
        }
    }
}
