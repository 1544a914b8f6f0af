//! A byte trie of the vocabulary's folded forms, walked from each token start.
//!
//! The matches are the leftmost-longest, non-overlapping matches of the keys
//! that start at token starts: at each token start not inside the previous
//! match, the longest key that starts there (one that ends inside a token
//! still hides the token starts it covers). The trie is built in a few
//! milliseconds, where an Aho-Corasick DFA over the same keys takes a tenth
//! of a second; a step is one table lookup (about 9 MB for the vocabulary).

/// No pattern.
const NONE: u32 = u32::MAX;

/// The trie of the keys (see the module documentation), one row per node:
/// the child by byte class (the start of its row times two, plus one when
/// a key ends at the child; `0`: none, the root is never a child), then the
/// key ending at the node (`NONE`: none).
pub(crate) struct Trie {
    /// Byte class of every byte (`0`: in no key; no transition).
    class: [u16; 256],
    /// Row width: the classes and the key column.
    width: usize,
    rows: Vec<u32>,
    /// The row the first two bytes of a walk reach, by the pair of bytes
    /// (`0`: none, or a key ends after one or two bytes: walk byte by byte).
    pairs: Vec<u32>,
    /// How many keys the trie holds.
    #[cfg(test)]
    keys: usize,
}

impl Trie {
    /// The trie of `keys`; a match reports the key's index. Keys that do not
    /// start with a letter or digit are left out (they cannot start at a token).
    pub(crate) fn new(keys: &[String]) -> Trie {
        let mut order: Vec<usize> = (0..keys.len())
            .filter(|&k| keys[k].chars().next().is_some_and(char::is_alphanumeric))
            .collect();
        order.sort_unstable_by(|&a, &b| keys[a].as_bytes().cmp(keys[b].as_bytes()));
        let mut class = [0u16; 256];
        let mut classes = 1usize;
        for &k in &order {
            for &b in keys[k].as_bytes() {
                if class[b as usize] == 0 {
                    class[b as usize] = classes as u16;
                    classes += 1;
                }
            }
        }
        // In sorted order a key can only share the last child of a node: the
        // children come in byte order. Each node's children are a list
        // (first child, next sibling); `last` is the node's last child.
        let none = NONE as usize;
        let mut byte = vec![0u8];
        let mut pat = vec![NONE];
        let mut first = vec![none];
        let mut last = vec![none];
        let mut sibling = vec![none];
        for &k in &order {
            let mut node = 0usize;
            for &b in keys[k].as_bytes() {
                let l = last[node];
                node = if l != none && byte[l] == b {
                    l
                } else {
                    let nx = byte.len();
                    byte.push(b);
                    pat.push(NONE);
                    first.push(none);
                    last.push(none);
                    sibling.push(none);
                    if l == none {
                        first[node] = nx;
                    } else {
                        sibling[l] = nx;
                    }
                    last[node] = nx;
                    nx
                };
            }
            if pat[node] == NONE {
                pat[node] = k as u32;
            }
        }
        let width = classes + 1;
        let mut rows = vec![0u32; byte.len() * width];
        // (A child's row times two fits a `u32`.)
        assert!(rows.len() < 1 << 31, "vocabulary trie too large");
        for n in 0..byte.len() {
            let row = n * width;
            let mut c = first[n];
            while c != none {
                let ends = u32::from(pat[c] != NONE);
                rows[row + class[byte[c] as usize] as usize] = ((c * width) as u32) << 1 | ends;
                c = sibling[c];
            }
            rows[row + classes] = pat[n];
        }
        let mut pairs = vec![0u32; 1 << 16];
        for b0 in 0..256usize {
            let x0 = rows[class[b0] as usize];
            if x0 == 0 || x0 & 1 != 0 {
                continue;
            }
            let row1 = (x0 >> 1) as usize;
            for b1 in 0..256usize {
                let x1 = rows[row1 + class[b1] as usize];
                if x1 != 0 && x1 & 1 == 0 {
                    pairs[b0 << 8 | b1] = x1 >> 1;
                }
            }
        }
        Trie {
            class,
            width,
            rows,
            pairs,
            #[cfg(test)]
            keys: order.len(),
        }
    }

