//! The embedded gazetteers and word lists, parsed once into one trie.

use super::text::{fold_pattern, fold_word};
use super::trie::Trie;
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};

const VN_2024: &str = include_str!("../../data/vn_units_2024.tsv");
const VN_FORMER: &str = include_str!("../../data/vn_units_former.tsv");
const VN_2025: &str = include_str!("../../data/vn_provinces_2025.tsv");
const LAO: &str = include_str!("../../data/lao_units.tsv");
const COUNTRIES: &str = include_str!("../../data/countries_vi.tsv");
const FEATURES: &str = include_str!("../../data/entity_features.tsv");
const LEVELS: &str = include_str!("../../data/entity_levels.tsv");
const FACILITIES: &str = include_str!("../../data/entity_facilities.txt");
const RANKS: &str = include_str!("../../data/entity_ranks.tsv");
const ROLES: &str = include_str!("../../data/entity_roles.txt");
const ORG_HEADS: &str = include_str!("../../data/entity_org_heads.tsv");
const ABBREV: &str = include_str!("../../data/entity_abbrev.tsv");
const SURNAMES: &str = include_str!("../../data/entity_surnames.txt");
const ORG_WORDS: &str = include_str!("../../data/entity_org_words.txt");
const PLACE_PERSONS: &str = include_str!("../../data/entity_place_persons.txt");
const MIDDLE_NAMES: &str = include_str!("../../data/entity_middle_names.txt");

/// What kind of place a gazetteer row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceClass {
    /// A country by its usual name (`Lào`).
    Country,
    /// A country by its full state name (`CHDCND Lào`).
    CountryLong,
    Province,
    /// A region or natural feature (`Bắc Lào`, `Tây Nguyên`).
    Feature,
    District,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// Canonical name (NFC, new-style tones).
    pub name: String,
    /// [`super::text::flat`] of `name`, computed once.
    pub flat: String,
    pub country: Option<String>,
    pub class: PlaceClass,
    /// Folded name of the parent province (districts).
    pub parent: Option<String>,
    /// Only after a level word (`nước Đức`), never bare.
    pub needs_level: bool,
    /// Written with a dot or as an abbreviation: use `name`, not the text.
    pub written_is_abbrev: bool,
}

/// What a level word introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum LevelClass {
    Country,
    Province,
    District,
    Commune,
    Village,
}

/// What an organisation head needs to make an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    Place,
    PlaceLow,
    /// As `Place`; written bare it is the national body (`Tư lệnh Bộ đội Biên phòng`).
    PlaceOpt,
    Name,
    Num,
    Full,
    Country,
    None,
}

/// Bits of [`Lex::kind`]: which kinds of entry a match holds.
pub(crate) mod kind {
    pub(crate) const PLACE: u8 = 1;
    pub(crate) const LEVEL: u8 = 2;
    pub(crate) const RANK: u8 = 4;
    pub(crate) const HONORIFIC: u8 = 8;
    pub(crate) const ROLE: u8 = 16;
    pub(crate) const ORG: u8 = 32;
    pub(crate) const FACILITY: u8 = 64;
}

/// What a vocabulary match is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lex {
    Place(u32),
    Level(LevelClass, String),
    Rank,
    Honorific,
    Role,
    Org(Need),
    /// A facility type word; `true` when it must be written in lowercase.
    Facility(bool),
}

impl Lex {
    /// The entry's bit in [`kind`].
    pub(crate) fn kind(&self) -> u8 {
        match self {
            Lex::Place(_) => kind::PLACE,
            Lex::Level(..) => kind::LEVEL,
            Lex::Rank => kind::RANK,
            Lex::Honorific => kind::HONORIFIC,
            Lex::Role => kind::ROLE,
            Lex::Org(_) => kind::ORG,
            Lex::Facility(_) => kind::FACILITY,
        }
    }
}

/// A fast hash for the fixed word lists (their keys are not chosen by the
/// input, so a weak hash cannot be abused): the multiply-rotate hash of rustc.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Most keys a document-keyed map hashes with [`WordHasher`]. Keys there
/// come from the input, and a fixed hash lets a crafted document collide
/// them; under this bound the worst case stays small (about `FAST_KEYS²`
/// comparisons), beyond it the map uses the randomly keyed std hash.
pub(crate) const FAST_KEYS: usize = 512;

