//! The goto trie of an Aho-Corasick automaton over the folded patterns,
//! walked anchored from word starts.
//!
//! Every mention starts at a word start, so the matcher walks the trie from
//! each word start and never needs the failure links of a full
//! Aho-Corasick automaton: building is a single insertion pass (a few
//! milliseconds for the embedded dictionaries) and the memory is a few
//! compact arrays. Each walk yields every pattern ending along the path,
//! so the longest one that passes the word-boundary and case rules wins
//! (leftmost-longest, since walks go left to right over word starts).

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// A trie being built: children as linked lists in flat arrays.
#[derive(Debug)]
pub(crate) struct TrieBuilder {
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
    byte: Vec<u8>,
    pattern: Vec<u32>,
}

impl Default for TrieBuilder {
    fn default() -> Self {
        TrieBuilder {
            first_child: vec![NONE],
            next_sibling: vec![NONE],
            byte: vec![0],
            pattern: vec![NONE],
        }
    }
}

impl TrieBuilder {
    /// Inserts `key`; returns its node and its pattern id if it already had
    /// one.
    pub(crate) fn insert(&mut self, key: &[u8]) -> (u32, Option<u32>) {
        let mut node = 0u32;
        for &b in key {
            let mut child = self.first_child.get(node as usize).copied().unwrap_or(NONE);
            while child != NONE && self.byte.get(child as usize) != Some(&b) {
                child = self
                    .next_sibling
                    .get(child as usize)
                    .copied()
                    .unwrap_or(NONE);
            }
            if child == NONE {
                child = self.byte.len() as u32;
                let first = self.first_child.get(node as usize).copied().unwrap_or(NONE);
                self.first_child.push(NONE);
                self.next_sibling.push(first);
                self.byte.push(b);
                self.pattern.push(NONE);
                if let Some(f) = self.first_child.get_mut(node as usize) {
                    *f = child;
                }
            }
            node = child;
        }
        let p = self.pattern.get(node as usize).copied().unwrap_or(NONE);
        (node, (p != NONE).then_some(p))
    }

    /// Sets the pattern id of a node.
    pub(crate) fn set_pattern(&mut self, node: u32, pattern: u32) {
        if let Some(p) = self.pattern.get_mut(node as usize) {
            *p = pattern;
        }
    }

    /// Freezes into the compact form walked at search time.
    pub(crate) fn build(self) -> Trie {
        let n = self.byte.len();
        let mut root = vec![NONE; 256];
        let mut starts = Vec::with_capacity(n + 1);
        let mut edge_bytes = Vec::with_capacity(n);
        let mut edge_targets = Vec::with_capacity(n);
        let mut children: Vec<(u8, u32)> = Vec::new();
        for node in 0..n {
            starts.push(edge_bytes.len() as u32);
            children.clear();
            let mut c = self.first_child.get(node).copied().unwrap_or(NONE);
            while c != NONE {
                children.push((self.byte.get(c as usize).copied().unwrap_or(0), c));
                c = self.next_sibling.get(c as usize).copied().unwrap_or(NONE);
            }
            children.sort_unstable();
            for &(b, c) in &children {
                if node == 0 {
                    if let Some(slot) = root.get_mut(b as usize) {
                        *slot = c;
                    }
                }
                edge_bytes.push(b);
                edge_targets.push(c);
            }
        }
        starts.push(edge_bytes.len() as u32);
        // Children of the root's children get dense tables too: the first
        // two bytes of every walk are one lookup each.
        let mut dense_of = vec![NONE; n];
        let mut dense = Vec::new();
        for &c in root.iter().filter(|&&c| c != NONE) {
            let table = (dense.len() / 256) as u32;
            dense.resize(dense.len() + 256, NONE);
            let s = starts.get(c as usize).copied().unwrap_or(0) as usize;
            let e = starts.get(c as usize + 1).copied().unwrap_or(0) as usize;
            for k in s..e {
                let (Some(&b), Some(&t)) = (edge_bytes.get(k), edge_targets.get(k)) else {
                    continue;
                };
                if let Some(slot) = dense.get_mut(table as usize * 256 + b as usize) {
                    *slot = t;
                }
            }
            if let Some(d) = dense_of.get_mut(c as usize) {
                *d = table;
            }
        }
        Trie {
            root,
            dense_of,
            dense,
            starts,
            edge_bytes,
            edge_targets,
            pattern: self.pattern,
        }
    }
}

/// The frozen trie: a dense root, sorted edge lists elsewhere.
#[derive(Debug, Default)]
pub(crate) struct Trie {
    root: Vec<u32>,
    /// For each node, the index of its dense table (children of the root).
    dense_of: Vec<u32>,
    /// Dense tables of 256 children each.
    dense: Vec<u32>,
    starts: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_targets: Vec<u32>,
    pattern: Vec<u32>,
}

impl Trie {
    /// The root node.
    pub(crate) const ROOT: u32 = 0;

    /// The child of `node` on byte `b`.
    #[inline]
    pub(crate) fn step(&self, node: u32, b: u8) -> Option<u32> {
        let d = self.dense_of.get(node as usize).copied().unwrap_or(NONE);
        let c = if node == Self::ROOT {
            self.root.get(b as usize).copied().unwrap_or(NONE)
        } else if d != NONE {
            self.dense
                .get(d as usize * 256 + b as usize)
                .copied()
                .unwrap_or(NONE)
        } else {
            let s = self.starts.get(node as usize).copied().unwrap_or(0) as usize;
            let e = self.starts.get(node as usize + 1).copied().unwrap_or(0) as usize;
            let bytes = self.edge_bytes.get(s..e).unwrap_or(&[]);
            match bytes.iter().position(|&x| x == b) {
                Some(i) => self.edge_targets.get(s + i).copied().unwrap_or(NONE),
                None => NONE,
            }
        };
        (c != NONE).then_some(c)
    }

    /// The pattern ending at `node`, if any.
    #[inline]
    pub(crate) fn pattern(&self, node: u32) -> Option<u32> {
        let p = self.pattern.get(node as usize).copied().unwrap_or(NONE);
        (p != NONE).then_some(p)
    }

    /// Bytes held.
    pub(crate) fn memory_usage(&self) -> usize {
        self.root.capacity() * 4
            + self.dense_of.capacity() * 4
            + self.dense.capacity() * 4
            + self.starts.capacity() * 4
            + self.edge_bytes.capacity()
            + self.edge_targets.capacity() * 4
            + self.pattern.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_every_pattern_along_the_path() {
        let mut b = TrieBuilder::default();
        for (i, k) in ["burkina", "burkina faso", "burundi"].iter().enumerate() {
            let (node, old) = b.insert(k.as_bytes());
            assert_eq!(old, None);
            b.set_pattern(node, i as u32);
        }
        assert_eq!(b.insert(b"burkina").1, Some(0));
        let t = b.build();
        let mut node = Trie::ROOT;
        let mut found = Vec::new();
        for &c in b"burkina faso libre" {
            match t.step(node, c) {
                Some(n) => node = n,
                None => break,
            }
            found.extend(t.pattern(node));
        }
        assert_eq!(found, [0, 1]);
        assert_eq!(t.step(Trie::ROOT, b'x'), None);
    }
}
