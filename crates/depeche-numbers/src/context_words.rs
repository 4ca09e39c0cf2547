//! Closed word lists the finder reads around numbers: qualifier phrases,
//! approximation nouns, pre-nominal adjectives, function words, month
//! names and identifier nouns. All keys are folded (lower case, no
//! accents).

use crate::Qualifier;

/// Qualifier phrases before a number, as folded tokens (an elided "d'" or
/// "jusqu'" is one token). The longest phrase that matches wins. The
/// finder reads them by their last two words ([`phrases_ending_with`]) or
/// as one word ([`single_word_qualifier`]); the tests check those against
/// this list.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const QUALIFIER_PHRASES: &[(&[&str], Qualifier)] = &[
    (&["un", "peu", "plus", "de"], Qualifier::MoreThan),
    (&["un", "peu", "plus", "d'"], Qualifier::MoreThan),
    (&["un", "peu", "moins", "de"], Qualifier::LessThan),
    (&["un", "peu", "moins", "d'"], Qualifier::LessThan),
    (&["bien", "plus", "de"], Qualifier::MoreThan),
    (&["bien", "plus", "d'"], Qualifier::MoreThan),
    (&["pas", "moins", "de"], Qualifier::AtLeast),
    (&["pas", "moins", "d'"], Qualifier::AtLeast),
    (&["pas", "plus", "de"], Qualifier::AtMost),
    (&["pas", "plus", "d'"], Qualifier::AtMost),
    (&["en", "dessous", "de"], Qualifier::LessThan),
    (&["en-dessous", "de"], Qualifier::LessThan),
    (&["au-dessous", "de"], Qualifier::LessThan),
    (&["au-dessus", "de"], Qualifier::MoreThan),
    (&["au-dela", "de"], Qualifier::MoreThan),
    (&["a", "peu", "pres"], Qualifier::About),
    (&["de", "l'", "ordre", "de"], Qualifier::About),
    (&["plus", "ou", "moins"], Qualifier::About),
    (&["autour", "de"], Qualifier::About),
    (&["aux", "alentours", "de"], Qualifier::About),
    (&["plus", "de"], Qualifier::MoreThan),
    (&["plus", "d'"], Qualifier::MoreThan),
    (&["plus", "que"], Qualifier::MoreThan),
    (&["moins", "de"], Qualifier::LessThan),
    (&["moins", "d'"], Qualifier::LessThan),
    (&["moins", "que"], Qualifier::LessThan),
    (&["au", "moins"], Qualifier::AtLeast),
    (&["au", "minimum"], Qualifier::AtLeast),
    (&["au", "plus"], Qualifier::AtMost),
    (&["au", "maximum"], Qualifier::AtMost),
    (&["jusqu'", "a"], Qualifier::AtMost),
    (&["pres", "de"], Qualifier::Nearly),
    (&["pres", "d'"], Qualifier::Nearly),
    (&["presque"], Qualifier::Nearly),
    (&["quasiment"], Qualifier::Nearly),
    (&["quasi"], Qualifier::Nearly),
    (&["environ"], Qualifier::About),
    (&["quelque"], Qualifier::About),
    (&["approximativement"], Qualifier::About),
    (&["exactement"], Qualifier::Exact),
];

/// A qualifier phrase: its folded tokens and its qualifier.
pub(crate) type Phrase = (&'static [&'static str], Qualifier);

