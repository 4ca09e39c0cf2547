//! The tense of the verb that governs a temporal expression: past (passé
//! composé, imparfait, plus-que-parfait) or future (futur simple, futur
//! proche). Read from the words of the sentence nearest to the expression.

use depeche_text::Span;

/// How many words the search looks at on each side of an expression.
const WINDOW: isize = 40;

/// A tense, as far as resolution cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
}

/// Auxiliaries of compound past tenses (passé composé, plus-que-parfait).
const PAST_AUXILIARIES: &[&str] = &[
    "a",
    "ont",
    "ai",
    "as",
    "avons",
    "avez",
    "avait",
    "avaient",
    "avions",
    "aviez",
    "était",
    "étaient",
    "fut",
    "furent",
    "eut",
    "eurent",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
];

/// "est", "sont": a passé composé with a pronominal verb ("s'est
/// entretenu") or a verb of state or movement ("est arrivé"); otherwise a
/// present passive ("est prolongé").
const BE: &[&str] = &["est", "sont", "es", "sommes", "êtes", "suis"];

/// Participles of the verbs that take "être" in the passé composé.
const BE_PARTICIPLES: &[&str] = &[
    "allé",
    "arrivé",
    "venu",
    "parti",
    "entré",
    "sorti",
    "mort",
    "né",
    "devenu",
    "resté",
    "tombé",
    "rentré",
    "retourné",
    "passé",
    "monté",
    "descendu",
    "revenu",
    "intervenu",
    "décédé",
    "apparu",
    "survenu",
    "parvenu",
    "reparti",
    "ressorti",
];

fn is_be_participle(w: &str) -> bool {
    let stem = w.trim_end_matches('s');
    let stem = stem
        .strip_suffix('e')
        .filter(|s| s.ends_with(['é', 'u', 'i', 't']))
        .unwrap_or(stem);
    BE_PARTICIPLES.contains(&stem)
}

/// Auxiliaries of the futur proche ("va signer") and modals of obligation
/// ("doit quitter", "devrait durer"), which look ahead.
const NEAR_FUTURE: &[&str] = &[
    "va",
    "vont",
    "vais",
    "allons",
    "allez",
    "doit",
    "doivent",
    "devrait",
    "devraient",
];

/// Words ending like an imparfait that are not verbs.
const NOT_IMPERFECT: &[&str] = &[
    "fait", "lait", "trait", "souhait", "portrait", "extrait", "attrait", "retrait", "plait",
    "sait", "parfait", "bienfait", "forfait", "méfait", "abstrait",
];

/// Endings of the futur simple, third persons.
const FUTURE_ENDINGS: &[&str] = &[
    "era", "eront", "ira", "iront", "dra", "dront", "rra", "rront", "ura", "uront", "ra", "ront",
];

/// Words ending like a future that are not verbs.
const NOT_FUTURE: &[&str] = &[
    "caméra",
    "opéra",
    "ultra",
    "extra",
    "mantra",
    "sutra",
    "tantra",
    "contra",
    "sera-t-il",
    "front",
    "ra",
    "ront",
    "para",
    "cobra",
    "zebra",
    "hydra",
    "sahara",
    "tiara",
    "véra",
    "algèbra",
    "chimera",
];

fn is_participle(w: &str) -> bool {
    let stem = w.trim_end_matches('s');
    w.chars().next().is_some_and(char::is_lowercase)
        && w.len() > 2
        && [
            "é", "ée", "i", "ie", "u", "ue", "it", "ite", "ert", "erte", "ort", "orte", "int",
            "inte", "is", "ise",
        ]
        .iter()
        .any(|e| stem.ends_with(e) || w.ends_with(e))
}

fn is_infinitive(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && w.len() > 3
        && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
}

fn is_imperfect(w: &str) -> bool {
    // The ending first: it rejects most words.
    (w.ends_with("ait") || w.ends_with("aient"))
        && w.len() > 4
        && w.chars().next().is_some_and(char::is_lowercase)
        && !NOT_IMPERFECT.contains(&w)
}

fn is_future(w: &str) -> bool {
    // Every ending of FUTURE_ENDINGS ends in "ra" or "ront" (a unit test
    // checks it): a cheap first test.
    (w.ends_with("ra") || w.ends_with("ront"))
        && w.len() > 3
        && w.chars().next().is_some_and(char::is_lowercase)
        && !w.contains('-')
        && FUTURE_ENDINGS.iter().any(|e| w.ends_with(e))
        && !NOT_FUTURE.contains(&w)
}

