//! Properties: words round trip, digit groupings, no panics.

use depeche_numbers::{
    parse_cardinal_words, parse_digits, parse_number, to_words, to_words_with, NumberFinder,
    Spelling,
};
use proptest::prelude::*;

/// Groups `n` by thousands with `sep`.
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    let len = digits.len();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

const SEPARATORS: &[&str] = &["", ".", " ", "\u{a0}", "\u{202f}", "\u{2009}"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn words_round_trip(n in 0u64..=1_000_000_000_000_000) {
        prop_assert_eq!(parse_cardinal_words(&to_words(n)), Ok(n));
        prop_assert_eq!(parse_cardinal_words(&to_words_with(n, Spelling::Rectified1990)), Ok(n));
    }

    #[test]
    fn small_words_round_trip(n in 0u64..=100_000) {
        prop_assert_eq!(parse_cardinal_words(&to_words(n)), Ok(n));
    }

    #[test]
    fn digit_groupings(n in 0u64..=1_000_000_000_000_000, sep in 0usize..SEPARATORS.len()) {
        let sep = SEPARATORS[sep];
        // A dot with a single group of three would be ambiguous with an
        // English decimal only for fewer digits; French grouping wins.
        let s = grouped(n, sep);
        let d = parse_digits(&s).map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        prop_assert_eq!(d.value, n as f64);
        prop_assert!(!d.english_decimal);
    }

    #[test]
    fn decimal_comma(n in 0u64..=1_000_000_000, frac in 0u32..100, sep in 0usize..SEPARATORS.len()) {
        let s = format!("{},{:02}", grouped(n, SEPARATORS[sep]), frac);
        let d = parse_digits(&s).map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        let want: f64 = format!("{n}.{frac:02}").parse().unwrap_or(f64::NAN);
        prop_assert_eq!(d.value, want);
    }

    #[test]
    fn finder_never_panics(s in "\\PC{0,200}") {
        let found = NumberFinder::new().find(&s);
        let mut last = 0;
        for m in found {
            prop_assert!(m.span.start >= last && m.span.end <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            last = m.span.end;
        }
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,80}") {
        let _ = parse_number(&s);
        let _ = parse_cardinal_words(&s);
        let _ = parse_digits(&s);
    }

    #[test]
    fn number_word_soup_never_panics(words in proptest::collection::vec(
        prop::sample::select(vec![
            "un", "deux", "dix", "onze", "vingt", "vingts", "soixante", "quatre", "et", "cent",
            "cents", "mille", "million", "milliards", "de", "zéro", "unième", "centième", "1.000",
            "12,5", "morts", "au", "moins", "plus", "entre", "à", "une", "dizaine", "des", "%",
        ]), 0..20)) {
        let s = words.join(" ");
        let _ = parse_number(&s);
        let _ = parse_cardinal_words(&s);
        let _ = NumberFinder::new().find(&s);
    }
}
