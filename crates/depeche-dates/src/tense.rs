//! The tense of the verb that governs a temporal expression: past (passé
//! composé, imparfait, plus-que-parfait) or future (futur simple, futur
//! proche). Read from the words of the sentence nearest to the expression.

use depeche_text::Span;

/// How many words the search looks at on each side of an expression.
const WINDOW: usize = 40;

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
    w.chars().next().is_some_and(char::is_lowercase)
        && w.len() > 4
        && (w.ends_with("ait") || w.ends_with("aient"))
        && !NOT_IMPERFECT.contains(&w)
}

fn is_future(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && w.len() > 3
        && !w.contains('-')
        && FUTURE_ENDINGS.iter().any(|e| w.ends_with(e))
        && !NOT_FUTURE.contains(&w)
}

/// A word of a sentence for tense reading: its span, and whether it ends
/// the sentence (". ! ?").
pub(crate) type TenseWord = (Span, bool);

/// Splits `text` into words for tense reading: runs of letters, digits,
/// apostrophes and hyphens, an elision split after its apostrophe ("s'est"
/// -> "s'", "est"); ". ! ?" before a space or the end are stops. A plain
/// byte scan: tense reading needs no full tokenizer.
fn split_words(text: &str, out: &mut Vec<TenseWord>) {
    out.clear();
    let b = text.as_bytes();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        // Non-ASCII chars are letters here but for common punctuation: the
        // split only has to find verb forms, cheaply.
        let word_char = c.is_ascii_alphanumeric()
            || c == '-'
            || c == '\''
            || (!c.is_ascii() && !matches!(c, '«' | '»' | '–' | '—' | '…' | '“' | '”' | '’'));
        if word_char {
            if start.is_none() {
                start = Some(i);
            }
            if c == '\'' {
                // "s'est": the elision is a word of its own.
                if let Some(s) = start.take() {
                    out.push((Span::new(s, i + 1), false));
                }
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push((Span::new(s, i), false));
        }
        if matches!(c, '.' | '!' | '?') && b.get(i + 1).map_or(true, u8::is_ascii_whitespace) {
            out.push((Span::new(i, i + 1), true));
        }
    }
    if let Some(s) = start {
        out.push((Span::new(s, text.len()), false));
    }
}

/// The tense of the verb nearest to the bytes `start..end` of `text` (a
/// sentence, or a stretch of text around the expression), if any verb form
/// shows one. `words` is scratch space.
pub(crate) fn tense_in(
    text: &str,
    start: usize,
    end: usize,
    words: &mut Vec<TenseWord>,
) -> Option<Tense> {
    split_words(text, words);
    let words = &*words;
    let first = words
        .iter()
        .position(|w| w.0.start >= start)
        .unwrap_or(words.len());
    let after = words
        .iter()
        .position(|w| w.0.start >= end)
        .unwrap_or(words.len());
    let word = |k: usize| -> &str {
        words
            .get(k)
            .filter(|w| !w.1)
            .and_then(|w| w.0.slice(text))
            .unwrap_or("")
    };
    let is_stop = |k: usize| words.get(k).map_or(true, |w| w.1);
    let tense_at = |k: usize| -> Option<Tense> {
        let w = word(k);
        if w.is_empty() {
            return None;
        }
        let lower_aux = |w: &str| PAST_AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(w));
        if lower_aux(w) {
            // An auxiliary followed closely by a participle.
            if (k + 1..k + 4).any(|n| !is_stop(n) && is_participle(word(n))) {
                return Some(Tense::Past);
            }
        }
        if BE.iter().any(|b| b.eq_ignore_ascii_case(w)) {
            let pronominal = k.checked_sub(1).is_some_and(|p| {
                matches!(
                    word(p),
                    "s'" | "S'" | "se" | "Se" | "me" | "te" | "nous" | "vous"
                )
            });
            if (k + 1..k + 4).any(|n| {
                !is_stop(n) && is_participle(word(n)) && (pronominal || is_be_participle(word(n)))
            }) {
                return Some(Tense::Past);
            }
        }
        if NEAR_FUTURE.contains(&w) && (k + 1..k + 3).any(|n| !is_stop(n) && is_infinitive(word(n)))
        {
            return Some(Tense::Future);
        }
        if is_imperfect(w) {
            return Some(Tense::Past);
        }
        if is_future(w) {
            return Some(Tense::Future);
        }
        None
    };
    // Search outwards from the expression, nearest first, within the sentence.
    let mut left_open = true;
    let mut right_open = true;
    for d in 0..WINDOW {
        if right_open {
            let k = after + d;
            if k >= words.len() || is_stop(k) {
                right_open = false;
            } else if let Some(t) = tense_at(k) {
                return Some(t);
            }
        }
        if left_open {
            match first.checked_sub(d + 1) {
                Some(k) if !is_stop(k) => {
                    if let Some(t) = tense_at(k) {
                        return Some(t);
                    }
                }
                _ => left_open = false,
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
        tense_in(text, at, at + needle.len(), &mut Vec::new())
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
