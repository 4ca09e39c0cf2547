//! Whole-string parsing: one number, in digits, words or both.

use crate::digits::parse_digits;
use crate::error::NumberError;
use crate::ordinal::{ordinal_word_rank, parse_ordinal_suffixed};
use crate::words::{check_ordinals, parse_atoms, read_atoms, Atom};
use crate::NumberKind;

/// A number read from a whole string by [`parse_number`].
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct ParsedNumber {
    /// The value (the rank for an ordinal).
    pub value: f64,
    /// [`NumberKind::Cardinal`], [`NumberKind::Decimal`] or
    /// [`NumberKind::Ordinal`].
    pub kind: NumberKind,
    /// A plural "-ièmes" form ("vingt-cinquièmes"), read as an ordinal.
    pub plural_ordinal: bool,
    /// Written (at least partly) in words.
    pub words: bool,
    /// A dot was read as an English decimal point ("1.5").
    pub english_decimal: bool,
}

impl ParsedNumber {
    fn new(value: f64, kind: NumberKind) -> ParsedNumber {
        ParsedNumber {
            value,
            kind,
            plural_ordinal: false,
            words: false,
            english_decimal: false,
        }
    }
}

/// The multiplier of a short scale suffix after digits ("100K", "1,2M",
/// "3 Md").
pub(crate) fn suffix_multiplier(s: &str) -> Option<f64> {
    match s {
        "k" | "K" => Some(1e3),
        "M" | "m" => Some(1e6),
        "G" | "Md" | "Mds" | "Mrd" | "Mrds" => Some(1e9),
        _ => None,
    }
}

/// The power of ten of a scale word ("mille", "millions", "milliard"...).
pub(crate) fn scale_word_power(word: &str) -> Option<u32> {
    // Scale words are short ASCII after folding: a stack key, no allocation.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(first, b'm' | b'b' | b't') || word.len() > 12 {
        return None;
    }
    let key = crate::word_key::WordKey::new(word)?;
    scale_key_power(key.as_bytes())
}

/// The power of ten of a scale word's folded key ("mille" 3, "millions"
/// 6, "milliard" 9...); see [`scale_word_power`].
pub(crate) fn scale_key_power(key: &[u8]) -> Option<u32> {
    match crate::words::atom_of_key(key, 0).map(|a| (a.atom, a.ordinal)) {
        Some((Atom::Mille, None)) => Some(3),
        Some((Atom::Scale(p), None)) => Some(p),
        _ => None,
    }
}

fn kind_of(value: f64) -> NumberKind {
    if value.fract() == 0.0 {
        NumberKind::Cardinal
    } else {
        NumberKind::Decimal
    }
}

/// Parses a whole string as one number: digits in French or English
/// conventions ("1.000", "1 000", "12,5"), a sign ("-3", "moins 3"), a short
/// scale suffix ("100K", "1,2M"), digits with scale words ("1,5 million",
/// "2 millions 300 000"), words ("quatre-vingt-dix-neuf"), decimals in
/// words ("douze virgule cinq"), ordinals ("1er", "XXIe", "vingt et
/// unième", "première").
///
/// ```
/// use depeche_numbers::{parse_number, NumberKind};
/// assert_eq!(parse_number("1,5 million").unwrap().value, 1_500_000.0);
/// assert_eq!(parse_number("vingt et unième").unwrap().kind, NumberKind::Ordinal);
/// assert_eq!(parse_number("moins 1200000").unwrap().value, -1_200_000.0);
/// assert!(parse_number("mille mille").is_err());
/// ```
pub fn parse_number(text: &str) -> Result<ParsedNumber, NumberError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let lead = text.len() - text.trim_start().len();
    parse_trimmed(t).map_err(|e| shift(e, lead))
}

fn shift(e: NumberError, by: usize) -> NumberError {
    match e {
        NumberError::UnknownWord { word, offset } => NumberError::UnknownWord {
            word,
            offset: offset + by,
        },
        NumberError::Grammar { offset, reason } => NumberError::Grammar {
            offset: offset + by,
            reason,
        },
        NumberError::Digits { offset, reason } => NumberError::Digits {
            offset: offset + by,
            reason,
        },
        NumberError::Overflow { offset } => NumberError::Overflow {
            offset: offset + by,
        },
        other => other,
    }
}

