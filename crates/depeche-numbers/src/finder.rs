//! Finding numbers, amounts and quantities in running French text.

use std::cell::OnceCell;

use depeche_text::{roman::parse_roman, tokenize, Span, Token, TokenKind};

use crate::context_words::{
    approx_noun, ends_qualifier, is_function_word, is_identifier_noun, is_month,
    is_prenominal_adjective, is_vague_determiner, participle_category, phrases_ending_with,
    precedes_qualifier_end, single_word_qualifier,
};
use crate::digits::{parse_digits, parse_digits_saturating};
use crate::lexicon::{UnitInfo, UnitLexicon};
use crate::ordinal::{ordinal_rank_key, ordinal_word_rank, parse_ordinal_suffixed};
use crate::parse::{round_scaled, scale_key_power, suffix_multiplier};
use crate::scratch::Work;
use crate::windows::FINDER_WORD_INITIAL;
use crate::word_key::{same, WordKey};
use crate::words::{
    atom_of_key, parse_atoms, parse_atoms_from, push_key_atoms, push_word_atoms, Atom, Resume,
    WordAtom,
};
use crate::{Category, Flags, NumberError, NumberKind, NumberMatch, Qualifier, MAX_VALUE};

/// Finds every number in normalised French text, with its qualifier, unit,
/// currency and category.
///
/// Build it once ([`NumberFinder::new`] or [`NumberFinder::builder`]) and
/// share it: [`NumberFinder::find`] takes `&self`.
///
/// ```
/// use depeche_numbers::{NumberFinder, Category, Qualifier};
/// let finder = NumberFinder::builder().unit("drones", Category::Other).build();
/// let text = "L'armée dit avoir abattu entre 20 et 30 drones.";
/// let m = &finder.find(text)[0];
/// assert_eq!(m.text(text), "entre 20 et 30 drones");
/// assert_eq!((m.qualifier, m.min, m.max), (Qualifier::Range, Some(20.0), Some(30.0)));
/// assert_eq!(m.category, Some(Category::Other));
/// ```
#[derive(Clone, Debug, Default)]
pub struct NumberFinder {
    lexicon: UnitLexicon,
}

/// Builds a [`NumberFinder`] with extra lexicon entries.
#[derive(Clone, Debug, Default)]
pub struct NumberFinderBuilder {
    lexicon: UnitLexicon,
}

impl NumberFinderBuilder {
    /// Adds a counted noun or unit (as written, any case and accents; may
    /// be several words: "chars d'assaut") with its category.
    pub fn unit(mut self, name: &str, category: Category) -> Self {
        self.lexicon.insert(name, category);
        self
    }

    /// Adds a currency name, symbol or code with its ISO 4217 code.
    pub fn currency(mut self, name: &str, iso_code: &'static str, ambiguous: bool) -> Self {
        self.lexicon.insert_currency(name, iso_code, ambiguous);
        self
    }

    /// Replaces the whole lexicon (for example with [`UnitLexicon::empty`]).
    pub fn lexicon(mut self, lexicon: UnitLexicon) -> Self {
        self.lexicon = lexicon;
        self
    }

    /// The finder.
    pub fn build(self) -> NumberFinder {
        NumberFinder {
            lexicon: self.lexicon,
        }
    }
}

/// The number part of a mention, before its context is read.
#[derive(Clone, Copy, Debug)]
struct Core {
    /// First and one-past-last token.
    start: usize,
    end: usize,
    value: f64,
    kind: NumberKind,
    /// Qualifier set by the number itself ("une vingtaine", "des milliers").
    own_qualifier: Option<Qualifier>,
    /// Whether a noun must follow after "de" ("millions de", "centaines de").
    needs_de: bool,
    /// A lone "un"/"une" (an article unless it clearly counts).
    lone_un: bool,
    /// A lone "neuf" (often the adjective "new").
    lone_neuf: bool,
    flags: Flags,
}

/// Windows from this size on (bytes) get their room made at once.
const DENSE_WINDOW: usize = 16 << 10;

/// Per-call scratch buffers (kept per thread between calls: see
/// [`crate::scratch`]).
type Scratch = Work;

/// The counted noun or currency read after a number.
#[derive(Clone, Copy, Debug)]
struct UnitRead {
    /// The unit's own span (the head noun, or the currency words).
    span: Span,
    /// One past its last token.
    end: usize,
    info: Option<UnitInfo>,
    /// Whether it is a percent sign or "pour cent".
    percent: bool,
    /// Short scale before a currency ("M€").
    multiplier: f64,
}

/// A token of a window and its folded key, built on first use: several
/// rules ask for the key of the same token (the number, the qualifier
/// before it, the unit after it...), and it is built once.
#[derive(Clone)]
pub(crate) struct Tok {
    kind: TokenKind,
    span: Span,
    key: OnceCell<Option<WordKey>>,
}

impl Tok {
    /// A token of the window starting at byte `base` of the text.
    #[inline]
    fn new(t: Token, base: usize) -> Tok {
        Tok {
            kind: t.kind,
            span: Span::new(t.span.start + base, t.span.end + base),
            key: OnceCell::new(),
        }
    }

    /// The token's text in `text`.
    #[inline]
    fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text).unwrap_or("")
    }

    /// The token's bytes in `text` (the same as [`Tok::text`]'s, without
    /// testing that the span is on char boundaries: it is).
    #[inline]
    fn bytes<'a>(&self, text: &'a str) -> &'a [u8] {
        text.as_bytes()
            .get(self.span.start..self.span.end)
            .unwrap_or(&[])
    }

    /// Whether the token's first char is an upper-case letter.
    #[inline]
    fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// [`crate::parse::scale_word_power`] of the token's text, from its
    /// key.
    #[inline]
    fn scale_power(&self, text: &str) -> Option<u32> {
        let w = self.text(text).as_bytes();
        let first = w.first()?.to_ascii_lowercase();
        if !matches!(first, b'm' | b'b' | b't') || w.len() > 12 {
            return None;
        }
        scale_key_power(self.key(text)?.as_bytes())
    }

    /// The token's folded key (see [`WordKey::from_bytes`]); none for
    /// digits, times, percentages, punctuation, quotes and dashes, which no
    /// rule reads as a word.
    #[inline]
    fn key(&self, text: &str) -> Option<&WordKey> {
        if is_never_a_word(self.kind) {
            return None;
        }
        // Read in place: a key is 32 bytes, copies of it add up.
        self.key
            .get_or_init(|| WordKey::of_span(text.as_bytes(), self.span.start, self.span.end))
            .as_ref()
    }
}

#[inline]
fn key_of<'t>(text: &str, tok: &'t Tok) -> Option<&'t WordKey> {
    tok.key(text)
}

fn key_is(text: &str, tok: Option<&Tok>, want: &str) -> bool {
    tok.and_then(|t| key_of(text, t))
        .is_some_and(|k| same(k.as_bytes(), want.as_bytes()))
}

/// A capitalised plural noun: "Etats", "Français", "Américaines"; not an
/// acronym ("ONG") nor a one-letter word.
fn is_capitalized_plural(word: &str) -> bool {
    let lower_rest = word.chars().skip(1).all(|c| !c.is_uppercase());
    word.chars().count() > 2 && lower_rest && (word.ends_with('s') || word.ends_with('x'))
}

/// Plural demonyms by their ending ("Français", "Maliens", "Américaines").
fn is_demonym(word: &str) -> bool {
    [
        "ais", "aises", "ains", "aines", "iens", "iennes", "ois", "oises", "ins", "ines", "ens",
    ]
    .iter()
    .any(|sfx| word.ends_with(sfx))
}

/// Categories whose noun makes "un"/"une" a count ("un mort").
fn counting_category(c: Category) -> bool {
    matches!(
        c,
        Category::Fatalities
            | Category::Injured
            | Category::Missing
            | Category::Hostages
            | Category::Arrested
            | Category::Troops
    )
}