/// The hasher of document-keyed maps: [`WordHasher`] for a map that will
/// hold at most [`FAST_KEYS`] keys, SipHash with a random key otherwise.
#[derive(Clone)]
pub(crate) enum DocHash {
    Fast,
    Safe(std::collections::hash_map::RandomState),
}

impl DocHash {
    /// The hasher for a map that will hold at most `n` keys.
    pub(crate) fn for_keys(n: usize) -> Self {
        if n <= FAST_KEYS {
            DocHash::Fast
        } else {
            DocHash::Safe(std::collections::hash_map::RandomState::new())
        }
    }
}

impl std::hash::BuildHasher for DocHash {
    type Hasher = DocHasher;

    fn build_hasher(&self) -> DocHasher {
        match self {
            DocHash::Fast => DocHasher::Fast(WordHasher::default()),
            DocHash::Safe(r) => DocHasher::Safe(r.build_hasher()),
        }
    }
}

/// See [`DocHash`].
pub(crate) enum DocHasher {
    Fast(WordHasher),
    Safe(std::collections::hash_map::DefaultHasher),
}

impl std::hash::Hasher for DocHasher {
    fn write(&mut self, bytes: &[u8]) {
        match self {
            DocHasher::Fast(h) => h.write(bytes),
            DocHasher::Safe(h) => h.write(bytes),
        }
    }

    fn write_u8(&mut self, i: u8) {
        match self {
            DocHasher::Fast(h) => h.write_u8(i),
            DocHasher::Safe(h) => h.write_u8(i),
        }
    }

    fn write_usize(&mut self, i: usize) {
        match self {
            DocHasher::Fast(h) => h.write_usize(i),
            DocHasher::Safe(h) => h.write_usize(i),
        }
    }

    fn finish(&self) -> u64 {
        match self {
            DocHasher::Fast(h) => h.finish(),
            DocHasher::Safe(h) => h.finish(),
        }
    }
}

/// A map keyed by document text (see [`DocHash`]).
pub(crate) type DocMap<K, V> = HashMap<K, V, DocHash>;
/// A set of document text (see [`DocHash`]).
pub(crate) type DocSet<T> = HashSet<T, DocHash>;

/// An empty [`DocMap`] for at most `n` keys.
pub(crate) fn doc_map<K, V>(n: usize) -> DocMap<K, V> {
    HashMap::with_capacity_and_hasher(n.min(FAST_KEYS), DocHash::for_keys(n))
}

/// An empty [`DocSet`] for at most `n` keys.
pub(crate) fn doc_set<T>(n: usize) -> DocSet<T> {
    HashSet::with_capacity_and_hasher(n.min(FAST_KEYS), DocHash::for_keys(n))
}

/// A set of document text whose size is not known in advance: the fast hash
/// for its first [`FAST_KEYS`] keys, then the randomly keyed std hash.
pub(crate) struct TextSet(DocSet<String>);

impl Default for TextSet {
    fn default() -> Self {
        TextSet(HashSet::with_hasher(DocHash::Fast))
    }
}

impl TextSet {
    pub(crate) fn insert(&mut self, key: String) -> bool {
        let new = self.0.insert(key);
        if new && self.0.len() > FAST_KEYS && matches!(self.0.hasher(), DocHash::Fast) {
            let mut safe = doc_set(usize::MAX);
            safe.extend(self.0.drain());
            self.0 = safe;
        }
        new
    }

    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.contains(key)
    }

    /// Inserts `key`, allocating only when it is new.
    pub(crate) fn insert_key(&mut self, key: std::borrow::Cow<'_, str>) -> bool {
        if self.0.contains(key.as_ref()) {
            return false;
        }
        self.insert(key.into_owned())
    }

    pub(crate) fn extend(&mut self, other: TextSet) {
        for k in other.0 {
            self.insert(k);
        }
    }
}

type Fixed = std::hash::BuildHasherDefault<WordHasher>;
/// A set of fixed words.
pub(crate) type FixedSet<T> = HashSet<T, Fixed>;
/// A map of fixed words.
pub(crate) type FixedMap<K, V> = HashMap<K, V, Fixed>;

