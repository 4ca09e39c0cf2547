//! The words that attribute a quote: speech verbs, their auxiliaries and the
//! adverbs that may stand between them, as data.
//!
//! Every form is stored folded (lower case, no accents), as
//! [`depeche_text::fold_str`] gives it, so that "précise", "PRECISE" and
//! "precise" all match.

use depeche_text::fold_char_into;
use std::sync::OnceLock;

/// Speech verbs: present 3rd person singular, plural, past participle.
/// "indique" / "indiquent" / "indiqué" (folded: "indique").
const SPEECH_VERBS: &[(&str, &str, &str)] = &[
    ("admet", "admettent", "admis"),
    ("affirme", "affirment", "affirme"),
    ("ajoute", "ajoutent", "ajoute"),
    ("annonce", "annoncent", "annonce"),
    ("assure", "assurent", "assure"),
    ("avertit", "avertissent", "averti"),
    ("commente", "commentent", "commente"),
    ("conclut", "concluent", "conclu"),
    ("confie", "confient", "confie"),
    ("confirme", "confirment", "confirme"),
    ("constate", "constatent", "constate"),
    ("crie", "crient", "crie"),
    ("declare", "declarent", "declare"),
    ("dement", "dementent", "dementi"),
    ("denonce", "denoncent", "denonce"),
    ("deplore", "deplorent", "deplore"),
    ("dit", "disent", "dit"),
    ("ecrit", "ecrivent", "ecrit"),
    ("estime", "estiment", "estime"),
    ("explique", "expliquent", "explique"),
    ("fustige", "fustigent", "fustige"),
    ("indique", "indiquent", "indique"),
    ("insiste", "insistent", "insiste"),
    ("juge", "jugent", "juge"),
    ("lance", "lancent", "lance"),
    ("martele", "martelent", "martele"),
    ("note", "notent", "note"),
    ("observe", "observent", "observe"),
    ("plaide", "plaident", "plaide"),
    ("poursuit", "poursuivent", "poursuivi"),
    ("precise", "precisent", "precise"),
    ("previent", "previennent", "prevenu"),
    ("proclame", "proclament", "proclame"),
    ("promet", "promettent", "promis"),
    ("raconte", "racontent", "raconte"),
    ("rappelle", "rappellent", "rappele"),
    ("reconnait", "reconnaissent", "reconnu"),
    ("regrette", "regrettent", "regrette"),
    ("releve", "relevent", "releve"),
    ("repete", "repetent", "repete"),
    ("repond", "repondent", "repondu"),
    ("reagit", "reagissent", "reagi"),
    ("resume", "resument", "resume"),
    ("revele", "revelent", "revele"),
    ("souligne", "soulignent", "souligne"),
    ("temoigne", "temoignent", "temoigne"),
    ("tranche", "tranchent", "tranche"),
];

/// Participles of reflexive speech verbs, after "s'est" / "se sont"
/// ("s'est félicité", "s'est dit préoccupé", "s'est-il inquiété").
const REFLEXIVE_PARTICIPLES: &[&str] = &[
    "alarme",
    "alarmee",
    "alarmes",
    "dit",
    "dite",
    "dits",
    "emporte",
    "emportee",
    "felicite",
    "felicitee",
    "felicites",
    "indigne",
    "indignee",
    "indignes",
    "inquiete",
    "inquietee",
    "inquietes",
    "interroge",
    "interrogee",
    "rejoui",
    "rejouie",
    "rejouis",
];

/// Auxiliaries of reflexive verbs ("s'est", "se sont").
const REFLEXIVE_AUXILIARIES: &[&str] = &["est", "sont", "etait", "etaient"];

/// Words that open a noun phrase, where a source starts after a complement
/// ("a déclaré à l'AFP un responsable").
const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "plusieurs",
    "deux",
    "trois",
];

/// Prepositions of a complement between a verb and its subject ("à",
/// "au", "aux", folded).
const COMPLEMENT_PREPOSITIONS: &[&str] = &["a", "au", "aux", "devant"];