/// Whether a token is only zero-width marks (zero-width space, joiners,
/// word joiner, byte order mark, soft hyphen): raw copy may hold them next
/// to a number ("1.000\u{200B} morts"); they are not tokens for the finder.
/// Normalised text has none.
#[inline]
fn is_zero_width(tok: &str) -> bool {
    // All of them start with one of these bytes: most tokens fail here.
    matches!(tok.as_bytes().first(), Some(0xC2 | 0xE2 | 0xEF))
        && tok.chars().all(|c| {
            matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
            )
        })
}

/// Whether a token may start a number: false only for tokens that
/// `NumberFinder::read_core` rejects (the same tests as the start of
/// `NumberFinder::word_core` for words: a roman numeral's capital, or a
/// number word's initial and first two letters, or "la", "pl", "d'"; and
/// for longer words the first letters of the words it reads). Run on
/// every token of a window: a word of two to four letters or more is
/// answered from its first four bytes, read at once.
#[inline]
fn may_start_number(text: &str, tok: &Tok) -> bool {
    match tok.kind {
        TokenKind::Number | TokenKind::Percent | TokenKind::Ordinal => true,
        TokenKind::Word => {
            let w = tok.bytes(text);
            match *w {
                // Four ASCII letters or more: a number word, an ordinal,
                // an approximation noun, "moitié" or "premier" starts with
                // the four letters of one of them; "plusieurs",
                // "quelques", "nombreux" and "nombreuses" are the other
                // longer words read here.
                [a, b, c, d, ..]
                    if a.is_ascii_alphabetic()
                        && b.is_ascii_alphabetic()
                        && c.is_ascii_alphabetic()
                        && d.is_ascii_alphabetic() =>
                {
                    if matches!(a, b'I' | b'V' | b'X') {
                        return true;
                    }
                    let four = [a, b, c, d].map(|x| x | 0x20);
                    crate::trigger_start::starts_number_word(u32::from_le_bytes(four))
                        || matches!(&four, b"plus" | b"quel" | b"nomb")
                }
                // Two or three ASCII letters: the keys `word_core` reads
                // ("un", "une", "de", "des", "la", "dix", "six", "mil"
                // and "et", which no number starts with but which is a
                // number word).
                [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                    matches!(a, b'I' | b'V' | b'X')
                        || matches!(
                            [a | 0x20, b | 0x20],
                            [b'u', b'n'] | [b'd', b'e'] | [b'l', b'a'] | [b'e', b't']
                        )
                }
                [a, b, c]
                    if a.is_ascii_alphabetic()
                        && b.is_ascii_alphabetic()
                        && c.is_ascii_alphabetic() =>
                {
                    matches!(a, b'I' | b'V' | b'X')
                        || matches!(
                            &[a | 0x20, b | 0x20, c | 0x20],
                            b"une" | b"des" | b"dix" | b"six" | b"mil"
                        )
                }
                _ => may_start_number_slow(w),
            }
        }
        _ => false,
    }
}

/// [`may_start_number`] for a word that is not ASCII letters only in its
/// first bytes (an accent, a hyphen, an apostrophe), or of one letter.
fn may_start_number_slow(w: &[u8]) -> bool {
    let first = w.first().copied().unwrap_or(0);
    let initial = |b: u8| {
        FINDER_WORD_INITIAL
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
    };
    // The first two letters: a number word's, or those of "la",
    // "plusieurs", "d'".
    let two_letters = |w: &[u8]| {
        let two = [
            w.first().map_or(0, u8::to_ascii_lowercase),
            w.get(1).map_or(0, u8::to_ascii_lowercase),
        ];
        crate::windows::has_number_prefix(w)
            || matches!(two, [b'l', b'a'] | [b'p', b'l'] | [b'd', b'\''])
    };
    // A word of four letters or more whose first three are ASCII (its key
    // has four letters or more): a number word, "premier" or an
    // approximation noun has a number word's first three letters (which
    // pass the tests below); "plusieurs", "quelques", "nombreux" and
    // "nombreuses" are the other longer words read here.
    if let [a, b, c, _, ..] = *w {
        if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() && c.is_ascii_alphabetic() {
            if crate::windows::number_prefix3(a, b, c) || matches!(a, b'I' | b'V' | b'X') {
                return true;
            }
            let two = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            let plural_determiner = matches!(two, [b'p', b'l'] | [b'q', b'u'] | [b'n', b'o']);
            return plural_determiner && initial(a) && two_letters(w);
        }
    }
    matches!(first, b'I' | b'V' | b'X') || (initial(first) && two_letters(w))
}

/// Whether a folded key is a number word ([`crate::words::is_number_key`]),
/// most keys rejected first on their first three letters; may say false
/// for a few number words (the callers then take the longer way).
#[inline]
fn is_number_key_quick(key: &[u8]) -> bool {
    let maybe = match key {
        [a, b, c, _, ..] => crate::windows::number_prefix3(*a, *b, *c),
        _ => matches!(key, b"un" | b"une" | b"dix" | b"six" | b"mil" | b"et"),
    };
    maybe && crate::words::is_number_key(key)
}

/// Whether a string is one char (not counting the others).
#[inline]
fn single_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Whether a token of `window` starts with a lead byte of the zero-width
/// marks of [`is_zero_width`] (a cheap test on one byte).
#[inline]
fn may_be_zero_width(window: &str, t: &Token) -> bool {
    matches!(
        window.as_bytes().get(t.span.start),
        Some(0xC2 | 0xE2 | 0xEF)
    )
}

/// Whether a token is short enough (four bytes) to fold to a word of two
/// letters or less ("et", "ou", "à"): a letter takes two bytes at most.
#[inline]
fn is_short(tok: &Tok) -> bool {
    tok.span.end.saturating_sub(tok.span.start) <= 4
}

fn is_word(tok: &Tok) -> bool {
    matches!(tok.kind, TokenKind::Word | TokenKind::Elision)
}

impl NumberFinder {
    /// A finder with the embedded lexicons.
    pub fn new() -> NumberFinder {
        NumberFinder::default()
    }

    /// A builder starting from the embedded lexicons.
    pub fn builder() -> NumberFinderBuilder {
        NumberFinderBuilder::default()
    }

    /// The unit lexicon in use.
    pub fn lexicon(&self) -> &UnitLexicon {
        &self.lexicon
    }

    /// Finds all numbers in `text` (normalised text: see the crate docs).
    /// Matches are sorted by start and never overlap; the longest reading
    /// wins. Linear in the text.
    pub fn find(&self, text: &str) -> Vec<NumberMatch> {
        let mut out = Vec::new();
        // The buffers of this thread's last call (none for its first call,
        // or while another call holds them): made with the first window,
        // so a text without numbers allocates nothing.
        let mut work = Work::take();
        let mut toks = std::mem::take(&mut work.toks);
        // Only windows that may hold a number are tokenized and read.
        let counts = |k: &WordKey| {
            self.lexicon
                .get_bytes(k.as_bytes())
                .and_then(|u| u.category)
                .is_some_and(counting_category)
        };
        crate::windows::for_each_window(text, counts, |start, end| {
            let Some(window) = text.get(start..end) else {
                return;
            };
            if out.capacity() == 0 {
                // About one match per 150 bytes of news: room for a short
                // text's matches at once (growth by doubling past it).
                out.reserve((text.len() / 128).clamp(4, 64));
            }
            if toks.capacity() == 0 {
                toks.reserve(64);
                work.atoms.reserve(16);
                work.key.reserve(32);
            }
            toks.clear();
            // A window of number after number (a table, a list) may be the
            // whole text: room made once, not by doubling and copying
            // (tokens take two bytes at least, most take five or more).
            let dense = window.len() >= DENSE_WINDOW;
            if dense {
                toks.reserve(window.len() / 4);
            }
            for t in tokenize(window) {
                if !may_be_zero_width(window, &t) || !is_zero_width(t.text(window)) {
                    toks.push(Tok::new(t, start));
                }
            }
            if dense {
                // Likewise for its matches: a guess, at most one per number
                // in digits, about one per four tokens in a run of numbers
                // in words (growth by doubling past it).
                let digits = toks.iter().filter(|t| t.kind == TokenKind::Number).count();
                out.reserve(digits.max(toks.len() / 4));
            }
            self.find_in(text, &toks, &mut work, &mut out);
        });
        work.toks = toks;
        work.put();
        out
    }