/// For the forms of [`PAST_AUXILIARIES`], [`BE`] and [`NEAR_FUTURE`]: bit
/// `len` of entry `b` is set when a form of `len` bytes (< 16) starts with
/// the byte `b` in ASCII lower case.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static VERB_FORMS: [u16; 256] = {
    let mut t = [0u16; 256];
    let lists: [&[&str]; 3] = [PAST_AUXILIARIES, BE, NEAR_FUTURE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let k = lists[l][i].as_bytes();
            assert!(!k.is_empty() && k.len() < 16);
            t[k[0].to_ascii_lowercase() as usize] |= 1 << k.len();
            i += 1;
        }
        l += 1;
    }
    t
};

/// Whether `w` may be one of the forms of [`PAST_AUXILIARIES`], [`BE`] or
/// [`NEAR_FUTURE`] (ignoring ASCII case): one table lookup rejects most
/// words before the lists are read.
fn may_be_verb_form(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() < 16
        && b.first().is_some_and(|&f| {
            VERB_FORMS
                .get(usize::from(f.to_ascii_lowercase()))
                .is_some_and(|m| m & (1 << b.len()) != 0)
        })
}

/// A word of a sentence for tense reading: its span, and whether it ends
/// the sentence (". ! ?").
pub(crate) type TenseWord = (Span, bool);

/// Scratch space of [`tense_in`], reused across expressions: the words
/// read so far after and before the expression.
#[derive(Debug, Default)]
pub(crate) struct TenseScratch {
    ahead: Vec<TenseWord>,
    behind: Vec<TenseWord>,
}

/// What a char is to the word split of tense reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CharClass {
    /// Letters and digits, hyphens, and every non-ASCII char but common
    /// punctuation: the split only has to find verb forms, cheaply.
    Word,
    /// `'`: part of a word, and ends it ("s'est" -> "s'", "est").
    Apostrophe,
    /// ". ! ?": a stop before white space or the end of the text.
    Mark,
    /// Anything else.
    Other,
}

/// The class of a char.
fn class_of(c: char) -> CharClass {
    if c.is_ascii_alphanumeric() || c == '-' {
        CharClass::Word
    } else if c == '\'' {
        CharClass::Apostrophe
    } else if matches!(c, '.' | '!' | '?') {
        CharClass::Mark
    } else if !c.is_ascii() && !matches!(c, '«' | '»' | '–' | '—' | '…' | '“' | '”' | '’')
    {
        CharClass::Word
    } else {
        CharClass::Other
    }
}

/// [`class_of`] of every ASCII char.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASSES: [CharClass; 128] = {
    let mut t = [CharClass::Other; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() || b == b'-' {
            CharClass::Word
        } else if b == b'\'' {
            CharClass::Apostrophe
        } else if matches!(b, b'.' | b'!' | b'?') {
            CharClass::Mark
        } else {
            CharClass::Other
        };
        c += 1;
    }
    t
};

/// The class of an ASCII byte, or of the char around a non-ASCII byte
/// (read by `slow`).
#[inline]
fn class_of_byte(b: u8, slow: impl FnOnce() -> Option<char>) -> Option<(CharClass, usize)> {
    match ASCII_CLASSES.get(usize::from(b)) {
        Some(&class) => Some((class, 1)),
        None => slow().map(|c| (class_of(c), c.len_utf8())),
    }
}

/// How many bytes from the start of `bytes` are ASCII word chars (letters,
/// digits, hyphens).
#[inline]
fn ascii_word_run<'b>(mut bytes: impl Iterator<Item = &'b u8>) -> usize {
    let mut n = 0;
    while bytes
        .next()
        .is_some_and(|&c| ASCII_CLASSES.get(usize::from(c)) == Some(&CharClass::Word))
    {
        n += 1;
    }
    n
}

/// The class and width of the char at byte `i` of `text` (a char
/// boundary), if any.
#[inline]
fn class_at(text: &str, i: usize) -> Option<(CharClass, usize)> {
    let &b = text.as_bytes().get(i)?;
    class_of_byte(b, || text.get(i..).and_then(|r| r.chars().next()))
}

