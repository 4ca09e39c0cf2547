//! The unit lexicon: counted nouns, measurement units and currencies, with
//! their category and ISO 4217 code.
//!
//! Keys are folded (lower case, accents removed, one space between words,
//! no space after an elided "d'"), so "Chefs d'État" and "chefs d'Etat"
//! find the same entry. The embedded tables below are the defaults; users
//! add entries with [`crate::NumberFinderBuilder::unit`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::key_shapes::KeyShapes;
use crate::word_key::fold_phrase;
use crate::words::is_number_key;
use crate::Category;

/// What the lexicon knows about a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnitInfo {
    /// What it counts or measures (`None`: a unit the lexicon knows — to
    /// glue its words — without a category).
    pub category: Option<Category>,
    /// ISO 4217 code when the unit is a currency.
    pub currency: Option<&'static str>,
    /// Whether the currency name covers several currencies (francs CFA:
    /// XOF or XAF; dinars; livres...).
    pub ambiguous: bool,
}

/// Counted nouns and measurement units, singular and plural.
pub const DEFAULT_UNITS: &[(&str, Category)] = &[
    // fatalities
    ("mort", Category::Fatalities),
    ("morts", Category::Fatalities),
    ("tue", Category::Fatalities),
    ("tues", Category::Fatalities),
    ("tuee", Category::Fatalities),
    ("tuees", Category::Fatalities),
    ("deces", Category::Fatalities),
    ("cadavres", Category::Fatalities),
    ("corps", Category::Fatalities),
    ("victimes", Category::Fatalities),
    ("victime", Category::Fatalities),
    ("morts civils", Category::Fatalities),
    // injured
    ("blesse", Category::Injured),
    ("blesses", Category::Injured),
    ("blessee", Category::Injured),
    ("blessees", Category::Injured),
    ("blesses graves", Category::Injured),
    // missing
    ("disparu", Category::Missing),
    ("disparus", Category::Missing),
    ("disparue", Category::Missing),
    ("disparues", Category::Missing),
    // hostages
    ("otage", Category::Hostages),
    ("otages", Category::Hostages),
    // displaced
    ("deplace", Category::Displaced),
    ("deplaces", Category::Displaced),
    ("deplacee", Category::Displaced),
    ("deplacees", Category::Displaced),
    ("deplaces internes", Category::Displaced),
    ("refugie", Category::Displaced),
    ("refugies", Category::Displaced),
    ("refugiee", Category::Displaced),
    ("refugiees", Category::Displaced),
    ("demandeurs d'asile", Category::Displaced),
    ("sinistres", Category::Displaced),
    ("sans-abri", Category::Displaced),
    // arrested
    ("arrete", Category::Arrested),
    ("arretes", Category::Arrested),
    ("arretee", Category::Arrested),
    ("arretees", Category::Arrested),
    ("interpelle", Category::Arrested),
    ("interpelles", Category::Arrested),
    ("interpellee", Category::Arrested),
    ("interpellees", Category::Arrested),
    ("interpellations", Category::Arrested),
    ("arrestations", Category::Arrested),
    ("detenu", Category::Arrested),
    ("detenus", Category::Arrested),
    ("prisonnier", Category::Arrested),
    ("prisonniers", Category::Arrested),
    ("gardes a vue", Category::Arrested),
    // troops
    ("soldat", Category::Troops),
    ("soldats", Category::Troops),
    ("militaire", Category::Troops),
    ("militaires", Category::Troops),
    ("casque bleu", Category::Troops),
    ("casques bleus", Category::Troops),
    ("troupes", Category::Troops),
    ("hommes de troupe", Category::Troops),
    ("parachutistes", Category::Troops),
    ("reservistes", Category::Troops),
    ("marines", Category::Troops),
    ("gendarmes", Category::Troops),
    // people
    ("personne", Category::People),
    ("personnes", Category::People),
    ("civil", Category::People),
    ("civils", Category::People),
    ("habitant", Category::People),
    ("habitants", Category::People),
    ("manifestant", Category::People),
    ("manifestants", Category::People),
    ("homme", Category::People),
    ("hommes", Category::People),
    ("femme", Category::People),
    ("femmes", Category::People),
    ("enfant", Category::People),
    ("enfants", Category::People),
    ("adultes", Category::People),
    ("individus", Category::People),
    ("migrants", Category::People),
    ("ressortissants", Category::People),
    ("citoyens", Category::People),
    ("electeurs", Category::People),
    ("eleves", Category::People),
    ("etudiants", Category::People),
    ("passagers", Category::People),
    ("touristes", Category::People),
    ("pelerins", Category::People),
    ("fideles", Category::People),
    ("spectateurs", Category::People),
    ("journalistes", Category::People),
    ("policiers", Category::People),
    ("salaries", Category::People),
    ("employes", Category::People),
    ("travailleurs", Category::People),
    ("patients", Category::People),
    ("malades", Category::People),
    ("membres", Category::People),
    ("chefs d'etat", Category::People),
    ("chef d'etat", Category::People),
    ("chefs de gouvernement", Category::People),
    ("ministres", Category::People),
    ("deputes", Category::People),
    ("senateurs", Category::People),
    // percent
    ("points de pourcentage", Category::Percent),
    ("point de pourcentage", Category::Percent),
    ("points de base", Category::Percent),
    // distance
    ("km", Category::Distance),
    ("kilometre", Category::Distance),
    ("kilometres", Category::Distance),
    ("m", Category::Distance),
    ("metre", Category::Distance),
    ("metres", Category::Distance),
    ("cm", Category::Distance),
    ("centimetre", Category::Distance),
    ("centimetres", Category::Distance),
    ("mm", Category::Distance),
    ("millimetres", Category::Distance),
    ("mile", Category::Distance),
    ("miles", Category::Distance),
    ("milles nautiques", Category::Distance),
    ("pieds", Category::Distance),
    // area
    ("km2", Category::Area),
    ("km²", Category::Area),
    ("kilometres carres", Category::Area),
    ("m2", Category::Area),
    ("m²", Category::Area),
    ("metres carres", Category::Area),
    ("hectare", Category::Area),
    ("hectares", Category::Area),
    ("ha", Category::Area),
    ("acres", Category::Area),
    // weight
    ("kg", Category::Weight),
    ("kilo", Category::Weight),
    ("kilos", Category::Weight),
    ("kilogramme", Category::Weight),
    ("kilogrammes", Category::Weight),
    ("g", Category::Weight),
    ("gramme", Category::Weight),
    ("grammes", Category::Weight),
    ("mg", Category::Weight),
    ("tonne", Category::Weight),
    ("tonnes", Category::Weight),
    ("t", Category::Weight),
    ("quintaux", Category::Weight),
    // volume
    ("l", Category::Volume),
    ("litre", Category::Volume),
    ("litres", Category::Volume),
    ("ml", Category::Volume),
    ("millilitre", Category::Volume),
    ("millilitres", Category::Volume),
    ("cl", Category::Volume),
    ("centilitre", Category::Volume),
    ("centilitres", Category::Volume),
    ("hl", Category::Volume),
    ("hectolitre", Category::Volume),
    ("hectolitres", Category::Volume),
    ("baril", Category::Volume),
    ("barils", Category::Volume),
    ("m3", Category::Volume),
    ("m³", Category::Volume),
    ("metres cubes", Category::Volume),
    ("gallon", Category::Volume),
    ("gallons", Category::Volume),
    ("gal", Category::Volume),
    // duration
    ("an", Category::Duration),
    ("ans", Category::Duration),
    ("annee", Category::Duration),
    ("annees", Category::Duration),
    ("mois", Category::Duration),
    ("semaine", Category::Duration),
    ("semaines", Category::Duration),
    ("jour", Category::Duration),
    ("jours", Category::Duration),
    ("journees", Category::Duration),
    ("nuit", Category::Duration),
    ("nuits", Category::Duration),
    ("heure", Category::Duration),
    ("heures", Category::Duration),
    ("minute", Category::Duration),
    ("minutes", Category::Duration),
    ("seconde", Category::Duration),
    ("secondes", Category::Duration),
    ("siecle", Category::Duration),
    ("siecles", Category::Duration),
    ("decennie", Category::Duration),
    ("decennies", Category::Duration),
    ("trimestres", Category::Duration),
    ("semestres", Category::Duration),
    // temperature
    ("°", Category::Temperature),
    ("°c", Category::Temperature),
    ("°f", Category::Temperature),
    ("° c", Category::Temperature),
    ("° f", Category::Temperature),
    ("° celsius", Category::Temperature),
    ("° fahrenheit", Category::Temperature),
    ("degre", Category::Temperature),
    ("degres", Category::Temperature),
    ("degre c", Category::Temperature),
    ("degres c", Category::Temperature),
    ("degre f", Category::Temperature),
    ("degres f", Category::Temperature),
    ("degre celsius", Category::Temperature),
    ("degres celsius", Category::Temperature),
    ("degres fahrenheit", Category::Temperature),
    ("deg.", Category::Temperature),
    ("celsius", Category::Temperature),
    ("fahrenheit", Category::Temperature),
];

