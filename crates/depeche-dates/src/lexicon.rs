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
    Qui,
    Suit,
    /// "ces" ("ces derniers jours").
    Ces,
    /// "dizaine(s)", "vingtaine", "trentaine", "centaine(s)": about 10, 20,
    /// 30, 100 ("quinzaine" is [`Kw::Quinzaine`]).
    Dizaine,
    Vingtaine,
    Trentaine,
    Centaine,
    /// "quelques", "plusieurs": a vague amount.
    Quelques,
    /// "mi-journée".
    MiJournee,
    Paques,
    Ascension,
    Pentecote,
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

/// Every simple word, sorted by its folded form (byte order) for binary
/// search; a unit test checks the order.
pub(crate) const WORDS: &[(&str, WordClass)] = &[
    ("1er", WordClass::Ordinal(1)),
    ("1ere", WordClass::Ordinal(1)),
    ("1re", WordClass::Ordinal(1)),
    ("a", WordClass::Kw(Kw::A)),
    ("actuellement", WordClass::Kw(Kw::Actuellement)),
    ("alentours", WordClass::Kw(Kw::Alentours)),
    ("an", WordClass::Unit(Unit::Year)),
    ("annee", WordClass::Unit(Unit::Year)),
    ("annees", WordClass::Kw(Kw::Annees)),
    ("ans", WordClass::Unit(Unit::Year)),
    ("aout", WordClass::Month(8)),
    ("apres", WordClass::Kw(Kw::Apres)),
    ("apres-demain", WordClass::Kw(Kw::ApresDemain)),
    ("apres-midi", WordClass::Part(PartOfDay::Afternoon)),
    ("ascension", WordClass::Kw(Kw::Ascension)),
    ("au", WordClass::Kw(Kw::Au)),
    ("aujourd'hui", WordClass::Kw(Kw::Aujourdhui)),
    ("aujourd'hui-meme", WordClass::Kw(Kw::Actuellement)),
    ("automne", WordClass::Season(Season::Autumn)),
    ("autour", WordClass::Kw(Kw::Autour)),
    ("autrefois", WordClass::Kw(Kw::Autrefois)),
    ("aux", WordClass::Kw(Kw::Aux)),
    ("avant", WordClass::Kw(Kw::Avant)),
    ("avant-hier", WordClass::Kw(Kw::AvantHier)),
    ("avenir", WordClass::Kw(Kw::Avenir)),
    ("avr", WordClass::Month(4)),
    ("avril", WordClass::Month(4)),
    ("ce", WordClass::Kw(Kw::Ce)),
    ("cent", WordClass::Number(100)),
    ("centaine", WordClass::Kw(Kw::Centaine)),
    ("centaines", WordClass::Kw(Kw::Centaine)),
    ("cents", WordClass::Number(100)),
    ("ces", WordClass::Kw(Kw::Ces)),
    ("cet", WordClass::Kw(Kw::Ce)),
    ("cette", WordClass::Kw(Kw::Ce)),
    ("chaque", WordClass::Kw(Kw::Chaque)),
    ("cinq", WordClass::Number(5)),
    ("cinquante", WordClass::Number(50)),
    ("cinquieme", WordClass::Ordinal(5)),
    ("courant", WordClass::Kw(Kw::Courant)),
    ("cours", WordClass::Kw(Kw::Cours)),
    ("d'", WordClass::Kw(Kw::De)),
    ("dans", WordClass::Kw(Kw::Dans)),
    ("de", WordClass::Kw(Kw::De)),
    ("debut", WordClass::Kw(Kw::Debut)),
    ("dec", WordClass::Month(12)),
    ("decembre", WordClass::Month(12)),
    ("decennie", WordClass::Unit(Unit::Decade)),
    ("decennies", WordClass::Unit(Unit::Decade)),
    ("demain", WordClass::Kw(Kw::Demain)),
    ("demi", WordClass::Kw(Kw::Demi)),
    ("demie", WordClass::Kw(Kw::Demi)),
    ("depuis", WordClass::Kw(Kw::Depuis)),
    ("dernier", WordClass::Kw(Kw::Dernier)),
    ("derniere", WordClass::Kw(Kw::Dernier)),
    ("dernieres", WordClass::Kw(Kw::Dernier)),
    ("derniers", WordClass::Kw(Kw::Dernier)),
    ("des", WordClass::Kw(Kw::Des)),
    ("deux", WordClass::Number(2)),
    ("deuxieme", WordClass::Ordinal(2)),
    ("dimanche", WordClass::Weekday(7)),
    ("dimanches", WordClass::Weekday(7)),
    ("dix", WordClass::Number(10)),
    ("dizaine", WordClass::Kw(Kw::Dizaine)),
    ("dizaines", WordClass::Kw(Kw::Dizaine)),
    ("douze", WordClass::Number(12)),
    ("du", WordClass::Kw(Kw::Du)),
    ("durant", WordClass::Kw(Kw::Pendant)),
    ("en", WordClass::Kw(Kw::En)),
    ("entre", WordClass::Kw(Kw::Entre)),
    ("environ", WordClass::Kw(Kw::Environ)),
    ("et", WordClass::Kw(Kw::Et)),
    ("ete", WordClass::Season(Season::Summer)),
    ("fete", WordClass::Kw(Kw::Fete)),
    ("fev", WordClass::Month(2)),
    ("fevr", WordClass::Month(2)),
    ("fevrier", WordClass::Month(2)),
    ("fin", WordClass::Kw(Kw::Fin)),
    ("fois", WordClass::Kw(Kw::Fois)),
    ("gmt", WordClass::Kw(Kw::Utc)),
    ("heure", WordClass::Unit(Unit::Hour)),
    ("heures", WordClass::Unit(Unit::Hour)),
    ("hier", WordClass::Kw(Kw::Hier)),
    ("hiver", WordClass::Season(Season::Winter)),
    ("huit", WordClass::Number(8)),
    ("ici", WordClass::Kw(Kw::Ici)),
    ("il", WordClass::Kw(Kw::Il)),
    ("jadis", WordClass::Kw(Kw::Autrefois)),
    ("jan", WordClass::Month(1)),
    ("janv", WordClass::Month(1)),
    ("janvier", WordClass::Month(1)),
    ("jeudi", WordClass::Weekday(4)),
    ("jeudis", WordClass::Weekday(4)),
    ("jour", WordClass::Unit(Unit::Day)),
    ("journee", WordClass::Unit(Unit::Day)),
    ("journees", WordClass::Unit(Unit::Day)),
    ("jours", WordClass::Unit(Unit::Day)),
    ("juil", WordClass::Month(7)),
    ("juillet", WordClass::Month(7)),
    ("juin", WordClass::Month(6)),
    ("jusqu'", WordClass::Kw(Kw::Jusqu)),
    ("jusque", WordClass::Kw(Kw::Jusqu)),
    ("l'", WordClass::Kw(Kw::La)),
    ("la", WordClass::Kw(Kw::La)),
    ("le", WordClass::Kw(Kw::Le)),
    ("lendemain", WordClass::Kw(Kw::Lendemain)),
    ("les", WordClass::Kw(Kw::Les)),
    ("locale", WordClass::Kw(Kw::Locale)),
    ("lun", WordClass::Weekday(1)),
    ("lundi", WordClass::Weekday(1)),
    ("lundis", WordClass::Weekday(1)),
    ("mai", WordClass::Month(5)),
    ("maintenant", WordClass::Kw(Kw::Maintenant)),
    ("mardi", WordClass::Weekday(2)),
    ("mardis", WordClass::Weekday(2)),
    ("mars", WordClass::Month(3)),
    ("mat", WordClass::Part(PartOfDay::Morning)),
    ("matin", WordClass::Part(PartOfDay::Morning)),
    ("matinee", WordClass::Part(PartOfDay::Morning)),
    ("mercredi", WordClass::Weekday(3)),
    ("mercredis", WordClass::Weekday(3)),
    ("mi", WordClass::Kw(Kw::Mi)),
    ("mi-journee", WordClass::Kw(Kw::MiJournee)),
    ("midi", WordClass::Kw(Kw::Midi)),
    ("milieu", WordClass::Kw(Kw::Milieu)),
    ("mille", WordClass::Number(1000)),
    ("min", WordClass::Unit(Unit::Minute)),
    ("mins", WordClass::Unit(Unit::Minute)),
    ("minuit", WordClass::Kw(Kw::Minuit)),
    ("minute", WordClass::Unit(Unit::Minute)),
    ("minutes", WordClass::Unit(Unit::Minute)),
    ("moins", WordClass::Kw(Kw::Moins)),
    ("mois", WordClass::Unit(Unit::Month)),
    ("moment", WordClass::Kw(Kw::Moment)),
    ("neuf", WordClass::Number(9)),
    ("noel", WordClass::Kw(Kw::Noel)),
    ("nouvel", WordClass::Kw(Kw::Nouvel)),
    ("nov", WordClass::Month(11)),
    ("novembre", WordClass::Month(11)),
    ("nuit", WordClass::Part(PartOfDay::Night)),
    ("oct", WordClass::Month(10)),
    ("octobre", WordClass::Month(10)),
    ("onze", WordClass::Number(11)),
    ("paques", WordClass::Kw(Kw::Paques)),
    ("partir", WordClass::Kw(Kw::Partir)),
    ("passe", WordClass::Kw(Kw::Dernier)),
    ("passee", WordClass::Kw(Kw::Dernier)),
    ("passees", WordClass::Kw(Kw::Dernier)),
    ("passes", WordClass::Kw(Kw::Dernier)),
    ("pendant", WordClass::Kw(Kw::Pendant)),
    ("pentecote", WordClass::Kw(Kw::Pentecote)),
    ("peu", WordClass::Kw(Kw::Peu)),
    ("plus", WordClass::Kw(Kw::Plus)),
    ("plusieurs", WordClass::Kw(Kw::Quelques)),
    ("precedent", WordClass::Kw(Kw::Dernier)),
    ("precedente", WordClass::Kw(Kw::Dernier)),
    ("premier", WordClass::Ordinal(1)),
    ("premiere", WordClass::Ordinal(1)),
    ("present", WordClass::Kw(Kw::Present)),
    ("printemps", WordClass::Season(Season::Spring)),
    ("prochain", WordClass::Kw(Kw::Prochain)),
    ("prochaine", WordClass::Kw(Kw::Prochain)),
    ("prochaines", WordClass::Kw(Kw::Prochain)),
    ("prochains", WordClass::Kw(Kw::Prochain)),
    ("quarante", WordClass::Number(40)),
    ("quart", WordClass::Kw(Kw::Quart)),
    ("quarts", WordClass::Kw(Kw::Quart)),
    ("quatorze", WordClass::Number(14)),
    ("quatre", WordClass::Number(4)),
    ("quatrieme", WordClass::Ordinal(4)),
    ("que", WordClass::Kw(Kw::Que)),
    ("quelques", WordClass::Kw(Kw::Quelques)),
    ("qui", WordClass::Kw(Kw::Qui)),
    ("quinzaine", WordClass::Kw(Kw::Quinzaine)),
    ("quinze", WordClass::Number(15)),
    ("samedi", WordClass::Weekday(6)),
    ("samedis", WordClass::Weekday(6)),
    ("sec", WordClass::Unit(Unit::Second)),
    ("second", WordClass::Ordinal(2)),
    ("seconde", WordClass::Unit(Unit::Second)),
    ("secondes", WordClass::Unit(Unit::Second)),
    ("secs", WordClass::Unit(Unit::Second)),
    ("seize", WordClass::Number(16)),
    ("semaine", WordClass::Unit(Unit::Week)),
    ("semaines", WordClass::Unit(Unit::Week)),
    ("semestre", WordClass::Unit(Unit::Half)),
    ("semestres", WordClass::Unit(Unit::Half)),
    ("sept", WordClass::Number(7)),
    ("septembre", WordClass::Month(9)),
    ("siecle", WordClass::Unit(Unit::Century)),
    ("siecles", WordClass::Unit(Unit::Century)),
    ("six", WordClass::Number(6)),
    ("soir", WordClass::Part(PartOfDay::Evening)),
    ("soiree", WordClass::Part(PartOfDay::Evening)),
    ("soixante", WordClass::Number(60)),
    ("suit", WordClass::Kw(Kw::Suit)),
    ("suivant", WordClass::Kw(Kw::Suivant)),
    ("suivante", WordClass::Kw(Kw::Suivant)),
    ("suivantes", WordClass::Kw(Kw::Suivant)),
    ("suivants", WordClass::Kw(Kw::Suivant)),
    ("tard", WordClass::Kw(Kw::Tard)),
    ("tot", WordClass::Kw(Kw::Tot)),
    ("tous", WordClass::Kw(Kw::Tous)),
    ("toussaint", WordClass::Kw(Kw::Toussaint)),
    ("toutes", WordClass::Kw(Kw::Tous)),
    ("travail", WordClass::Kw(Kw::Travail)),
    ("treize", WordClass::Number(13)),
    ("trentaine", WordClass::Kw(Kw::Trentaine)),
    ("trente", WordClass::Number(30)),
    ("tres", WordClass::Kw(Kw::Tres)),
    ("trimestre", WordClass::Unit(Unit::Quarter)),
    ("trimestres", WordClass::Unit(Unit::Quarter)),
    ("trois", WordClass::Number(3)),
    ("troisieme", WordClass::Ordinal(3)),
    ("un", WordClass::Number(1)),
    ("une", WordClass::Number(1)),
    ("utc", WordClass::Kw(Kw::Utc)),
    ("veille", WordClass::Kw(Kw::Veille)),
    ("vendredi", WordClass::Weekday(5)),
    ("vendredis", WordClass::Weekday(5)),
    ("vers", WordClass::Kw(Kw::Vers)),
    ("vingt", WordClass::Number(20)),
    ("vingtaine", WordClass::Kw(Kw::Vingtaine)),
    ("vingts", WordClass::Number(20)),
    ("week-end", WordClass::Kw(Kw::Weekend)),
    ("week-ends", WordClass::Kw(Kw::Weekend)),
    ("weekend", WordClass::Kw(Kw::Weekend)),
    ("weekends", WordClass::Kw(Kw::Weekend)),
    ("y", WordClass::Kw(Kw::Y)),
    ("zero", WordClass::Number(0)),
];

