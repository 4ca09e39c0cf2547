//! Metonymy: a capital or seat of power standing for its government
//! ("Paris a dénoncé", "tourner le dos à Paris", "le Kremlin").

use crate::fold::fold_into;

use crate::EntityKind;

/// Verbs (folded, third person) after which a place name is the subject of
/// a political act, sorted (looked up by bisection).
const SUBJECT_VERBS: &[&str] = &[
    "a",
    "accuse",
    "affirme",
    "annonce",
    "appelle",
    "assure",
    "avait",
    "avertit",
    "condamne",
    "considere",
    "craint",
    "declare",
    "demande",
    "dement",
    "denonce",
    "dit",
    "entend",
    "estime",
    "exige",
    "insiste",
    "juge",
    "menace",
    "n'a",
    "ne",
    "previent",
    "promet",
    "reagi",
    "reagit",
    "reclame",
    "refuse",
    "rejette",
    "repond",
    "reproche",
    "s'est",
    "salue",
    "se",
    "souhaite",
    "soutient",
    "va",
    "veut",
];

/// Folded phrases before a place name that make it a government, two
/// words each ("dos à": ("dos", "a")): `is_metonym` compares them with the
/// last two words of the text.
const BEFORE: &[(&str, &str)] = &[
    ("dos", "a"),
    ("rompu", "avec"),
    ("rompre", "avec"),
    ("rupture", "avec"),
    ("pression", "de"),
    ("soutien", "de"),
    ("porte-parole", "du"),
    ("porte-parole", "de"),
    ("emissaire", "de"),
    ("allie", "de"),
    ("hostile", "a"),
];

/// Folded words before a place name that make it a location.
const LOCATIVE: &[&str] = &["a", "au", "dans", "devant", "vers", "pres", "sur"];

/// Reusable buffers for [`is_metonym`].
#[derive(Default)]
pub(crate) struct Scratch {
    folded: String,
}

/// Whether the mention at `start..end` of `text` of a place that may stand
/// for a government does so here.
pub(crate) fn is_metonym(
    text: &str,
    start: usize,
    end: usize,
    kind: EntityKind,
    scratch: &mut Scratch,
) -> bool {
    let Scratch { folded } = scratch;
    let after = text.get(end..).unwrap_or("");
    if after.starts_with(' ') {
        // The next word: after the spaces, up to a space or a mark (ASCII
        // bytes, never inside a char: searched byte by byte).
        let bytes = after.as_bytes();
        let from = bytes.iter().position(|&b| b != b' ').unwrap_or(bytes.len());
        let to = bytes
            .get(from..)
            .and_then(|rest| {
                rest.iter()
                    .position(|&b| matches!(b, b' ' | b',' | b'.' | b';' | b':'))
            })
            .map_or(bytes.len(), |k| from + k);
        let next = after.get(from..to).unwrap_or("");
        folded.clear();
        fold_into(next, folded);
        if SUBJECT_VERBS.binary_search(&folded.as_str()).is_ok() {
            return true;
        }
    }
    // The folded words of the last 40 bytes (split on spaces and
    // apostrophes, byte by byte: those ASCII separators are never inside a
    // char). Every phrase of `BEFORE` is two words and the locative is
    // the last word or the one before "l'", "le", "la": the last two
    // words decide, read from the end (no phrase is built).
    let before = text.get(..start).unwrap_or("");
    let tail = before.get(floor(before)..).unwrap_or("");
    // Folded char by char: the fold of the tail's last two words is the
    // end of the tail's fold (most often a few ASCII bytes).
    let from = last_two_words_start(tail.as_bytes());
    folded.clear();
    fold_into(tail.get(from..).unwrap_or(tail), folded);
    let mut words = folded
        .as_bytes()
        .rsplit(|&b| b == b' ' || b == b'\'')
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or(&[]);
    let previous = words.next();
    // The words joined by one space end with "w1 w2" when the last word
    // is w2 and the one before ends with w1.
    if let Some(previous) = previous {
        let ends = BEFORE
            .iter()
            .any(|(w1, w2)| last == w2.as_bytes() && previous.ends_with(w1.as_bytes()));
        if ends {
            return true;
        }
    }
    if kind == EntityKind::Place {
        let mut last = last;
        if matches!(last, b"l" | b"le" | b"la") {
            last = previous.unwrap_or(&[]);
        }
        return !LOCATIVE.iter().any(|l| l.as_bytes() == last);
    }
    false
}

