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

    /// Freezes into the compact form walked at search time: nodes
    /// renumbered depth-first so that the nodes of a walk are neighbours,
    /// the pattern of each child stored beside the edge that leads to it,
    /// dense tables for the root and the nodes with many children.
    pub(crate) fn build(self) -> Trie {
        let n = self.byte.len();
        let children_of = |old: u32, out: &mut Vec<(u8, u32)>| {
            out.clear();
            let mut c = self.first_child.get(old as usize).copied().unwrap_or(NONE);
            while c != NONE {
                out.push((self.byte.get(c as usize).copied().unwrap_or(0), c));
                c = self.next_sibling.get(c as usize).copied().unwrap_or(NONE);
            }
            out.sort_unstable();
        };
        // Depth-first preorder: the nodes of one walk are neighbours in
        // memory.
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut new_id = vec![NONE; n];
        let mut stack = vec![0u32];
        let mut children: Vec<(u8, u32)> = Vec::new();
        while let Some(old) = stack.pop() {
            if let Some(slot) = new_id.get_mut(old as usize) {
                *slot = order.len() as u32;
            }
            order.push(old);
            children_of(old, &mut children);
            stack.extend(children.iter().rev().map(|&(_, c)| c));
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut edges: Vec<RawEdge> = Vec::with_capacity(n);
        let mut edge_bytes = Vec::with_capacity(n);
        for &old in &order {
            starts.push(edges.len() as u32);
            children_of(old, &mut children);
            for &(b, c) in &children {
                edge_bytes.push(b);
                edges.push(RawEdge {
                    target: new_id.get(c as usize).copied().unwrap_or(NONE),
                    pattern: self.pattern.get(c as usize).copied().unwrap_or(NONE),
                });
            }
        }
        starts.push(edges.len() as u32);
        // Nodes with many children (the first levels of common prefixes)
        // get a dense table; the others keep their sorted edge list.
        let mut nodes = Vec::with_capacity(order.len());
        let mut tables = 0u32;
        for node in 0..order.len() {
            let s = starts.get(node).copied().unwrap_or(0);
            let e = starts.get(node + 1).copied().unwrap_or(0);
            if node == 0 || e - s >= DENSE_CHILDREN {
                nodes.push(Node {
                    start: tables,
                    len: DENSE,
                });
                tables += 1;
            } else {
                nodes.push(Node {
                    start: s,
                    len: e - s,
                });
            }
        }
        // Each edge holds where its child's children are: a step reads no
        // node table.
        let linked: Vec<Edge> = edges
            .iter()
            .map(|e| Edge {
                node: nodes
                    .get(e.target as usize)
                    .copied()
                    .unwrap_or(Node::ABSENT),
                pattern: e.pattern,
            })
            .collect();
        let mut dense = vec![Edge::NONE; tables as usize * 256];
        for (node, info) in nodes.iter().enumerate() {
            if info.len != DENSE {
                continue;
            }
            let s = starts.get(node).copied().unwrap_or(0) as usize;
            let e = starts.get(node + 1).copied().unwrap_or(0) as usize;
            for k in s..e {
                if let (Some(&b), Some(&edge)) = (edge_bytes.get(k), linked.get(k)) {
                    if let Some(slot) = dense.get_mut(info.start as usize * 256 + b as usize) {
                        *slot = edge;
                    }
                }
            }
        }
        Trie {
            root: nodes.first().copied().unwrap_or(Node::LEAF),
            dense,
            edge_bytes,
            edges: linked,
        }
    }
}

/// An edge while building: the child's depth-first number.
#[derive(Clone, Copy)]
struct RawEdge {
    target: u32,
    pattern: u32,
}

/// A node: where its children are, `len` edges from `start`, or the dense
/// table `start` when `len` is [`DENSE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Node {
    start: u32,
    len: u32,
}

impl Node {
    /// No node (an empty slot of a dense table).
    const ABSENT: Node = Node {
        start: 0,
        len: ABSENT,
    };
    /// A node without children.
    const LEAF: Node = Node { start: 0, len: 0 };
}

/// Marks a node with a dense table.
const DENSE: u32 = u32::MAX;

/// Marks an absent node.
const ABSENT: u32 = u32::MAX - 1;

/// Children from which a node gets a dense table of 256 edges.
const DENSE_CHILDREN: u32 = 8;

/// An edge: the child it leads to and the pattern ending there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Edge {
    /// The child node.
    pub(crate) node: Node,
    /// The pattern ending at the child, or none.
    pattern: u32,
}

impl Edge {
    const NONE: Edge = Edge {
        node: Node::ABSENT,
        pattern: NONE,
    };

    /// The pattern ending at the child.
    #[inline]
    pub(crate) fn pattern(self) -> Option<u32> {
        (self.pattern != NONE).then_some(self.pattern)
    }
}

/// The frozen trie: dense tables for the root and the nodes with many
/// children, sorted edge lists elsewhere; each edge carries where the
/// children of its child are, so a walk reads one edge per byte.
#[derive(Debug)]
pub(crate) struct Trie {
    root: Node,
    /// Dense tables of 256 edges each.
    dense: Vec<Edge>,
    edge_bytes: Vec<u8>,
    edges: Vec<Edge>,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            root: Node::LEAF,
            dense: Vec::new(),
            edge_bytes: Vec::new(),
            edges: Vec::new(),
        }
    }
}

impl Trie {
    /// The root node.
    #[inline]
    pub(crate) fn root(&self) -> Node {
        self.root
    }

    /// The edge from `node` on byte `b`.
    #[inline]
    pub(crate) fn step(&self, node: Node, b: u8) -> Option<Edge> {
        let s = node.start as usize;
        let e = match node.len {
            DENSE => *self.dense.get(s * 256 + b as usize)?,
            // Most nodes below the first levels have one child.
            1 => {
                if *self.edge_bytes.get(s)? != b {
                    return None;
                }
                *self.edges.get(s)?
            }
            ABSENT => return None,
            n => {
                let bytes = self.edge_bytes.get(s..s + n as usize)?;
                let k = bytes.iter().position(|&x| x == b)?;
                *self.edges.get(s + k)?
            }
        };
        (e.node.len != ABSENT).then_some(e)
    }

    /// Bytes held.
    pub(crate) fn memory_usage(&self) -> usize {
        (self.dense.capacity() + self.edges.capacity()) * std::mem::size_of::<Edge>()
            + self.edge_bytes.capacity()
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
        let mut node = t.root();
        let mut found = Vec::new();
        for &c in b"burkina faso libre" {
            match t.step(node, c) {
                Some(e) => {
                    node = e.node;
                    found.extend(e.pattern());
                }
                None => break,
            }
        }
        assert_eq!(found, [0, 1]);
        assert_eq!(t.step(t.root(), b'x'), None);
        assert_eq!(Trie::default().step(Trie::default().root(), b'b'), None);
    }
}