/// Currency names, symbols and codes with their ISO 4217 code and whether
/// the name is ambiguous.
pub const DEFAULT_CURRENCIES: &[(&str, &str, bool)] = &[
    ("€", "EUR", false),
    ("euro", "EUR", false),
    ("euros", "EUR", false),
    ("eur", "EUR", false),
    ("$", "USD", true),
    ("dollar", "USD", true),
    ("dollars", "USD", true),
    ("dollars americains", "USD", false),
    ("dollar americain", "USD", false),
    ("usd", "USD", false),
    ("us$", "USD", false),
    ("dollars canadiens", "CAD", false),
    ("cad", "CAD", false),
    ("dollars australiens", "AUD", false),
    ("dollars zimbabweens", "ZWL", false),
    ("dollars de hong kong", "HKD", false),
    ("francs cfa", "XOF", true),
    ("franc cfa", "XOF", true),
    ("fcfa", "XOF", true),
    ("xof", "XOF", false),
    ("xaf", "XAF", false),
    ("francs", "XOF", true),
    ("francs suisses", "CHF", false),
    ("franc suisse", "CHF", false),
    ("chf", "CHF", false),
    ("francs guineens", "GNF", false),
    ("francs congolais", "CDF", false),
    ("francs rwandais", "RWF", false),
    ("francs burundais", "BIF", false),
    ("£", "GBP", true),
    ("livres sterling", "GBP", false),
    ("livre sterling", "GBP", false),
    ("livres", "GBP", true),
    ("livre", "GBP", true),
    ("pounds", "GBP", true),
    ("gbp", "GBP", false),
    ("livres egyptiennes", "EGP", false),
    ("livres libanaises", "LBP", false),
    ("livres turques", "TRY", false),
    ("livres soudanaises", "SDG", false),
    ("roubles", "RUB", false),
    ("rouble", "RUB", false),
    ("rub", "RUB", false),
    ("yuans", "CNY", false),
    ("yuan", "CNY", false),
    ("cny", "CNY", false),
    ("yens", "JPY", false),
    ("yen", "JPY", false),
    ("¥", "JPY", true),
    ("jpy", "JPY", false),
    ("nairas", "NGN", false),
    ("naira", "NGN", false),
    ("ngn", "NGN", false),
    ("dirhams", "MAD", true),
    ("dirham", "MAD", true),
    ("dirhams marocains", "MAD", false),
    ("dirhams emiratis", "AED", false),
    ("mad", "MAD", false),
    ("dinars", "DZD", true),
    ("dinars algeriens", "DZD", false),
    ("dinars tunisiens", "TND", false),
    ("dinars irakiens", "IQD", false),
    ("dinars libyens", "LYD", false),
    ("rands", "ZAR", false),
    ("rand", "ZAR", false),
    ("roupies", "INR", true),
    ("roupies indiennes", "INR", false),
    ("shekels", "ILS", false),
    ("shekel", "ILS", false),
    ("hryvnias", "UAH", false),
    ("hryvnia", "UAH", false),
    ("cedis", "GHS", false),
    ("birrs", "ETB", false),
    ("shillings kenyans", "KES", false),
    ("ouguiyas", "MRU", false),
    ("leones", "SLE", false),
    ("pesos", "MXN", true),
    ("reais", "BRL", false),
    ("reals", "BRL", false),
    ("rials", "IRR", true),
    ("riyals", "SAR", true),
    ("riyals saoudiens", "SAR", false),
    ("zlotys", "PLN", false),
    ("wons", "KRW", false),
    ("couronnes", "SEK", true),
];