    /// How many keys the trie holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.keys
    }

    /// The longest key that `text[at..]` starts with: its end in `text` and its index.
    #[inline]
    pub(crate) fn longest_at(&self, text: &[u8], at: usize) -> Option<(usize, u32)> {
        let (rows, class, key) = (self.rows.as_slice(), &self.class, self.width - 1);
        let text = text.get(at..)?;
        // The first two bytes in one step when no key ends on them.
        let (mut row, skip) = match text {
            [b0, b1, ..] => match self.pairs.get(usize::from(*b0) << 8 | usize::from(*b1)) {
                Some(&r) if r != 0 => (r as usize, 2),
                _ => (0, 0),
            },
            _ => (0, 0),
        };
        let mut best: Option<(usize, u32)> = None;
        for (k, &b) in text.iter().enumerate().skip(skip) {
            // (Column 0, the class of bytes in no key, holds no child.)
            let next = match rows.get(row + class[b as usize] as usize) {
                Some(&x) if x != 0 => x,
                _ => break,
            };
            row = (next >> 1) as usize;
            if next & 1 != 0 {
                if let Some(&p) = rows.get(row + key) {
                    best = Some((k, p));
                }
            }
        }
        best.map(|(k, p)| (at + k + 1, p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Leftmost-longest non-overlapping matches that start at token starts,
    /// the plain way.
    fn reference(keys: &[String], text: &str, starts: &[usize]) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        let mut cursor = 0;
        for &at in starts.iter() {
            if at < cursor {
                continue;
            }
            let best = keys
                .iter()
                .enumerate()
                .filter(|(_, k)| text.as_bytes()[at..].starts_with(k.as_bytes()))
                .max_by_key(|(_, k)| k.len());
            if let Some((i, k)) = best {
                out.push((at, at + k.len(), i as u32));
                cursor = at + k.len();
            }
        }
        out
    }

    #[test]
    fn finds_what_a_leftmost_longest_search_finds() {
        let keys: Vec<String> = [
            "tỉnh",
            "thanh hóa",
            "thanh",
            "hóa",
            "hà nam",
            "hà",
            "tp.",
            "a",
            "b",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let trie = Trie::new(&keys);
        for text in [
            "Tỉnh Thanh Hóa, Hà Nam",
            "thanh hóax hà namđịnh hà",
            "TP. Hà - b ab a",
            "",
            "-",
            "hà,hà",
        ] {
            let f = super::super::text::tokenize(text, 0);
            let starts: Vec<usize> = f.toks.iter().map(|t| t.fs).collect();
            let mut got = Vec::new();
            let mut cursor = 0;
            for &at in &starts {
                if at < cursor {
                    continue;
                }
                if let Some((e, p)) = trie.longest_at(f.folded.as_bytes(), at) {
                    got.push((at, e, p));
                    cursor = e;
                }
            }
            assert_eq!(got, reference(&keys, &f.folded, &starts), "{text:?}");
        }
    }

    #[test]
    fn keys_without_a_token_start_are_left_out() {
        let keys = vec!["(lào)".to_string(), "lào".to_string()];
        let trie = Trie::new(&keys);
        assert_eq!(trie.len(), 1);
        assert_eq!(trie.longest_at("(lào)".as_bytes(), 0), None);
        assert_eq!(trie.longest_at("lào)".as_bytes(), 0), Some((4, 1)));
    }

    #[test]
    fn one_column_per_byte_of_the_keys() {
        let keys: Vec<String> = (b'a'..=b'z').map(|c| format!("{}x", c as char)).collect();
        let trie = Trie::new(&keys);
        assert_eq!(trie.width, 26 + 1 + 1);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(trie.longest_at(k.as_bytes(), 0), Some((2, i as u32)));
        }
        assert_eq!(trie.longest_at(b"A", 0), None);
    }
}
