//! Metonymy: a capital or seat of power standing for its government
//! ("Paris a dénoncé", "tourner le dos à Paris", "le Kremlin").

use crate::fold::fold_str;

use crate::EntityKind;

/// Verbs (folded, third person) after which a place name is the subject of
/// a political act.
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
    "dement",
    "demande",
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
    "salue",
    "se",
    "s'est",
    "souhaite",
    "soutient",
    "veut",
    "va",
];

/// Folded phrases before a place name that make it a government.
const BEFORE: &[&str] = &[
    "dos a",
    "rompu avec",
    "rompre avec",
    "rupture avec",
    "pression de",
    "soutien de",
    "porte-parole du",
    "porte-parole de",
    "emissaire de",
    "allie de",
    "hostile a",
];

/// Folded words before a place name that make it a location.
const LOCATIVE: &[&str] = &["a", "au", "dans", "devant", "vers", "pres", "sur"];

/// Whether the mention at `start..end` of `text` of a place that may stand
/// for a government does so here.
pub(crate) fn is_metonym(text: &str, start: usize, end: usize, kind: EntityKind) -> bool {
    let after = text.get(end..).unwrap_or("");
    let next: String = after
        .trim_start_matches(' ')
        .split([' ', ',', '.', ';', ':'])
        .next()
        .map(fold_str)
        .unwrap_or_default();
    if after.starts_with(' ') && SUBJECT_VERBS.contains(&next.as_str()) {
        return true;
    }
    let before = text.get(..start).unwrap_or("");
    let tail = fold_str(before.get(floor(before)..).unwrap_or(""));
    let words: Vec<&str> = tail.split([' ', '\'']).filter(|w| !w.is_empty()).collect();
    let phrase = words.join(" ");
    if BEFORE.iter().any(|b| phrase.ends_with(b)) {
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

/// The char boundary at or after `before.len() - 40`.
fn floor(before: &str) -> usize {
    let mut i = before.len().saturating_sub(40);
    while i < before.len() && !before.is_char_boundary(i) {
        i += 1;
    }
    i
}
