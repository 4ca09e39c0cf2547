//! Writing numbers in French words: the inverse of the words parser.

/// The spelling convention of [`to_words_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Spelling {
    /// The traditional spelling: hyphens between tens and units below 100
    /// only, "et" without hyphens ("vingt et un", "deux cent trente").
    #[default]
    Traditional,
    /// The 1990 rectified spelling: hyphens between all numeral words
    /// ("vingt-et-un", "deux-cent-trente", "mille-deux-cents"); the nouns
    /// million, milliard... stay separate words.
    Rectified1990,
}

const UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];

const TENS: [&str; 7] = [
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
];

/// Scale nouns of the long scale, from the largest, with their power of ten.
const SCALES: [(u64, &str, &str); 5] = [
    (1_000_000_000_000_000_000, "trillion", "trillions"),
    (1_000_000_000_000_000, "billiard", "billiards"),
    (1_000_000_000_000, "billion", "billions"),
    (1_000_000_000, "milliard", "milliards"),
    (1_000_000, "million", "millions"),
];

/// Writes `n` in French words, traditional spelling.
///
/// Follows the agreement rules: "quatre-vingts" and "deux cents" take an
/// "s" when they end the number or precede a scale noun, but not before
/// "mille" nor another numeral; "mille" is invariable and never preceded
/// by "un"; "million", "milliard" (10^9), "billion" (10^12, long scale)
/// take the plural.
///
/// ```
/// use depeche_numbers::to_words;
/// assert_eq!(to_words(71), "soixante et onze");
/// assert_eq!(to_words(80), "quatre-vingts");
/// assert_eq!(to_words(200_080), "deux cent mille quatre-vingts");
/// assert_eq!(to_words(2_000_000), "deux millions");
/// assert_eq!(to_words(1_000_000_000_000), "un billion");
/// ```
pub fn to_words(n: u64) -> String {
    to_words_with(n, Spelling::Traditional)
}

/// Writes `n` in French words with the given [`Spelling`].
///
/// ```
/// use depeche_numbers::{to_words_with, Spelling};
/// assert_eq!(to_words_with(231, Spelling::Rectified1990), "deux-cent-trente-et-un");
/// ```
pub fn to_words_with(n: u64, spelling: Spelling) -> String {
    if n == 0 {
        return UNITS[0].to_string();
    }
    let mut words: Vec<String> = Vec::new();
    let mut rest = n;
    for &(scale, one, many) in &SCALES {
        let count = rest / scale;
        rest %= scale;
        if count > 0 {
            // The count of a scale noun ends before a noun: plural agreement.
            push_below_million(count, true, spelling, &mut words);
            words.push(if count > 1 { many } else { one }.to_string());
        }
    }
    let thousands = rest / 1000;
    let below = rest % 1000;
    if thousands > 0 {
        if thousands > 1 {
            // Before "mille", "cent" and "vingt" stay invariable.
            push_below_1000(thousands, false, spelling, &mut words);
        }
        words.push("mille".to_string());
    }
    if below > 0 {
        push_below_1000(below, true, spelling, &mut words);
    }
    let sep = match spelling {
        Spelling::Traditional => " ",
        Spelling::Rectified1990 => "-",
    };
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            let is_noun = |s: &str| SCALES.iter().any(|&(_, a, b)| s == a || s == b);
            let prev_noun = words.get(k - 1).is_some_and(|p| is_noun(p));
            out.push_str(if is_noun(w) || prev_noun { " " } else { sep });
        }
        out.push_str(w);
    }
    out
}

/// Writes a count below 10^6 (the count of a scale noun).
fn push_below_million(n: u64, final_plural: bool, spelling: Spelling, out: &mut Vec<String>) {
    let thousands = n / 1000;
    let below = n % 1000;
    if thousands > 0 {
        if thousands > 1 {
            push_below_1000(thousands, false, spelling, out);
        }
        out.push("mille".to_string());
    }
    if below > 0 {
        push_below_1000(below, final_plural, spelling, out);
    }
}