/// The first eight bytes of a key, big-endian, zero-padded: comparing two
/// packed keys compares their first eight bytes in byte order.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const fn pack(key: &[u8]) -> u64 {
    let mut v: u64 = 0;
    let mut i = 0;
    while i < 8 {
        let b = if i < key.len() { key[i] } else { 0 };
        v = (v << 8) | b as u64;
        i += 1;
    }
    v
}

/// [`WORDS`]' keys, packed, in the same order. (The tables below are built
/// at compile time: an index out of bounds there fails the build.)
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static PACKED: [u64; WORDS.len()] = {
    let mut out = [0u64; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        out[i] = pack(WORDS[i].0.as_bytes());
        i += 1;
    }
    out
};

/// Bit `len` of `FILTER[b]` is set when some key of length `len` (< 32)
/// starts with byte `b`: most words are rejected with one lookup.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static FILTER: [u32; 256] = {
    let mut f = [0u32; 256];
    let mut i = 0;
    while i < WORDS.len() {
        let k = WORDS[i].0.as_bytes();
        if k.len() < 32 {
            f[k[0] as usize] |= 1 << k.len();
        }
        i += 1;
    }
    f
};

/// Like [`FILTER`], for the keys that anchor an expression only.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static ANCHOR_FILTER: [u32; 256] = {
    let mut f = [0u32; 256];
    let mut i = 0;
    while i < WORDS.len() {
        let k = WORDS[i].0.as_bytes();
        if k.len() < 32 && crate::lex::is_anchor(WORDS[i].1) {
            f[k[0] as usize] |= 1 << k.len();
        }
        i += 1;
    }
    f
};

