//! The lexicon of abbreviations that a period does not end.

use std::collections::HashSet;

/// Abbreviations whose period never ends a sentence when a word follows:
/// titles and forms of address, military ranks, and the usual short forms
/// of French news copy. Written without the final period.
pub const DEFAULT_ABBREVIATIONS: &[&str] = &[
    // Forms of address and titles.
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts",
    "Stes", "S.E", "S.M", // Military and police ranks.
    "gén", "Gén", "col", "Col", "cdt", "Cdt", "cmdt", "lt", "Lt", "lieut", "capt", "cne", "sgt",
    "adj", "cpl", // Usual short forms.
    "av", "apr", "env", "cf", "Cf", "p", "pp", "vol", "éd", "art", "al", "chap", "fig", "n", "no",
    "N", "tél", "Tél", "dép", "r", "bd", "boul", "Bd", "av", "ex", "vs", "J.-C", "c.-à-d", "c-à-d",
    "hab", "min", "max", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "Inc",
    "Ltd", "Co", "Corp",
];

/// Abbreviations that may end a sentence: their period ends the sentence
/// when the next word is capitalised ("etc.").
pub const DEFAULT_FINAL_ABBREVIATIONS: &[&str] = &["etc", "cie", "Cie"];

/// A lexicon of abbreviations for the sentence splitter.
///
/// ```
/// use depeche_text::Abbreviations;
/// let mut abbr = Abbreviations::default();
/// assert!(abbr.is_abbreviation("Mme"));
/// abbr.insert("Lcl");
/// assert!(abbr.is_abbreviation("Lcl"));
/// ```
///
/// A lookup costs a bit test for most words: the lexicon keeps which
/// (length, first byte) pairs its entries have, and only a word with such a
/// pair is hashed.
#[derive(Clone, Debug)]
pub struct Abbreviations {
    words: HashSet<Box<str>>,
    may_end: HashSet<Box<str>>,
    /// The (length, first byte) pairs of the entries of both sets.
    shapes: Shapes,
}

/// A set of (length, first byte) pairs, lengths from 1 to [`Shapes::LONG`]
/// (longer words share the last row).
#[derive(Clone, Debug)]
struct Shapes([[u64; 4]; Shapes::LONG + 1]);

impl Shapes {
    const LONG: usize = 15;

    #[inline]
    fn bit(word: &str) -> Option<(usize, usize, u64)> {
        let first = *word.as_bytes().first()?;
        let row = word.len().min(Shapes::LONG);
        Some((row, usize::from(first >> 6), 1 << (first & 63)))
    }

    fn insert(&mut self, word: &str) {
        if let Some((row, word_index, bit)) = Shapes::bit(word) {
            if let Some(w) = self.0.get_mut(row).and_then(|r| r.get_mut(word_index)) {
                *w |= bit;
            }
        }
    }

    #[inline]
    fn may_contain(&self, word: &str) -> bool {
        Shapes::bit(word).is_some_and(|(row, word_index, bit)| {
            self.0
                .get(row)
                .and_then(|r| r.get(word_index))
                .is_some_and(|w| w & bit != 0)
        })
    }
}

impl Default for Abbreviations {
    fn default() -> Abbreviations {
        let mut abbreviations = Abbreviations::empty();
        for word in DEFAULT_ABBREVIATIONS {
            abbreviations.insert(word);
        }
        for word in DEFAULT_FINAL_ABBREVIATIONS {
            abbreviations.insert_may_end(word);
        }
        abbreviations
    }
}

impl Abbreviations {
    /// An empty lexicon.
    pub fn empty() -> Abbreviations {
        Abbreviations {
            words: HashSet::new(),
            may_end: HashSet::new(),
            shapes: Shapes([[0; 4]; Shapes::LONG + 1]),
        }
    }

    /// Adds an abbreviation (without its final period) whose period never
    /// ends a sentence.
    pub fn insert(&mut self, abbreviation: &str) {
        let word = abbreviation.trim_end_matches('.');
        self.shapes.insert(word);
        self.words.insert(word.into());
    }

    /// Adds an abbreviation (without its final period) whose period ends a
    /// sentence when a capitalised word follows.
    pub fn insert_may_end(&mut self, abbreviation: &str) {
        let word = abbreviation.trim_end_matches('.');
        self.shapes.insert(word);
        self.may_end.insert(word.into());
    }

    /// Whether `word` (without its period) is an abbreviation that never
    /// ends a sentence.
    #[inline]
    pub fn is_abbreviation(&self, word: &str) -> bool {
        // The bit test inline, the hashing (rare) out of line.
        self.shapes.may_contain(word) && contains(&self.words, word)
    }

    /// Whether `word` (without its period) is an abbreviation that may end
    /// a sentence.
    #[inline]
    pub fn may_end_sentence(&self, word: &str) -> bool {
        self.shapes.may_contain(word) && contains(&self.may_end, word)
    }
}

/// Whether `set` holds `word`.
#[inline(never)]
fn contains(set: &HashSet<Box<str>>, word: &str) -> bool {
    set.contains(word)
}