/// FNV-1a: a fast hash for the short keys of the lexicon (keys come from
/// the embedded tables and the user's builder, not from an adversary).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// What the lexicon holds for a folded key, for the finder's look-ups:
/// its own entry, and the most words of the entries of several tokens it
/// is the first token of (0: none).
#[derive(Clone, Copy, Debug, Default)]
struct KeyEntry {
    info: Option<UnitInfo>,
    multi: usize,
}

/// The keys of the lexicon's two maps by their bytes, each answered by
/// one probe ([`UnitLexicon::lookup_bytes`]): the finder's keys are bytes
/// (a [`crate::word_key::WordKey`]), looked up without a UTF-8 check.
#[derive(Clone, Default)]
struct ByteKeys(HashMap<Box<[u8]>, KeyEntry, FnvBuild>);

/// Shown as its number of keys (the maps it mirrors show them).
impl std::fmt::Debug for ByteKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteKeys")
            .field("keys", &self.0.len())
            .finish()
    }
}

/// The lexicon used by [`crate::NumberFinder`].
#[derive(Clone, Debug)]
pub struct UnitLexicon {
    entries: HashMap<String, UnitInfo, FnvBuild>,
    /// First tokens of the entries of several tokens, with the most words
    /// of those entries.
    multi_first: HashMap<String, usize, FnvBuild>,
    /// Longest key in words (bounds the look-ahead).
    max_words: usize,
    /// Whether a key, or the first token of a key of several tokens, is a
    /// number word ("cent", "deux"): then the finder asks the lexicon
    /// about number words too.
    number_words: bool,
    /// The shapes of the keys of `entries`, asked before it.
    shapes: KeyShapes,
    /// The shapes of the keys of `multi_first`, asked before it.
    multi_shapes: KeyShapes,
    /// `entries` and `multi_first` by the bytes of their keys.
    by_bytes: ByteKeys,
}