/// Auxiliaries of the compound past ("a déclaré", "avait indiqué").
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
];

/// Adverbs that may stand between an auxiliary and its participle, or after
/// a verb before its subject ("a encore déclaré", "précise également").
const ADVERBS: &[&str] = &[
    "alors",
    "aussi",
    "deja",
    "egalement",
    "encore",
    "enfin",
    "ensuite",
    "meme",
    "notamment",
    "pourtant",
    "toutefois",
    "cependant",
    "ainsi",
];

/// Cues that introduce a source without a verb ("selon le document").
const SOURCE_PREPOSITIONS: &[&str] = &["selon"];

/// Prepositions that introduce a source at a clause start only, and only
/// before a determiner ("Pour le ministre, «...»").
const CLAUSE_SOURCE_PREPOSITIONS: &[&str] = &["pour"];

/// Subject pronouns, which name no source by themselves.
const PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci",
];

/// What a folded word can be in an attribution, as bits: a word may be
/// several things at once ("dit" is a present, a participle and a reflexive
/// participle; "on" a pronoun and the impersonal subject).
pub(crate) type Classes = u32;

/// A speech verb in the present, singular or plural ("indique", "disent").
pub(crate) const PRESENT: Classes = 1;
/// The past participle of a speech verb ("déclaré").
pub(crate) const PARTICIPLE: Classes = 1 << 1;
/// An auxiliary of the compound past ("a", "avait").
pub(crate) const AUXILIARY: Classes = 1 << 2;
/// An adverb inside a verb phrase ("encore").
pub(crate) const ADVERB: Classes = 1 << 3;
/// A cue that introduces a source by itself ("selon").
pub(crate) const SOURCE_PREPOSITION: Classes = 1 << 4;
/// A cue that introduces a source at a clause start ("pour").
pub(crate) const CLAUSE_SOURCE_PREPOSITION: Classes = 1 << 5;
/// The participle of a reflexive speech verb ("félicité").
pub(crate) const REFLEXIVE_PARTICIPLE: Classes = 1 << 6;
/// The auxiliary of a reflexive verb ("est", "sont").
pub(crate) const REFLEXIVE_AUXILIARY: Classes = 1 << 7;
/// A word that opens a noun phrase ("le", "un").
pub(crate) const DETERMINER: Classes = 1 << 8;
/// A preposition that opens a complement ("à", "devant").
pub(crate) const COMPLEMENT_PREPOSITION: Classes = 1 << 9;
/// A subject pronoun ("il", "celui-ci").
pub(crate) const PRONOUN: Classes = 1 << 10;
/// The reflexive pronoun of a reflexive verb: "s'", "se".
pub(crate) const REFLEXIVE: Classes = 1 << 11;
/// The conjunction before a reported quote: "que", "qu'".
pub(crate) const QUE: Classes = 1 << 12;
/// The impersonal subject "on".
pub(crate) const ON: Classes = 1 << 13;
/// "après", of "d'après".
pub(crate) const APRES: Classes = 1 << 14;
/// "d'", of "d'après".
pub(crate) const D_ELIDED: Classes = 1 << 15;

/// The longest folded word a [`Key`] holds: every form of the lists is
/// shorter (a test checks it), so a longer word is of no list.
pub(crate) const MAX_KEY_LEN: usize = 15;

/// A folded word of at most [`MAX_KEY_LEN`] bytes packed with its length
/// into an integer: equal keys are equal words, and a key compares in one
/// instruction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Key(u128);

impl Key {
    /// The key of folded `word`, `None` when it is longer than
    /// [`MAX_KEY_LEN`].
    pub(crate) fn new(word: &str) -> Option<Key> {
        let mut key = KeyBuilder::default();
        for &b in word.as_bytes() {
            key.push(b)?;
        }
        Some(key.finish())
    }
}

/// Builds a [`Key`] byte by byte (a caller folding ASCII on the fly).
#[derive(Default)]
pub(crate) struct KeyBuilder {
    bytes: [u8; 16],
    len: usize,
}

