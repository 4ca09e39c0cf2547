//! Turns the tokens of depeche-text into the small alphabet the grammar
//! reads: month, weekday, number, clock time, keyword...

use crate::lexicon::{
    classify, classify_packed, classify_short_ascii, may_be_key, may_be_key_pair, may_start_key,
    Kw, WordClass,
};
use crate::tokens::RegionTokens;
use depeche_text::{fold_char_into, Span, Token, TokenKind};

/// Folded words longer than this are never temporal words.
const MAX_WORD: usize = 24;

/// One item of the grammar's input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum L {
    /// A known word.
    W(WordClass),
    /// Digits only: their value (saturated) and how many digits.
    Int { value: u32, digits: u8 },
    /// A clock time "14h30", "8h", "15H".
    Clock { hour: u32, minute: Option<u32> },
    /// A date written with dots or dashes in one token "26.03.2024".
    Dmy { day: u32, month: u32, year: i32 },
    /// "mi-mars".
    MiMonth(u32),
    /// "mi-2023".
    MiYear(i32),
    /// "/".
    Slash,
    /// "-" standing alone.
    Dash,
    /// ":".
    Colon,
    /// `'` standing alone (minutes).
    Prime,
    /// `"` (seconds).
    DoublePrime,
    /// "," ";".
    Comma,
    /// "." "!" "?" and other sentence ends.
    Stop,
    /// Anything else.
    Other,
}

/// A lexed item with its span in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lex {
    pub(crate) kind: L,
    pub(crate) span: Span,
    /// How many items ahead the next strong item is (saturated): an
    /// expression always holds one, so that weak words far from any are
    /// not tried.
    pub(crate) strong_ahead: u8,
}

/// Whether a word can anchor a temporal expression (see [`crate::region`]):
/// every expression holds a digit or one of these words.
pub(crate) const fn is_anchor(w: WordClass) -> bool {
    use crate::lexicon::Kw;
    match w {
        WordClass::Month(_)
        | WordClass::Weekday(_)
        | WordClass::Unit(_)
        | WordClass::Season(_)
        | WordClass::Part(_) => true,
        WordClass::Kw(k) => matches!(
            k,
            Kw::Hier
                | Kw::AvantHier
                | Kw::Aujourdhui
                | Kw::Demain
                | Kw::ApresDemain
                | Kw::Veille
                | Kw::Lendemain
                | Kw::Midi
                | Kw::Minuit
                | Kw::Noel
                | Kw::Toussaint
                | Kw::Weekend
                | Kw::Annees
                | Kw::Maintenant
                | Kw::Actuellement
                | Kw::Autrefois
                | Kw::Avenir
                | Kw::Moment
                | Kw::Present
                | Kw::Quinzaine
                | Kw::Fete
                | Kw::MiJournee
                | Kw::Paques
                | Kw::Ascension
                | Kw::Pentecote
        ),
        WordClass::Number(_) | WordClass::Ordinal(_) => false,
    }
}

impl L {
    /// Whether the item can only occur in a temporal expression's core (a
    /// month, a weekday, a number, a unit...), as opposed to the weak words
    /// around it ("le", "de", "depuis").
    fn is_strong(self) -> bool {
        use crate::lexicon::Kw;
        match self {
            L::Int { .. } | L::Clock { .. } | L::Dmy { .. } | L::MiMonth(_) | L::MiYear(_) => true,
            L::W(w) => match w {
                // The anchor keywords, and those that only open or qualify
                // an expression ("Nouvel An", "tôt", "début", "fin", "mi-").
                WordClass::Kw(k) => {
                    is_anchor(w)
                        || matches!(
                            k,
                            Kw::Nouvel | Kw::Tot | Kw::Debut | Kw::Fin | Kw::Mi | Kw::Milieu
                        )
                }
                _ => true,
            },
            _ => false,
        }
    }
}

