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
#[derive(Clone, Debug)]
pub struct Abbreviations {
    words: HashSet<Box<str>>,
    may_end: HashSet<Box<str>>,
}

impl Default for Abbreviations {
    fn default() -> Abbreviations {
        Abbreviations {
            words: DEFAULT_ABBREVIATIONS
                .iter()
                .map(|s| Box::from(*s))
                .collect(),
            may_end: DEFAULT_FINAL_ABBREVIATIONS
                .iter()
                .map(|s| Box::from(*s))
                .collect(),
        }
    }
}

impl Abbreviations {
    /// An empty lexicon.
    pub fn empty() -> Abbreviations {
        Abbreviations {
            words: HashSet::new(),
            may_end: HashSet::new(),
        }
    }

    /// Adds an abbreviation (without its final period) whose period never
    /// ends a sentence.
    pub fn insert(&mut self, abbreviation: &str) {
        self.words.insert(abbreviation.trim_end_matches('.').into());
    }

    /// Adds an abbreviation (without its final period) whose period ends a
    /// sentence when a capitalised word follows.
    pub fn insert_may_end(&mut self, abbreviation: &str) {
        self.may_end
            .insert(abbreviation.trim_end_matches('.').into());
    }

    /// Whether `word` (without its period) is an abbreviation that never
    /// ends a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `word` (without its period) is an abbreviation that may end
    /// a sentence.
    pub fn may_end_sentence(&self, word: &str) -> bool {
        self.may_end.contains(word)
    }
}
