//! Roman numerals.

/// Parses a roman numeral in capitals ("XIV", "XXI", "MMXXIV") in its
/// canonical subtractive form, from 1 to 3999. Non-canonical forms ("IIII",
/// "IC", "VX") are refused.
///
/// ```
/// use depeche_text::roman::parse_roman;
/// assert_eq!(parse_roman("XIV"), Some(14));
/// assert_eq!(parse_roman("XXI"), Some(21));
/// assert_eq!(parse_roman("IC"), None);
/// ```
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let value = |b: u8| -> Option<u32> {
        Some(match b {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        })
    };
    let bytes = s.as_bytes();
    let mut total = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        let v = value(bytes[i])?;
        let next = match bytes.get(i + 1) {
            Some(&b) => Some(value(b)?),
            None => None,
        };
        match next {
            Some(n) if n > v => {
                total += n - v;
                i += 2;
            }
            _ => {
                total += v;
                i += 1;
            }
        }
    }
    // Canonical form only: re-encode and compare.
    (1..=3999).contains(&total).then_some(())?;
    (to_roman(total) == s).then_some(total)
}

/// Writes `n` (1 to 3999) as a roman numeral in capitals.
///
/// ```
/// assert_eq!(depeche_text::roman::to_roman(1789), "MDCCLXXXIX");
/// ```
pub fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for n in 1..4000 {
            assert_eq!(parse_roman(&to_roman(n)), Some(n));
        }
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(parse_roman("Le"), None);
        assert_eq!(parse_roman(""), None);
    }
}
