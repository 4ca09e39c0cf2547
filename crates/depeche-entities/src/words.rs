//! Small French word lists used by person recognition: function words that
//! are never names, name particles, adjectives between a title and a name,
//! determiners before an apposed role. All folded (lower case, no accents).

/// For each first byte, the lengths of the [`NOT_NAMES`] that start with
/// it (bit `n` for length `n`, bit 31 for 31 and more): most words are
/// ruled out without a search.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const NOT_NAME_LENGTHS: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < NOT_NAMES.len() {
        let w = NOT_NAMES[i].as_bytes();
        let n = if w.len() < 31 { w.len() } else { 31 };
        if n > 0 {
            t[w[0] as usize] |= 1 << n;
        }
        i += 1;
    }
    t
};

/// For each first byte, the range of [`NOT_NAMES`] (sorted) that start with
/// it: a word is compared with those few only.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const NOT_NAME_RANGES: [(u16, u16); 256] = {
    let mut t = [(0u16, 0u16); 256];
    let mut i = 0;
    while i < NOT_NAMES.len() {
        let w = NOT_NAMES[i].as_bytes();
        if !w.is_empty() {
            let first = w[0] as usize;
            if t[first].1 == 0 {
                t[first].0 = i as u16;
            }
            t[first].1 = i as u16 + 1;
        }
        i += 1;
    }
    t
};

/// The [`NOT_NAMES`] whose first byte is `first` (O(1)).
#[inline]
pub(crate) fn not_names_starting_with(first: u8) -> &'static [&'static str] {
    NOT_NAME_RANGES
        .get(first as usize)
        .and_then(|&(a, b)| NOT_NAMES.get(a as usize..b as usize))
        .unwrap_or(&[])
}

/// Whether a folded word of `len` bytes starting with `first` may be one of
/// [`NOT_NAMES`] (false: certainly not).
#[inline]
pub(crate) fn may_be_not_name(first: u8, len: usize) -> bool {
    let bit = if len < 31 { len } else { 31 };
    NOT_NAME_LENGTHS
        .get(first as usize)
        .is_some_and(|&lengths| lengths >> bit & 1 == 1)
}

/// A list of folded words, with the lengths of its words, which rule out
/// most ASCII tokens before any comparison (an ASCII word folds to as many
/// bytes).
pub(crate) struct Words {
    /// The folded words.
    pub(crate) words: &'static [&'static str],
    /// Bit `n`: a word of `n` bytes (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b % 64` of word `b / 64`: a word starts with byte `b`.
    firsts: [u64; 4],
}

impl Words {
    // Indexing in const evaluation cannot fail at run time: an
    // out-of-range index is a compile error.
    #[allow(clippy::indexing_slicing)]
    const fn new(words: &'static [&'static str]) -> Words {
        let mut lengths = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let n = words[i].len();
            lengths |= 1 << if n < 63 { n } else { 63 };
            if n > 0 {
                let b = words[i].as_bytes()[0] as usize;
                firsts[b / 64] |= 1 << (b % 64);
            }
            i += 1;
        }
        Words {
            words,
            lengths,
            firsts,
        }
    }

    /// Whether a word of the list may start with the byte `b` (O(1)).
    #[inline]
    pub(crate) fn may_start_with(&self, b: u8) -> bool {
        self.firsts
            .get(usize::from(b / 64))
            .is_some_and(|&bits| bits >> (b % 64) & 1 == 1)
    }

    /// Whether a word of the list may have `n` bytes (O(1)).
    #[inline]
    pub(crate) fn may_have_length(&self, n: usize) -> bool {
        self.lengths >> n.min(63) & 1 == 1
    }
}

/// Capitalised function words that never start or continue a name
/// (sorted: searched by bisection).
pub(crate) const NOT_NAMES: &[&str] = &[
    "a",
    "afin",
    "ainsi",
    "alors",
    "aout",
    "apres",
    "au",
    "aucun",
    "aucune",
    "aujourd'hui",
    "aussi",
    "autre",
    "aux",
    "avant",
    "avec",
    "avril",
    "c'est",
    "ce",
    "ceci",
    "cela",
    "celle",
    "celui",
    "cependant",
    "ces",
    "cet",
    "cette",
    "chaque",
    "comme",
    "d",
    "dans",
    "de",
    "debut",
    "decembre",
    "depuis",
    "des",
    "deux",
    "dimanche",
    "donc",
    "du",
    "elle",
    "elles",
    "en",
    "enfin",
    "entre",
    "et",
    "etat",
    "etats",
    "fevrier",
    "fin",
    "hier",
    "il",
    "ils",
    "janvier",
    "je",
    "jeudi",
    "juillet",
    "juin",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lors",
    "lundi",
    "mai",
    "mais",
    "mardi",
    "mars",
    "mercredi",
    "mi",
    "ni",
    "nous",
    "novembre",
    "octobre",
    "on",
    "or",
    "ou",
    "outre",
    "par",
    "parmi",
    "pendant",
    "plus",
    "pour",
    "pourtant",
    "puis",
    "quand",
    "que",
    "qui",
    "quoi",
    "sa",
    "samedi",
    "sans",
    "se",
    "selon",
    "septembre",
    "ses",
    "si",
    "son",
    "sous",
    "sur",
    "tandis",
    "tous",
    "tout",
    "toute",
    "toutes",
    "trois",
    "un",
    "une",
    "vendredi",
    "vers",
    "vous",
];