/// The item of a word of ASCII letters with no hyphen, if no more than its
/// bytes is needed: most words are nothing to the grammar (no key has
/// their first two letters and length), and a word of at most eight bytes
/// is looked up without folding. `None` for the other words, and for those
/// that may be a dotted abbreviation ("sept.").
/// `chunk`: the eight bytes of the text from the word's start, if it has
/// them.
#[inline]
fn plain_word_kind(bytes: &[u8], chunk: Option<&[u8]>) -> Option<L> {
    // Most words start with two letters no key starts with: nothing to the
    // grammar, whatever follows (accents, hyphens, a dot).
    if let Some((first, second)) = first_two_letters(bytes) {
        if !may_start_key(first, second) {
            return Some(L::Other);
        }
    }
    // A word of one to eight bytes read as one number, when the text holds
    // eight bytes from its start: its key packed and tested with a few
    // operations on the eight bytes at once.
    let packed = match (bytes.len(), chunk.and_then(|c| <[u8; 8]>::try_from(c).ok())) {
        (len @ 1..=8, Some(chunk)) => {
            let x = u64::from_be_bytes(chunk) & (u64::MAX << (8 * (8 - len)));
            if x & HIGHS != 0 || has_byte(x, b'-') {
                return None;
            }
            Some(x)
        }
        _ => {
            if !bytes.iter().all(|&c| c < 0x80 && c != b'-') {
                return None;
            }
            None
        }
    };
    // The pair filter reads 5 bits of each letter, the same for both cases.
    let known = match bytes {
        [first, second, ..] => may_be_key_pair(*first, *second, bytes.len()),
        _ => may_be_key(bytes.first().map_or(0, u8::to_ascii_lowercase), bytes.len()),
    };
    if !known {
        return Some(L::Other);
    }
    if bytes.len() > 8 {
        return None;
    }
    let class = match packed {
        Some(x) => classify_packed(ascii_lower(x)),
        None => classify_short_ascii(bytes),
    };
    match class {
        // A word with no hyphen is no "mi-mars" either.
        None => Some(L::Other),
        Some(WordClass::Month(_) | WordClass::Weekday(1) | WordClass::Number(7)) => None,
        // "a" is the verb, "à" the preposition.
        Some(WordClass::Kw(Kw::A)) if bytes == b"a" || bytes == b"A" => {
            Some(L::W(WordClass::Kw(Kw::Has)))
        }
        Some(c) => Some(L::W(c)),
    }
}

/// The byte `0x01` repeated.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether one of the eight bytes of `x` is `c` (the exact test for a zero
/// byte, on `x ^ c`: no carry between bytes).
#[inline]
fn has_byte(x: u64, c: u8) -> bool {
    let y = x ^ (ONES * u64::from(c));
    !(((y & !HIGHS) + !HIGHS) | y) & HIGHS != 0
}

/// The eight ASCII bytes of `x` (no high bit set) in ASCII lower case, as
/// [`u8::to_ascii_lowercase`] writes each.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    // High bit set in each byte that is at least `c` (bytes below 0x80: no
    // carry between bytes).
    let at_least = |c: u8| x + ONES * u64::from(0x80 - c);
    let upper = at_least(b'A') & !at_least(b'Z' + 1) & HIGHS;
    x | (upper >> 2)
}

/// The first two chars of a word folded, if each is an ASCII letter or a
/// Latin-1 letter of [`fold_latin1`] (either case; the folded letter is
/// the first byte of the word's folded form, as [`fold_word_into`] writes
/// it). `O(1)`.
#[inline]
fn first_two_letters(bytes: &[u8]) -> Option<(u8, u8)> {
    let letter = |i: usize| -> Option<(u8, usize)> {
        match *bytes.get(i)? {
            c if c.is_ascii_alphabetic() => Some((c, 1)),
            0xC3 => {
                let d = bytes.get(i + 1)?.checked_sub(0x80)?;
                match LATIN1_FOLDS.get(usize::from(d)) {
                    Some(&f) if f != 0 => Some((f, 2)),
                    _ => None,
                }
            }
            _ => None,
        }
    };
    let (first, width) = letter(0)?;
    let (second, _) = letter(width)?;
    Some((first, second))
}