/// The [`QUALIFIER_PHRASES`] phrases of two words or more whose last two
/// words are `second` (the word before the last) and `last`, longest
/// first; none for most pairs. One `match` instead of a walk of the whole
/// list.
pub(crate) fn phrases_ending_with(second: &[u8], last: &[u8]) -> &'static [Phrase] {
    const PLUS_DE: &[Phrase] = &[
        (&["un", "peu", "plus", "de"], Qualifier::MoreThan),
        (&["bien", "plus", "de"], Qualifier::MoreThan),
        (&["pas", "plus", "de"], Qualifier::AtMost),
        (&["plus", "de"], Qualifier::MoreThan),
    ];
    const PLUS_D: &[Phrase] = &[
        (&["un", "peu", "plus", "d'"], Qualifier::MoreThan),
        (&["bien", "plus", "d'"], Qualifier::MoreThan),
        (&["pas", "plus", "d'"], Qualifier::AtMost),
        (&["plus", "d'"], Qualifier::MoreThan),
    ];
    const MOINS_DE: &[Phrase] = &[
        (&["un", "peu", "moins", "de"], Qualifier::LessThan),
        (&["pas", "moins", "de"], Qualifier::AtLeast),
        (&["moins", "de"], Qualifier::LessThan),
    ];
    const MOINS_D: &[Phrase] = &[
        (&["un", "peu", "moins", "d'"], Qualifier::LessThan),
        (&["pas", "moins", "d'"], Qualifier::AtLeast),
        (&["moins", "d'"], Qualifier::LessThan),
    ];
    match (second, last) {
        (b"plus", b"de") => PLUS_DE,
        (b"plus", b"d'") => PLUS_D,
        (b"moins", b"de") => MOINS_DE,
        (b"moins", b"d'") => MOINS_D,
        (b"dessous", b"de") => &[(&["en", "dessous", "de"], Qualifier::LessThan)],
        (b"en-dessous", b"de") => &[(&["en-dessous", "de"], Qualifier::LessThan)],
        (b"au-dessous", b"de") => &[(&["au-dessous", "de"], Qualifier::LessThan)],
        (b"au-dessus", b"de") => &[(&["au-dessus", "de"], Qualifier::MoreThan)],
        (b"au-dela", b"de") => &[(&["au-dela", "de"], Qualifier::MoreThan)],
        (b"peu", b"pres") => &[(&["a", "peu", "pres"], Qualifier::About)],
        (b"ordre", b"de") => &[(&["de", "l'", "ordre", "de"], Qualifier::About)],
        (b"ou", b"moins") => &[(&["plus", "ou", "moins"], Qualifier::About)],
        (b"autour", b"de") => &[(&["autour", "de"], Qualifier::About)],
        (b"alentours", b"de") => &[(&["aux", "alentours", "de"], Qualifier::About)],
        (b"plus", b"que") => &[(&["plus", "que"], Qualifier::MoreThan)],
        (b"moins", b"que") => &[(&["moins", "que"], Qualifier::LessThan)],
        (b"au", b"moins") => &[(&["au", "moins"], Qualifier::AtLeast)],
        (b"au", b"minimum") => &[(&["au", "minimum"], Qualifier::AtLeast)],
        (b"au", b"plus") => &[(&["au", "plus"], Qualifier::AtMost)],
        (b"au", b"maximum") => &[(&["au", "maximum"], Qualifier::AtMost)],
        (b"jusqu'", b"a") => &[(&["jusqu'", "a"], Qualifier::AtMost)],
        (b"pres", b"de") => &[(&["pres", "de"], Qualifier::Nearly)],
        (b"pres", b"d'") => &[(&["pres", "d'"], Qualifier::Nearly)],
        _ => &[],
    }
}

/// Whether a folded key is the last word of a [`QUALIFIER_PHRASES`]
/// phrase ("au moins", "plus de"): a cheap test before the phrases are
/// compared, and the test of the pre-scan before "un"/"une".
#[inline]
pub(crate) fn ends_qualifier(key: &[u8]) -> bool {
    matches!(
        key,
        b"de"
            | b"d'"
            | b"que"
            | b"moins"
            | b"minimum"
            | b"plus"
            | b"maximum"
            | b"a"
            | b"pres"
            | b"presque"
            | b"quasiment"
            | b"quasi"
            | b"environ"
            | b"quelque"
            | b"approximativement"
            | b"exactement"
    )
}