/// Lower-case particles inside names ("Charles de Gaulle", "Mohamed ould
/// Ghazouani", "Iyad ag Ghaly").
pub(crate) const PARTICLES: Words = Words::new(&[
    "ag", "al", "ben", "bin", "bint", "d'", "da", "de", "del", "der", "di", "dos", "du", "el",
    "ibn", "ould", "van", "von",
]);

/// Prefixes of a lower-case name word ("al-Assad", "el-Sissi").
pub(crate) const NAME_PREFIXES: &[&str] =
    &["al-", "el-", "ad-", "as-", "ar-", "at-", "az-", "ech-"];

/// Adjectives that may stand between a title and a name ("le président
/// civil Mohamed Bazoum", "le président déchu").
pub(crate) const TITLE_ADJECTIVES: Words = Words::new(&[
    "actuel",
    "actuelle",
    "adjoint",
    "adjointe",
    "ancien",
    "ancienne",
    "autoproclame",
    "autoproclamee",
    "civil",
    "civile",
    "dechu",
    "dechue",
    "defunt",
    "defunte",
    "demissionnaire",
    "destitue",
    "destituee",
    "elu",
    "elue",
    "interimaire",
    "militaire",
    "nouveau",
    "nouvelle",
    "putschiste",
    "renverse",
    "renversee",
    "sortant",
    "sortante",
    "feu",
    "regrette",
    "emprisonne",
    "emprisonnee",
]);

/// Articles before an apposed role ("X, le ministre de l'Intérieur").
pub(crate) const ARTICLES: Words = Words::new(&["le", "la", "l'"]);

/// Words that may stand between a role and the comma of an apposition
/// ("le chef du régime militaire au Niger, le général X").
pub(crate) const ROLE_LINKS: Words = Words::new(&[
    "a", "au", "aux", "d'", "de", "des", "du", "en", "l'", "la", "le", "les",
]);

/// Pronouns standing for an elided role ("celui de l'Intérieur").
pub(crate) const ROLE_PRONOUNS: Words = Words::new(&["celui", "celle"]);

/// Roman numerals in names ("Mohammed VI").
pub(crate) const ROMAN: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI",
];

/// Whether the word `w` is in the list (lengths compared first).
#[inline]
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.len() == w.len() && *x == w)
}

/// Prepositions opening the complement of a role ("ministre de la
/// Défense", "président du Niger").
pub(crate) const COMPLEMENT_PREPOSITIONS: Words = Words::new(&["de", "du", "des", "d'"]);

/// Adverbs and adjectives between the comma of an apposition and the role
/// ("X, alors ministre des Armées").
pub(crate) const APPOSITION_ADVERBS: Words = Words::new(&[
    "alors",
    "desormais",
    "ancien",
    "ancienne",
    "actuel",
    "actuelle",
    "nouveau",
    "nouvelle",
    "encore",
    "toujours",
    "aussi",
    "egalement",
]);

/// Capitalised articles inside names, as written ("Marine Le Pen", "Jean de
/// La Fontaine", "Jean-Yves Le Drian").
pub(crate) const CAPITAL_PARTICLES: &[&str] = &["Le", "La", "Du", "De", "Des"];

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_know_the_lengths_of_their_words() {
        for list in [
            &super::PARTICLES,
            &super::TITLE_ADJECTIVES,
            &super::ARTICLES,
            &super::ROLE_LINKS,
            &super::ROLE_PRONOUNS,
            &super::COMPLEMENT_PREPOSITIONS,
            &super::APPOSITION_ADVERBS,
        ] {
            for w in list.words {
                assert!(list.may_have_length(w.len()), "{w}");
                let first = w.as_bytes().first().copied().unwrap_or(0);
                assert!(list.may_start_with(first), "{w}");
            }
            assert!(!list.may_have_length(40));
        }
    }

    #[test]
    fn not_names_are_found_by_their_first_byte() {
        for w in super::NOT_NAMES {
            let b = w.as_bytes();
            assert!(super::not_names_starting_with(b[0]).contains(w), "{w}");
        }
        for first in 0..=255u8 {
            assert!(super::not_names_starting_with(first)
                .iter()
                .all(|w| w.as_bytes()[0] == first));
        }
    }

    #[test]
    fn not_names_are_sorted_for_bisection() {
        assert!(super::NOT_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_length_table_lets_every_not_name_through() {
        for w in super::NOT_NAMES {
            let b = w.as_bytes();
            assert!(super::may_be_not_name(b[0], b.len()), "{w}");
        }
        assert!(!super::may_be_not_name(b'z', 40));
    }
}