/// Month words that are abbreviations and may take a final dot.
fn is_abbreviation(folded: &str) -> bool {
    matches!(
        folded,
        "janv" | "jan" | "fev" | "fevr" | "avr" | "juil" | "sept" | "oct" | "nov" | "dec" | "lun"
    )
}

/// Lexes `text` into `out` (cleared first). `buf` is scratch space reused
/// across tokens, so that lexing allocates nothing per token.
pub(crate) fn lex_into(text: &str, out: &mut Vec<Lex>, buf: &mut String) {
    out.clear();
    let mut tokens = RegionTokens::new(text);
    while let Some(tok) = tokens.next_token() {
        if matches!(tok.kind, TokenKind::Word | TokenKind::Elision) {
            // The common cases of words, read as bytes.
            let rest = text.as_bytes().get(tok.span.start..).unwrap_or(&[]);
            let bytes = rest
                .get(..tok.span.end.saturating_sub(tok.span.start))
                .unwrap_or(&[]);
            let chunk = rest.get(..8);
            if let Some(kind) = plain_word_kind(bytes, chunk) {
                out.push(Lex {
                    kind,
                    span: tok.span,
                    strong_ahead: u8::MAX,
                });
                continue;
            }
        }
        let s = tok.text(text);
        let kind = match tok.kind {
            TokenKind::Word | TokenKind::Elision => {
                buf.clear();
                let mut packed = None;
                let mut too_long = s.len() > 2 * MAX_WORD;
                let ascii = s.is_ascii();
                if too_long {
                } else if ascii {
                    // Fast path: ASCII folds to its lower case.
                    too_long = s.len() > MAX_WORD;
                    if !too_long {
                        buf.push_str(s);
                        buf.make_ascii_lowercase();
                    }
                } else if folds_to_no_key(s) {
                    out.push(Lex {
                        kind: L::Other,
                        span: tok.span,
                        strong_ahead: u8::MAX,
                    });
                    continue;
                } else if let Some((key, len)) = (s.len() <= 16)
                    .then(|| packed_folded_letters(s.as_bytes()))
                    .flatten()
                {
                    // Letters that fold to one byte each, eight at most: the
                    // key packed as they are read.
                    packed = Some(key);
                    buf.extend(key.to_be_bytes().iter().take(len).map(|&b| char::from(b)));
                } else {
                    fold_word_into(s, buf);
                    too_long = buf.len() > MAX_WORD;
                }
                if too_long {
                    L::Other
                } else {
                    let folded = buf.as_str();
                    let class = match packed {
                        Some(key) => classify_packed(key),
                        None => classify(folded),
                    };
                    // A dotted abbreviation takes its dot ("juil.", "sept.").
                    let dotted = matches!(
                        class,
                        Some(WordClass::Month(_) | WordClass::Weekday(1) | WordClass::Number(7))
                    ) && is_abbreviation(folded)
                        // The next token, read ahead on a copy of the
                        // tokenizer (rare: no `Peekable` in the loop).
                        && tokens.clone().next_token().is_some_and(|n: Token| {
                            n.span.start == tok.span.end && n.text(text) == "."
                        });
                    if dotted {
                        let dot = tokens.next_token().map_or(tok.span, |n| n.span);
                        let class = match class {
                            Some(WordClass::Number(7)) => WordClass::Month(9),
                            Some(c) => c,
                            None => WordClass::Month(0),
                        };
                        out.push(Lex {
                            kind: L::W(class),
                            span: tok.span.cover(dot),
                            strong_ahead: u8::MAX,
                        });
                        continue;
                    }
                    match class {
                        // "a" is the verb, "à" the preposition.
                        Some(WordClass::Kw(Kw::A)) if s == "a" || s == "A" => {
                            L::W(WordClass::Kw(Kw::Has))
                        }
                        // "dès" folds like the article "des".
                        Some(WordClass::Kw(Kw::Des)) if s == "dès" || s == "Dès" => {
                            L::W(WordClass::Kw(Kw::Des2))
                        }
                        Some(c) => L::W(c),
                        None => word_kind(folded),
                    }
                }
            }
            TokenKind::Number => number_kind(s),
            TokenKind::Ordinal => ordinal_kind(s),
            TokenKind::Time => clock_kind(s),
            TokenKind::Punct => match s {
                "," | ";" => L::Comma,
                "." | "!" | "?" | "..." | "…" => L::Stop,
                ":" => L::Colon,
                _ => L::Other,
            },
            TokenKind::Dash => L::Dash,
            TokenKind::Symbol => match s {
                "/" => L::Slash,
                "'" => L::Prime,
                _ => L::Other,
            },
            TokenKind::Quote(_) if s == "\"" => L::DoublePrime,
            _ => L::Other,
        };
        out.push(Lex {
            kind,
            span: tok.span,
            strong_ahead: u8::MAX,
        });
    }
    // Distances to the next strong item, from the end.
    let mut next: u8 = u8::MAX;
    for l in out.iter_mut().rev() {
        next = if l.kind.is_strong() {
            0
        } else {
            next.saturating_add(1)
        };
        l.strong_ahead = next;
    }
}

