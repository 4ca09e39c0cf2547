//! The French words the finder knows, as data: months, weekdays, number
//! words, units and the keywords of the grammar. Every key is folded
//! (lower case, no accents, `'` for apostrophes), as
//! [`depeche_text::fold_str`] writes it.

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A season of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    /// The TIMEX3 code.
    pub(crate) fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
        }
    }
}

/// Keywords of the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Le,
    La,
    Les,
    De,
    Du,
    Des,
    Au,
    Aux,
    A,
    En,
    Dans,
    Entre,
    Et,
    Depuis,
    Jusqu,
    Ici,
    Partir,
    Apres,
    Avant,
    Vers,
    Environ,
    Il,
    Y,
    Plus,
    Moins,
    Tard,
    Pendant,
    Chaque,
    Tous,
    Ce,
    Dernier,
    Prochain,
    Suivant,
    Hier,
    AvantHier,
    Aujourdhui,
    Demain,
    ApresDemain,
    Veille,
    Lendemain,
    Midi,
    Minuit,
    Debut,
    Milieu,
    Mi,
    Fin,
    Noel,
    Toussaint,
    Nouvel,
    Weekend,
    Annees,
    Quart,
    Demi,
    Utc,
    Locale,
    Maintenant,
    Actuellement,
    Autrefois,
    Avenir,
    Quinzaine,
    Peu,
    Que,
    Alentours,
    Autour,
    Cours,
    Moment,
    /// "a" without its accent: the verb "avoir" ("il y a", "a été").
    Has,
    Present,
    Courant,
    Fois,
    Tot,
    Tres,
    Des2,
    Fete,
    Travail,
}

/// What a word is to the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    Month(u32),
    Weekday(u32),
    Number(u32),
    Ordinal(u32),
    Unit(Unit),
    Season(Season),
    Part(PartOfDay),
    Kw(Kw),
}

/// Looks a folded word up. Hyphenated compounds are looked up whole first.
pub(crate) fn classify(word: &str) -> Option<WordClass> {
    use WordClass as W;
    let c = match word {
        "janvier" | "janv" | "jan" => W::Month(1),
        "fevrier" | "fevr" | "fev" => W::Month(2),
        "mars" => W::Month(3),
        "avril" | "avr" => W::Month(4),
        "mai" => W::Month(5),
        "juin" => W::Month(6),
        "juillet" | "juil" => W::Month(7),
        "aout" => W::Month(8),
        "septembre" => W::Month(9),
        "octobre" | "oct" => W::Month(10),
        "novembre" | "nov" => W::Month(11),
        "decembre" | "dec" => W::Month(12),
        "lundi" | "lun" | "lundis" => W::Weekday(1),
        "mardi" | "mardis" => W::Weekday(2),
        "mercredi" | "mercredis" => W::Weekday(3),
        "jeudi" | "jeudis" => W::Weekday(4),
        "vendredi" | "vendredis" => W::Weekday(5),
        "samedi" | "samedis" => W::Weekday(6),
        "dimanche" | "dimanches" => W::Weekday(7),
        "seconde" | "secondes" | "sec" | "secs" => W::Unit(Unit::Second),
        "minute" | "minutes" | "min" | "mins" => W::Unit(Unit::Minute),
        "heure" | "heures" => W::Unit(Unit::Hour),
        "jour" | "jours" | "journee" | "journees" => W::Unit(Unit::Day),
        "semaine" | "semaines" => W::Unit(Unit::Week),
        "mois" => W::Unit(Unit::Month),
        "trimestre" | "trimestres" => W::Unit(Unit::Quarter),
        "semestre" | "semestres" => W::Unit(Unit::Half),
        "an" | "ans" | "annee" => W::Unit(Unit::Year),
        "annees" => W::Kw(Kw::Annees),
        "decennie" | "decennies" => W::Unit(Unit::Decade),
        "siecle" | "siecles" => W::Unit(Unit::Century),
        "printemps" => W::Season(Season::Spring),
        "ete" => W::Season(Season::Summer),
        "automne" => W::Season(Season::Autumn),
        "hiver" => W::Season(Season::Winter),
        "matin" | "matinee" | "mat" => W::Part(PartOfDay::Morning),
        "apres-midi" => W::Part(PartOfDay::Afternoon),
        "soir" | "soiree" => W::Part(PartOfDay::Evening),
        "nuit" => W::Part(PartOfDay::Night),
        "premier" | "premiere" | "1er" | "1re" | "1ere" => W::Ordinal(1),
        "deuxieme" | "second" => W::Ordinal(2),
        "troisieme" => W::Ordinal(3),
        "quatrieme" => W::Ordinal(4),
        "cinquieme" => W::Ordinal(5),
        "le" => W::Kw(Kw::Le),
        "la" | "l'" => W::Kw(Kw::La),
        "les" => W::Kw(Kw::Les),
        "de" | "d'" => W::Kw(Kw::De),
        "du" => W::Kw(Kw::Du),
        "des" => W::Kw(Kw::Des),
        "au" => W::Kw(Kw::Au),
        "aux" => W::Kw(Kw::Aux),
        "a" => W::Kw(Kw::A),
        "en" => W::Kw(Kw::En),
        "dans" => W::Kw(Kw::Dans),
        "entre" => W::Kw(Kw::Entre),
        "et" => W::Kw(Kw::Et),
        "depuis" => W::Kw(Kw::Depuis),
        "jusqu'" | "jusque" => W::Kw(Kw::Jusqu),
        "ici" => W::Kw(Kw::Ici),
        "partir" => W::Kw(Kw::Partir),
        "apres" => W::Kw(Kw::Apres),
        "avant" => W::Kw(Kw::Avant),
        "vers" => W::Kw(Kw::Vers),
        "environ" => W::Kw(Kw::Environ),
        "il" => W::Kw(Kw::Il),
        "y" => W::Kw(Kw::Y),
        "plus" => W::Kw(Kw::Plus),
        "moins" => W::Kw(Kw::Moins),
        "tard" => W::Kw(Kw::Tard),
        "pendant" | "durant" => W::Kw(Kw::Pendant),
        "chaque" => W::Kw(Kw::Chaque),
        "tous" | "toutes" => W::Kw(Kw::Tous),
        "ce" | "cet" | "cette" => W::Kw(Kw::Ce),
        "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" | "passes"
        | "passees" | "precedent" | "precedente" => W::Kw(Kw::Dernier),
        "prochain" | "prochaine" | "prochains" | "prochaines" => W::Kw(Kw::Prochain),
        "suivant" | "suivante" | "suivants" | "suivantes" => W::Kw(Kw::Suivant),
        "hier" => W::Kw(Kw::Hier),
        "avant-hier" => W::Kw(Kw::AvantHier),
        "aujourd'hui" => W::Kw(Kw::Aujourdhui),
        "demain" => W::Kw(Kw::Demain),
        "apres-demain" => W::Kw(Kw::ApresDemain),
        "veille" => W::Kw(Kw::Veille),
        "lendemain" => W::Kw(Kw::Lendemain),
        "midi" => W::Kw(Kw::Midi),
        "minuit" => W::Kw(Kw::Minuit),
        "debut" => W::Kw(Kw::Debut),
        "milieu" => W::Kw(Kw::Milieu),
        "mi" => W::Kw(Kw::Mi),
        "fin" => W::Kw(Kw::Fin),
        "noel" => W::Kw(Kw::Noel),
        "toussaint" => W::Kw(Kw::Toussaint),
        "nouvel" => W::Kw(Kw::Nouvel),
        "week-end" | "weekend" | "week-ends" | "weekends" => W::Kw(Kw::Weekend),
        "quart" | "quarts" => W::Kw(Kw::Quart),
        "tres" => W::Kw(Kw::Tres),
        "fete" => W::Kw(Kw::Fete),
        "travail" => W::Kw(Kw::Travail),
        "demi" | "demie" => W::Kw(Kw::Demi),
        "gmt" | "utc" => W::Kw(Kw::Utc),
        "locale" => W::Kw(Kw::Locale),
        "maintenant" => W::Kw(Kw::Maintenant),
        "actuellement" | "aujourd'hui-meme" => W::Kw(Kw::Actuellement),
        "autrefois" | "jadis" => W::Kw(Kw::Autrefois),
        "avenir" => W::Kw(Kw::Avenir),
        "quinzaine" => W::Kw(Kw::Quinzaine),
        "peu" => W::Kw(Kw::Peu),
        "que" => W::Kw(Kw::Que),
        "alentours" => W::Kw(Kw::Alentours),
        "autour" => W::Kw(Kw::Autour),
        "cours" => W::Kw(Kw::Cours),
        "moment" => W::Kw(Kw::Moment),
        "present" => W::Kw(Kw::Present),
        "courant" => W::Kw(Kw::Courant),
        "fois" => W::Kw(Kw::Fois),
        "tot" => W::Kw(Kw::Tot),
        _ => return number_word(word).map(W::Number),
    };
    Some(c)
}