/// Whether a folded key is the word before the last of a
/// [`QUALIFIER_PHRASES`] phrase of two words or more ("moins" of "au
/// moins", "plus" of "plus de"): without it before the last word, only a
/// phrase of one word may match.
#[inline]
pub(crate) fn precedes_qualifier_end(key: &[u8]) -> bool {
    matches!(
        key,
        b"plus"
            | b"moins"
            | b"dessous"
            | b"en-dessous"
            | b"au-dessous"
            | b"au-dessus"
            | b"au-dela"
            | b"peu"
            | b"ordre"
            | b"ou"
            | b"autour"
            | b"alentours"
            | b"au"
            | b"jusqu'"
            | b"pres"
    )
}

/// The qualifier of the [`QUALIFIER_PHRASES`] phrase of one word that a
/// folded key is ("environ", "presque").
#[inline]
pub(crate) fn single_word_qualifier(key: &[u8]) -> Option<Qualifier> {
    Some(match key {
        b"presque" | b"quasiment" | b"quasi" => Qualifier::Nearly,
        b"environ" | b"quelque" | b"approximativement" => Qualifier::About,
        b"exactement" => Qualifier::Exact,
        _ => return None,
    })
}

/// Whether a folded key is the word before the last of a
/// [`QUALIFIER_PHRASES`] phrase ending with an elision ("plus" of "plus
/// d'").
#[inline]
pub(crate) fn ends_qualifier_before_elision(key: &[u8]) -> bool {
    matches!(key, b"plus" | b"moins" | b"pres")
}

/// Approximation nouns and the count they stand for ("une vingtaine").
pub(crate) fn approx_noun(key: &[u8]) -> Option<u64> {
    let singular = key.strip_suffix(b"s").unwrap_or(key);
    Some(match singular {
        b"huitaine" => 8,
        b"dizaine" => 10,
        b"douzaine" => 12,
        b"quinzaine" => 15,
        b"vingtaine" => 20,
        b"trentaine" => 30,
        b"quarantaine" => 40,
        b"cinquantaine" => 50,
        b"soixantaine" => 60,
        b"centaine" => 100,
        b"millier" => 1000,
        _ => return None,
    })
}

/// Determiners before an approximation noun or a plural scale noun that
/// make the count vague ("des centaines", "plusieurs milliers").
pub(crate) fn is_vague_determiner(key: &[u8]) -> bool {
    matches!(
        key,
        b"des" | b"plusieurs" | b"quelques" | b"de" | b"d'" | b"nombreuses" | b"nombreux"
    )
}

/// Adjectives that stand between a number and its noun ("trois anciennes
/// colonies"): skipped for the unit, kept in the span.
pub(crate) fn is_prenominal_adjective(key: &[u8]) -> bool {
    matches!(
        key,
        b"ancien"
            | b"anciens"
            | b"ancienne"
            | b"anciennes"
            | b"nouveau"
            | b"nouveaux"
            | b"nouvelle"
            | b"nouvelles"
            | b"jeune"
            | b"jeunes"
            | b"autre"
            | b"autres"
            | b"dernier"
            | b"derniers"
            | b"derniere"
            | b"dernieres"
            | b"premiers"
            | b"premieres"
            | b"grand"
            | b"grands"
            | b"grande"
            | b"grandes"
            | b"gros"
            | b"grosse"
            | b"grosses"
            | b"petit"
            | b"petits"
            | b"petite"
            | b"petites"
            | b"vieux"
            | b"vieille"
            | b"vieilles"
            | b"seul"
            | b"seuls"
            | b"seule"
            | b"seules"
            | b"principaux"
            | b"principales"
            | b"bons"
            | b"bonnes"
            | b"mauvais"
            | b"hauts"
            | b"hautes"
            | b"longues"
            | b"longs"
            | b"pleines"
            | b"pleins"
            | b"vrais"
            | b"vraies"
            | b"faux"
            | b"fausses"
            | b"ex"
    )
}

