//! A byte trie of the vocabulary's folded forms, walked from each token start.
//!
//! Every vocabulary key starts with the `\x01` that marks a token start in
//! the folded text, so the leftmost-longest, non-overlapping matches of the
//! keys (what a leftmost-longest Aho-Corasick search reports) are found by
//! trying, at each token start not inside the previous match, the longest
//! key that starts there. The trie is built in a few milliseconds, where a
//! DFA over the same keys takes a tenth of a second.

/// No pattern / no table.
const NONE: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node {
    /// The key ending here (`NONE`: none).
    pat: u32,
    /// A node with one child: the child (`0`: no child; the root is never one).
    next: u32,
    /// ... and its byte.
    byte: u8,
    /// A node with more children: the start of its row in `rows` (`NONE`: none).
    row: u32,
}

/// The trie of the keys (see the module documentation).
pub(crate) struct Trie {
    nodes: Vec<Node>,
    /// Byte class of every byte (`0`: in no key).
    class: [u16; 256],
    /// One row of children by class for each node with two or more children (`0`: none).
    rows: Vec<u32>,
    /// How many keys the trie holds.
    #[cfg(test)]
    keys: usize,
}

impl Trie {
    /// The trie of `keys`; a match reports the key's index. Keys that do not
    /// start with `\x01` are left out (they cannot start at a token).
    pub(crate) fn new(keys: &[String]) -> Trie {
        let mut order: Vec<usize> = (0..keys.len())
            .filter(|&k| keys[k].starts_with('\x01'))
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
        // children come in byte order.
        let mut kids: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pat = vec![NONE];
        for &k in &order {
            let mut node = 0usize;
            for &b in keys[k].as_bytes() {
                node = match kids[node].last() {
                    Some(&(lb, nx)) if lb == b => nx as usize,
                    _ => {
                        let nx = kids.len();
                        kids[node].push((b, nx as u32));
                        kids.push(Vec::new());
                        pat.push(NONE);
                        nx
                    }
                };
            }
            if pat[node] == NONE {
                pat[node] = k as u32;
            }
        }
        let branching = kids.iter().filter(|k| k.len() > 1).count();
        let mut rows = vec![0u32; branching * classes];
        let mut used = 0usize;
        let mut nodes = Vec::with_capacity(kids.len());
        for (ch, p) in kids.iter().zip(pat) {
            let mut node = Node {
                pat: p,
                next: 0,
                byte: 0,
                row: NONE,
            };
            match ch.as_slice() {
                [] => {}
                [(b, nx)] => {
                    node.next = *nx;
                    node.byte = *b;
                }
                _ => {
                    for &(b, nx) in ch {
                        rows[used + class[b as usize] as usize] = nx;
                    }
                    node.row = used as u32;
                    used += classes;
                }
            }
            nodes.push(node);
        }
        Trie {
            nodes,
            class,
            rows,
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
        let mut node = self.nodes.first()?;
        let mut best = None;
        let rest = text.get(at..)?;
        for (k, &b) in rest.iter().enumerate() {
            let nx = if node.row != NONE {
                let c = self.class[b as usize] as usize;
                self.rows.get(node.row as usize + c).copied().unwrap_or(0)
            } else if node.byte == b {
                node.next
            } else {
                0
            };
            if nx == 0 {
                break;
            }
            node = self.nodes.get(nx as usize)?;
            if node.pat != NONE {
                best = Some((at + k + 1, node.pat));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Leftmost-longest non-overlapping matches, the plain way.
    fn reference(keys: &[String], text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let best = keys
                .iter()
                .enumerate()
                .filter(|(_, k)| text.as_bytes()[at..].starts_with(k.as_bytes()))
                .max_by_key(|(i, k)| (k.len(), std::cmp::Reverse(*i)));
            match best {
                Some((i, k)) => {
                    out.push((at, at + k.len(), i as u32));
                    at += k.len();
                }
                None => at += 1,
            }
        }
        out
    }

    #[test]
    fn finds_what_a_leftmost_longest_search_finds() {
        let keys: Vec<String> = [
            "\x01tỉnh",
            "\x01thanh \x01hóa",
            "\x01thanh",
            "\x01hóa",
            "\x01hà \x01nam",
            "\x01hà",
            "\x01tp.",
            "\x01a",
            "\x01b",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let trie = Trie::new(&keys);
        for text in [
            "\x01tỉnh \x01thanh \x01hóa, \x01hà \x01nam",
            "\x01thanh \x01hóax \x01hà \x01namđịnh \x01hà",
            "\x01tp. \x01hà-\x01b \x01ab \x01a",
            "",
            "\x01",
            "\x01\x01hà",
        ] {
            let mut got = Vec::new();
            let b = text.as_bytes();
            let mut at = 0;
            while at < b.len() {
                if b[at] == 1 {
                    if let Some((e, p)) = trie.longest_at(b, at) {
                        got.push((at, e, p));
                        at = e;
                        continue;
                    }
                }
                at += 1;
            }
            assert_eq!(got, reference(&keys, text), "{text:?}");
        }
    }

    #[test]
    fn keys_without_a_token_start_are_left_out() {
        let keys = vec!["(\x01lào)".to_string(), "\x01lào".to_string()];
        let trie = Trie::new(&keys);
        assert_eq!(trie.longest_at(b"(\x01l\xc3\xa0o)", 0), None);
        assert_eq!(trie.longest_at("\x01lào)".as_bytes(), 0), Some((5, 1)));
    }

    #[test]
    fn many_children_use_a_row() {
        let keys: Vec<String> = (b'a'..=b'z')
            .map(|c| format!("\x01{}x", c as char))
            .collect();
        let trie = Trie::new(&keys);
        assert!(!trie.rows.is_empty());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(trie.longest_at(k.as_bytes(), 0), Some((3, i as u32)));
        }
        assert_eq!(trie.longest_at(b"\x01A", 0), None);
    }
}