/// Simple number words and their values.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
];

fn simple_number(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
}

/// The value of a French cardinal written in words, simple ("quatre") or
/// hyphenated ("dix-huit", "vingt-et-un", "quatre-vingt-dix"), below one
/// million. A private fallback for the short number words of temporal
/// expressions; full number parsing belongs to depeche-numbers.
pub(crate) fn number_word(word: &str) -> Option<u32> {
    if !word.contains('-') {
        return simple_number(word);
    }
    let mut total: u32 = 0;
    let mut current: u32 = 0;
    let mut last: u32 = u32::MAX;
    for part in word.split('-') {
        if part == "et" {
            continue;
        }
        let v = simple_number(part)?;
        match v {
            1000 => {
                total = total.checked_add(current.max(1).checked_mul(1000)?)?;
                current = 0;
            }
            100 => current = current.max(1).checked_mul(100)?,
            20 if last == 4 && current % 100 == 4 => current = current - 4 + 80,
            _ => current = current.checked_add(v)?,
        }
        last = v;
    }
    total.checked_add(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_number_words() {
        assert_eq!(number_word("quatre"), Some(4));
        assert_eq!(number_word("dix-huit"), Some(18));
        assert_eq!(number_word("vingt-et-un"), Some(21));
        assert_eq!(number_word("quatre-vingt-dix"), Some(90));
        assert_eq!(number_word("soixante-dix-sept"), Some(77));
        assert_eq!(number_word("deux-mille-vingt"), Some(2020));
        assert_eq!(number_word("deux-machin"), None);
        assert_eq!(number_word("Etats-Unis"), None);
    }

    #[test]
    fn classifies_words() {
        assert_eq!(classify("fevrier"), Some(WordClass::Month(2)));
        assert_eq!(classify("mardi"), Some(WordClass::Weekday(2)));
        assert_eq!(classify("jours"), Some(WordClass::Unit(Unit::Day)));
        assert_eq!(classify("soldats"), None);
    }
}