/// For the words of the lexicon (`anchors_only`: its anchor words), by
/// their first two folded letters (5 bits of each), the set of their
/// lengths (bit `len`).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const fn pair_filter(anchors_only: bool) -> [u32; 1024] {
    let mut f = [0u32; 1024];
    let mut i = 0;
    while i < WORDS.len() {
        let k = WORDS[i].0.as_bytes();
        if k.len() >= 2 && k.len() < 32 && (!anchors_only || crate::lex::is_anchor(WORDS[i].1)) {
            f[pair_index(k[0], k[1])] |= 1 << k.len();
        }
        i += 1;
    }
    f
}

/// For each pair of first two folded letters (5 bits of each: row
/// `first & 31`, bit `second & 31`), whether some key of the lexicon, some
/// number word (a compound starts with one) or "mi-" starts with them.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static STARTS: [u32; 32] = {
    let mut f = [0u32; 32];
    let mut i = 0;
    while i < WORDS.len() + NUMBER_WORDS.len() + 1 {
        let k = if i < WORDS.len() {
            WORDS[i].0.as_bytes()
        } else if i < WORDS.len() + NUMBER_WORDS.len() {
            NUMBER_WORDS[i - WORDS.len()].0.as_bytes()
        } else {
            b"mi-"
        };
        if k.len() >= 2 {
            f[(k[0] & 31) as usize] |= 1 << (k[1] & 31);
        }
        i += 1;
    }
    f
};

