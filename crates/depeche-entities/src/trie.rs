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
//!
//! The frozen trie is a double array over byte classes: the folded bytes
//! the patterns use get classes 1.., a table gives the class of each ASCII
//! byte of the text with the case fold built in ('E' and 'e' have the same
//! class), and the child of the node at slot `s` on class `c` is at slot
//! `base(s) + c` if that slot names `s` as its parent. A step is one class
//! lookup and one slot read, whatever the number of children. The set of
//! the first words of the patterns ([`Trie::may_start`]) lets the matcher
//! skip the walks that cannot match.

#[path = "trie/bake.rs"]
mod bake;

pub(crate) use bake::{BakedTries, TrieTables};

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

    /// Freezes into a double array walked at search time (see [`Trie`]):
    /// the folded bytes of the patterns become classes, and the nodes are
    /// placed depth-first, each node's children at `base + class`, so that
    /// the nodes of one walk are neighbours in memory.
    pub(crate) fn build(self) -> Trie {
        // Classes: 1.. for the bytes the patterns use, 0 for the others.
        let mut class = [0u16; 256];
        let mut classes = 0u16;
        let mut seen = [false; 256];
        for &b in self.byte.iter().skip(1) {
            if let Some(s) = seen.get_mut(b as usize) {
                *s = true;
            }
        }
        for (b, _) in seen.iter().enumerate().filter(|(_, &s)| s) {
            classes += 1;
            if let Some(c) = class.get_mut(b) {
                *c = classes;
            }
        }
        let mut slots = vec![Slot::FREE; self.byte.len() + classes as usize + 1];
        // The root is slot 0; it has no parent.
        if let Some(root) = slots.first_mut() {
            root.check = ROOT_CHECK;
        }
        let mut first_free = 1usize;
        let mut children: Vec<(u16, u32)> = Vec::new();
        // (node in the builder, its slot)
        let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
        while let Some((old, slot)) = stack.pop() {
            children.clear();
            let mut c = self.first_child.get(old as usize).copied().unwrap_or(NONE);
            while c != NONE {
                let b = self.byte.get(c as usize).copied().unwrap_or(0);
                children.push((class.get(b as usize).copied().unwrap_or(0), c));
                c = self.next_sibling.get(c as usize).copied().unwrap_or(NONE);
            }
            if children.is_empty() {
                continue;
            }
            children.sort_unstable();
            let lowest = children.first().map_or(0, |&(c, _)| c as usize);
            // The first base whose slots for every child are free.
            while slots.get(first_free).is_some_and(|s| s.check != FREE) {
                first_free += 1;
            }
            // At most MAX_SEARCH positions looked at, then past the last
            // slot, where everything fits: the build stays linear whatever
            // the dictionaries.
            let mut p = first_free.max(lowest);
            let mut looked = 0;
            let base = loop {
                let base = p - lowest;
                let fits = children.iter().all(|&(c, _)| {
                    slots
                        .get(base + c as usize)
                        .map_or(true, |s| s.check == FREE)
                });
                if fits {
                    break base;
                }
                p += 1;
                while slots.get(p).is_some_and(|s| s.check != FREE) && looked < MAX_SEARCH {
                    p += 1;
                    looked += 1;
                }
                looked += 1;
                if looked >= MAX_SEARCH {
                    p = p.max(slots.len());
                }
            };
            // A long search: the slots before this one are nearly full,
            // the next searches start here (their few holes are left).
            if looked > MAX_SEARCH / 4 {
                first_free = first_free.max(p);
            }
            let top = base + children.last().map_or(0, |&(c, _)| c as usize);
            if top >= slots.len() {
                slots.resize(top + 1, Slot::FREE);
            }
            if let Some(s) = slots.get_mut(slot as usize) {
                s.base = base as u32;
            }
            for &(c, child) in &children {
                if let Some(s) = slots.get_mut(base + c as usize) {
                    s.check = slot;
                    s.pattern = self.pattern.get(child as usize).copied().unwrap_or(NONE);
                }
            }
            // Depth-first, first child first.
            stack.extend(
                children
                    .iter()
                    .rev()
                    .map(|&(c, child)| (child, (base + c as usize) as u32)),
            );
        }
        // Steps past the last slot read nothing (the walk dies).
        let last = slots.iter().rposition(|s| s.check != FREE).unwrap_or(0);
        slots.truncate(last + 1);
        slots.shrink_to_fit();
        let mut ascii = [0u16; 128];
        for (slot, &folded) in ascii.iter_mut().zip(&ASCII_FOLD) {
            *slot = class.get(folded as usize).copied().unwrap_or(0);
        }
        let root = State {
            slot: 0,
            base: slots.first().map_or(0, |s| s.base),
        };
        let first_words = self.first_words();
        Trie {
            slots,
            class,
            ascii,
            root,
            first_words,
        }
    }

    /// The first words of the patterns: the runs of ASCII letters and
    /// digits from the root to a node where a pattern ends or a child that
    /// is no letter or digit starts, of at most [`SHORT_WORD`] bytes.
    fn first_words(&self) -> WordSet {
        let mut words = Vec::new();
        // (node, depth, packed bytes)
        let mut stack: Vec<(u32, usize, u64)> = vec![(0, 0, 0)];
        while let Some((node, depth, packed)) = stack.pop() {
            let mut ends_word = depth > 0 && self.pattern.get(node as usize) != Some(&NONE);
            let mut c = self.first_child.get(node as usize).copied().unwrap_or(NONE);
            while c != NONE {
                let b = self.byte.get(c as usize).copied().unwrap_or(0);
                if !b.is_ascii_alphanumeric() {
                    ends_word = true;
                } else if depth < SHORT_WORD {
                    stack.push((c, depth + 1, packed | u64::from(b) << (8 * depth)));
                }
                c = self.next_sibling.get(c as usize).copied().unwrap_or(NONE);
            }
            if ends_word && depth > 0 {
                words.push(packed);
            }
        }
        WordSet::new(&words)
    }
}