/// Writes 1..=999. `final_plural`: whether "cents"/"quatre-vingts" may take
/// their "s" (the number ends here or precedes a noun).
fn push_below_1000(n: u64, final_plural: bool, spelling: Spelling, out: &mut Vec<String>) {
    let hundreds = n / 100;
    let below = n % 100;
    if hundreds > 0 {
        if hundreds > 1 {
            out.push(below_100(hundreds, false, spelling));
            let plural = below == 0 && final_plural;
            out.push(if plural { "cents" } else { "cent" }.to_string());
        } else {
            out.push("cent".to_string());
        }
    }
    if below > 0 {
        out.push(below_100(below, final_plural, spelling));
    }
}

/// Writes 1..=99 as one word-group ("soixante et onze" counts as one).
fn below_100(n: u64, final_plural: bool, spelling: Spelling) -> String {
    let et = match spelling {
        Spelling::Traditional => " et ",
        Spelling::Rectified1990 => "-et-",
    };
    // The indices below are < 17 and < 7 by the arithmetic on n < 100.
    let unit = |k: u64| UNITS.get(k as usize).copied().unwrap_or("");
    if n <= 16 {
        return unit(n).to_string();
    }
    if n < 20 {
        return format!("dix-{}", unit(n - 10));
    }
    let tens_index = n / 10 - 2;
    let ten = TENS.get(tens_index as usize).copied().unwrap_or("");
    let (base, rem) = match n / 10 {
        7 => (60, n - 60),
        8 | 9 => (80, n - 80),
        t => (t * 10, n % 10),
    };
    if base == 80 {
        if rem == 0 {
            return if final_plural {
                "quatre-vingts".to_string()
            } else {
                "quatre-vingt".to_string()
            };
        }
        return format!("quatre-vingt-{}", below_20(rem));
    }
    if rem == 0 {
        return ten.to_string();
    }
    if rem == 1 || rem == 11 {
        return format!("{ten}{et}{}", below_20(rem));
    }
    format!("{ten}-{}", below_20(rem))
}

/// 1..=19 as a word ("dix-sept" for 17).
fn below_20(n: u64) -> String {
    if n <= 16 {
        UNITS.get(n as usize).copied().unwrap_or("").to_string()
    } else {
        format!(
            "dix-{}",
            UNITS.get((n - 10) as usize).copied().unwrap_or("")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers() {
        assert_eq!(to_words(0), "zéro");
        assert_eq!(to_words(17), "dix-sept");
        assert_eq!(to_words(21), "vingt et un");
        assert_eq!(to_words(22), "vingt-deux");
        assert_eq!(to_words(70), "soixante-dix");
        assert_eq!(to_words(77), "soixante-dix-sept");
        assert_eq!(to_words(81), "quatre-vingt-un");
        assert_eq!(to_words(91), "quatre-vingt-onze");
        assert_eq!(to_words(99), "quatre-vingt-dix-neuf");
    }

    #[test]
    fn agreement() {
        assert_eq!(to_words(100), "cent");
        assert_eq!(to_words(200), "deux cents");
        assert_eq!(to_words(201), "deux cent un");
        assert_eq!(to_words(1000), "mille");
        assert_eq!(to_words(80_000), "quatre-vingt mille");
        assert_eq!(to_words(200_000), "deux cent mille");
        assert_eq!(to_words(80_000_000), "quatre-vingts millions");
        assert_eq!(to_words(200_000_000), "deux cents millions");
        assert_eq!(to_words(1_200_000), "un million deux cent mille");
        assert_eq!(
            to_words(2_500_000_000),
            "deux milliards cinq cents millions"
        );
    }

    #[test]
    fn rectified() {
        assert_eq!(
            to_words_with(1280, Spelling::Rectified1990),
            "mille-deux-cent-quatre-vingts"
        );
        assert_eq!(
            to_words_with(3_000_021, Spelling::Rectified1990),
            "trois millions vingt-et-un"
        );
    }

    #[test]
    fn largest() {
        let w = to_words(u64::MAX);
        assert!(w.starts_with("dix-huit trillions"), "{w}");
    }
}