/// The class and width of the char that ends at byte `p` of `text` (a char
/// boundary), if any.
#[inline]
fn class_before(text: &str, p: usize) -> Option<(CharClass, usize)> {
    let &b = text.as_bytes().get(p.checked_sub(1)?)?;
    class_of_byte(b, || text.get(..p).and_then(|r| r.chars().next_back()))
}

/// Whether the ". ! ?" at byte `i` of `text` is a stop: before white space
/// or the end of `text`.
fn is_stop_at(text: &str, i: usize) -> bool {
    text.as_bytes()
        .get(i + 1)
        .map_or(true, u8::is_ascii_whitespace)
}

/// The words of a sentence for tense reading: runs of word chars (see
/// [`CharClass`]), an elision split after its apostrophe ("s'est" ->
/// "s'", "est"), and stops. A plain char scan: tense reading needs no full
/// tokenizer.
///
/// The words are read lazily, outwards from `origin`, a word boundary:
/// index 0 is the first word at or after it, -1 the last word before it.
/// The search for a verb usually stops a few words from the expression, so
/// that most of the sentence is never split; each word is read once,
/// `O(len)` over the bytes read.
struct Words<'t, 's> {
    text: &'t str,
    /// Words from `origin` on, in order.
    ahead: &'s mut Vec<TenseWord>,
    /// Where reading ahead resumes.
    ahead_at: usize,
    /// Words before `origin`, nearest first.
    behind: &'s mut Vec<TenseWord>,
    /// Where reading behind resumes (a word boundary).
    behind_at: usize,
}

impl<'t, 's> Words<'t, 's> {
    fn new(text: &'t str, origin: usize, scratch: &'s mut TenseScratch) -> Words<'t, 's> {
        scratch.ahead.clear();
        scratch.behind.clear();
        // Sized once for a search that reads its whole window.
        scratch.ahead.reserve(WINDOW.unsigned_abs() + 1);
        scratch.behind.reserve(WINDOW.unsigned_abs() + 1);
        Words {
            text,
            ahead: &mut scratch.ahead,
            ahead_at: origin,
            behind: &mut scratch.behind,
            behind_at: origin,
        }
    }

    /// Reads the next word ahead; false at the end of the text.
    fn read_ahead(&mut self) -> bool {
        let text = self.text;
        let mut i = self.ahead_at;
        let mut start: Option<usize> = None;
        loop {
            // A run of ASCII word chars, in a tight scan.
            let run = ascii_word_run(text.as_bytes().get(i..).unwrap_or(&[]).iter());
            if run > 0 {
                start.get_or_insert(i);
                i += run;
            }
            let Some((class, width)) = class_at(text, i) else {
                break;
            };
            match class {
                CharClass::Word => {
                    start.get_or_insert(i);
                }
                CharClass::Apostrophe => {
                    // "s'est": the elision is a word of its own.
                    let s = start.unwrap_or(i);
                    self.ahead.push((Span::new(s, i + 1), false));
                    self.ahead_at = i + 1;
                    return true;
                }
                CharClass::Other | CharClass::Mark => {
                    if let Some(s) = start {
                        // This char is read again by the next call, for a
                        // stop.
                        self.ahead.push((Span::new(s, i), false));
                        self.ahead_at = i;
                        return true;
                    }
                    if class == CharClass::Mark && is_stop_at(text, i) {
                        self.ahead.push((Span::new(i, i + 1), true));
                        self.ahead_at = i + 1;
                        return true;
                    }
                }
            }
            i += width;
        }
        self.ahead_at = i;
        match start {
            Some(s) => {
                self.ahead.push((Span::new(s, i), false));
                true
            }
            None => false,
        }
    }

    /// Reads the previous word behind; false at the start of the text.
    fn read_behind(&mut self) -> bool {
        let text = self.text;
        let mut p = self.behind_at;
        while let Some((class, width)) = class_before(text, p) {
            let q = p - width;
            match class {
                CharClass::Word | CharClass::Apostrophe => {
                    // A word ends at `p` (a boundary): back to the start of
                    // its run, or to just after an apostrophe.
                    let mut s = q;
                    loop {
                        // A run of ASCII word chars, in a tight scan.
                        s -= ascii_word_run(text.as_bytes().get(..s).unwrap_or(&[]).iter().rev());
                        match class_before(text, s) {
                            Some((CharClass::Word, w)) => s -= w,
                            _ => break,
                        }
                    }
                    self.behind.push((Span::new(s, p), false));
                    self.behind_at = s;
                    return true;
                }
                CharClass::Mark if is_stop_at(text, q) => {
                    self.behind.push((Span::new(q, q + 1), true));
                    self.behind_at = q;
                    return true;
                }
                CharClass::Mark | CharClass::Other => p = q,
            }
        }
        self.behind_at = 0;
        false
    }

