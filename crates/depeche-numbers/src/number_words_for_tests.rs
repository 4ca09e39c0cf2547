//! The French number words the finder must read, for the tests of its
//! first-byte filters: every word of every cardinal [`crate::to_words`]
//! writes from 0 to 1999 and for a few large powers, the ordinal of every
//! stem, and the other forms (approximations, "millier", "premier"...).

/// Every number word, lower case, without accents.
pub(crate) fn number_words() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for n in (0..2000).chain([1_000_000, 2_000_000_000, 3_000_000_000_000]) {
        words.extend(crate::to_words(n).split([' ', '-']).map(str::to_string));
    }
    let stems = [
        "un", "deux", "trois", "quatr", "cinqu", "six", "sept", "huit", "neuv", "dix", "onz",
        "douz", "treiz", "quatorz", "quinz", "seiz", "vingt", "trent", "quarant", "cinquant",
        "soixant", "septant", "huitant", "octant", "nonant", "cent", "mill", "million", "milliard",
        "billion", "billiard", "trillion",
    ];
    for s in stems {
        words.push(format!("{s}ieme"));
        words.push(format!("{s}iemes"));
    }
    words.extend(
        [
            "zero",
            "septante",
            "huitante",
            "octante",
            "nonante",
            "huitaine",
            "dizaine",
            "douzaine",
            "quinzaine",
            "vingtaine",
            "trentaine",
            "quarantaine",
            "cinquantaine",
            "soixantaine",
            "centaine",
            "millier",
            "milliers",
            "premier",
            "premiere",
            "trillions",
            "billiards",
            "moitie",
        ]
        .map(str::to_string),
    );
    words
}
