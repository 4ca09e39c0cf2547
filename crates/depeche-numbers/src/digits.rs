//! Numbers written in digits, French conventions first.
//!
//! - thousands grouped by dots ("1.000", "1.234.567") or by spaces of any
//!   kind — space, NBSP, narrow NBSP, thin space — ("1 000", "12 000");
//! - the decimal comma ("12,5", "0,5", "1 234 567,89", ",5");
//! - a sign ("-3", "+2", "−4");
//! - an English decimal point ("1.5", "49.3") is accepted and flagged: a
//!   single dot not followed by exactly three digits.

use crate::error::NumberError;

/// A number read from digits.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct DigitNumber {
    /// The value.
    pub value: f64,
    /// The value as an integer, when it has no decimals.
    pub integer: Option<i128>,
    /// Count of decimals written (0 for an integer).
    pub decimals: u32,
    /// Whether the digits were grouped by thousands ("1.000", "1 000").
    pub grouped: bool,
    /// Whether a dot was read as an English decimal point ("1.5").
    pub english_decimal: bool,
}

/// Whether `c` separates digit groups (space variants after or before
/// normalisation).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// Parses a whole digit string: digits with optional grouping, decimal
/// comma or point, and sign. Offsets in errors are relative to `s`.
///
/// ```
/// use depeche_numbers::parse_digits;
/// assert_eq!(parse_digits("1.000").unwrap().value, 1000.0);
/// assert_eq!(parse_digits("1\u{202f}234\u{202f}567,89").unwrap().value, 1_234_567.89);
/// let en = parse_digits("1.5").unwrap();
/// assert!(en.english_decimal && en.value == 1.5);
/// assert!(parse_digits("26.03.2024").is_err());
/// ```
pub fn parse_digits(s: &str) -> Result<DigitNumber, NumberError> {
    match plain_digits(s.as_bytes()) {
        Some(d) => Ok(d),
        None => parse_digits_general(s, false).map(|(d, _)| d),
    }
}

/// [`parse_digits`] that reads a well-formed digit string of any length:
/// past `u64` its value is the nearest `f64` (infinite past `f64`),
/// `integer` is `None` and the flag is `true`, instead of
/// [`NumberError::Overflow`]. Linear in the length.
pub(crate) fn parse_digits_saturating(s: &str) -> Result<(DigitNumber, bool), NumberError> {
    match plain_digits(s.as_bytes()) {
        Some(d) => Ok((d, false)),
        None => parse_digits_general(s, true),
    }
}

/// [`parse_digits`] for any input (signs, commas, spaces, English
/// decimals); with `saturate`, see [`parse_digits_saturating`].
fn parse_digits_general(s: &str, saturate: bool) -> Result<(DigitNumber, bool), NumberError> {
    let bad = |offset: usize, reason: &'static str| NumberError::Digits { offset, reason };
    let mut negative = false;
    let mut body_start = 0;
    if let Some(c) = s.chars().next() {
        if matches!(c, '-' | '+' | '−') {
            negative = c != '+';
            body_start = c.len_utf8();
        }
    }
    let body = s.get(body_start..).unwrap_or("");
    if body.is_empty() {
        return Err(NumberError::Empty);
    }
    // Split off the decimals: the last comma, or a single dot that is not
    // a thousands separator.
    let (int_part, frac_part, english) = match body.rfind(',') {
        Some(k) => (
            body.get(..k).unwrap_or(""),
            Some((body.get(k + 1..).unwrap_or(""), k + 1)),
            false,
        ),
        None => {
            let dots = body.matches('.').count();
            let looks_grouped = dots > 0 && dot_groups_ok(body);
            if dots == 1 && !looks_grouped {
                let k = body.find('.').unwrap_or(0);
                (
                    body.get(..k).unwrap_or(""),
                    Some((body.get(k + 1..).unwrap_or(""), k + 1)),
                    true,
                )
            } else {
                (body, None, false)
            }
        }
    };
    // Integer part: digits, grouped by one kind of separator.
    let mut value: i128 = 0;
    // Past u64 (when saturating): the value so far as a float.
    let mut overflow: Option<f64> = None;
    let mut digits = 0usize;
    let mut sep: Option<char> = None;
    let mut group_len = 0usize;
    let mut groups = 0usize;
    for (k, c) in int_part.char_indices() {
        let at = body_start + k;
        if let Some(d) = c.to_digit(10) {
            if let Some(big) = overflow.as_mut() {
                *big = *big * 10.0 + f64::from(d);
            } else {
                match value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(i128::from(d)))
                    .filter(|v| *v <= i128::from(u64::MAX))
                {
                    Some(v) => value = v,
                    None if saturate => overflow = Some(value as f64 * 10.0 + f64::from(d)),
                    None => return Err(NumberError::Overflow { offset: 0 }),
                }
            }
            digits += 1;
            group_len += 1;
        } else if c == '.' || is_group_space(c) {
            let kind = if c == '.' { '.' } else { ' ' };
            if sep.is_some_and(|s| s != kind) {
                return Err(bad(at, "mixed grouping separators"));
            }
            let first_ok = groups > 0 || (1..=3).contains(&group_len);
            if !first_ok || (groups > 0 && group_len != 3) {
                return Err(bad(at, "digit group of the wrong length"));
            }
            sep = Some(kind);
            groups += 1;
            group_len = 0;
        } else {
            return Err(bad(at, "not a digit"));
        }
    }
    if groups > 0 && group_len != 3 {
        return Err(bad(
            body_start + int_part.len(),
            "last digit group is not three digits",
        ));
    }
    let Some((frac, frac_at)) = frac_part else {
        if digits == 0 {
            return Err(bad(body_start, "no digits"));
        }
        let v = if negative { -value } else { value };
        let d = match overflow {
            Some(big) => DigitNumber {
                value: if negative { -big } else { big },
                integer: None,
                decimals: 0,
                grouped: groups > 0,
                english_decimal: false,
            },
            None => DigitNumber {
                value: v as f64,
                integer: Some(v),
                decimals: 0,
                grouped: groups > 0,
                english_decimal: false,
            },
        };
        return Ok((d, overflow.is_some()));
    };
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(body_start + frac_at, "decimals are not digits"));
    }
    if frac.len() > 18 {
        return Err(bad(body_start + frac_at, "too many decimals"));
    }
    let decimals = frac.len() as u32;
    if let Some(big) = overflow {
        // Past u64 the decimals are below the float's precision.
        let d = DigitNumber {
            value: if negative { -big } else { big },
            integer: None,
            decimals,
            grouped: groups > 0,
            english_decimal: english,
        };
        return Ok((d, true));
    }
    let mut mantissa = value;
    for b in frac.bytes() {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|v| v.checked_add(i128::from(b - b'0')))
            .ok_or(NumberError::Overflow { offset: 0 })?;
    }
    // mantissa / 10^decimals, both exact in f64 for usual sizes: one
    // correctly rounded division.
    let scale = 10f64.powi(decimals as i32);
    let mut v = mantissa as f64 / scale;
    if negative {
        v = -v;
    }
    let d = DigitNumber {
        value: v,
        integer: None,
        decimals,
        grouped: groups > 0,
        english_decimal: english,
    };
    Ok((d, false))
}