impl KeyBuilder {
    /// Appends `b`; `None` once the word is too long for a key.
    #[inline]
    pub(crate) fn push(&mut self, b: u8) -> Option<()> {
        if self.len >= MAX_KEY_LEN {
            return None;
        }
        *self.bytes.get_mut(self.len)? = b;
        self.len += 1;
        Some(())
    }

    /// The key of the bytes pushed.
    #[inline]
    pub(crate) fn finish(mut self) -> Key {
        // `len` is at most 15: it fits the last byte, which no word byte
        // reaches.
        if let Some(last) = self.bytes.last_mut() {
            *last = self.len as u8;
        }
        Key(u128::from_le_bytes(self.bytes))
    }
}

/// Every folded form of every list, by key, with its classes, in an
/// open-addressing hash table. Quote attribution classifies each word it
/// reads once, with one probe here, instead of asking each list in turn.
struct Forms {
    /// `(key, classes)`; an empty slot holds the key of the empty word,
    /// which is no form, and no class.
    slots: Vec<(Key, Classes)>,
    /// `64 - log2(slots.len())`: the hash's top bits index a slot.
    shift: u32,
    /// By the first byte of a form (all forms are ASCII), the lengths of
    /// the forms that start with it, as bits: a word whose folded first
    /// byte and length are not here is of no list.
    lengths: [u16; 128],
    /// By `c - U+00C0`, the one ASCII byte [`fold_char_into`] folds the
    /// Latin-1 letter `c` into (0 when it folds into anything else).
    latin1: [u8; 64],
    /// By byte, the byte [`fold_char_into`] folds it into when it is ASCII
    /// and folds into itself lowered (all but '`', which folds into '\'');
    /// 0 for NUL, '`' and every byte of a longer char.
    ascii: [u8; 256],
}

impl Forms {
    /// The slot where the search for `key` starts.
    #[inline]
    fn home(&self, key: Key) -> usize {
        // Two 64-bit halves mixed, then a Fibonacci hash.
        let (lo, hi) = (key.0 as u64, (key.0 >> 64) as u64);
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }
}

fn forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut all: Vec<(Key, Classes)> = Vec::new();
        let mut add = |w: &str, class: Classes| {
            // Every form fits a key (`forms_fit_a_key`).
            if let Some(k) = Key::new(w) {
                all.push((k, class));
            }
        };
        for &(s, p, pp) in SPEECH_VERBS {
            add(s, PRESENT);
            add(p, PRESENT);
            add(pp, PARTICIPLE);
        }
        for (list, class) in LISTS {
            for w in list {
                add(w, class);
            }
        }
        // A table at most a quarter full keeps probes short.
        let bits = (all.len() * 4).next_power_of_two().trailing_zeros().max(1);
        let mut forms = Forms {
            slots: vec![(Key::default(), 0); 1 << bits],
            shift: 64 - bits,
            lengths: [0; 128],
            latin1: [0; 64],
            ascii: [0; 256],
        };
        for (b, slot) in (0..=u8::MAX).zip(forms.ascii.iter_mut()) {
            if b != 0 && b.is_ascii() && b != b'`' {
                *slot = b.to_ascii_lowercase();
            }
        }
        for &(k, _) in &all {
            let [first, .., len] = k.0.to_le_bytes();
            if let Some(lengths) = forms.lengths.get_mut(usize::from(first)) {
                *lengths |= 1 << len;
            }
        }
        let mut folded = String::new();
        for (c, slot) in ('\u{C0}'..='\u{FF}').zip(forms.latin1.iter_mut()) {
            folded.clear();
            fold_char_into(c, &mut folded);
            if let &[b] = folded.as_bytes() {
                if b.is_ascii() && b != 0 {
                    *slot = b;
                }
            }
        }
        let mask = forms.slots.len() - 1;
        for (k, class) in all {
            let mut i = forms.home(k);
            // One entry per form, with the union of its classes.
            while let Some(slot) = forms.slots.get_mut(i) {
                if slot.0 == Key::default() || slot.0 == k {
                    *slot = (k, slot.1 | class);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        forms
    })
}