/// The folded form of a Latin-1 letter ("é" -> 'e'), if it folds to one
/// ASCII letter: the common case, without the Unicode tables.
pub(crate) const fn fold_latin1(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => return None,
    })
}

/// [`fold_latin1`] of U+00C0..=U+00FF (the chars written 0xC3 0x80..=0xBF
/// in UTF-8), 0 for those that fold to no single ASCII letter.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static LATIN1_FOLDS: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut i = 0;
    while i < 64 {
        if let Some(c) = char::from_u32(0xC0 + i as u32) {
            if let Some(a) = fold_latin1(c) {
                t[i] = a as u8;
            }
        }
        i += 1;
    }
    t
};

/// The folded form of `c` as [`fold_word_into`] writes it, if it is one
/// ASCII byte found without the Unicode tables: ASCII, and the Latin-1
/// letters of [`fold_latin1`].
#[inline]
pub(crate) fn fold_byte(c: char) -> Option<u8> {
    let u = u32::from(c);
    if u < 0x80 {
        return Some(if c == '`' {
            b'\''
        } else {
            (u as u8).to_ascii_lowercase()
        });
    }
    match u
        .checked_sub(0xC0)
        .and_then(|k| LATIN1_FOLDS.get(k as usize))
    {
        Some(&f) if f != 0 => Some(f),
        _ => None,
    }
}

/// The folded key of a word of one to eight letters that each fold to one
/// ASCII letter (ASCII letters, and the Latin-1 letters of [`fold_latin1`]),
/// packed as the lexicon packs its keys (the first byte highest, zeros
/// after the word), and its length; `None` for any other word (hyphens,
/// apostrophes, other chars, more letters). [`fold_word_into`] would write
/// the same bytes. `O(len)`, no allocation.
pub(crate) fn packed_folded_letters(word: &[u8]) -> Option<(u64, usize)> {
    let mut key = 0u64;
    let mut len = 0usize;
    let mut i = 0;
    while let Some(&c) = word.get(i) {
        let folded = if c.is_ascii_alphabetic() {
            i += 1;
            c.to_ascii_lowercase()
        } else if c == 0xC3 {
            // U+00C0..=U+00FF: 0xC3 then 0x80..=0xBF.
            let &d = word.get(i + 1)?;
            let f = *LATIN1_FOLDS.get(usize::from(d.checked_sub(0x80)?))?;
            if f == 0 {
                return None;
            }
            i += 2;
            f
        } else {
            return None;
        };
        len += 1;
        if len > 8 {
            return None;
        }
        key = (key << 8) | u64::from(folded);
    }
    if len == 0 {
        return None;
    }
    Some((key << (8 * (8 - len)), len))
}