impl Default for UnitLexicon {
    fn default() -> Self {
        UnitLexicon::embedded()
    }
}

impl UnitLexicon {
    /// An empty lexicon.
    pub fn empty() -> UnitLexicon {
        UnitLexicon {
            entries: HashMap::default(),
            multi_first: HashMap::default(),
            max_words: 1,
            number_words: false,
            shapes: KeyShapes::default(),
            multi_shapes: KeyShapes::default(),
            by_bytes: ByteKeys::default(),
        }
    }

    /// The embedded lexicon: [`DEFAULT_UNITS`] and [`DEFAULT_CURRENCIES`].
    pub fn embedded() -> UnitLexicon {
        let mut lex = UnitLexicon::empty();
        for &(name, category) in DEFAULT_UNITS {
            lex.insert(name, category);
        }
        for &(name, code, ambiguous) in DEFAULT_CURRENCIES {
            lex.insert_currency(name, code, ambiguous);
        }
        lex
    }

    fn put(&mut self, name: &str, info: UnitInfo) {
        let key = fold_phrase(name).replace("' ", "'");
        let words = key.split(' ').count() + key.matches('\'').count();
        self.max_words = self.max_words.max(words);
        if words > 1 {
            // The first token: up to a space, or through an elision's "'".
            let cut = key
                .char_indices()
                .find(|&(_, c)| c == ' ' || c == '\'')
                .map_or(key.len(), |(k, c)| if c == '\'' { k + 1 } else { k });
            let first = key.get(..cut).unwrap_or(&key);
            self.number_words |= is_number_key(first.as_bytes());
            self.multi_shapes.insert(first.as_bytes());
            let longest = self.multi_first.entry(first.to_string()).or_insert(0);
            *longest = (*longest).max(words);
            let by_bytes = self.by_bytes.0.entry(first.as_bytes().into()).or_default();
            by_bytes.multi = by_bytes.multi.max(words);
        }
        self.number_words |= is_number_key(key.as_bytes());
        self.shapes.insert(key.as_bytes());
        self.by_bytes
            .0
            .entry(key.as_bytes().into())
            .or_default()
            .info = Some(info);
        self.entries.insert(key, info);
    }