/// The lists of single words and their classes (the speech verbs apart).
const LISTS: [(&[&str], Classes); 14] = [
    (AUXILIARIES, AUXILIARY),
    (ADVERBS, ADVERB),
    (SOURCE_PREPOSITIONS, SOURCE_PREPOSITION),
    (CLAUSE_SOURCE_PREPOSITIONS, CLAUSE_SOURCE_PREPOSITION),
    (REFLEXIVE_PARTICIPLES, REFLEXIVE_PARTICIPLE),
    (REFLEXIVE_AUXILIARIES, REFLEXIVE_AUXILIARY),
    (DETERMINERS, DETERMINER),
    (COMPLEMENT_PREPOSITIONS, COMPLEMENT_PREPOSITION),
    (PRONOUNS, PRONOUN),
    (&["s'", "se"], REFLEXIVE),
    (&["que", "qu'"], QUE),
    (&["on"], ON),
    (&["apres"], APRES),
    (&["d'"], D_ELIDED),
];

/// The classes of the folded word of `key` (0 for a word of no list). One
/// hash and, on average, about one slot read.
pub(crate) fn classes_of(key: Key) -> Classes {
    let forms = forms();
    let mask = forms.slots.len() - 1;
    let mut i = forms.home(key);
    // The table is at most a quarter full: an empty slot ends the probe.
    while let Some(&(k, class)) = forms.slots.get(i) {
        if k == key {
            return class;
        }
        if k == Key::default() {
            return 0;
        }
        i = (i + 1) & mask;
    }
    0
}

/// The classes of `word` as [`depeche_text::fold_into`] folds it (0 for a
/// word of no list). A word of ASCII letters and Latin-1 letters that fold
/// into one letter (the French words) is folded into its key in place and
/// ruled out on its first byte and length before any hashing; any other
/// word is folded char by char through `buf`. `O(len)`, at most
/// [`MAX_KEY_LEN`] bytes read on the fast path.
#[inline]
pub(crate) fn classes_of_word(word: &str, buf: &mut String) -> Classes {
    let forms = forms();
    let bytes = word.as_bytes();
    let mut key = [0u8; 16];
    // A word of at most 15 ASCII bytes but '`' and NUL: lowered in one
    // pass without a branch a byte.
    if let Some(head) = key
        .get_mut(..bytes.len())
        .filter(|_| bytes.len() <= MAX_KEY_LEN)
    {
        let mut plain = true;
        for (k, &b) in head.iter_mut().zip(bytes) {
            let f = forms.ascii.get(usize::from(b)).copied().unwrap_or(0);
            *k = f;
            plain &= f != 0;
        }
        if plain {
            return forms.classes_of_folded(key, bytes.len());
        }
        key = [0; 16];
    }
    let mut len = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let folded = if b < 0x80 && b != b'`' {
            i += 1;
            b.to_ascii_lowercase()
        } else if b == 0xC3 {
            // U+00C0..U+00FF: 0xC3 then 0x80..0xBF.
            let f = bytes
                .get(i + 1)
                .and_then(|&n| forms.latin1.get(usize::from(n.wrapping_sub(0x80))))
                .copied()
                .unwrap_or(0);
            if f == 0 {
                return classes_of_word_slow(word, buf);
            }
            i += 2;
            f
        } else {
            return classes_of_word_slow(word, buf);
        };
        // Folding only appends: a word too long for a key is of no list.
        let Some(slot) = key.get_mut(len).filter(|_| len < MAX_KEY_LEN) else {
            return 0;
        };
        *slot = folded;
        len += 1;
    }
    forms.classes_of_folded(key, len)
}

impl Forms {
    /// The classes of the folded word in `key[..len]` (the rest of `key`
    /// zero): 0 at once when no form has its first byte and length.
    #[inline]
    fn classes_of_folded(&self, mut key: [u8; 16], len: usize) -> Classes {
        let first = key.first().copied().unwrap_or(0);
        let lengths = self.lengths.get(usize::from(first)).copied().unwrap_or(0);
        if len > MAX_KEY_LEN || lengths & (1 << len) == 0 {
            return 0;
        }
        if let Some(last) = key.last_mut() {
            // `len` is at most 15: it fits the last byte, which no word
            // byte reaches.
            *last = len as u8;
        }
        classes_of(Key(u128::from_le_bytes(key)))
    }
}