    /// Word `k` (negative: before the origin), if the text has it.
    #[inline]
    fn get(&mut self, k: isize) -> Option<TenseWord> {
        // Most words asked for were read already.
        let n = k.unsigned_abs();
        let read = if k >= 0 {
            self.ahead.get(n)
        } else {
            self.behind.get(n - 1)
        };
        match read {
            Some(&w) => Some(w),
            None => self.read_up_to(k),
        }
    }

    /// Reads words up to word `k` and returns it, if the text has it.
    #[inline(never)]
    fn read_up_to(&mut self, k: isize) -> Option<TenseWord> {
        let n = k.unsigned_abs();
        if k >= 0 {
            while self.ahead.len() <= n {
                if !self.read_ahead() {
                    return None;
                }
            }
            self.ahead.get(n).copied()
        } else {
            while self.behind.len() < n {
                if !self.read_behind() {
                    return None;
                }
            }
            self.behind.get(n - 1).copied()
        }
    }

    /// The text of word `k`; "" for a stop or past either end.
    fn word(&mut self, k: isize) -> &'t str {
        let text = self.text;
        self.get(k)
            .filter(|w| !w.1)
            .and_then(|w| w.0.slice(text))
            .unwrap_or("")
    }

    /// Whether word `k` is a stop or past either end.
    fn is_stop(&mut self, k: isize) -> bool {
        self.get(k).map_or(true, |w| w.1)
    }
}

/// The word boundary at or before byte `at` of `text`: the start of the
/// word holding `at`, if a word runs across it.
fn boundary_before(text: &str, at: usize) -> usize {
    let mut q = at.min(text.len());
    while !text.is_char_boundary(q) {
        q -= 1;
    }
    if !matches!(
        class_at(text, q),
        Some((CharClass::Word | CharClass::Apostrophe, _))
    ) {
        return q;
    }
    while let Some((CharClass::Word, w)) = class_before(text, q) {
        q -= w;
    }
    q
}

/// The tense word `k` shows, with the words after it.
fn tense_at(words: &mut Words<'_, '_>, k: isize) -> Option<Tense> {
    let w = words.word(k);
    if w.is_empty() {
        return None;
    }
    if may_be_verb_form(w) {
        if let Some(t) = auxiliary_tense(words, k, w) {
            return Some(t);
        }
    }
    if is_imperfect(w) {
        return Some(Tense::Past);
    }
    if is_future(w) {
        return Some(Tense::Future);
    }
    None
}

/// The tense word `k`, `w`, shows as an auxiliary ("a annoncé", "s'est
/// rendu", "va signer"), with the words after it.
fn auxiliary_tense(words: &mut Words<'_, '_>, k: isize, w: &str) -> Option<Tense> {
    let lower_aux = |w: &str| PAST_AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(w));
    if lower_aux(w) {
        // An auxiliary followed closely by a participle.
        if (k + 1..k + 4).any(|n| !words.is_stop(n) && is_participle(words.word(n))) {
            return Some(Tense::Past);
        }
    }
    if BE.iter().any(|b| b.eq_ignore_ascii_case(w)) {
        let pronominal = matches!(
            words.word(k - 1),
            "s'" | "S'" | "se" | "Se" | "me" | "te" | "nous" | "vous"
        );
        if (k + 1..k + 4).any(|n| {
            !words.is_stop(n)
                && is_participle(words.word(n))
                && (pronominal || is_be_participle(words.word(n)))
        }) {
            return Some(Tense::Past);
        }
    }
    if NEAR_FUTURE.contains(&w)
        && (k + 1..k + 3).any(|n| !words.is_stop(n) && is_infinitive(words.word(n)))
    {
        return Some(Tense::Future);
    }
    None
}