    /// Adds (or replaces) a counted noun or unit with its category.
    pub fn insert(&mut self, name: &str, category: Category) {
        self.put(
            name,
            UnitInfo {
                category: Some(category),
                currency: None,
                ambiguous: false,
            },
        );
    }

    /// Adds (or replaces) a currency name, symbol or code.
    pub fn insert_currency(&mut self, name: &str, iso_code: &'static str, ambiguous: bool) {
        self.put(
            name,
            UnitInfo {
                category: Some(Category::Money),
                currency: Some(iso_code),
                ambiguous,
            },
        );
    }

    /// Looks up a folded key (see the module docs). Most keys that are no
    /// entry are answered by their shape (length, first and last byte),
    /// without hashing.
    pub fn get(&self, folded_key: &str) -> Option<&UnitInfo> {
        if !self.shapes.may_hold(folded_key.as_bytes()) {
            return None;
        }
        self.entries.get(folded_key)
    }

    /// [`UnitLexicon::get`] on the bytes of a folded key (ASCII: a
    /// [`crate::word_key::WordKey`]), the shape asked before the key is
    /// checked for UTF-8.
    #[inline]
    pub(crate) fn get_bytes(&self, folded_key: &[u8]) -> Option<&UnitInfo> {
        if !self.shapes.may_hold(folded_key) {
            return None;
        }
        self.by_bytes
            .0
            .get(folded_key)
            .and_then(|e| e.info.as_ref())
    }

    /// [`UnitLexicon::get_bytes`] and [`UnitLexicon::multiword_len`] of
    /// the same key, by one probe. O(length of the key).
    #[inline]
    pub(crate) fn lookup_bytes(&self, folded_key: &[u8]) -> (Option<&UnitInfo>, usize) {
        let own = self.shapes.may_hold(folded_key);
        let first = self.multi_shapes.may_hold(folded_key);
        if !own && !first {
            return (None, 0);
        }
        match self.by_bytes.0.get(folded_key) {
            Some(e) => (
                e.info.as_ref().filter(|_| own),
                if first { e.multi } else { 0 },
            ),
            None => (None, 0),
        }
    }

    /// Whether a folded first token starts an entry of several tokens.
    pub fn starts_multiword(&self, folded_first: &str) -> bool {
        self.multi_shapes.may_hold(folded_first.as_bytes())
            && self.multi_first.contains_key(folded_first)
    }

    /// The most words of the entries of several tokens that start with a
    /// folded first token; 0 when none does.
    pub(crate) fn multiword_len(&self, folded_first: &[u8]) -> usize {
        if !self.multi_shapes.may_hold(folded_first) {
            return 0;
        }
        self.by_bytes.0.get(folded_first).map_or(0, |e| e.multi)
    }

    /// Whether a number word (folded) may be a key or start one (see
    /// `number_words`); false for the embedded lexicon.
    pub(crate) fn has_number_words(&self) -> bool {
        self.number_words
    }

    /// The longest entry, in tokens.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lookup() {
        let lex = UnitLexicon::embedded();
        assert_eq!(
            lex.get("soldats").and_then(|u| u.category),
            Some(Category::Troops)
        );
        assert_eq!(
            lex.get("chefs d'etat").and_then(|u| u.category),
            Some(Category::People)
        );
        let cfa = lex.get("francs cfa").copied();
        assert_eq!(cfa.and_then(|u| u.currency), Some("XOF"));
        assert!(cfa.is_some_and(|u| u.ambiguous));
        assert!(lex.max_words() >= 3);
        assert!(!lex.has_number_words());
        let mut with = lex.clone();
        with.insert("cent têtes", Category::Other);
        assert!(with.has_number_words());
        let mut with = lex.clone();
        with.insert("Deux", Category::Other);
        assert!(with.has_number_words());
        assert_eq!(lex.multiword_len(b"dollars"), 4);
        assert_eq!(lex.multiword_len(b"morts"), 2);
        assert_eq!(lex.multiword_len(b"chefs"), 3);
        assert_eq!(lex.multiword_len(b"soldats"), 0);
    }
}