/// The longest word looked up in [`Trie::may_start`]; longer words are
/// walked.
pub(crate) const SHORT_WORD: usize = 8;

/// A set of short words packed in `u64`s (byte `k` of the word in bits
/// `8k..8k+8`, zeros after it), open addressing.
#[derive(Debug)]
struct WordSet {
    table: Vec<u64>,
    shift: u32,
}

impl WordSet {
    fn new(words: &[u64]) -> WordSet {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut set = WordSet {
            table: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for &w in words {
            let mut i = set.slot(w);
            loop {
                match set.table.get_mut(i) {
                    Some(x) if *x == 0 || *x == w => {
                        *x = w;
                        break;
                    }
                    Some(_) => i = (i + 1) & (size - 1),
                    None => break,
                }
            }
        }
        set
    }

    #[inline]
    fn slot(&self, w: u64) -> usize {
        (w.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn contains(&self, w: u64) -> bool {
        let mask = self.table.len() - 1;
        let mut i = self.slot(w);
        loop {
            match self.table.get(i) {
                Some(&x) if x == w => return true,
                Some(&0) | None => return false,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }
}

/// Positions looked at for the children of a node before they go past the
/// last slot; after a search of a quarter of that, the next searches start
/// where it ended. Both bound the build time whatever the dictionaries.
const MAX_SEARCH: usize = 1024;

/// A free slot.
const FREE: u32 = u32::MAX;
/// The parent of the root (no slot).
const ROOT_CHECK: u32 = u32::MAX - 1;

/// A slot of the double array: the node placed there (its children are at
/// `base + class`), its parent slot (`check`) and the pattern ending at it.
#[derive(Clone, Copy, Debug)]
struct Slot {
    base: u32,
    check: u32,
    pattern: u32,
}

impl Slot {
    const FREE: Slot = Slot {
        base: 0,
        check: FREE,
        pattern: NONE,
    };
}

/// Where a walk stands: a node's slot and its base (carried so that a step
/// reads one slot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct State {
    slot: u32,
    base: u32,
}

/// The frozen trie, a double array: the child of the node at slot `s` on
/// class `c` is at slot `base(s) + c` if that slot's parent is `s`. A step
/// is one table lookup for the class of the byte and one slot read.
#[derive(Debug)]
pub(crate) struct Trie {
    slots: Vec<Slot>,
    /// The class of each folded byte (0: no pattern has it).
    class: [u16; 256],
    /// The class of each ASCII byte of the text, folded (lower case, the
    /// backquote as an apostrophe, as `fold_char_into` does).
    ascii: [u16; 128],
    root: State,
    /// The first words of the patterns, to skip the walks that cannot
    /// match.
    first_words: WordSet,
}

impl Default for Trie {
    fn default() -> Self {
        TrieBuilder::default().build()
    }
}

impl Trie {
    /// The root.
    #[inline]
    pub(crate) fn root(&self) -> State {
        self.root
    }

    /// The class of a folded byte.
    #[inline]
    pub(crate) fn class(&self, folded: u8) -> u16 {
        self.class.get(folded as usize).copied().unwrap_or(0)
    }

    /// The class of an ASCII byte of the text (folded by the table), 0 for
    /// a non-ASCII byte.
    #[inline]
    pub(crate) fn ascii_class(&self, b: u8) -> u16 {
        self.ascii.get(b as usize).copied().unwrap_or(0)
    }

    /// The step from `state` on a class: the next state and the pattern
    /// ending there ([`NO_PATTERN`] if none), or `None` if the walk dies.
    #[inline]
    pub(crate) fn step(&self, state: State, class: u16) -> Option<(State, u32)> {
        let t = state.base.wrapping_add(u32::from(class));
        let s = self.slots.get(t as usize)?;
        if s.check != state.slot {
            return None;
        }
        Some((
            State {
                slot: t,
                base: s.base,
            },
            s.pattern,
        ))
    }

    /// Whether a walk from a word of ASCII letters and digits (packed as
    /// by [`pack_word`], at most [`SHORT_WORD`] bytes) followed by no
    /// letter or digit can match a pattern that ends on a word boundary:
    /// only if the word is the first word of a pattern.
    #[inline]
    pub(crate) fn may_start(&self, packed: u64) -> bool {
        self.first_words.contains(packed)
    }

    /// Bytes held.
    pub(crate) fn memory_usage(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.first_words.table.capacity() * 8
            + std::mem::size_of::<Trie>()
    }
}

/// The fold of each ASCII byte, as `fold_char_into` gives it (lower case,
/// the backquote as an apostrophe).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = if b as u8 == b'`' {
            b'\''
        } else {
            (b as u8).to_ascii_lowercase()
        };
        b += 1;
    }
    t
};

/// The word of ASCII letters and digits `bytes[start..end]` (1 to
/// [`SHORT_WORD`] bytes), folded (lower case) and packed as
/// [`Trie::may_start`] reads it; `None` for a longer or empty word.
#[inline]
pub(crate) fn pack_word(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > SHORT_WORD {
        return None;
    }
    // One load of 8 bytes where the text has them, else byte by byte.
    let word = match bytes.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().ok()?),
        None => {
            let mut eight = [0u8; 8];
            let tail = bytes.get(start..end)?;
            eight.get_mut(..n)?.copy_from_slice(tail);
            u64::from_le_bytes(eight)
        }
    };
    // Letters and digits fold to lower case by setting bit 5.
    let mask = u64::MAX >> (64 - 8 * n);
    Some((word | 0x2020_2020_2020_2020) & mask)
}