    /// Reads the matches of a run of tokens (spans into `text`).
    fn find_in(&self, text: &str, toks: &[Tok], scratch: &mut Scratch, out: &mut Vec<NumberMatch>) {
        let mut i = 0;
        let mut floor = 0;
        while let Some(tok) = toks.get(i) {
            // Most tokens start no number: rejected here on their kind and
            // first two bytes, as `read_core` would reject them.
            if !may_start_number(text, tok) {
                i += 1;
                continue;
            }
            match self.match_at(text, toks, i, floor, scratch) {
                Some((m, end)) => {
                    out.push(m);
                    i = end.max(i + 1);
                    floor = i;
                }
                None => i += 1,
            }
        }
    }

    /// Whether token `i` may start a number (cheap test first).
    fn read_core(&self, text: &str, toks: &[Tok], i: usize, s: &mut Scratch) -> Option<Core> {
        let tok = toks.get(i)?;
        let flags = Flags::default();
        match tok.kind {
            TokenKind::Number => self.digits_core(text, toks, i),
            TokenKind::Percent => {
                let raw = tok.text(text).trim_end_matches('%').trim_end();
                let (d, beyond) = parse_digits_saturating(raw).ok()?;
                Some(Core {
                    start: i,
                    end: i + 1,
                    value: if beyond {
                        MAX_VALUE.copysign(d.value)
                    } else {
                        d.value
                    },
                    kind: NumberKind::Percent,
                    own_qualifier: None,
                    needs_de: false,
                    lone_un: false,
                    lone_neuf: false,
                    flags: Flags {
                        english_decimal: d.english_decimal,
                        saturated: beyond,
                        ..flags
                    },
                })
            }
            TokenKind::Ordinal => {
                let rank = parse_ordinal_suffixed(tok.text(text))?;
                Some(Core {
                    start: i,
                    end: i + 1,
                    value: rank as f64,
                    kind: NumberKind::Ordinal,
                    own_qualifier: None,
                    needs_de: false,
                    lone_un: false,
                    lone_neuf: false,
                    flags,
                })
            }
            TokenKind::Word => self.word_core(text, toks, i, s),
            _ => None,
        }
    }

    /// Digits, with a scale after them ("1,5 million", "2 millions 300 000").
    fn digits_core(&self, text: &str, toks: &[Tok], i: usize) -> Option<Core> {
        let tok = toks.get(i)?;
        let raw = tok.text(text);
        // "03", "007": zero-led digit strings are codes or date parts.
        if raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0,") && !raw.starts_with("0.")
        {
            return None;
        }
        // Past u64 the number is still read, capped and flagged like a
        // number in words past u64.
        let (d, beyond) = parse_digits_saturating(raw).ok()?;
        let mut flags = Flags {
            english_decimal: d.english_decimal,
            saturated: beyond,
            ..Flags::default()
        };
        let mut value = if beyond {
            MAX_VALUE.copysign(d.value)
        } else {
            d.value
        };
        let mut end = i + 1;
        let mut needs_de = false;
        // Scale words: "millions", "milliard", "de milliards".
        let mut last_scale = None;
        while let Some(next) = toks.get(end) {
            if next.kind != TokenKind::Word {
                break;
            }
            if let Some(p) = next.scale_power(text) {
                if last_scale.is_some() {
                    break;
                }
                value *= 10f64.powi(p as i32);
                last_scale = Some(p);
                needs_de = p >= 6;
                end += 1;
                continue;
            }
            if last_scale.is_some() && key_is(text, Some(next), "de") {
                if let Some(p) = toks.get(end + 1).and_then(|t| t.scale_power(text)) {
                    value *= 10f64.powi(p as i32);
                    end += 2;
                    continue;
                }
            }
            break;
        }
        // "2 millions 300 000": a smaller number right after a scale.
        if let (Some(p), Some(next)) = (last_scale, toks.get(end)) {
            if next.kind == TokenKind::Number {
                if let Ok(more) = parse_digits(next.text(text)) {
                    if more.value > 0.0
                        && more.value < 10f64.powi(p as i32)
                        && more.integer.is_some()
                    {
                        value += more.value;
                        end += 1;
                        needs_de = false;
                    }
                }
            }
        }
        // An integer of magnitude below 9 × 10^9 is its own rounding: times
        // 10^6 it stays below 2^53, exact, so `round_scaled` gives it back;
        // and it is no decimal. Tested by a conversion, without the library
        // calls of `round` and `fract` ("1.000 " repeated: -6 %).
        let small_integer = value.abs() < 9.0e9 && (value.abs() as u64) as f64 == value.abs();
        if !small_integer {
            value = round_scaled(value);
        }
        if !value.is_finite() || value.abs() > MAX_VALUE {
            value = MAX_VALUE.copysign(value);
            flags.saturated = true;
        }
        if last_scale.is_none()
            && d.integer.is_some_and(|n| (1000..=2100).contains(&n))
            && !d.grouped
            && raw.len() == 4
        {
            flags.year_like = true;
        }
        let kind = if small_integer || value.fract() == 0.0 {
            NumberKind::Cardinal
        } else {
            NumberKind::Decimal
        };
        Some(Core {
            start: i,
            end,
            value,
            kind,
            own_qualifier: None,
            needs_de,
            lone_un: false,
            lone_neuf: false,
            flags,
        })
    }