fn parse_trimmed(t: &str) -> Result<ParsedNumber, NumberError> {
    if let Some(rank) = ordinal_word_rank(t).or_else(|| parse_ordinal_suffixed(t)) {
        return Ok(ParsedNumber::new(rank as f64, NumberKind::Ordinal));
    }
    // Signs: "moins 3", "- 3".
    for prefix in ["moins ", "- ", "−"] {
        if let Some(rest) = strip_prefix_ci(t, prefix) {
            // One sign only: the rest is parsed unsigned (no recursion, so
            // "moins moins moins ..." cannot exhaust the stack).
            let inner = parse_unsigned(rest.trim_start())
                .map_err(|e| shift(e, t.len() - rest.trim_start().len()))?;
            if inner.kind == NumberKind::Ordinal {
                return Err(NumberError::Grammar {
                    offset: 0,
                    reason: "negative ordinal",
                });
            }
            return Ok(ParsedNumber {
                value: -inner.value,
                ..inner
            });
        }
    }
    parse_unsigned(t)
}

/// A number without a sign word ("moins") in front.
fn parse_unsigned(t: &str) -> Result<ParsedNumber, NumberError> {
    if let Some(rank) = ordinal_word_rank(t).or_else(|| parse_ordinal_suffixed(t)) {
        return Ok(ParsedNumber::new(rank as f64, NumberKind::Ordinal));
    }
    if t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, ',' | '-' | '+')) {
        return parse_digit_led(t);
    }
    parse_words(t)
}

fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    let head = t.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| t.get(prefix.len()..))
        .flatten()
}

/// Digits, possibly followed by a scale suffix or scale words and more
/// digits ("2 millions 300 000").
fn parse_digit_led(t: &str) -> Result<ParsedNumber, NumberError> {
    if let Ok(d) = parse_digits(t) {
        let mut p = ParsedNumber::new(d.value, kind_of(d.value));
        p.english_decimal = d.english_decimal;
        return Ok(p);
    }
    // Short suffix glued or spaced: "100K", "1,2M", "3 Md".
    let digits_end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '-' | '+')))
        .map_or(t.len(), |(k, _)| k);
    let (num, rest) = (
        t.get(..digits_end).unwrap_or(""),
        t.get(digits_end..).unwrap_or(""),
    );
    let num = num.trim_end();
    let d = parse_digits(num)?;
    if let Some(m) = suffix_multiplier(rest.trim()) {
        let v = d.value * m;
        let mut p = ParsedNumber::new(round_scaled(v), kind_of(round_scaled(v)));
        p.english_decimal = d.english_decimal;
        return Ok(p);
    }
    // Scale words: "1,5 million", "2 millions 300 000", "3 milliards".
    let mut total = 0f64;
    let mut current = d.value;
    let mut words = rest.split_whitespace().peekable();
    let mut any_scale = false;
    while let Some(w) = words.next() {
        if let Some(p) = scale_word_power(w) {
            total += current * 10f64.powi(p as i32);
            current = 0.0;
            any_scale = true;
        } else if w.eq_ignore_ascii_case("de") && any_scale {
            // "milliards de milliards": the scale multiplies all before it.
            let p = words
                .next()
                .and_then(scale_word_power)
                .ok_or(NumberError::Grammar {
                    offset: 0,
                    reason: "\"de\" not followed by a scale noun",
                })?;
            total *= 10f64.powi(p as i32);
        } else {
            // More digits after a scale: the rest of the string.
            let offset = (w.as_ptr() as usize).saturating_sub(t.as_ptr() as usize);
            let tail = t.get(offset..).unwrap_or("");
            if any_scale {
                let more = parse_digits(tail).map_err(|_| NumberError::UnknownWord {
                    word: w.to_string(),
                    offset,
                })?;
                total += more.value;
                current = 0.0;
                break;
            }
            return Err(NumberError::UnknownWord {
                word: w.to_string(),
                offset,
            });
        }
    }
    if !any_scale {
        return Err(NumberError::Digits {
            offset: 0,
            reason: "digits followed by something else",
        });
    }
    let v = round_scaled(total + current);
    if !v.is_finite() || v.abs() > crate::MAX_VALUE {
        return Err(NumberError::Overflow { offset: 0 });
    }
    let mut p = ParsedNumber::new(v, kind_of(v));
    p.words = true;
    p.english_decimal = d.english_decimal;
    Ok(p)
}