pub(crate) struct Lexicon {
    /// The folded forms of the vocabulary; a match reports its index in `pats`.
    pub trie: Trie,
    /// The folded forms themselves.
    #[cfg(test)]
    pub keys: Vec<String>,
    pub pats: Vec<Vec<Lex>>,
    /// The [`kind`] bits of each entry of `pats`.
    pub kinds: Vec<u8>,
    pub places: Vec<Place>,
    pub surnames: FixedSet<String>,
    /// Uppercase abbreviation → expansion.
    pub abbrev: FixedMap<String, String>,
    /// A quick test a word passes before it is looked up in `abbrev`.
    pub abbrev_gate: Gate,
    /// Folded Vietnamese middle names.
    pub middle_names: FixedSet<String>,
    /// Folded names of people that are also place names.
    pub place_persons: FixedSet<String>,
    /// Lowercase syllables that continue an organisation's name.
    pub org_words: FixedSet<String>,
    /// (district, its province), both [`flat`](super::text::flat).
    pub district_parent: FixedSet<(String, String)>,
}

/// The first two bytes and the length of a set of keys: a word that is not
/// a key usually fails [`Gate::may_hold`] without being hashed. (Bit 256
/// stands for no byte.)
#[derive(Default)]
pub(crate) struct Gate {
    first: [u64; 5],
    second: [u64; 5],
    max_len: usize,
}

impl Gate {
    fn index(b: Option<&u8>) -> usize {
        b.copied().map_or(256, usize::from)
    }

    fn bit(set: &[u64; 5], b: Option<&u8>) -> bool {
        let b = Self::index(b);
        set.get(b >> 6).is_some_and(|w| w & (1 << (b & 63)) != 0)
    }

    fn add(&mut self, key: &str) {
        let k = key.as_bytes();
        for (set, b) in [(&mut self.first, k.first()), (&mut self.second, k.get(1))] {
            let b = Self::index(b);
            if let Some(w) = set.get_mut(b >> 6) {
                *w |= 1 << (b & 63);
            }
        }
        self.max_len = self.max_len.max(k.len());
    }

    /// False when `w` is surely not one of the keys.
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        b.len() <= self.max_len
            && Self::bit(&self.first, b.first())
            && Self::bit(&self.second, b.get(1))
    }
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn canon(s: &str) -> String {
    crate::normalize::canonical(s)
}

/// Countries whose short name is also a common word or a given name: only
/// after a level word (`nước Anh`).
const AMBIGUOUS_COUNTRY_FORMS: &[&str] = &[
    "Anh", "Ý", "Hung", "Nhật", "Đức", "Nam", "Chad", "Mali", "Peru", "Togo", "Guam", "Niger",
];

struct Builder {
    index: HashMap<String, usize>,
    pats: Vec<Vec<Lex>>,
    keys: Vec<String>,
}

impl Builder {
    fn add(&mut self, form: &str, lex: Lex) {
        let key = fold_pattern(form);
        if key.is_empty() {
            return;
        }
        let id = match self.index.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.pats.len();
                self.index.insert(key.clone(), id);
                self.keys.push(key);
                self.pats.push(Vec::new());
                id
            }
        };
        if !self.pats[id].contains(&lex) {
            self.pats[id].push(lex);
        }
    }

    /// A place name and its spaced form when written with hyphens.
    fn add_place(&mut self, form: &str, idx: usize) {
        let form = form.trim();
        if form.is_empty() || form.chars().all(|c| c.is_ascii_digit()) {
            return;
        }
        self.add(form, Lex::Place(idx as u32));
        if form.contains('-') && !form.contains(" - ") {
            self.add(&form.replace('-', " "), Lex::Place(idx as u32));
        }
    }
}

fn strip_level_prefix<'a>(variant: &'a str, name: &str) -> Option<&'a str> {
    for p in ["TP. ", "TP ", "Thủ đô ", "Thành phố ", "Tỉnh "] {
        if let Some(rest) = variant.strip_prefix(p) {
            if canon(rest) == canon(name) {
                return Some(rest);
            }
        }
    }
    None
}

fn is_abbrev_form(s: &str) -> bool {
    s.contains('.')
        || s.split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2)
}

