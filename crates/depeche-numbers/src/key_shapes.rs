//! A filter before the unit lexicon's hash maps: the shapes (length, first
//! and last byte) of the folded keys a map holds, as a set of bits.
//!
//! Most words the finder asks the lexicon about ("attaque", "communiqué"
//! after "une"; the word after a number) are in no map; a key whose shape
//! no key of the map has is answered by one bit, without hashing the key
//! nor comparing it.

/// The number of bits of a [`KeyShapes`] (a power of two).
const BITS: usize = 4096;

/// The shapes of a set of keys: a bit per shape, several shapes per bit.
/// A key whose bit is clear is not in the set; a set bit says nothing
/// more (other keys share it).
#[derive(Clone)]
pub(crate) struct KeyShapes {
    bits: [u64; BITS / 64],
}

impl Default for KeyShapes {
    fn default() -> Self {
        KeyShapes {
            bits: [0; BITS / 64],
        }
    }
}

/// Shown as the number of bits set (the bits themselves say little).
impl std::fmt::Debug for KeyShapes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        f.debug_struct("KeyShapes")
            .field("bits_set", &set)
            .field("bits", &BITS)
            .finish()
    }
}

impl KeyShapes {
    /// The bit of a key: its length, first and last byte, mixed. O(1).
    #[inline]
    fn slot(key: &[u8]) -> usize {
        let first = u32::from(key.first().copied().unwrap_or(0));
        let last = u32::from(key.last().copied().unwrap_or(0));
        // Lengths past 255 share shapes (no key is that long in practice).
        let len = key.len().min(255) as u32;
        let shape = (len << 16) | (first << 8) | last;
        // Multiplicative hashing: the top 12 bits of the product.
        (shape.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Records the shape of `key`.
    pub(crate) fn insert(&mut self, key: &[u8]) {
        let slot = Self::slot(key);
        if let Some(word) = self.bits.get_mut(slot / 64) {
            *word |= 1 << (slot % 64);
        }
    }

    /// Whether a key of the set may have the shape of `key` (false: `key`
    /// is not in the set). O(1).
    #[inline]
    pub(crate) fn may_hold(&self, key: &[u8]) -> bool {
        let slot = Self::slot(key);
        self.bits
            .get(slot / 64)
            .is_some_and(|word| word >> (slot % 64) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_keys_pass_and_most_others_do_not() {
        let mut shapes = KeyShapes::default();
        let keys = ["soldats", "morts", "chefs d'etat", "", "€", "francs cfa"];
        for k in keys {
            shapes.insert(k.as_bytes());
        }
        for k in keys {
            assert!(shapes.may_hold(k.as_bytes()), "{k}");
        }
        let others = ["attaque", "communique", "habitants", "x", "militaires"];
        let passed = others
            .iter()
            .filter(|k| shapes.may_hold(k.as_bytes()))
            .count();
        assert!(passed <= 1, "{passed}");
        assert!(format!("{shapes:?}").contains("bits_set: 6"));
    }

    #[test]
    fn the_lexicon_shows_its_shapes_by_their_count() {
        let lex = crate::UnitLexicon::embedded();
        let shown = format!("{lex:?}");
        assert!(shown.contains("KeyShapes"), "{shown}");
        assert!(lex.get("soldats").is_some());
    }
}