/// Whether a word whose first two letters fold to `first` and `second`
/// (ASCII letters, either case) may be anything to the lexer: false when
/// no key of the lexicon, no number word and no "mi-" starts with them,
/// whatever the rest of the word. One table lookup.
#[inline]
pub(crate) fn may_start_key(first: u8, second: u8) -> bool {
    STARTS
        .get(usize::from(first & 31))
        .is_some_and(|row| row & (1 << (second & 31)) != 0)
}

/// [`pair_filter`] of the anchor words.
static ANCHOR_PAIRS: [u32; 1024] = pair_filter(true);
/// [`pair_filter`] of every word.
static KEY_PAIRS: [u32; 1024] = pair_filter(false);

/// The slot of [`ANCHOR_PAIRS`] for two folded letters.
const fn pair_index(first: u8, second: u8) -> usize {
    (((first & 31) as usize) << 5) | (second & 31) as usize
}

/// Whether some anchor word of the lexicon starts with the folded letters
/// `first` and `second` and is `len` bytes long: a finer filter than
/// [`may_be_anchor`], which passes a third of the words of news copy.
#[inline]
pub(crate) fn may_be_anchor_pair(first: u8, second: u8, len: usize) -> bool {
    pair_filter_has(&ANCHOR_PAIRS, first, second, len)
}