/// The tense of the verb nearest to the bytes `start..end` of `text` (a
/// sentence, or a stretch of text around the expression), if any verb form
/// shows one. `scratch` is scratch space.
///
/// Words are read outwards from the expression as the search needs them:
/// `O(w)` for the `w` bytes of the words looked at (at most [`WINDOW`]
/// words each way), not the length of the sentence.
pub(crate) fn tense_in(
    text: &str,
    start: usize,
    end: usize,
    scratch: &mut TenseScratch,
) -> Option<Tense> {
    let mut words = Words::new(text, boundary_before(text, start), scratch);
    // The first word starting in the expression, and the first after it
    // (all the words before the origin start before `start`).
    let mut first: isize = 0;
    while words.get(first).is_some_and(|w| w.0.start < start) {
        first += 1;
    }
    let mut after = first;
    while words.get(after).is_some_and(|w| w.0.start < end) {
        after += 1;
    }
    // Search outwards from the expression, nearest first, within the sentence.
    let mut left_open = true;
    let mut right_open = true;
    for d in 0..WINDOW {
        if right_open {
            let k = after + d;
            if words.is_stop(k) {
                right_open = false;
            } else if let Some(t) = tense_at(&mut words, k) {
                return Some(t);
            }
        }
        if left_open {
            let k = first - (d + 1);
            if words.is_stop(k) {
                left_open = false;
            } else if let Some(t) = tense_at(&mut words, k) {
                return Some(t);
            }
        }
        if !left_open && !right_open {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(text: &str, needle: &str) -> Option<Tense> {
        let at = text.find(needle).unwrap();
        tense_in(text, at, at + needle.len(), &mut TenseScratch::default())
    }

    #[test]
    fn ascii_classes_agree() {
        for b in 0..128u8 {
            assert_eq!(
                ASCII_CLASSES[usize::from(b)],
                class_of(char::from(b)),
                "{b}"
            );
        }
    }

    #[test]
    fn future_endings_end_in_ra_or_ront() {
        for e in FUTURE_ENDINGS {
            assert!(e.ends_with("ra") || e.ends_with("ront"), "{e}");
        }
    }

    #[test]
    fn words_read_both_ways_agree() {
        let text = "«Il s'est rendu l'an dernier à Niamey.» Puis... aujourd'hui c''est-à-dire 3.5 fois ! Fin?";
        let mut scratch = TenseScratch::default();
        let mut words = Words::new(text, 0, &mut scratch);
        let mut ahead = Vec::new();
        while let Some(w) = words.get(ahead.len() as isize) {
            ahead.push(w);
        }
        let mut scratch = TenseScratch::default();
        let mut words = Words::new(text, text.len(), &mut scratch);
        let mut behind = Vec::new();
        while let Some(w) = words.get(-(behind.len() as isize) - 1) {
            behind.push(w);
        }
        behind.reverse();
        assert_eq!(ahead, behind);
        assert!(ahead.len() > 15);
    }

    #[test]
    fn reads_tenses() {
        assert_eq!(
            tense_of(
                "Le ministre s'est entretenu mardi avec son homologue.",
                "mardi"
            ),
            Some(Tense::Past)
        );
        assert_eq!(
            tense_of("Le président se rendra mardi à Dakar.", "mardi"),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("Le Parlement va signer mardi le texte.", "mardi"),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("Mardi, la junte avait dénoncé l'accord.", "Mardi"),
            Some(Tense::Past)
        );
        assert_eq!(
            tense_of("Le sommet aura lieu en décembre à Abuja.", "décembre"),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("La réunion débutait lundi.", "lundi"),
            Some(Tense::Past)
        );
        assert_eq!(tense_of("Réunion lundi.", "lundi"), None);
        assert_eq!(
            tense_of("Le ministre est arrivé lundi.", "lundi"),
            Some(Tense::Past)
        );
        assert_eq!(
            tense_of("Les soldats sont morts lundi.", "lundi"),
            Some(Tense::Past)
        );
        // A present passive says nothing.
        assert_eq!(
            tense_of("Le couvre-feu est prolongé jusqu'à lundi.", "lundi"),
            None
        );
        // The nearest verb wins, within the sentence only.
        assert_eq!(
            tense_of(
                "Il a annoncé qu'il se rendra à Moscou en juin. Il part mardi.",
                "mardi"
            ),
            None
        );
    }
}