/// Function words, auxiliaries and adverbs that are never a counted noun.
pub(crate) fn is_function_word(key: &[u8]) -> bool {
    matches!(
        key,
        b"le"
            | b"la"
            | b"les"
            | b"l'"
            | b"un"
            | b"une"
            | b"des"
            | b"du"
            | b"de"
            | b"d'"
            | b"au"
            | b"aux"
            | b"et"
            | b"ou"
            | b"a"
            | b"en"
            | b"dans"
            | b"sur"
            | b"sous"
            | b"par"
            | b"pour"
            | b"avec"
            | b"sans"
            | b"chez"
            | b"vers"
            | b"entre"
            | b"contre"
            | b"depuis"
            | b"pendant"
            | b"avant"
            | b"apres"
            | b"selon"
            | b"ce"
            | b"cet"
            | b"cette"
            | b"ces"
            | b"qui"
            | b"que"
            | b"qu'"
            | b"quoi"
            | b"dont"
            | b"ou-"
            | b"ne"
            | b"n'"
            | b"se"
            | b"s'"
            | b"y"
            | b"il"
            | b"ils"
            | b"elle"
            | b"elles"
            | b"on"
            | b"nous"
            | b"vous"
            | b"leur"
            | b"leurs"
            | b"son"
            | b"sa"
            | b"ses"
            | b"mon"
            | b"ma"
            | b"mes"
            | b"notre"
            | b"nos"
            | b"votre"
            | b"vos"
            | b"est"
            | b"sont"
            | b"etait"
            | b"etaient"
            | b"ete"
            | b"ont"
            | b"avait"
            | b"avaient"
            | b"aura"
            | b"auront"
            | b"sera"
            | b"seront"
            | b"fut"
            | b"furent"
            | b"soit"
            | b"sont-ils"
            | b"plus"
            | b"moins"
            | b"environ"
            | b"seulement"
            | b"deja"
            | b"encore"
            | b"aussi"
            | b"fois"
            | b"tout"
            | b"tous"
            | b"toutes"
            | b"toute"
            | b"pas"
            | b"non"
            | b"si"
            | b"mais"
            | b"donc"
            | b"or"
            | b"ni"
            | b"car"
            | b"comme"
            | b"quand"
            | b"lorsque"
            | b"puis"
            | b"alors"
            | b"ainsi"
            | b"meme"
            | b"memes"
            | b"chacun"
            | b"chacune"
            | b"d'entre"
            | b"parmi"
            | b"sur-le-champ"
            | b"pres"
            | b"loin"
            | b"ici"
            | b"la-bas"
            | b"dont-"
            | b"c'"
            | b"j'"
            | b"m'"
            | b"t'"
            | b"jusqu'"
            | b"lorsqu'"
            | b"puisqu'"
    )
}

/// Month names: a number before one is part of a date, not a quantity.
pub(crate) fn is_month(key: &[u8]) -> bool {
    matches!(
        key,
        b"janvier"
            | b"fevrier"
            | b"mars"
            | b"avril"
            | b"mai"
            | b"juin"
            | b"juillet"
            | b"aout"
            | b"septembre"
            | b"octobre"
            | b"novembre"
            | b"decembre"
            | b"janv."
            | b"fevr."
            | b"sept."
            | b"oct."
            | b"nov."
            | b"dec."
    )
}

/// Nouns after which a number is an identifier, not a count ("article
/// 49.3", "résolution 2719", "vol MH17").
pub(crate) fn is_identifier_noun(key: &[u8]) -> bool {
    matches!(
        key,
        b"article"
            | b"articles"
            | b"alinea"
            | b"numero"
            | b"n\xC2\xB0"
            | b"no"
            | b"chapitre"
            | b"paragraphe"
            | b"resolution"
            | b"resolutions"
            | b"decret"
            | b"loi"
            | b"vol"
            | b"page"
            | b"pages"
            | b"tome"
            | b"section"
            | b"version"
            | b"route"
            | b"ligne"
            | b"porte"
            | b"terminal"
            | b"bus"
            | b"code"
            | b"canal"
            | b"salle"
            | b"chambre"
            | b"rue"
            | b"avenue"
            | b"boulevard"
            | b"lot"
            | b"dossier"
            | b"affaire"
            | b"annexe"
    )
}