/// Whether some word of the lexicon starts with the folded letters `first`
/// and `second` and is `len` bytes long (2 or more): a finer filter than
/// [`may_be_key`].
#[inline]
pub(crate) fn may_be_key_pair(first: u8, second: u8, len: usize) -> bool {
    pair_filter_has(&KEY_PAIRS, first, second, len)
}

/// Whether `filter` (see [`pair_filter`]) has a word of `len` bytes
/// starting with `first` and `second`.
#[inline]
fn pair_filter_has(filter: &[u32; 1024], first: u8, second: u8, len: usize) -> bool {
    len < 32
        && filter
            .get(pair_index(first, second))
            .is_some_and(|f| f & (1 << len) != 0)
}

/// Whether some anchor word of the lexicon starts with `first` (folded)
/// and is `len` bytes long.
#[inline]
pub(crate) fn may_be_anchor(first: u8, len: usize) -> bool {
    // Indexing a 256-entry table by a u8 cannot go out of bounds.
    len < 32
        && ANCHOR_FILTER
            .get(usize::from(first))
            .is_some_and(|f| f & (1 << len) != 0)
}

/// Slots of [`TABLE`] (a power of two, over twice the number of words).
const SLOTS: usize = 1024;

fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
}

/// An open-addressing hash table over [`PACKED`]: slot -> index + 1 into
/// [`WORDS`] (0 = empty), linear probing.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static TABLE: [u16; SLOTS] = {
    let mut t = [0u16; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let mut h = (PACKED[i].wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize;
        while t[h] != 0 {
            h = (h + 1) % SLOTS;
        }
        t[h] = i as u16 + 1;
        i += 1;
    }
    t
};

/// Whether some simple word of the lexicon starts with `first` (folded)
/// and is `len` bytes long.
#[inline]
pub(crate) fn may_be_key(first: u8, len: usize) -> bool {
    // Indexing a 256-entry table by a u8 cannot go out of bounds.
    len < 32
        && FILTER
            .get(usize::from(first))
            .is_some_and(|f| f & (1 << len) != 0)
}