    /// Numbers starting with a word: approximation nouns, vague plurals,
    /// words, fractions, ordinal words, regnal roman numerals.
    fn word_core(&self, text: &str, toks: &[Tok], i: usize, s: &mut Scratch) -> Option<Core> {
        let tok = toks.get(i)?;
        let w = tok.text(text);
        let first = w.as_bytes().first().copied()?;
        // Roman numerals after a name: "Louis XIV", "Jean-Paul II".
        if matches!(first, b'I' | b'V' | b'X') {
            let prev_cap = i > 0
                && toks
                    .get(i - 1)
                    .is_some_and(|p| p.kind == TokenKind::Word && p.is_capitalized(text));
            if prev_cap && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')) {
                let rank = parse_roman(w)?;
                return Some(self.simple_core(i, i + 1, f64::from(rank), NumberKind::Ordinal));
            }
            return None;
        }
        // Cheap filter: number words, approximation nouns, "moitié" and
        // the determiners read here ("la moitié") start with one of these
        // letters.
        if !FINDER_WORD_INITIAL
            .get(usize::from(first))
            .copied()
            .unwrap_or(false)
        {
            return None;
        }
        // Cheap filter on the first two letters (number words and the
        // determiners "la", "plusieurs", "d'" read here).
        let wb = w.as_bytes();
        let two = [
            wb.first().map_or(0, u8::to_ascii_lowercase),
            wb.get(1).map_or(0, u8::to_ascii_lowercase),
        ];
        if !crate::windows::has_number_prefix(wb)
            && !matches!(two, [b'l', b'a'] | [b'p', b'l'] | [b'd', b'\''])
        {
            return None;
        }
        let key = key_of(text, tok)?;
        let k = key.as_bytes();
        let next_approx = || {
            toks.get(i + 1)
                .and_then(|t| key_of(text, t))
                .and_then(|nk| approx_noun(nk.as_bytes()))
        };
        // "une vingtaine", "une douzaine de milliers".
        if matches!(k, b"une" | b"un") {
            if let Some(n) = next_approx() {
                return Some(self.approx_core(text, toks, i, n, true, false, None));
            }
            return self.words_core(text, toks, i, s);
        }
        if is_vague_determiner(k) {
            // Approximation nouns and scale words start with one of these
            // letters (0xC3: an accented capital may fold to one): most
            // words after "de", "des" are rejected on their first byte.
            let next_first = toks
                .get(i + 1)
                .and_then(|t| text.as_bytes().get(t.span.start))
                .copied()
                .unwrap_or(0);
            if !matches!(
                next_first | 0x20,
                b'b' | b'c' | b'd' | b'h' | b'm' | b'q' | b's' | b't' | b'v'
            ) && next_first != 0xC3
            {
                return None;
            }
            // Past the first byte: an approximation noun or a scale word of
            // three ASCII letters or more starts with a number word's first
            // three ("diz", "cen", "mil"): "de camions", "des hommes" stop
            // here.
            if let Some([a, b, c, ..]) = toks.get(i + 1).map(|t| t.bytes(text)) {
                let letters = a.is_ascii_alphabetic() && b.is_ascii_alphabetic();
                if letters && c.is_ascii_alphabetic() && !crate::windows::number_prefix3(*a, *b, *c)
                {
                    return None;
                }
            }
            // "des centaines de", "plusieurs milliers de".
            if let Some(n) = next_approx() {
                return Some(self.approx_core(text, toks, i, n, false, true, None));
            }
            // "des millions de", "plusieurs milliards de".
            if let Some(p) = toks.get(i + 1).and_then(|t| t.scale_power(text)) {
                if p >= 6 && toks.get(i + 1).is_some_and(|t| t.text(text).ends_with('s')) {
                    let min = 2.0 * 10f64.powi(p as i32);
                    let mut c = self.simple_core(i, i + 2, min, NumberKind::Cardinal);
                    c.own_qualifier = Some(Qualifier::Vague);
                    c.needs_de = true;
                    return Some(c);
                }
            }
            return None;
        }
        // "la moitié".
        if k == b"la" {
            if key_is(text, toks.get(i + 1), "moitie") {
                return Some(self.simple_core(i, i + 2, 0.5, NumberKind::Fraction));
            }
            return None;
        }
        if let Some(rank) = ordinal_rank_key(key.as_bytes()) {
            // "premier"/"première" lower-case, not "Premier ministre";
            // "second(e)" is too often the unit of time or "other".
            let lower = first.is_ascii_lowercase();
            let ministre = key_is(text, toks.get(i + 1), "ministre");
            if rank == 1 && lower && !ministre && !k.ends_with(b"s") {
                return Some(self.simple_core(i, i + 1, 1.0, NumberKind::Ordinal));
            }
            return None;
        }
        // Fast rejection: the first part must be a number word.
        let kb = key.as_bytes();
        let first_part = kb.split(|&b| b == b'-').next().unwrap_or(kb);
        atom_of_key(first_part, 0)?;
        // "deux centaines de".
        if let Some(n) = next_approx() {
            if let Ok(count) = crate::words::parse_cardinal_words(w) {
                return Some(self.approx_core(text, toks, i, n, true, false, Some(count)));
            }
        }
        self.words_core(text, toks, i, s)
    }

    fn simple_core(&self, start: usize, end: usize, value: f64, kind: NumberKind) -> Core {
        Core {
            start,
            end,
            value,
            kind,
            own_qualifier: None,
            needs_de: false,
            lone_un: false,
            lone_neuf: false,
            flags: Flags::default(),
        }
    }

    /// "une vingtaine", "des dizaines de milliers", "deux centaines".
    #[allow(clippy::too_many_arguments)]
    fn approx_core(
        &self,
        text: &str,
        toks: &[Tok],
        i: usize,
        n: u64,
        about: bool,
        vague: bool,
        count: Option<u64>,
    ) -> Core {
        let mut value = n as f64 * count.unwrap_or(1) as f64;
        let mut end = i + 2;
        if key_is(text, toks.get(end), "de") {
            if let Some(p) = toks.get(end + 1).and_then(|t| t.scale_power(text)) {
                value *= 10f64.powi(p as i32);
                end += 2;
            } else if let Some(m) = toks
                .get(end + 1)
                .and_then(|t| key_of(text, t))
                .and_then(|k| approx_noun(k.as_bytes()).filter(|&m| m == 1000))
            {
                // "des dizaines de milliers".
                value *= m as f64;
                end += 2;
            }
        }
        let qualifier = if vague && !about {
            value *= 2.0;
            Qualifier::Vague
        } else {
            Qualifier::About
        };
        let mut c = self.simple_core(i, end, value, NumberKind::Cardinal);
        c.own_qualifier = Some(qualifier);
        c.needs_de = true;
        c.flags.words = true;
        c
    }

    /// A run of number words ("vingt et un", "deux cent mille"): the
    /// longest run of whole tokens that reads as one number.
    ///
    /// Tokens are read one at a time and each longer run is parsed from
    /// where the parse of the previous one stopped ([`Resume`]); reading
    /// stops as soon as the grammar rules out every longer run. A token
    /// thus costs a bounded number of grammar steps however long the run
    /// of number words, instead of one parse of every prefix.
    fn words_core(&self, text: &str, toks: &[Tok], i: usize, s: &mut Scratch) -> Option<Core> {
        /// The longest reading found so far.
        #[derive(Clone, Copy)]
        enum Reading {
            /// A value and the ordinal mark of its last word.
            Value(u64, Option<bool>),
            /// Past `u64`: capped and flagged.
            Saturated,
        }
        s.atoms.clear();
        let mut resume = Resume::default();
        // (one past its last token, reading, whether it ends on a scale noun)
        let mut best: Option<(usize, Reading, bool)> = None;
        // A final overflow: every longer run overflows the same way.
        let mut overflowed = false;
        let mut ordinals = 0usize;
        let mut j = i;
        while let Some(t) = toks.get(j) {
            if t.kind != TokenKind::Word {
                break;
            }
            // The bytes, not the `str`: no char boundary to test (a
            // token's span is on char boundaries).
            let w = t.bytes(text);
            let before = s.atoms.len();
            let after_scale = matches!(s.atoms.last().map(|a| a.atom), Some(Atom::Scale(_)));
            if w.eq_ignore_ascii_case(b"et") && j > i {
                s.atoms.push(WordAtom {
                    atom: Atom::Et,
                    ordinal: None,
                    offset: t.span.start,
                });
            } else if after_scale
                && w.eq_ignore_ascii_case(b"de")
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && n.scale_power(text).is_some())
            {
                // "milliards de milliards": "de" chains two scales.
                s.atoms.push(WordAtom {
                    atom: Atom::De,
                    ordinal: None,
                    offset: t.span.start,
                });
            } else {
                let pushed = match t.key(text) {
                    Some(k) => push_key_atoms(k.as_bytes(), w, t.span.start, &mut s.atoms),
                    None => push_word_atoms(t.text(text), t.span.start, &mut s.atoms),
                };
                if !pushed {
                    break;
                }
            }
            j += 1;
            // Most words push one atom: counted without a loop.
            ordinals += match s.atoms.get(before..).unwrap_or(&[]) {
                [one] => usize::from(one.ordinal.is_some()),
                new => new.iter().filter(|a| a.ordinal.is_some()).count(),
            };
            let Some(&last) = s.atoms.last() else {
                break;
            };
            let ends_on_scale = matches!(last.atom, Atom::Scale(_));
            // A run ending on "et" or "de" is not a number, but may still
            // be ruled out for good ("vingt et et").
            let dangling = matches!(last.atom, Atom::Et | Atom::De);
            if overflowed {
                if !dangling {
                    best = Some((j, Reading::Saturated, ends_on_scale));
                }
            } else {
                match parse_atoms_from(&s.atoms, &mut resume) {
                    // Past u64 the longest reading saturates with a flag:
                    // a shorter one would be a wrong value ("neuf cents
                    // milliards de milliards de milliards" is not 9 ×
                    // 10^11).
                    (Err(NumberError::Overflow { .. }), is_final) => {
                        if !dangling {
                            best = Some((j, Reading::Saturated, ends_on_scale));
                        }
                        overflowed = is_final;
                    }
                    // No longer run can read either.
                    (Err(_), true) => break,
                    (Ok(v), _) if !dangling => {
                        // Only the last word may be an ordinal, and
                        // "unième" never stands alone.
                        let ord_ok = ordinals == 0
                            || (ordinals == 1
                                && last.ordinal.is_some()
                                && !(s.atoms.len() == 1 && last.atom == Atom::Unit(1)));
                        if ord_ok {
                            best = Some((j, Reading::Value(v, last.ordinal), ends_on_scale));
                        }
                    }
                    _ => {}
                }
            }
            if last.ordinal.is_some() {
                break;
            }
        }
        let (end, reading, needs_de) = best?;
        let (v, ord) = match reading {
            Reading::Saturated => {
                let mut c = self.simple_core(i, end, MAX_VALUE, NumberKind::Cardinal);
                c.flags.words = true;
                c.flags.saturated = true;
                c.needs_de = needs_de;
                return Some(c);
            }
            Reading::Value(v, ord) => (v, ord),
        };
        let kind = if ord.is_some() {
            NumberKind::Ordinal
        } else {
            NumberKind::Cardinal
        };
        let mut c = self.simple_core(i, end, v as f64, kind);
        c.flags.words = true;
        let single = end == i + 1;
        let w = toks.get(i).map_or("", |t| t.text(text));
        c.lone_un = single && v == 1 && ord.is_none();
        c.lone_neuf = single && w.eq_ignore_ascii_case("neuf");
        c.needs_de = needs_de;
        if ord.is_some() && v == 1 {
            return None;
        }
        // A count before a plural "-ièmes" word is a fraction: "trois
        // centièmes" = 3/100.
        if ord == Some(true) && end > i + 1 {
            if let Some(f) = self.plural_ordinal_fraction(text, toks, i, end, s) {
                return Some(f);
            }
        }
        Some(c)
    }

    /// The qualifier phrase ending right before token `i` (not below
    /// `floor`): its qualifier and first token.
    fn prefix(
        &self,
        text: &str,
        toks: &[Tok],
        i: usize,
        floor: usize,
    ) -> Option<(Qualifier, usize)> {
        const MAX_PHRASE: usize = 4;
        // The key of the word `back + 1` tokens before `i` (not below
        // `floor`).
        let key_back = |back: usize| {
            i.checked_sub(back + 1)
                .filter(|&x| x >= floor)
                .and_then(|x| toks.get(x))
                .filter(|t| is_word(t))
                .and_then(|t| key_of(text, t))
        };
        // Most numbers follow a word that ends no phrase ("les", "à"):
        // the nearest key first, and the others only if it may end one.
        let nearest = key_back(0)?;
        if !ends_qualifier(nearest.as_bytes()) {
            return None;
        }
        // Without the word before the last of a longer phrase, only a
        // phrase of one word may match (most often: "de" alone).
        let second = key_back(1);
        if !second.is_some_and(|k| precedes_qualifier_end(k.as_bytes())) {
            return single_word_qualifier(nearest.as_bytes()).map(|q| (q, i - 1));
        }
        // The phrases of two words or more ending with these two (most
        // pairs end none); failing them, a phrase of one word.
        let single = || single_word_qualifier(nearest.as_bytes()).map(|q| (q, i - 1));
        let second = second.map(WordKey::as_bytes).unwrap_or(&[]);
        let phrases = phrases_ending_with(second, nearest.as_bytes());
        // Keys of the (at most four) tokens before `i`, nearest first, up
        // to the first that is none; the two farthest only if a phrase
        // reaches them.
        let longest = phrases.iter().map(|(p, _)| p.len()).max().unwrap_or(0);
        let mut keys: [Option<&[u8]>; MAX_PHRASE] =
            [Some(nearest.as_bytes()), Some(second), None, None];
        for back in 2..MAX_PHRASE.min(longest) {
            let key = key_back(back).map(WordKey::as_bytes);
            if let Some(slot) = keys.get_mut(back) {
                *slot = key;
            }
            if key.is_none() {
                break;
            }
        }
        // Longest first: the first phrase that matches is the longest.
        for &(phrase, q) in phrases {
            let n = phrase.len();
            if n > MAX_PHRASE || n > i - floor.min(i) {
                continue;
            }
            let all = phrase.iter().rev().enumerate().all(|(back, want)| {
                keys.get(back)
                    .copied()
                    .flatten()
                    .is_some_and(|key| same(key, want.as_bytes()))
            });
            if all {
                return Some((q, i - n));
            }
        }
        single()
    }

    /// Builds the folded key of tokens `from..to` into `key` (a space between
    /// tokens except after an elision).
    fn phrase_key(text: &str, toks: &[Tok], from: usize, to: usize, key: &mut String) -> bool {
        key.clear();
        let mut prev_elision = false;
        for t in toks.get(from..to).unwrap_or(&[]) {
            if !Self::push_phrase_token(text, t, key, &mut prev_elision) {
                return false;
            }
        }
        !key.is_empty()
    }

    /// Appends token `t` to the folded phrase `key` (a space before it
    /// unless the phrase is empty or ends with an elision), and records in
    /// `prev_elision` whether it is one. Returns false, appending nothing,
    /// when `t` is no word, elision or symbol.
    fn push_phrase_token(text: &str, t: &Tok, key: &mut String, prev_elision: &mut bool) -> bool {
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Elision | TokenKind::Symbol
        ) {
            return false;
        }
        if !key.is_empty() && !*prev_elision {
            key.push(' ');
        }
        // Fast path for Latin letters (same folding), full folding
        // otherwise ("œ", symbols, long words).
        match t.key(text) {
            Some(k) => key.push_str(k.as_str()),
            None => depeche_text::fold_into(t.text(text), key),
        }
        *prev_elision = t.kind == TokenKind::Elision;
        true
    }

    /// The longest lexicon entry starting at token `j`.
    fn lexicon_at(
        &self,
        text: &str,
        toks: &[Tok],
        j: usize,
        key: &mut String,
    ) -> Option<(usize, UnitInfo)> {
        let t = toks.get(j)?;
        self.lexicon_at_keyed(text, toks, j, key_of(text, t), key)
    }

    /// [`Self::lexicon_at`] with the key of token `j` already built.
    fn lexicon_at_keyed(
        &self,
        text: &str,
        toks: &[Tok],
        j: usize,
        first: Option<&WordKey>,
        key: &mut String,
    ) -> Option<(usize, UnitInfo)> {
        let t = toks.get(j)?;
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Elision | TokenKind::Symbol
        ) {
            return None;
        }
        // The first token's key is on the stack (Latin letters); other
        // tokens are folded into `key` (see `phrase_key`).
        let first = first.map(WordKey::as_bytes);
        // Its own entry and the longest entry it starts, by one probe.
        let (own, starts) = match first {
            Some(k) if !k.is_empty() => self.lexicon.lookup_bytes(k),
            Some(k) => (None, self.lexicon.multiword_len(k)),
            None => (None, 0),
        };
        let max = self.lexicon.max_words().min(toks.len().saturating_sub(j));
        // Longer entries only when the first token starts one.
        if max > 1 {
            // No entry starting with this token has more words than
            // `longest` (an entry of n tokens has at least n words).
            let longest = match first {
                Some(_) => starts,
                None if Self::phrase_key(text, toks, j, j + 1, key) => {
                    self.lexicon.multiword_len(key.as_bytes())
                }
                None => 0,
            };
            let top = max.min(longest);
            if top > 1 {
                if let Some(found) = self.longest_phrase(text, toks, j, top, key) {
                    return Some(found);
                }
            }
        }
        let info = match first {
            Some(_) => own,
            None => {
                if !Self::phrase_key(text, toks, j, j + 1, key) {
                    return None;
                }
                self.lexicon.get(key)
            }
        };
        info.map(|info| (j + 1, *info))
    }

    /// The longest lexicon entry of 2 to `top` tokens starting at token
    /// `j`: the keys of `j..j + n` ([`Self::phrase_key`]) are prefixes of
    /// one another, so the longest is built once, its prefixes looked up
    /// from the longest down.
    fn longest_phrase(
        &self,
        text: &str,
        toks: &[Tok],
        j: usize,
        top: usize,
        key: &mut String,
    ) -> Option<(usize, UnitInfo)> {
        // The key's length after each token (index: tokens read).
        const MAX: usize = 8;
        let mut ends = [0usize; MAX + 1];
        if top > MAX {
            for n in (2..=top).rev() {
                if Self::phrase_key(text, toks, j, j + n, key) {
                    if let Some(info) = self.lexicon.get(key) {
                        return Some((j + n, *info));
                    }
                }
            }
            return None;
        }
        key.clear();
        let mut prev_elision = false;
        let mut read = 0;
        for t in toks.get(j..j + top).unwrap_or(&[]) {
            if !Self::push_phrase_token(text, t, key, &mut prev_elision) {
                break;
            }
            read += 1;
            if let Some(slot) = ends.get_mut(read) {
                *slot = key.len();
            }
        }
        for n in (2..=read).rev() {
            let len = ends.get(n).copied().unwrap_or(0);
            // An empty key is no phrase (see `phrase_key`).
            if len == 0 {
                continue;
            }
            if let Some(info) = key.get(..len).and_then(|k| self.lexicon.get(k)) {
                return Some((j + n, *info));
            }
        }
        None
    }

    /// Whether token `a` and `b` touch (no space between).
    fn glued(a: &Tok, b: &Tok) -> bool {
        a.span.end == b.span.start
    }

    /// The unit after a core ending at token `j`.
    fn unit_after(
        &self,
        text: &str,
        toks: &[Tok],
        core: &Core,
        s: &mut Scratch,
    ) -> Option<UnitRead> {
        let mut j = core.end;
        let multiplier = 1.0;
        // Digits, punctuation and dashes neither are nor lead to a unit
        // (the head noun below must be a word).
        if toks.get(j).map_or(true, |t| {
            t.kind == TokenKind::Ordinal || is_never_a_word(t.kind)
        }) {
            return None;
        }
        // "1,5 M€", "10 k€".
        if let (Some(t), Some(next)) = (toks.get(j), toks.get(j + 1)) {
            if t.kind == TokenKind::Word && Self::glued(t, next) {
                if let Some(m) = suffix_multiplier(t.text(text)) {
                    if let Some((end, info)) = self.lexicon_at(text, toks, j + 1, &mut s.key) {
                        if info.currency.is_some() {
                            return Some(UnitRead {
                                span: Span::new(t.span.start, toks.get(end - 1)?.span.end),
                                end,
                                info: Some(info),
                                percent: false,
                                multiplier: m,
                            });
                        }
                    }
                }
            }
        }
        let first = toks.get(j)?;
        // Percent: "%", "pour cent", "pourcent".
        if first.kind == TokenKind::Symbol && first.text(text) == "%" {
            return Some(UnitRead {
                span: first.span,
                end: j + 1,
                info: None,
                percent: true,
                multiplier,
            });
        }
        let fk = key_of(text, first);
        if fk.is_some_and(|k| k.as_bytes() == b"pourcent")
            || (fk.is_some_and(|k| k.as_bytes() == b"pour")
                && key_is(text, toks.get(j + 1), "cent"))
        {
            let end = if fk.is_some_and(|k| k.as_bytes() == b"pour") {
                j + 2
            } else {
                j + 1
            };
            return Some(UnitRead {
                span: Span::new(first.span.start, toks.get(end - 1)?.span.end),
                end,
                info: None,
                percent: true,
                multiplier,
            });
        }
        if core.needs_de {
            if key_is(text, Some(first), "de") || key_is(text, Some(first), "d'") {
                j += 1;
            } else {
                return None;
            }
        }
        let t = toks.get(j)?;
        // A date ("26 mars") or a following number: no unit.
        let key = if j == core.end { fk } else { key_of(text, t) };
        if key.is_some_and(|k| is_month(k.as_bytes())) {
            return None;
        }
        // A number word (in a run of them) is no unit, and the lexicon
        // need not be asked unless it knows number words.
        if !self.lexicon.has_number_words()
            && key.is_some_and(|k| is_number_key_quick(k.as_bytes()))
        {
            return None;
        }
        if let Some((end, info)) = self.lexicon_at_keyed(text, toks, j, key, &mut s.key) {
            // Single-letter units ("m", "t", "l", "g") only glued or after a space
            // when lower-case and followed by a non-word.
            let unit_text = t.text(text);
            let short =
                single_char(unit_text) && info.currency.is_none() && t.kind == TokenKind::Word;
            let ok = !short
                || toks.get(end).map_or(true, |n| {
                    !is_word(n) || n.span.start > t.span.end + 1 && !n.is_capitalized(text)
                });
            if ok {
                return Some(UnitRead {
                    span: Span::new(t.span.start, toks.get(end - 1)?.span.end),
                    end,
                    info: Some(info),
                    percent: false,
                    multiplier,
                });
            }
        }
        // A counted noun: a lower-case word, after at most two adjectives.
        let mut head = j;
        let mut head_key = key;
        for _ in 0..2 {
            let Some(k) = head_key else {
                break;
            };
            let next_is_word = toks
                .get(head + 1)
                .is_some_and(|n| n.kind == TokenKind::Word);
            if is_prenominal_adjective(k.as_bytes()) && next_is_word {
                head += 1;
                head_key = toks.get(head).and_then(|t| key_of(text, t));
            } else {
                break;
            }
        }
        let h = toks.get(head)?;
        if h.kind != TokenKind::Word {
            return None;
        }
        let hw = h.text(text);
        let hk = head_key;
        // Not a number word (checked first: in a run of number words it is
        // the reason most often).
        let number_word = match hk {
            Some(k) => {
                crate::words::is_number_key(k.as_bytes())
                    || ordinal_rank_key(k.as_bytes()).is_some()
            }
            None => crate::words::is_number_word(hw) || ordinal_word_rank(hw).is_some(),
        };
        if number_word {
            return None;
        }
        // Capitalised: only plural nouns and demonyms ("27 Etats", "deux
        // Français"), not names, acronyms nor the start of a date.
        let capitalized = h.is_capitalized(text);
        if capitalized && (core.flags.year_like || !is_capitalized_plural(hw)) {
            return None;
        }
        if hw.chars().nth(1).is_none() || hw.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        if hk.is_some_and(|k| is_function_word(k.as_bytes()) || is_month(k.as_bytes())) {
            return None;
        }
        // (At `j` itself the lexicon was already asked above.)
        let from_head = if head != j {
            self.lexicon_at(text, toks, head, &mut s.key)
        } else {
            None
        };
        if let Some((end, info)) = from_head {
            return Some(UnitRead {
                span: Span::new(h.span.start, toks.get(end - 1)?.span.end),
                end,
                info: Some(info),
                percent: false,
                multiplier,
            });
        }
        let info = (capitalized && is_demonym(hw)).then_some(UnitInfo {
            category: Some(Category::People),
            currency: None,
            ambiguous: false,
        });
        Some(UnitRead {
            span: h.span,
            end: head + 1,
            info,
            percent: false,
            multiplier,
        })
    }

    /// Reads the mention whose number starts at token `i`.
    fn match_at(
        &self,
        text: &str,
        toks: &[Tok],
        i: usize,
        floor: usize,
        s: &mut Scratch,
    ) -> Option<(NumberMatch, usize)> {
        let mut core = self.read_core(text, toks, i, s)?;
        // Identifiers: "article 49.3", "résolution 2719": not numbers.
        if !core.flags.words && core.kind != NumberKind::Ordinal && i > floor {
            let prev_key = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .and_then(|t| key_of(text, t));
            if prev_key.is_some_and(|k| is_identifier_noun(k.as_bytes())) {
                return None;
            }
        }
        // Currency before the number: "$10", "EUR 20", "€10".
        let mut currency_before: Option<(usize, UnitInfo)> = None;
        if core.kind != NumberKind::Ordinal && i > floor {
            if let Some(prev) = toks.get(i - 1) {
                let is_code = prev.kind == TokenKind::Word
                    && prev.text(text).len() == 3
                    && prev.text(text).bytes().all(|b| b.is_ascii_uppercase());
                if prev.kind == TokenKind::Symbol || is_code {
                    if let Some((end, info)) = self.lexicon_at(text, toks, i - 1, &mut s.key) {
                        if end == i && info.currency.is_some() {
                            currency_before = Some((i - 1, info));
                        }
                    }
                }
            }
        }
        // Qualifiers stand before the currency symbol: "au moins $10".
        let q_at = currency_before.map_or(i, |(c, _)| c);
        let mut start_tok = q_at;
        let mut qualifier = core.own_qualifier.unwrap_or_default();
        let mut prefix_found = false;
        let mut range_opener: Option<&[u8]> = None;
        if let Some((q, st)) = self.prefix(text, toks, q_at, floor) {
            if core.own_qualifier.is_none() {
                qualifier = q;
            }
            start_tok = st;
            prefix_found = true;
        } else if q_at > floor {
            if let Some(k) = toks.get(q_at - 1).and_then(|t| key_of(text, t)) {
                match k.as_bytes() {
                    b"entre" => range_opener = Some(b"et"),
                    b"de" | b"d'" => range_opener = Some(b"a"),
                    _ => {}
                }
            }
        }
        // Fractions in words and digits: "trois quarts", "un tiers", "1/3".
        if core.kind == NumberKind::Cardinal && core.own_qualifier.is_none() && !core.needs_de {
            if let Some(f) = self.fraction_after(text, toks, &core) {
                core = f;
            }
        }
        let mut unit = match core.kind {
            NumberKind::Ordinal | NumberKind::Percent | NumberKind::Fraction => None,
            _ => self.unit_after(text, toks, &core, s),
        };
        if currency_before.is_some() {
            unit = None;
            // "$10k": a short scale glued after the amount.
            if let (Some(prev), Some(next)) = (toks.get(core.end - 1), toks.get(core.end)) {
                if next.kind == TokenKind::Word && Self::glued(prev, next) {
                    if let Some(m) = suffix_multiplier(next.text(text)).filter(|&m| m == 1e3) {
                        core.value *= m;
                        core.end += 1;
                    }
                }
            }
        }
        let mut end_tok = unit.map_or(core.end, |u| u.end);
        let mut min_core_value = core.value;
        let mut max_value: Option<f64> = None;
        let mut number_end = core.end;
        // Ranges: "entre 10 et 20", "de 5 à 7", "10 à 20", "10-20", "deux ou trois".
        // Two years ("2023-2024") are a period for the dates crate.
        if core.kind != NumberKind::Ordinal && core.own_qualifier.is_none() && !core.flags.year_like
        {
            let connector = toks.get(end_tok);
            // Every connector ("a", "à", "ou", "et") is two letters: a
            // longer token (most often the word after the unit) is not
            // folded.
            let ck = connector
                .filter(|t| is_short(t))
                .and_then(|t| key_of(text, t));
            let ok = match (range_opener, ck.map(|k| k.as_bytes())) {
                (Some(want), Some(got)) => same(want, got),
                (None, Some(b"a" | b"ou")) => !prefix_found,
                (None, _) => connector.is_some_and(|t| t.kind == TokenKind::Dash) && !prefix_found,
                _ => false,
            };
            let mut continue_range = true;
            if ok {
                if let Some(second) = self.read_core(text, toks, end_tok + 1, s) {
                    let plain =
                        |k: NumberKind| matches!(k, NumberKind::Cardinal | NumberKind::Decimal);
                    // "de 20 à 30 %": the sign of the second number is the unit of both.
                    let kinds_agree = second.kind == core.kind
                        || (plain(core.kind) && plain(second.kind))
                        || (plain(core.kind)
                            && second.kind == NumberKind::Percent
                            && unit.is_none());
                    if kinds_agree && second.own_qualifier.is_none() && second.value > core.value {
                        let second_unit = self.unit_after(text, toks, &second, s);
                        // With a unit on both sides, they must agree
                        // ("entre 10 euros et 20 euros").
                        let second_unit = match (unit, second_unit) {
                            (Some(a), Some(b)) => {
                                let same = a.info.is_some()
                                    && a.info.map(|x| (x.category, x.currency))
                                        == b.info.map(|x| (x.category, x.currency));
                                if !same {
                                    continue_range = false;
                                }
                                Some(b)
                            }
                            (_, b) => b,
                        };
                        let unit_ok = unit.is_some()
                            || second_unit.is_some()
                            || range_opener.is_some()
                            || !second.lone_un;
                        if continue_range
                            && unit_ok
                            && !(second.lone_un && unit.is_none() && second_unit.is_none())
                        {
                            max_value =
                                Some(second.value * second_unit.map_or(1.0, |u| u.multiplier));
                            end_tok = second_unit.map_or(second.end, |u| u.end);
                            if unit.is_none() {
                                unit = second_unit;
                            }
                            qualifier = Qualifier::Range;
                            number_end = second.end;
                            if second.kind == NumberKind::Percent {
                                core.kind = NumberKind::Percent;
                            }
                            if range_opener.is_some() {
                                start_tok = q_at - 1;
                            }
                            core.flags.words |= second.flags.words;
                        }
                    }
                }
            }
        }
        // "deux ans et demi": a half after the unit or the number.
        if max_value.is_none()
            && core.kind != NumberKind::Ordinal
            && key_is(text, toks.get(end_tok).filter(|t| is_short(t)), "et")
            && toks
                .get(end_tok + 1)
                .and_then(|t| key_of(text, t))
                .is_some_and(|k| matches!(k.as_bytes(), b"demi" | b"demie"))
        {
            core.value += 0.5;
            min_core_value += 0.5;
            end_tok += 2;
        }
        let number_end_tok = number_end;
        // A lone "un"/"une" is an article unless it clearly counts.
        let info = unit.and_then(|u| u.info).or(currency_before.map(|c| c.1));
        let category = info.and_then(|u| u.category);
        if core.lone_un && max_value.is_none() && !prefix_found {
            let counts = category.is_some_and(counting_category);
            let listed = self.followed_by_count(text, toks, end_tok, s);
            let elided_before = i > 0
                && toks
                    .get(i - 1)
                    .is_some_and(|t| t.kind == TokenKind::Elision);
            if !(counts || listed) || elided_before {
                return None;
            }
        }
        if core.lone_neuf && unit.is_none() && !prefix_found {
            return None;
        }
        // Bare years and other cardinals stay cardinals.
        let mut kind = core.kind;
        let mut value = core.value;
        let mut currency = None;
        let mut ambiguous = false;
        let mut unit_text = None;
        let mut unit_span = None;
        let mut cat = category;
        if let Some((_, c)) = currency_before {
            currency = c.currency;
            ambiguous = c.ambiguous;
            kind = NumberKind::Money;
        }
        if let Some(u) = unit {
            if u.percent {
                kind = NumberKind::Percent;
                cat = Some(Category::Percent);
            } else if let Some(c) = u.info.and_then(|inf| inf.currency) {
                kind = NumberKind::Money;
                currency = Some(c);
                ambiguous = u.info.is_some_and(|inf| inf.ambiguous);
                value *= u.multiplier;
                min_core_value *= u.multiplier;
                max_value = max_value.map(|m| m * u.multiplier);
                unit_text = u.span.slice(text).map(str::to_string);
                unit_span = Some(u.span);
            } else {
                kind = NumberKind::Quantity;
                unit_text = u.span.slice(text).map(str::to_string);
                unit_span = Some(u.span);
                if cat == Some(Category::People) || cat.is_none() {
                    if let Some(pc) = toks
                        .get(u.end)
                        .and_then(|t| key_of(text, t))
                        .and_then(|k| participle_category(k.as_bytes()))
                    {
                        cat = Some(pc);
                    }
                }
            }
        }
        if kind == NumberKind::Percent {
            cat = Some(Category::Percent);
        }
        if kind == NumberKind::Money {
            cat = Some(Category::Money);
        }
        let mut flags = core.flags;
        flags.ambiguous_currency = ambiguous;
        if kind != NumberKind::Cardinal {
            flags.year_like = false;
        }
        let (min, max, central) = match (qualifier, max_value) {
            (Qualifier::Range, Some(hi)) => {
                (Some(min_core_value), Some(hi), (min_core_value + hi) / 2.0)
            }
            (Qualifier::Exact, _) => (Some(value), Some(value), value),
            (Qualifier::AtLeast | Qualifier::MoreThan | Qualifier::Vague, _) => {
                (Some(value), None, value)
            }
            (Qualifier::AtMost | Qualifier::LessThan | Qualifier::Nearly, _) => {
                (None, Some(value), value)
            }
            _ => (None, None, value),
        };
        let first_tok = toks.get(start_tok)?;
        let last_tok = toks.get(end_tok.checked_sub(1)?)?;
        let number_first = toks.get(core.start)?;
        let number_last = toks.get(number_end_tok.checked_sub(1)?)?;
        let m = NumberMatch {
            span: Span::new(first_tok.span.start, last_tok.span.end),
            kind,
            value: central,
            min,
            max,
            qualifier,
            unit: unit_text,
            unit_span,
            currency,
            category: cat,
            number_span: Span::new(number_first.span.start, number_last.span.end),
            flags,
        };
        Some((m, end_tok))
    }

    /// "trois centièmes": tokens `i..end-1` count, token `end-1` divides.
    fn plural_ordinal_fraction(
        &self,
        text: &str,
        toks: &[Tok],
        i: usize,
        end: usize,
        s: &mut Scratch,
    ) -> Option<Core> {
        let last = toks.get(end - 1)?;
        let d = crate::parse::parse_number(last.text(text)).ok()?;
        if d.kind != NumberKind::Ordinal || d.value < 2.0 {
            return None;
        }
        s.atoms.clear();
        for t in toks.get(i..end - 1)? {
            if !push_word_atoms(t.text(text), t.span.start, &mut s.atoms) {
                return None;
            }
        }
        let n = parse_atoms(&s.atoms).ok()?;
        let mut c = self.simple_core(i, end, n as f64 / d.value, NumberKind::Fraction);
        c.flags.words = true;
        Some(c)
    }

    /// "trois quarts", "un tiers", "1/3".
    fn fraction_after(&self, text: &str, toks: &[Tok], core: &Core) -> Option<Core> {
        let next = toks.get(core.end)?;
        let n = core.value;
        if core.flags.words {
            let k = key_of(text, next)?;
            let d = match k.as_bytes() {
                b"tiers" => 3.0,
                b"quart" | b"quarts" => 4.0,
                b"demi" => 2.0,
                // "un dixième", "trois centièmes".
                kk if kk.ends_with(b"ieme") || kk.ends_with(b"iemes") => {
                    let p = crate::parse::parse_number(next.text(text)).ok()?;
                    if p.kind != NumberKind::Ordinal || p.value < 3.0 {
                        return None;
                    }
                    p.value
                }
                _ => return None,
            };
            let mut c = *core;
            c.end += 1;
            c.value = n / d;
            c.kind = NumberKind::Fraction;
            c.lone_un = false;
            return Some(c);
        }
        if next.kind == TokenKind::Symbol && next.text(text) == "/" {
            let den_tok = toks.get(core.end + 1)?;
            let cur = toks.get(core.start)?;
            if den_tok.kind != TokenKind::Number
                || !Self::glued(cur, next)
                || !Self::glued(next, den_tok)
            {
                return None;
            }
            let dt = den_tok.text(text);
            if dt.starts_with('0') {
                return None;
            }
            let d = parse_digits(dt).ok()?.integer?;
            if (2..=100).contains(&d) && n >= 1.0 && n < d as f64 && core.end == core.start + 1 {
                let mut c = *core;
                c.end += 2;
                c.value = n / d as f64;
                c.kind = NumberKind::Fraction;
                return Some(c);
            }
        }
        None
    }

    /// Whether a count follows: "et"/"," then a number ("un mort et deux
    /// blessés").
    fn followed_by_count(&self, text: &str, toks: &[Tok], j: usize, s: &mut Scratch) -> bool {
        let sep = toks.get(j);
        let is_sep = sep.is_some_and(|t| {
            (t.kind == TokenKind::Punct && t.text(text) == ",") || key_is(text, Some(t), "et")
        });
        if !is_sep {
            return false;
        }
        self.read_core(text, toks, j + 1, s)
            .is_some_and(|c| !c.lone_un && c.kind != NumberKind::Ordinal)
    }
}