/// The length of `word` as [`fold_word_into`] writes it, when every char
/// of it folds to one byte: ASCII but '`', and the Latin-1 letters of
/// [`fold_latin1`]; `None` for any other word. `O(len)`, no allocation.
pub(crate) fn single_byte_folded_len(word: &[u8]) -> Option<usize> {
    let mut len = 0usize;
    let mut i = 0;
    while let Some(&c) = word.get(i) {
        if c < 0x80 && c != b'`' {
            i += 1;
        } else if c == 0xC3 {
            // U+00C0..=U+00FF: 0xC3 then 0x80..=0xBF.
            let &d = word.get(i + 1)?;
            if *LATIN1_FOLDS.get(usize::from(d.checked_sub(0x80)?))? == 0 {
                return None;
            }
            i += 2;
        } else {
            return None;
        }
        len += 1;
    }
    Some(len)
}

/// Whether a word with non-ASCII letters is surely nothing to the grammar:
/// it folds char by char to ASCII letters (through [`fold_byte`]), holds
/// no hyphen, and no key of the lexicon has its first two folded letters
/// and folded length. Then the lexicon has no such word (nor a
/// hyphenated number word), without folding it out.
fn folds_to_no_key(word: &str) -> bool {
    let (mut first, mut second, mut len) = (0u8, 0u8, 0usize);
    for c in word.chars() {
        let Some(f) = fold_byte(c) else {
            return false;
        };
        if f == b'-' {
            return false;
        }
        match len {
            0 => first = f,
            1 => second = f,
            _ => {}
        }
        len += 1;
    }
    match len {
        0 => false,
        1 => !may_be_key(first, len),
        _ => !may_be_key_pair(first, second, len),
    }
}

/// Appends the folded form of `word` to `buf` (as
/// [`depeche_text::fold_str`] writes it), with fast paths for ASCII and
/// Latin-1 letters (one table lookup each).
pub(crate) fn fold_word_into(word: &str, buf: &mut String) {
    for c in word.chars() {
        let u = u32::from(c);
        if u < 0x80 {
            buf.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        let folded = u
            .checked_sub(0xC0)
            .and_then(|k| LATIN1_FOLDS.get(k as usize))
            .copied()
            .unwrap_or(0);
        if folded != 0 {
            buf.push(char::from(folded));
        } else {
            fold_char_into(c, buf);
        }
    }
}

/// A word that is not in the lexicon: "mi-mars", "mi-2023", "2024-03-26".
fn word_kind(folded: &str) -> L {
    if !folded.as_bytes().contains(&b'-') {
        return L::Other;
    }
    if let Some(rest) = folded.strip_prefix("mi-") {
        if let Some(WordClass::Month(m)) = classify(rest) {
            return L::MiMonth(m);
        }
        if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(y) = rest.parse::<i32>() {
                return L::MiYear(y);
            }
        }
    }
    // "2024-03-26" written as one word by some tokenizers, "13-15".
    if let Some(d) = dashed_date(folded) {
        return d;
    }
    L::Other
}

/// Reads a digit string, saturating at `u32::MAX`.
fn digits_value(s: &str) -> Option<(u32, u8)> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v: u32 = 0;
    for b in s.bytes() {
        v = v.saturating_mul(10).saturating_add(u32::from(b - b'0'));
    }
    Some((v, u8::try_from(s.len()).unwrap_or(u8::MAX)))
}

fn number_kind(s: &str) -> L {
    if let Some((value, digits)) = digits_value(s) {
        return L::Int { value, digits };
    }
    // "26.03.2024": three dot-separated groups.
    let mut parts = s.split('.');
    if let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        if let (Some((d, dl)), Some((m, ml)), Some((y, yl))) =
            (digits_value(d), digits_value(m), digits_value(y))
        {
            if dl <= 2 && ml <= 2 && (yl == 4 || yl == 2) {
                if let Some(year) = expand_year(y, yl) {
                    return L::Dmy {
                        day: d,
                        month: m,
                        year,
                    };
                }
            }
        }
    }
    L::Other
}

fn dashed_date(s: &str) -> Option<L> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (y, yl) = digits_value(y)?;
    let (m, ml) = digits_value(m)?;
    let (d, dl) = digits_value(d)?;
    if yl != 4 || ml > 2 || dl > 2 {
        return None;
    }
    Some(L::Dmy {
        day: d,
        month: m,
        year: i32::try_from(y).ok()?,
    })
}