/// Looks a folded word up: simple words by binary search in [`WORDS`],
/// hyphenated number words ("dix-huit") by composition.
pub(crate) fn classify(word: &str) -> Option<WordClass> {
    let b = word.as_bytes();
    let first = *b.first()?;
    let known = may_be_key(first, b.len());
    if !known {
        return if word.contains('-') {
            number_word(word).map(WordClass::Number)
        } else {
            None
        };
    }
    let key = pack(b);
    let rest = b.get(8..).unwrap_or(&[]);
    let mut h = slot(key);
    let mut found = None;
    // The table is less than half full: probing ends at an empty slot.
    for _ in 0..SLOTS {
        let Some(&idx) = TABLE.get(h) else {
            break;
        };
        if idx == 0 {
            break;
        }
        let i = usize::from(idx - 1);
        if PACKED.get(i) == Some(&key) {
            if let Some(&(k, c)) = WORDS.get(i) {
                let tail = k.as_bytes().get(8..).unwrap_or(&[]);
                if tail.len() == rest.len() && (rest.is_empty() || tail == rest) {
                    found = Some(c);
                    break;
                }
            }
        }
        h = (h + 1) % SLOTS;
    }
    match found {
        Some(c) => Some(c),
        None if word.contains('-') => number_word(word).map(WordClass::Number),
        None => None,
    }
}

/// Looks up a word of one to eight ASCII bytes, no hyphen among them, in
/// any case: [`classify`] of its ASCII lower case, without writing it out
/// (the common case of the lexer and the anchor scan: "de", "le", "mars").
/// `O(len)` to pack the key, then a hash probe.
pub(crate) fn classify_short_ascii(word: &[u8]) -> Option<WordClass> {
    debug_assert!(word.len() <= 8 && word.is_ascii() && !word.contains(&b'-'));
    let mut key: u64 = 0;
    for &c in word {
        key = (key << 8) | u64::from(c.to_ascii_lowercase());
    }
    let len = word.len();
    if len == 0 || len > 8 {
        return None;
    }
    lookup_packed(key << (8 * (8 - len)))
}

/// Looks up a word of one to eight folded bytes with no hyphen, packed as
/// [`pack`] packs it (the first byte highest, zeros after the word):
/// [`classify`] of the word. A hash probe.
#[inline]
pub(crate) fn classify_packed(key: u64) -> Option<WordClass> {
    lookup_packed(key)
}