/// Whether a token of this kind is never read as a word: digits, times,
/// percentages, punctuation, quotes and dashes.
#[inline]
fn is_never_a_word(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Number
            | TokenKind::Time
            | TokenKind::Percent
            | TokenKind::Punct
            | TokenKind::Quote(_)
            | TokenKind::Dash
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The finder without the pre-scan: every token of each paragraph
    /// (text between blank lines).
    fn find_unwindowed(f: &NumberFinder, text: &str) -> Vec<NumberMatch> {
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        // Paragraphs: cut after each word whose following white space
        // holds a paragraph break.
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut cuts = Vec::new();
        for (k, &b) in bytes.iter().enumerate() {
            if b != b' ' && b != b'\n' && crate::windows::is_paragraph_break(&bytes[k + 1..]) {
                cuts.push(k + 1);
            }
        }
        cuts.push(text.len());
        for end in cuts {
            let part = &text[start..end];
            let toks: Vec<Tok> = tokenize(part)
                .filter(|t| !is_zero_width(t.text(part)))
                .map(|t| Tok::new(t, start))
                .collect();
            f.find_in(text, &toks, &mut scratch, &mut out);
            start = end;
        }
        out
    }

    const VOCAB: &[&str] = &[
        "un",
        "une",
        "deux",
        "trois",
        "vingt",
        "et",
        "cent",
        "mille",
        "millions",
        "de",
        "d'euros",
        "1.000",
        "139",
        "2,5",
        "12,5 %",
        "morts",
        "blessés",
        "soldats",
        "personnes",
        "au",
        "moins",
        "plus",
        "peu",
        "près",
        "environ",
        "entre",
        "à",
        "des",
        "centaines",
        "dizaines",
        "milliers",
        "la",
        "moitié",
        "tiers",
        "le",
        "communiqué",
        "mars",
        "2024",
        "anciennes",
        "colonies",
        "chefs",
        "d'Etat",
        "jours",
        ",",
        ".",
        "\n",
        "dollars",
        "$",
        "€",
        "XXIe",
        "Louis",
        "XIV",
        "jusqu'à",
        "neuf",
        "ans",
        "quelque",
        "premier",
        "ministre",
        "Premier",
        "\n",
        "\n\n",
        "«trois",
        "morts»",
        "«",
        "\"deux\"",
    ];

    /// The tests of `word_core` that need only the token's key: it reads
    /// nothing from a word whose key fails them.
    fn word_core_may_read(key: &[u8]) -> bool {
        let first_part = key.split(|&b| b == b'-').next().unwrap_or(key);
        matches!(key, b"un" | b"une" | b"la")
            || is_vague_determiner(key)
            || ordinal_rank_key(key) == Some(1)
            || atom_of_key(first_part, 0).is_some()
    }

    #[test]
    fn short_words_start_numbers_as_word_core_reads_them() {
        let letters: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        let mut words: Vec<Vec<u8>> = Vec::new();
        for &a in &letters {
            for &b in &letters {
                words.push(vec![a, b]);
                for &c in &letters {
                    words.push(vec![a, b, c]);
                }
            }
        }
        for w in words {
            let text = String::from_utf8(w.clone()).unwrap();
            let tok = Tok {
                kind: TokenKind::Word,
                span: Span::new(0, text.len()),
                key: OnceCell::new(),
            };
            let key = WordKey::from_bytes(&w).unwrap();
            if word_core_may_read(key.as_bytes()) {
                assert!(may_start_number(&text, &tok), "{text}");
            }
        }
    }

    #[test]
    fn long_words_start_numbers_as_word_core_reads_them() {
        let mut words = crate::number_words_for_tests::number_words();
        words.extend(["plusieurs", "quelques", "nombreux", "nombreuses"].map(str::to_string));
        for w in &words {
            for v in [w.clone(), w.to_uppercase()] {
                let key = WordKey::from_bytes(v.as_bytes()).unwrap();
                if v.len() < 4 || !word_core_may_read(key.as_bytes()) && !v.starts_with("moitie") {
                    continue;
                }
                let tok = Tok {
                    kind: TokenKind::Word,
                    span: Span::new(0, v.len()),
                    key: OnceCell::new(),
                };
                assert!(may_start_number(&v, &tok), "{v}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]
        #[test]
        fn windows_do_not_change_results(words in proptest::collection::vec(prop::sample::select(VOCAB.to_vec()), 0..40)) {
            let text = words.join(" ");
            let f = NumberFinder::new();
            prop_assert_eq!(f.find(&text), find_unwindowed(&f, &text), "{}", text);
        }
    }
}