/// A year written with 2 or 4 digits: "74" is 1974, "14" is 2014.
pub(crate) fn expand_year(value: u32, digits: u8) -> Option<i32> {
    let v = i32::try_from(value).ok()?;
    match digits {
        2 if v >= 50 => Some(1900 + v),
        2 => Some(2000 + v),
        4 => Some(v),
        _ => None,
    }
}

fn ordinal_kind(s: &str) -> L {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M')))
        .unwrap_or(s.len());
    let head = s.get(..end).unwrap_or("");
    if let Some((v, _)) = digits_value(head) {
        return L::W(WordClass::Ordinal(v));
    }
    match depeche_text::roman::parse_roman(head) {
        Some(v) => L::W(WordClass::Ordinal(v)),
        None => L::Other,
    }
}

fn clock_kind(s: &str) -> L {
    let Some(h_at) = s.find(['h', 'H']) else {
        return L::Other;
    };
    let hour = s.get(..h_at).unwrap_or("").trim();
    let minute = s.get(h_at + 1..).unwrap_or("").trim();
    let Some((hour, _)) = digits_value(hour) else {
        return L::Other;
    };
    let minute = if minute.is_empty() {
        None
    } else {
        match digits_value(minute) {
            Some((m, _)) => Some(m),
            None => return L::Other,
        }
    };
    L::Clock { hour, minute }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_folding_agrees_with_depeche_text() {
        for w in [
            "Décembre",
            "AOÛT",
            "février",
            "Noël",
            "œuvre",
            "Ça",
            "naïve",
            "ÉTÉ",
            "l`an",
            "ﬁn",
        ] {
            let mut buf = String::new();
            fold_word_into(w, &mut buf);
            assert_eq!(buf, depeche_text::fold_str(w), "{w}");
        }
    }

    #[test]
    fn latin1_table_agrees() {
        for u in 0xC0..=0xFFu32 {
            let c = char::from_u32(u).unwrap();
            let t = LATIN1_FOLDS[(u - 0xC0) as usize];
            assert_eq!(fold_latin1(c), (t != 0).then(|| char::from(t)), "{c}");
        }
    }

    #[test]
    fn words_that_fold_to_no_key_are_not_in_the_lexicon() {
        let mut words: Vec<String> = [
            "été",
            "Été",
            "février",
            "Noël",
            "août",
            "déc",
            "dès",
            "œuvre",
            "Ça",
            "mi-été",
            "président",
            "déclaré",
            "élections",
            "à",
            "où",
            "là",
            "Ébola",
            "ÿ",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for w in [
            "aout",
            "fevrier",
            "ete",
            "noel",
            "decembre",
            "pentecote",
            "paques",
        ] {
            words.push(w.replacen('e', "é", 1).replacen('o', "ô", 1));
        }
        for w in &words {
            if folds_to_no_key(w) {
                let mut folded = String::new();
                fold_word_into(w, &mut folded);
                assert_eq!(crate::lexicon::classify(&folded), None, "{w}");
                assert!(!folded.contains('-'), "{w}");
            }
        }
        assert!(!folds_to_no_key("été"));
        assert!(folds_to_no_key("élections"));
    }

    #[test]
    fn first_two_letters_are_those_of_the_folded_word() {
        for w in [
            "été",
            "Été",
            "éc",
            "ÉLECTION",
            "déjà",
            "àb",
            "ab",
            "a",
            "é",
            "a'",
            "l'an",
            "×a",
            "a×",
            "ça",
            "œu",
            "a\u{301}b",
            "1er",
            "Mi-mars",
        ] {
            let mut folded = String::new();
            fold_word_into(w, &mut folded);
            if let Some((f, g)) = first_two_letters(w.as_bytes()) {
                let fb = folded.as_bytes();
                assert_eq!(
                    (f.to_ascii_lowercase(), g.to_ascii_lowercase()),
                    (fb[0], fb[1]),
                    "{w}"
                );
                assert!(
                    fb[0].is_ascii_lowercase() && fb[1].is_ascii_lowercase(),
                    "{w}"
                );
            }
        }
        assert_eq!(first_two_letters("Été".as_bytes()), Some((b'e', b't')));
        assert_eq!(first_two_letters("a×".as_bytes()), None);
    }

    #[test]
    fn packed_keys_are_the_folded_words() {
        for w in [
            "été",
            "Été",
            "ÉTÉ",
            "août",
            "déc",
            "dès",
            "Noël",
            "février",
            "matinée",
            "à",
            "a",
            "après",
            "décembre",
            "mi-mars",
            "l'été",
            "aujourd'hui",
            "œuvre",
            "naïve",
            "ça",
            "×",
            "é×",
            "ab",
            "",
            "abcdefgh",
            "abcdefghi",
            "éééééééé",
            "ééééééééé",
        ] {
            let mut folded = String::new();
            fold_word_into(w, &mut folded);
            match packed_folded_letters(w.as_bytes()) {
                Some((key, len)) => {
                    assert_eq!(len, folded.len(), "{w}");
                    assert!(folded.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
                    let mut bytes = [0u8; 8];
                    bytes[..len].copy_from_slice(folded.as_bytes());
                    assert_eq!(key, u64::from_be_bytes(bytes), "{w}");
                    assert_eq!(
                        crate::lexicon::classify_packed(key),
                        crate::lexicon::classify(&folded),
                        "{w}"
                    );
                }
                None => assert!(
                    folded.len() > 8
                        || folded.is_empty()
                        || !folded.bytes().all(|b| b.is_ascii_lowercase())
                        || !w
                            .chars()
                            .all(|c| fold_byte(c).is_some_and(|b| b.is_ascii_lowercase())),
                    "{w}"
                ),
            }
        }
    }

    #[test]
    fn eight_byte_tests_agree_with_byte_tests() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..100_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Mostly ASCII letters, hyphens and zeros, some of anything.
            let bytes: [u8; 8] = std::array::from_fn(|k| {
                let r = (seed >> (8 * k)) as u8;
                match r % 4 {
                    0 => b'-',
                    1 => b'A' + r % 26,
                    2 => b'a' + r % 26,
                    _ => r,
                }
            });
            let x = u64::from_be_bytes(bytes);
            assert_eq!(has_byte(x, b'-'), bytes.contains(&b'-'), "{bytes:?}");
            if bytes.is_ascii() {
                let lower = bytes.map(|c| c.to_ascii_lowercase());
                assert_eq!(ascii_lower(x), u64::from_be_bytes(lower), "{bytes:?}");
            }
        }
    }

    #[test]
    fn strong_items_are_counted_ahead() {
        let mut out = Vec::new();
        lex_into("depuis le début de mars", &mut out, &mut String::new());
        let d: Vec<u8> = out.iter().map(|l| l.strong_ahead).collect();
        assert_eq!(d, [2, 1, 0, 1, 0]);
    }

    fn kinds(text: &str) -> Vec<L> {
        let mut out = Vec::new();
        lex_into(text, &mut out, &mut String::new());
        out.into_iter().map(|l| l.kind).collect()
    }

    #[test]
    fn lexes_dates_and_times() {
        assert_eq!(
            kinds("Mi-mars 26.03.2024 14h30"),
            [
                L::MiMonth(3),
                L::Dmy {
                    day: 26,
                    month: 3,
                    year: 2024
                },
                L::Clock {
                    hour: 14,
                    minute: Some(30)
                }
            ]
        );
        assert_eq!(
            kinds("5 juil. sept."),
            [
                L::Int {
                    value: 5,
                    digits: 1
                },
                L::W(WordClass::Month(7)),
                L::W(WordClass::Month(9))
            ]
        );
        assert_eq!(kinds("XXe"), [L::W(WordClass::Ordinal(20))]);
        assert_eq!(
            kinds("99999999999999"),
            [L::Int {
                value: u32::MAX,
                digits: 14
            }]
        );
    }
}