/// Where the last two words of `tail` start (split on spaces and
/// apostrophes, a backquote folding to one), found from the end over ASCII
/// bytes, which fold to one byte each and to a separator only when they
/// are one; 0 (the whole tail) when a non-ASCII byte comes first or the
/// tail has fewer words. O(length of the two words).
fn last_two_words_start(tail: &[u8]) -> usize {
    let separator = |b: u8| matches!(b, b' ' | b'\'' | b'`');
    let mut i = tail.len();
    for _ in 0..2 {
        while i > 0 && tail.get(i - 1).is_some_and(|&b| separator(b)) {
            i -= 1;
        }
        while let Some(&b) = i.checked_sub(1).and_then(|j| tail.get(j)) {
            if separator(b) {
                break;
            }
            if b >= 0x80 {
                return 0;
            }
            i -= 1;
        }
    }
    i
}

/// The char boundary at or after `before.len() - 40`.
fn floor(before: &str) -> usize {
    let mut i = before.len().saturating_sub(40);
    while i < before.len() && !before.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first version, allocating: the oracle of the tests.
    /// Whether the mention at `start..end` of `text` of a place that may stand
    /// for a government does so here.
    fn reference(text: &str, start: usize, end: usize, kind: EntityKind) -> bool {
        let after = text.get(end..).unwrap_or("");
        let next: String = after
            .trim_start_matches(' ')
            .split([' ', ',', '.', ';', ':'])
            .next()
            .map(crate::fold::fold_str)
            .unwrap_or_default();
        if after.starts_with(' ') && SUBJECT_VERBS.contains(&next.as_str()) {
            return true;
        }
        let before = text.get(..start).unwrap_or("");
        let tail = crate::fold::fold_str(before.get(floor(before)..).unwrap_or(""));
        let words: Vec<&str> = tail.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
        let phrase = words.join(" ");
        if BEFORE
            .iter()
            .any(|(w1, w2)| phrase.ends_with(&format!("{w1} {w2}")))
        {
            return true;
        }
        if kind == EntityKind::Place {
            let mut it = words.iter().rev();
            let mut last = it.next().copied().unwrap_or("");
            if matches!(last, "l" | "le" | "la") {
                last = it.next().copied().unwrap_or("");
            }
            return !LOCATIVE.contains(&last);
        }
        false
    }

    fn check(text: &str) {
        let mut scratch = Scratch::default();
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        for (k, &s) in starts.iter().enumerate() {
            for &e in starts.get(k..(k + 4).min(starts.len())).unwrap_or(&[]) {
                for kind in [EntityKind::City, EntityKind::Place] {
                    assert_eq!(
                        is_metonym(text, s, e, kind, &mut scratch),
                        reference(text, s, e, kind),
                        "{text:?} {s}..{e} {kind:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn same_as_the_first_version() {
        check("Paris a dénoncé. Moscou accuse. Tourner le dos à Paris, à Niamey, au Kremlin.");
        check("la rupture avec l'Élysée ; le porte-parole du Kremlin ; dans la Maison Blanche");
        check("  '' l' le la dos  à   Paris n'a s'est");
        check("ledos à Paris, xrupture avec Moscou, la porte-parole du Kremlin, dos à Paris");
        check("DOS A Paris, dos`a Paris, dos\u{a0}a Paris, l\u{2019}Élysée, à l`Élysée, «x» Paris");
    }

    #[test]
    fn subject_verbs_are_sorted() {
        assert!(SUBJECT_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_phrase_before_is_two_words() {
        for (w1, w2) in BEFORE {
            for w in [w1, w2] {
                assert!(!w.is_empty() && !w.contains([' ', '\'']), "{w}");
            }
        }
    }

    proptest! {
        #[test]
        fn same_on_any_mix(parts in proptest::collection::vec(
            prop_oneof![
                Just(" "), Just("'"), Just("Paris"), Just("a"), Just("dos"), Just("à"),
                Just("l"), Just("le"), Just("la"), Just("dans"), Just(","), Just("."),
                Just("É"), Just("porte-parole"), Just("du"), Just("n'a"), Just("accuse"),
                Just("ledos"), Just("rupture"), Just("avec"), Just("x"), Just("\u{301}"),
                Just("`"), Just("\u{a0}"), Just("\u{2019}"), Just("LE"), Just("Dos"),
            ],
            0..14,
        )) {
            check(&parts.concat());
        }
    }
}