/// No pattern ends at a node.
pub(crate) const NO_PATTERN: u32 = NONE;

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(t: &Trie, text: &[u8]) -> Vec<u32> {
        let mut state = t.root();
        let mut found = Vec::new();
        for &c in text {
            match t.step(state, t.class(c)) {
                Some((next, p)) => {
                    state = next;
                    if p != NO_PATTERN {
                        found.push(p);
                    }
                }
                None => break,
            }
        }
        found
    }

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
        assert_eq!(walk(&t, b"burkina faso libre"), [0, 1]);
        assert_eq!(walk(&t, b"burundi"), [2]);
        assert_eq!(walk(&t, b"burkinx"), Vec::<u32>::new());
        assert_eq!(t.step(t.root(), t.class(b'x')), None);
        assert_eq!(
            t.step(t.root(), t.ascii_class(b'B')).map(|(_, p)| p),
            Some(NO_PATTERN)
        );
        let empty = Trie::default();
        assert_eq!(empty.step(empty.root(), empty.class(b'b')), None);
    }

    #[test]
    fn words_are_packed_folded() {
        let text = b"Le Caire, Niamey et DE";
        let pack = |w: &[u8]| w.iter().rev().fold(0u64, |p, &b| p << 8 | u64::from(b));
        assert_eq!(pack_word(text, 0, 2), Some(pack(b"le")));
        assert_eq!(pack_word(text, 3, 8), Some(pack(b"caire")));
        assert_eq!(pack_word(text, 10, 16), Some(pack(b"niamey")));
        // At the end of the text (fewer than 8 bytes left).
        assert_eq!(pack_word(text, 20, 22), Some(pack(b"de")));
        assert_eq!(pack_word(b"abcdefghi", 0, 9), None);
        assert_eq!(pack_word(text, 3, 3), None);
        let mut b = TrieBuilder::default();
        for (i, k) in [
            "le caire",
            "niger",
            "al-qaida",
            "etat islamique",
            "burkinabe",
        ]
        .iter()
        .enumerate()
        {
            let (node, _) = b.insert(k.as_bytes());
            b.set_pattern(node, i as u32);
        }
        let t = b.build();
        for (w, first) in [
            ("le", true),
            ("niger", true),
            ("al", true),
            ("etat", true),
            ("burkinabe", false), // longer than SHORT_WORD: walked anyway
            ("nige", false),
            ("caire", false),
            ("qaida", false),
        ] {
            let packed = pack_word(w.as_bytes(), 0, w.len());
            assert_eq!(packed.is_some_and(|p| t.may_start(p)), first, "{w}");
        }
    }

    proptest::proptest! {
        /// The double array finds exactly the keys that are prefixes of the
        /// text, whatever the keys (many children, shared prefixes, any
        /// byte).
        #[test]
        fn finds_the_prefixes(keys in proptest::collection::vec("[a-e \\-]{1,6}|[\\x00-\\xff]{1,3}", 1..60), text in "[a-e \\-]{0,8}") {
            let mut b = TrieBuilder::default();
            let mut ids: Vec<(String, u32)> = Vec::new();
            for k in &keys {
                let (node, old) = b.insert(k.as_bytes());
                if old.is_none() {
                    let id = ids.len() as u32;
                    b.set_pattern(node, id);
                    ids.push((k.clone(), id));
                }
            }
            let t = b.build();
            for probe in std::iter::once(text.as_str()).chain(keys.iter().map(String::as_str)) {
                let mut expected: Vec<(usize, u32)> = ids
                    .iter()
                    .filter(|(k, _)| probe.as_bytes().starts_with(k.as_bytes()))
                    .map(|(k, id)| (k.len(), *id))
                    .collect();
                expected.sort_unstable();
                let got = walk(&t, probe.as_bytes());
                let expected: Vec<u32> = expected.into_iter().map(|(_, id)| id).collect();
                proptest::prop_assert_eq!(got, expected);
            }
        }
    }
}