fn build() -> Lexicon {
    let mut b = Builder {
        index: HashMap::new(),
        pats: Vec::new(),
        keys: Vec::new(),
    };
    let mut places: Vec<Place> = Vec::new();
    let mut abbrev = FixedMap::default();
    for l in data_lines(ABBREV) {
        let mut c = l.split('\t');
        if let (Some(a), Some(e)) = (c.next(), c.next()) {
            abbrev.insert(a.trim().to_string(), e.trim().to_string());
        }
    }
    let expand = |s: &str| -> String {
        s.split_whitespace()
            .map(|w| abbrev.get(w).cloned().unwrap_or_else(|| w.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    };

    // Vietnamese units: 2024 table, former units, 2025 provinces.
    let mut vn_rows: Vec<(String, String, String, String)> = Vec::new();
    for l in data_lines(VN_2024).skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() >= 7 {
            vn_rows.push((c[0].into(), c[2].into(), c[3].into(), c[6].into()));
        }
    }
    for l in data_lines(VN_FORMER).skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() >= 9 {
            vn_rows.push((c[0].into(), c[2].into(), c[3].into(), c[8].into()));
        }
    }
    for l in data_lines(VN_2025).skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() >= 8 {
            vn_rows.push(("province".into(), c[2].into(), String::new(), c[7].into()));
        }
    }
    for (level, name, parent, variants) in &vn_rows {
        let class = if level == "province" {
            PlaceClass::Province
        } else {
            PlaceClass::District
        };
        let parent = (!parent.is_empty()).then(|| fold_pattern(parent));
        let idx = places.len();
        places.push(Place {
            name: canon(name),
            flat: String::new(),
            country: Some("VN".into()),
            class,
            parent: parent.clone(),
            needs_level: false,
            written_is_abbrev: false,
        });
        b.add_place(name, idx);
        for v in variants.split('|').filter(|v| !v.trim().is_empty()) {
            if strip_level_prefix(v, name).is_some() {
                continue;
            }
            if is_abbrev_form(v) {
                let j = places.len();
                let mut p = places[idx].clone();
                p.written_is_abbrev = true;
                places.push(p);
                b.add_place(v, j);
            } else {
                b.add_place(v, idx);
            }
        }
    }

    // Laos.
    for l in data_lines(LAO).skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 5 {
            continue;
        }
        let class = if c[0] == "province" {
            PlaceClass::Province
        } else {
            PlaceClass::District
        };
        let idx = places.len();
        places.push(Place {
            name: canon(c[1]),
            flat: String::new(),
            country: Some("LA".into()),
            class,
            parent: (!c[4].is_empty()).then(|| fold_pattern(c[4])),
            needs_level: false,
            written_is_abbrev: false,
        });
        b.add_place(c[1], idx);
        // Run-together forms (`Luangnamtha`, `Sêkông`) of every spaced or hyphenated one.
        for v in std::iter::once(c[1]).chain(c[2].split('|')) {
            if v.contains(' ') || v.contains('-') {
                let joined: String = v.chars().filter(|&ch| ch != ' ' && ch != '-').collect();
                b.add_place(&joined, idx);
            }
        }
        for v in c[2].split('|') {
            // One-syllable district variants (`Xôn`, `Et`) only after a level word.
            if class == PlaceClass::District
                && !v.contains(' ')
                && !v.contains('-')
                && v.chars().count() <= 4
            {
                let j = places.len();
                let mut p = places[idx].clone();
                p.needs_level = true;
                places.push(p);
                b.add_place(v, j);
            } else {
                b.add_place(v, idx);
            }
        }
    }

    // Countries.
    for l in data_lines(COUNTRIES).skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 4 {
            continue;
        }
        let iso = c[0].trim().to_string();
        let mut forms_short = vec![c[2].trim().to_string()];
        let mut forms_long = Vec::new();
        for v in c[3].split('|').map(str::trim).filter(|v| !v.is_empty()) {
            let lv = v.to_lowercase();
            if lv.starts_with("cộng hòa")
                || lv.starts_with("cộng hoà")
                || lv.starts_with("ch")
                || lv.starts_with("vương quốc")
                || lv.starts_with("liên bang")
                || lv.starts_with("lb ")
                || lv.starts_with("hợp chủng quốc")
                || lv.starts_with("hợp chúng quốc")
                || lv.starts_with("đại hàn dân quốc")
                || lv.starts_with("liên hiệp vương quốc")
            {
                forms_long.push(v.to_string());
            } else {
                forms_short.push(v.to_string());
            }
        }
        let short_name = canon(c[2]);
        for f in forms_short {
            let idx = places.len();
            places.push(Place {
                name: short_name.clone(),
                flat: String::new(),
                country: Some(iso.clone()),
                class: PlaceClass::Country,
                parent: None,
                needs_level: AMBIGUOUS_COUNTRY_FORMS.contains(&f.as_str()),
                written_is_abbrev: true,
            });
            b.add_place(&f, idx);
        }
        if let Some(first) = forms_long.first() {
            let long_name = canon(&expand(first));
            let idx = places.len();
            places.push(Place {
                name: long_name,
                flat: String::new(),
                country: Some(iso.clone()),
                class: PlaceClass::CountryLong,
                parent: None,
                needs_level: false,
                written_is_abbrev: true,
            });
            for f in &forms_long {
                b.add_place(f, idx);
            }
        }
    }

    // Regions and features.
    for l in data_lines(FEATURES) {
        let c: Vec<&str> = l.split('\t').collect();
        let idx = places.len();
        places.push(Place {
            name: canon(c[0]),
            flat: String::new(),
            country: c
                .get(2)
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().to_string()),
            class: PlaceClass::Feature,
            parent: None,
            needs_level: false,
            written_is_abbrev: true,
        });
        b.add_place(c[0], idx);
        if let Some(vs) = c.get(1) {
            for v in vs.split('|') {
                b.add_place(v, idx);
            }
        }
    }

    for l in data_lines(LEVELS) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 3 {
            continue;
        }
        let class = match c[1] {
            "country" => LevelClass::Country,
            "province" => LevelClass::Province,
            "district" => LevelClass::District,
            "commune" => LevelClass::Commune,
            _ => LevelClass::Village,
        };
        b.add(c[0], Lex::Level(class, c[2].to_string()));
    }
    for l in data_lines(FACILITIES) {
        let lower_only = !l.contains(' ') && l.chars().next().is_some_and(|c| c.is_lowercase());
        b.add(l.trim(), Lex::Facility(lower_only));
    }
    for l in data_lines(RANKS) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 2 {
            continue;
        }
        let lex = if c[1] == "rank" {
            Lex::Rank
        } else {
            Lex::Honorific
        };
        b.add(c[0], lex);
    }
    for l in data_lines(ROLES) {
        let r = l.trim();
        for form in [
            r.to_string(),
            format!("Phó {r}"),
            format!("{r} Thường trực"),
            format!("Phó {r} Thường trực"),
            format!("nguyên {r}"),
            format!("nguyên Phó {r}"),
        ] {
            b.add(&form, Lex::Role);
        }
    }
    for l in data_lines(ORG_HEADS) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 2 {
            continue;
        }
        let need = match c[1].trim() {
            "place" => Need::Place,
            "placelow" => Need::PlaceLow,
            "placeopt" => Need::PlaceOpt,
            "name" => Need::Name,
            "num" => Need::Num,
            "full" => Need::Full,
            "country" => Need::Country,
            _ => Need::None,
        };
        b.add(c[0], Lex::Org(need));
    }

    let surnames = data_lines(SURNAMES)
        .map(|l| {
            let mut s = String::new();
            fold_word(l.trim(), &mut s);
            s
        })
        .collect();

    let trie = Trie::new(&b.keys);
    for p in &mut places {
        p.flat = super::text::flat(&p.name);
    }
    let district_parent = places
        .iter()
        .filter(|p| p.class == PlaceClass::District)
        .filter_map(|p| Some((p.flat.clone(), super::text::flat(p.parent.as_deref()?))))
        .collect();
    let org_words = data_lines(ORG_WORDS)
        .map(|l| {
            let mut s = String::new();
            fold_word(l.trim(), &mut s);
            s
        })
        .collect();
    let place_persons = data_lines(PLACE_PERSONS)
        .flat_map(|l| {
            let l = l.trim();
            [fold_pattern(l), fold_pattern(&l.replace('-', " "))]
        })
        .collect();
    let middle_names = data_lines(MIDDLE_NAMES)
        .map(|l| {
            let mut s = String::new();
            fold_word(l.trim(), &mut s);
            s
        })
        .collect();
    Lexicon {
        middle_names,
        place_persons,
        org_words,
        district_parent,
        trie,
        #[cfg(test)]
        keys: b.keys,
        kinds: b
            .pats
            .iter()
            .map(|l| l.iter().fold(0, |k, x| k | x.kind()))
            .collect(),
        pats: b.pats,
        places,
        surnames,
        abbrev_gate: {
            let mut g = Gate::default();
            for k in abbrev.keys() {
                g.add(k);
            }
            g
        },
        abbrev,
    }
}

pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(build);

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(form: &str) -> Vec<Lex> {
        let key = fold_pattern(form);
        let lx = &*LEXICON;
        match lx.trie.longest_at(key.as_bytes(), 0) {
            Some((e, p)) if e == key.len() => lx.pats[p as usize].clone(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn the_abbreviation_gate_lets_every_key_through() {
        let lx = &*LEXICON;
        for k in lx.abbrev.keys() {
            assert!(lx.abbrev_gate.may_hold(k), "{k}");
        }
        for w in ["Bộ", "tỉnh", "Chỉ", "huy", "Quảng", "Bình", "", "a"] {
            assert!(!lx.abbrev_gate.may_hold(w), "{w}");
        }
        let mut g = Gate::default();
        g.add("X");
        g.add("ĐBQH");
        assert!(g.may_hold("X") && g.may_hold("ĐBQH") && !g.may_hold("Y") && !g.may_hold("XY"));
        assert!(!g.may_hold("ĐBQHX"));
    }

    #[test]
    fn every_lao_province_spelling_is_a_place() {
        for form in [
            "Hủa Phăn",
            "Houaphanh",
            "Sê Kông",
            "Xê Kông",
            "Sekong",
            "Sê-kông",
            "Khăm Muồn",
            "Khăm Muộn",
            "Bolykhămxay",
            "Bô-ly-khăm-xay",
            "Bôlikhămxay",
            "Xiêng Khoảng",
            "Luông Pha Băng",
            "Chăm Pa Sắc",
            "Savannakhet",
            "Xa Van Na Khệt",
            "Attapeu",
            "Át-ta-pư",
            "Át ta pư",
            "Salavan",
            "Viêng Chăn",
            "Phông Sa Lỳ",
            "U Đôm Xay",
            "Bò Kẹo",
            "Luông Nậm Thà",
            "Xay Nha Bu Ly",
            "Xay Sổm Bun",
        ] {
            let lex = lookup(form);
            assert!(
                lex.iter().any(|l| matches!(l, Lex::Place(i) if LEXICON.places[*i as usize].country.as_deref() == Some("LA"))),
                "{form}: {lex:?}"
            );
        }
    }

    #[test]
    fn every_key_starts_at_a_token() {
        // The trie leaves out keys that do not start with a token: none of
        // the vocabulary's.
        let lx = &*LEXICON;
        assert!(lx.pats.len() > 1000);
        assert_eq!(lx.trie.len(), lx.pats.len());
    }

    #[test]
    fn keys_separate_words_with_ascii_only() {
        // The folded text has no token-start marks: a key's word boundaries
        // are where the text's are because its separators are ASCII (never
        // part of a folded token) and its words are letters and digits.
        for k in &LEXICON.keys {
            for c in k.chars() {
                assert!(c.is_alphanumeric() || c.is_ascii() && c != '\x01', "{k:?}");
            }
        }
    }

    #[test]
    fn tone_and_case_variants_meet() {
        assert_eq!(lookup("Thanh Hoá"), lookup("thanh hóa"));
        assert_eq!(lookup("NaKai"), lookup("Nakai"));
    }

    #[test]
    fn digit_district_names_are_not_patterns() {
        assert!(lookup("1").is_empty());
        assert!(lookup("12").is_empty());
    }

    #[test]
    fn every_rank_is_known() {
        for r in [
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
            assert_eq!(lookup(r), vec![Lex::Rank], "{r}");
        }
        assert_eq!(lookup("đồng chí"), vec![Lex::Honorific]);
    }

    #[test]
    fn roles_get_derived_forms() {
        for r in [
            "Phó Bí thư Thường trực",
            "Phó Chủ tịch Thường trực",
            "Phó Tỉnh trưởng",
        ] {
            assert_eq!(lookup(r), vec![Lex::Role], "{r}");
        }
    }
}