/// Rounds away float noise from decimal × power of ten ("1,2" × 10^6).
pub(crate) fn round_scaled(v: f64) -> f64 {
    if v.abs() >= 1.0 && v.abs() < 1e15 {
        let r = (v * 1e6).round() / 1e6;
        if (r - v).abs() < 1e-6 * v.abs().max(1.0) {
            return r;
        }
    }
    v
}

/// Words, with an optional "virgule" and decimals in words.
fn parse_words(t: &str) -> Result<ParsedNumber, NumberError> {
    if let Some(k) = find_word(t, "virgule") {
        let left = t.get(..k).unwrap_or("");
        let right = t.get(k + "virgule".len()..).unwrap_or("");
        let int = parse_words(left)?;
        let digits = decimal_words(right).map_err(|e| shift(e, k + "virgule".len()))?;
        let s = format!("{}.{}", int.value, digits);
        let value = s.parse::<f64>().map_err(|_| NumberError::Grammar {
            offset: k,
            reason: "decimals in words",
        })?;
        let mut p = ParsedNumber::new(value, NumberKind::Decimal);
        p.words = true;
        return Ok(p);
    }
    let mut atoms = Vec::with_capacity(8);
    read_atoms(t, &mut atoms)?;
    let ordinal = check_ordinals(&atoms)?;
    let v = parse_atoms(&atoms)?;
    let mut p = ParsedNumber::new(v as f64, NumberKind::Cardinal);
    p.words = true;
    if let Some(plural) = ordinal {
        p.kind = NumberKind::Ordinal;
        p.plural_ordinal = plural;
    }
    Ok(p)
}

/// The decimals after "virgule": leading "zéro"s, then a cardinal.
fn decimal_words(t: &str) -> Result<String, NumberError> {
    let mut out = String::new();
    let mut rest = t.trim_start();
    while let Some(r) = strip_prefix_ci(rest, "zéro").or_else(|| strip_prefix_ci(rest, "zero")) {
        out.push('0');
        rest = r.trim_start();
    }
    if !rest.is_empty() {
        out.push_str(&parse_cardinal_in(rest)?.to_string());
    }
    if out.is_empty() {
        return Err(NumberError::Empty);
    }
    Ok(out)
}

fn parse_cardinal_in(t: &str) -> Result<u64, NumberError> {
    crate::words::parse_cardinal_words(t)
}

/// Byte offset of a whole word (case-insensitive ASCII) in `t`.
fn find_word(t: &str, word: &str) -> Option<usize> {
    let base = t.as_ptr() as usize;
    t.split_whitespace()
        .find(|w| w.eq_ignore_ascii_case(word))
        .map(|w| (w.as_ptr() as usize).saturating_sub(base))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> f64 {
        parse_number(s).map(|p| p.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn digits_and_suffixes() {
        assert_eq!(v("100K"), 100_000.0);
        assert_eq!(v("1,2M"), 1_200_000.0);
        assert_eq!(v(",0012G"), 1_200_000.0);
        assert_eq!(v("-1,2M"), -1_200_000.0);
        assert_eq!(v("- 1.200.000"), -1_200_000.0);
        assert_eq!(v("6.700,54"), 6700.54);
    }

    #[test]
    fn mixed() {
        assert_eq!(v("3 milliards"), 3e9);
        assert_eq!(v("2 millions 300 000"), 2_300_000.0);
        assert_eq!(v("1,5 million"), 1_500_000.0);
        assert!(parse_number("999 999 milliards de milliards de milliards").is_err());
        assert!(parse_number(&"moins ".repeat(100_000)).is_err());
    }

    #[test]
    fn words_and_ordinals() {
        assert_eq!(v("trois millions"), 3e6);
        assert_eq!(v("douze virgule quatre-vingt-dix-neuf"), 12.99);
        assert_eq!(v("cent vingt virgule zéro cinq"), 120.05);
        let o = parse_number("vingt-cinquièmes").unwrap();
        assert!(o.plural_ordinal && o.value == 25.0);
        assert_eq!(parse_number("Premier").unwrap().kind, NumberKind::Ordinal);
        assert!(parse_number("dix unième").is_err());
        assert!(parse_number("vingtième cinq").is_err());
        assert!(parse_number("unième").is_err());
    }
}