/// [`classes_of_word`] for any word: each char folded through `buf` (ASCII
/// only lowered), the word dropped once longer than any form.
fn classes_of_word_slow(word: &str, buf: &mut String) -> Classes {
    let mut key = KeyBuilder::default();
    let bytes = word.as_bytes();
    let mut i = 0;
    // ASCII bytes are read as they stand, other chars decoded.
    while let Some(&b) = bytes.get(i) {
        let fits = if b.is_ascii() && b != b'`' {
            i += 1;
            key.push(b.to_ascii_lowercase())
        } else {
            let Some(c) = word.get(i..).and_then(|rest| rest.chars().next()) else {
                return 0;
            };
            i += c.len_utf8();
            buf.clear();
            fold_char_into(c, buf);
            buf.bytes().try_for_each(|b| key.push(b))
        };
        // Folding only appends: a word too long for a key is of no list.
        if fits.is_none() {
            return 0;
        }
    }
    classes_of(key.finish())
}

/// The classes of folded `word` (0 for a word of no list).
#[cfg(test)]
pub(crate) fn classes(word: &str) -> Classes {
    Key::new(word).map_or(0, classes_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_text::fold_str;

    #[test]
    fn forms_are_stored_folded() {
        for &(s, p, pp) in SPEECH_VERBS {
            for form in [s, p, pp] {
                assert_eq!(fold_str(form), form);
            }
        }
        for list in [
            AUXILIARIES,
            ADVERBS,
            SOURCE_PREPOSITIONS,
            CLAUSE_SOURCE_PREPOSITIONS,
            PRONOUNS,
            REFLEXIVE_PARTICIPLES,
            REFLEXIVE_AUXILIARIES,
            DETERMINERS,
            COMPLEMENT_PREPOSITIONS,
        ] {
            for form in list {
                assert_eq!(&fold_str(form), form);
            }
        }
    }

    fn is(word: &str, class: Classes) -> bool {
        classes(word) & class != 0
    }

    #[test]
    fn forms_fit_a_key() {
        for &(s, p, pp) in SPEECH_VERBS {
            for form in [s, p, pp] {
                assert!(form.len() <= MAX_KEY_LEN, "{form}");
            }
        }
        for (list, _) in LISTS {
            for form in list {
                assert!(form.len() <= MAX_KEY_LEN, "{form}");
            }
        }
        assert_eq!(Key::new("a"), Key::new("a"));
        assert_ne!(Key::new("a"), Key::new("a\0"));
        assert!(Key::new("abcdefghijklmnop").is_none());
    }

    #[test]
    fn every_form_of_every_verb_is_found() {
        for &(s, p, pp) in SPEECH_VERBS {
            assert!(
                is(s, PRESENT) && is(p, PRESENT) && is(pp, PARTICIPLE),
                "{s}"
            );
        }
    }

    #[test]
    fn every_form_of_every_list_has_its_class() {
        for (list, class) in LISTS {
            for w in list {
                assert!(is(w, class), "{w}");
            }
        }
        // Words of several lists keep every class.
        assert!(is("dit", PRESENT) && is("dit", PARTICIPLE) && is("dit", REFLEXIVE_PARTICIPLE));
        assert!(is("on", PRONOUN) && is("on", ON));
        assert!(is("a", AUXILIARY) && is("a", COMPLEMENT_PREPOSITION));
        assert_eq!(classes("mange"), 0);
        assert_eq!(classes(""), 0);
    }

    #[test]
    fn finds_verbs_whatever_their_accents() {
        assert!(is(&fold_str("Précise"), PRESENT));
        assert!(is(&fold_str("déclaré"), PARTICIPLE));
        assert!(is("indiquent", PRESENT));
        assert!(!is("mange", PRESENT));
    }
}
