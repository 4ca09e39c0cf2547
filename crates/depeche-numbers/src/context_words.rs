//! Closed word lists the finder reads around numbers: qualifier phrases,
//! approximation nouns, pre-nominal adjectives, function words, month
//! names and identifier nouns. All keys are folded (lower case, no
//! accents).

use crate::Qualifier;

/// Qualifier phrases before a number, as folded tokens (an elided "d'" or
/// "jusqu'" is one token). The longest phrase that matches wins.
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
pub(crate) fn is_prenominal_adjective(key: &str) -> bool {
    matches!(
        key,
        "ancien"
            | "anciens"
            | "ancienne"
            | "anciennes"
            | "nouveau"
            | "nouveaux"
            | "nouvelle"
            | "nouvelles"
            | "jeune"
            | "jeunes"
            | "autre"
            | "autres"
            | "dernier"
            | "derniers"
            | "derniere"
            | "dernieres"
            | "premiers"
            | "premieres"
            | "grand"
            | "grands"
            | "grande"
            | "grandes"
            | "gros"
            | "grosse"
            | "grosses"
            | "petit"
            | "petits"
            | "petite"
            | "petites"
            | "vieux"
            | "vieille"
            | "vieilles"
            | "seul"
            | "seuls"
            | "seule"
            | "seules"
            | "principaux"
            | "principales"
            | "bons"
            | "bonnes"
            | "mauvais"
            | "hauts"
            | "hautes"
            | "longues"
            | "longs"
            | "pleines"
            | "pleins"
            | "vrais"
            | "vraies"
            | "faux"
            | "fausses"
            | "ex"
    )
}

/// Function words, auxiliaries and adverbs that are never a counted noun.
pub(crate) fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "de"
            | "d'"
            | "au"
            | "aux"
            | "et"
            | "ou"
            | "a"
            | "en"
            | "dans"
            | "sur"
            | "sous"
            | "par"
            | "pour"
            | "avec"
            | "sans"
            | "chez"
            | "vers"
            | "entre"
            | "contre"
            | "depuis"
            | "pendant"
            | "avant"
            | "apres"
            | "selon"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "qui"
            | "que"
            | "qu'"
            | "quoi"
            | "dont"
            | "ou-"
            | "ne"
            | "n'"
            | "se"
            | "s'"
            | "y"
            | "il"
            | "ils"
            | "elle"
            | "elles"
            | "on"
            | "nous"
            | "vous"
            | "leur"
            | "leurs"
            | "son"
            | "sa"
            | "ses"
            | "mon"
            | "ma"
            | "mes"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "est"
            | "sont"
            | "etait"
            | "etaient"
            | "ete"
            | "ont"
            | "avait"
            | "avaient"
            | "aura"
            | "auront"
            | "sera"
            | "seront"
            | "fut"
            | "furent"
            | "soit"
            | "sont-ils"
            | "plus"
            | "moins"
            | "environ"
            | "seulement"
            | "deja"
            | "encore"
            | "aussi"
            | "fois"
            | "tout"
            | "tous"
            | "toutes"
            | "toute"
            | "pas"
            | "non"
            | "si"
            | "mais"
            | "donc"
            | "or"
            | "ni"
            | "car"
            | "comme"
            | "quand"
            | "lorsque"
            | "puis"
            | "alors"
            | "ainsi"
            | "meme"
            | "memes"
            | "chacun"
            | "chacune"
            | "d'entre"
            | "parmi"
            | "sur-le-champ"
            | "pres"
            | "loin"
            | "ici"
            | "la-bas"
            | "dont-"
            | "c'"
            | "j'"
            | "m'"
            | "t'"
            | "jusqu'"
            | "lorsqu'"
            | "puisqu'"
    )
}

/// Month names: a number before one is part of a date, not a quantity.
pub(crate) fn is_month(key: &str) -> bool {
    matches!(
        key,
        "janvier"
            | "fevrier"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "aout"
            | "septembre"
            | "octobre"
            | "novembre"
            | "decembre"
            | "janv."
            | "fevr."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
    )
}

/// Nouns after which a number is an identifier, not a count ("article
/// 49.3", "résolution 2719", "vol MH17").
pub(crate) fn is_identifier_noun(key: &str) -> bool {
    matches!(
        key,
        "article"
            | "articles"
            | "alinea"
            | "numero"
            | "n°"
            | "no"
            | "chapitre"
            | "paragraphe"
            | "resolution"
            | "resolutions"
            | "decret"
            | "loi"
            | "vol"
            | "page"
            | "pages"
            | "tome"
            | "section"
            | "version"
            | "route"
            | "ligne"
            | "porte"
            | "terminal"
            | "bus"
            | "code"
            | "canal"
            | "salle"
            | "chambre"
            | "rue"
            | "avenue"
            | "boulevard"
            | "lot"
            | "dossier"
            | "affaire"
            | "annexe"
    )
}

/// Participles after a people noun that give the count its category
/// ("50 personnes tuées").
pub(crate) fn participle_category(key: &str) -> Option<crate::Category> {
    use crate::Category;
    Some(match key {
        "tues" | "tuees" | "mortes" | "morts" | "decedees" | "decedes" | "tue" | "tuee" => {
            Category::Fatalities
        }
        "blesses" | "blessees" | "blesse" | "blessee" => Category::Injured,
        "disparues" | "disparus" => Category::Missing,
        "enlevees" | "enleves" | "kidnappees" | "kidnappes" | "prises" | "retenues" | "retenus" => {
            Category::Hostages
        }
        "deplacees" | "deplaces" | "evacuees" | "evacues" | "refugiees" => Category::Displaced,
        "arretees" | "arretes" | "interpellees" | "interpelles" | "detenues" | "detenus"
        | "incarcerees" | "incarceres" => Category::Arrested,
        _ => return None,
    })
}