/// The common case without a pass over chars: ASCII digits, possibly
/// grouped by dots ("139", "1.000", "1.234.567"), at most 18 digits.
/// `None` for anything else, which the general path reads (with the same
/// result for what is read here).
fn plain_digits(s: &[u8]) -> Option<DigitNumber> {
    let mut value: u64 = 0;
    let mut digits = 0usize;
    let mut group_len = 0usize;
    let mut groups = 0usize;
    for &c in s {
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 18 {
                return None;
            }
            value = value * 10 + u64::from(c - b'0');
            group_len += 1;
        } else if c == b'.' {
            // A head of 1-3 digits, then groups of exactly three.
            let ok = if groups == 0 {
                (1..=3).contains(&group_len)
            } else {
                group_len == 3
            };
            if !ok {
                return None;
            }
            groups += 1;
            group_len = 0;
        } else {
            return None;
        }
    }
    if digits == 0 || (groups > 0 && group_len != 3) {
        return None;
    }
    Some(DigitNumber {
        value: value as f64,
        integer: Some(i128::from(value)),
        decimals: 0,
        grouped: groups > 0,
        english_decimal: false,
    })
}

/// Whether a dotted string is French thousands grouping: a head of 1-3
/// digits, then groups of exactly three.
fn dot_groups_ok(s: &str) -> bool {
    let mut parts = s.split('.');
    let head_ok = parts
        .next()
        .is_some_and(|h| (1..=3).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit()));
    head_ok && parts.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> f64 {
        parse_digits(s).map(|d| d.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn french_grouping() {
        assert_eq!(v("1.000"), 1000.0);
        assert_eq!(v("1.234.567"), 1_234_567.0);
        assert_eq!(v("12 000"), 12_000.0);
        assert_eq!(v("1\u{a0}000"), 1000.0);
        assert_eq!(v("1\u{2009}000"), 1000.0);
        assert_eq!(v("6.700,54"), 6700.54);
        assert_eq!(v("6 700,54"), 6700.54);
    }

    #[test]
    fn decimals_and_signs() {
        assert_eq!(v("12,5"), 12.5);
        assert_eq!(v("0,5"), 0.5);
        assert_eq!(v(",0012"), 0.0012);
        assert_eq!(v("-3"), -3.0);
        assert_eq!(v("−1.200.000"), -1_200_000.0);
        let d = parse_digits("49.3").unwrap();
        assert!(d.english_decimal);
        assert!(!parse_digits("1.500").unwrap().english_decimal);
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_one() {
        let alphabet = ['0', '1', '9', '.', ','];
        let n = alphabet.len();
        let mut strings: Vec<String> = Vec::new();
        for len in 1..=8u32 {
            for code in 0..n.pow(len) {
                strings.push((0..len).map(|k| alphabet[code / n.pow(k) % n]).collect());
            }
        }
        for len in 15..=21 {
            strings.push("9".repeat(len));
            strings.push(format!("1{}", ".000".repeat(len / 3)));
        }
        for s in &strings {
            if let Some(fast) = plain_digits(s.as_bytes()) {
                assert_eq!(Ok((fast, false)), parse_digits_general(s, false), "{s}");
            }
        }
    }

    #[test]
    fn malformed() {
        for s in [
            "1.23.4",
            "12,,5",
            "1 00",
            "12,",
            "-",
            "1.000 000",
            "abc",
            "26.03.2024",
        ] {
            assert!(parse_digits(s).is_err(), "{s}");
        }
        assert!(matches!(
            parse_digits("99999999999999999999999"),
            Err(NumberError::Overflow { .. })
        ));
    }
}