/// Participles after a people noun that give the count its category
/// ("50 personnes tuées").
pub(crate) fn participle_category(key: &[u8]) -> Option<crate::Category> {
    use crate::Category;
    Some(match key {
        b"tues" | b"tuees" | b"mortes" | b"morts" | b"decedees" | b"decedes" | b"tue" | b"tuee" => {
            Category::Fatalities
        }
        b"blesses" | b"blessees" | b"blesse" | b"blessee" => Category::Injured,
        b"disparues" | b"disparus" => Category::Missing,
        b"enlevees" | b"enleves" | b"kidnappees" | b"kidnappes" | b"prises" | b"retenues"
        | b"retenus" => Category::Hostages,
        b"deplacees" | b"deplaces" | b"evacuees" | b"evacues" | b"refugiees" => Category::Displaced,
        b"arretees" | b"arretes" | b"interpellees" | b"interpelles" | b"detenues" | b"detenus"
        | b"incarcerees" | b"incarceres" => Category::Arrested,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_by_last_two_words_are_the_phrase_list() {
        let mut found = 0;
        for &(phrase, q) in QUALIFIER_PHRASES {
            let n = phrase.len();
            if n < 2 {
                continue;
            }
            let group = phrases_ending_with(phrase[n - 2].as_bytes(), phrase[n - 1].as_bytes());
            assert!(group.contains(&(phrase, q)), "{phrase:?}");
            found += 1;
        }
        // Every phrase of the groups is in the list, under its last two
        // words, longest first.
        let mut pairs: Vec<(&str, &str)> = QUALIFIER_PHRASES
            .iter()
            .filter(|(p, _)| p.len() >= 2)
            .map(|(p, _)| (p[p.len() - 2], p[p.len() - 1]))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut listed = 0;
        for (a, b) in pairs {
            let group = phrases_ending_with(a.as_bytes(), b.as_bytes());
            for w in group.windows(2) {
                assert!(w[0].0.len() >= w[1].0.len());
            }
            for &(phrase, q) in group {
                let n = phrase.len();
                assert_eq!((phrase[n - 2], phrase[n - 1]), (a, b));
                assert!(QUALIFIER_PHRASES.contains(&(phrase, q)), "{phrase:?}");
                listed += 1;
            }
        }
        assert_eq!(found, listed);
    }

    /// Every word of the phrases, and words near them.
    fn vocabulary() -> Vec<&'static str> {
        let mut words: Vec<&str> = QUALIFIER_PHRASES
            .iter()
            .flat_map(|(phrase, _)| phrase.iter().copied())
            .collect();
        words.extend([
            "", "un", "une", "d", "l'", "les", "des", "peu", "au", "plu", "pluss", "moin", "pre",
            "dessus", "aux", "alentour", "jusqu", "ordres", "environs", "exact", "quelques",
            "environs", "minimums", "que'", "de'", "da",
        ]);
        words
    }

    #[test]
    fn phrase_ends_are_the_phrase_list() {
        for w in vocabulary() {
            let last = QUALIFIER_PHRASES
                .iter()
                .any(|(phrase, _)| phrase.last() == Some(&w));
            assert_eq!(ends_qualifier(w.as_bytes()), last, "{w}");
            let before_elision = QUALIFIER_PHRASES.iter().any(|(phrase, _)| {
                let n = phrase.len();
                n >= 2 && phrase[n - 1].ends_with('\'') && phrase[n - 2] == w
            });
            assert_eq!(
                ends_qualifier_before_elision(w.as_bytes()),
                before_elision,
                "{w}"
            );
            let second = QUALIFIER_PHRASES.iter().any(|(phrase, _)| {
                let n = phrase.len();
                n >= 2 && phrase[n - 2] == w
            });
            assert_eq!(precedes_qualifier_end(w.as_bytes()), second, "{w}");
            let single = QUALIFIER_PHRASES
                .iter()
                .find(|(phrase, _)| phrase.len() == 1 && phrase[0] == w)
                .map(|&(_, q)| q);
            assert_eq!(single_word_qualifier(w.as_bytes()), single, "{w}");
        }
    }
}