/// Looks up a word of at most eight folded bytes, packed as [`pack`] packs
/// it: [`classify`] of the word, for one with no hyphen. A hash probe.
fn lookup_packed(key: u64) -> Option<WordClass> {
    let mut h = slot(key);
    // The table is less than half full: probing ends at an empty slot.
    for _ in 0..SLOTS {
        let &idx = TABLE.get(h)?;
        if idx == 0 {
            return None;
        }
        let i = usize::from(idx - 1);
        if PACKED.get(i) == Some(&key) {
            // Keys hold no NUL byte: equal packs of at most eight bytes are
            // equal words.
            return WORDS.get(i).filter(|(k, _)| k.len() <= 8).map(|&(_, c)| c);
        }
        h = (h + 1) % SLOTS;
    }
    None
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
/// hyphenated ("dix-huit", "vingt-et-un", "quatre-vingt-dix"). Simple
/// words come from the table above (the hot path); compounds are read by
/// [`depeche_numbers::parse_cardinal_words`].
pub(crate) fn number_word(word: &str) -> Option<u32> {
    if !word.contains('-') {
        return simple_number(word);
    }
    // Compounds start with a number word: skip the parse for other words.
    let head = word.split('-').next().unwrap_or("");
    simple_number(head)?;
    depeche_numbers::parse_cardinal_words(word)
        .ok()
        .and_then(|v| u32::try_from(v).ok())
}

/// The month (1 for January to 12) that a French month name or its usual
/// abbreviation stands for, in any case, with or without accents:
/// "mars", "Février", "FEVRIER", "août", "janv", "déc".
///
/// ```
/// assert_eq!(depeche_dates::month_number("Février"), Some(2));
/// assert_eq!(depeche_dates::month_number("aout"), Some(8));
/// assert_eq!(depeche_dates::month_number("déc"), Some(12));
/// assert_eq!(depeche_dates::month_number("mardi"), None);
/// ```
///
/// A lookup in the lexicon the [`DateFinder`](crate::DateFinder) reads
/// with: `O(len)` to fold the word, then a hash probe.
pub fn month_number(word: &str) -> Option<u32> {
    match classify_word(word)? {
        WordClass::Month(m) => Some(m),
        _ => None,
    }
}

/// The ISO weekday (1 for Monday to 7 for Sunday) that a French weekday
/// name stands for, in any case, with or without accents, singular or
/// plural: "mardi", "Dimanche", "lundis", and the abbreviations of the
/// lexicon ("lun").
///
/// ```
/// assert_eq!(depeche_dates::weekday_number("Mardi"), Some(2));
/// assert_eq!(depeche_dates::weekday_number("dimanches"), Some(7));
/// assert_eq!(depeche_dates::weekday_number("mars"), None);
/// ```
pub fn weekday_number(word: &str) -> Option<u32> {
    match classify_word(word)? {
        WordClass::Weekday(d) => Some(d),
        _ => None,
    }
}

/// Folds `word` as the lexer does and looks it up.
fn classify_word(word: &str) -> Option<WordClass> {
    let mut folded = String::with_capacity(word.len());
    crate::lex::fold_word_into(word, &mut folded);
    classify(&folded)
}

/// Every class of the lexicon's simple words, with repeats (for tests).
#[cfg(test)]
pub(crate) fn word_classes() -> impl Iterator<Item = WordClass> {
    WORDS.iter().map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_and_number_word_passes_the_start_filter() {
        let keys = WORDS.iter().map(|(k, _)| *k);
        let numbers = NUMBER_WORDS.iter().map(|(k, _)| *k);
        for k in keys.chain(numbers).chain(["mi-mars"]) {
            let b = k.as_bytes();
            if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1].is_ascii_alphabetic() {
                assert!(may_start_key(b[0], b[1]), "{k}");
                assert!(
                    may_start_key(b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()),
                    "{k}"
                );
            }
        }
        // Common words of news copy that start no key.
        assert!(!may_start_key(b'g', b'o'));
        assert!(!may_start_key(b'R', b'u'));
    }

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
    fn table_holds_every_word() {
        assert!(WORDS.len() * 2 < SLOTS);
        assert_eq!(TABLE.iter().filter(|&&x| x != 0).count(), WORDS.len());
    }

    #[test]
    fn words_are_sorted_and_unique() {
        for w in WORDS.windows(2) {
            assert!(
                w[0].0.as_bytes() < w[1].0.as_bytes(),
                "{} >= {}",
                w[0].0,
                w[1].0
            );
        }
    }

    #[test]
    fn short_ascii_lookups_agree() {
        let mut words: Vec<String> = WORDS.iter().map(|(k, _)| k.to_string()).collect();
        for w in [
            "soldats", "Mars", "LE", "l'", "D'", "mardis", "septembr", "x", "Janv", "a", "y'",
        ] {
            words.push(w.to_string());
        }
        for k in WORDS.iter().map(|(k, _)| *k) {
            for cut in 1..k.len() {
                words.push(k[..cut].to_string());
            }
            words.push(k.to_uppercase());
        }
        for w in words {
            let b = w.as_bytes();
            if b.is_empty() || b.len() > 8 || !b.is_ascii() || b.contains(&b'-') {
                continue;
            }
            assert_eq!(
                classify_short_ascii(b),
                classify(&w.to_ascii_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn classifies_words() {
        assert_eq!(classify("fevrier"), Some(WordClass::Month(2)));
        assert_eq!(classify("mardi"), Some(WordClass::Weekday(2)));
        assert_eq!(classify("jours"), Some(WordClass::Unit(Unit::Day)));
        assert_eq!(classify("soldats"), None);
        assert_eq!(
            classify("actuellement"),
            Some(WordClass::Kw(Kw::Actuellement))
        );
        assert_eq!(
            classify("aujourd'hui-meme"),
            Some(WordClass::Kw(Kw::Actuellement))
        );
        assert_eq!(classify("aujourd'hui"), Some(WordClass::Kw(Kw::Aujourdhui)));
        assert_eq!(classify("septembre"), Some(WordClass::Month(9)));
        assert_eq!(classify("septembres"), None);
        for &(k, c) in WORDS {
            assert_eq!(classify(k), Some(c), "{k}");
        }
    }
}
