//! Tokenizer rules, on French news sentences written for these tests.

use depeche_text::{normalize, tokenize, QuoteMark, TokenKind};

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text).map(|t| (t.text(text), t.kind)).collect()
}

fn words(text: &str) -> Vec<&str> {
    tokenize(text).map(|t| t.text(text)).collect()
}

#[test]
fn elisions_split_but_aujourdhui_stays_whole() {
    let text = "L'armée l'a dit aujourd'hui : jusqu'à présent, lorsqu'il parle, qu'on se taise, presqu'île.";
    assert_eq!(
        words(text),
        [
            "L'",
            "armée",
            "l'",
            "a",
            "dit",
            "aujourd'hui",
            ":",
            "jusqu'",
            "à",
            "présent",
            ",",
            "lorsqu'",
            "il",
            "parle",
            ",",
            "qu'",
            "on",
            "se",
            "taise",
            ",",
            "presqu'île",
            "."
        ]
    );
    assert_eq!(toks(text)[0].1, TokenKind::Elision);
    assert_eq!(toks(text)[5].1, TokenKind::Word);
}

#[test]
fn elisions_after_normalised_typographic_apostrophes() {
    let n = normalize("d\u{2019}Etat, s\u{2019}est, puisqu\u{2019}elle, quoiqu\u{2019}il, j\u{2019}ai, m\u{2019}a, t\u{2019}es, c\u{2019}est, n\u{2019}a");
    let text = n.as_str();
    let elisions: Vec<&str> = tokenize(text)
        .filter(|t| t.kind == TokenKind::Elision)
        .map(|t| t.text(text))
        .collect();
    assert_eq!(
        elisions,
        ["d'", "s'", "puisqu'", "quoiqu'", "j'", "m'", "t'", "c'", "n'"]
    );
}

#[test]
fn names_with_apostrophes_stay_whole() {
    assert_eq!(
        words("N'Djamena et Fada N'Gourma"),
        ["N'Djamena", "et", "Fada", "N'Gourma"]
    );
}

#[test]
fn hyphenated_compounds_stay_whole_with_parts() {
    let text = "les Etats-Unis, Al-Qaïda, quatre-vingt-dix soldats, Mi-mars, Covid-19";
    assert_eq!(
        words(text),
        [
            "les",
            "Etats-Unis",
            ",",
            "Al-Qaïda",
            ",",
            "quatre-vingt-dix",
            "soldats",
            ",",
            "Mi-mars",
            ",",
            "Covid-19"
        ]
    );
    let t = tokenize(text).nth(1).unwrap();
    let parts: Vec<&str> = t.parts(text).map(|s| &text[s.range()]).collect();
    assert_eq!(parts, ["Etats", "Unis"]);
}

#[test]
fn inverted_subjects_split() {
    let text = "« Non », a-t-il dit. Viendra-t-elle ? Est-ce vrai ? dit-elle. Un rendez-vous.";
    let t = toks(text);
    assert!(t.contains(&("a", TokenKind::Word)));
    assert!(t.contains(&("-t-il", TokenKind::Clitic)));
    assert!(t.contains(&("Viendra", TokenKind::Word)));
    assert!(t.contains(&("-t-elle", TokenKind::Clitic)));
    assert!(t.contains(&("-ce", TokenKind::Clitic)));
    assert!(t.contains(&("-elle", TokenKind::Clitic)));
    assert!(t.contains(&("rendez-vous", TokenKind::Word)));
}

#[test]
fn numbers_keep_grouping_and_decimals() {
    let n = normalize(
        "1.000 soldats, 1\u{a0}000, 12\u{202f}000, 12,5, 1 234 567,89, -3 degrés, 1.234.567 et 0,5",
    );
    let text = n.as_str();
    let numbers: Vec<&str> = tokenize(text)
        .filter(|t| t.kind == TokenKind::Number)
        .map(|t| t.text(text))
        .collect();
    assert_eq!(
        numbers,
        [
            "1.000",
            "1 000",
            "12 000",
            "12,5",
            "1 234 567,89",
            "-3",
            "1.234.567",
            "0,5"
        ]
    );
}

#[test]
fn years_are_not_grouped_with_following_numbers() {
    let text = "en 2020 300 soldats";
    let numbers: Vec<&str> = tokenize(text)
        .filter(|t| t.kind == TokenKind::Number)
        .map(|t| t.text(text))
        .collect();
    assert_eq!(numbers, ["2020", "300"]);
}

#[test]
fn times_ordinals_percentages_acronyms() {
    let text = "à 14h30, vers 14 h 30, 8h, le 1er mars, la 1re, le 2e, la 2ème, le XXIe siècle, 12,5 %, 3%, la C.I.A. en 52 av. J.-C.";
    let t = toks(text);
    for (s, k) in [
        ("14h30", TokenKind::Time),
        ("14 h 30", TokenKind::Time),
        ("8h", TokenKind::Time),
        ("1er", TokenKind::Ordinal),
        ("1re", TokenKind::Ordinal),
        ("2e", TokenKind::Ordinal),
        ("2ème", TokenKind::Ordinal),
        ("XXIe", TokenKind::Ordinal),
        ("12,5 %", TokenKind::Percent),
        ("3%", TokenKind::Percent),
        ("C.I.A.", TokenKind::Acronym),
        ("J.-C.", TokenKind::Acronym),
    ] {
        assert!(t.contains(&(s, k)), "{s:?} {k:?} not in {t:?}");
    }
}

#[test]
fn articles_that_look_roman_stay_words() {
    for w in ["Le", "Ce", "De", "Me", "Lee"] {
        assert_eq!(toks(w), [(w, TokenKind::Word)]);
    }
}

#[test]
fn quotes_dashes_punctuation_symbols() {
    let text = "« Non » — “oui” \"peut-être\" (sic) 10 € ... …";
    let t = toks(text);
    assert_eq!(t[0], ("«", TokenKind::Quote(QuoteMark::GuillemetOpen)));
    assert_eq!(t[2], ("»", TokenKind::Quote(QuoteMark::GuillemetClose)));
    assert_eq!(t[3], ("—", TokenKind::Dash));
    assert_eq!(t[4], ("“", TokenKind::Quote(QuoteMark::CurlyOpen)));
    assert_eq!(t[7], ("\"", TokenKind::Quote(QuoteMark::Straight)));
    assert!(t.contains(&("€", TokenKind::Symbol)));
    assert!(t.contains(&("...", TokenKind::Punct)));
    assert!(t.contains(&("…", TokenKind::Punct)));
}

#[test]
fn urls_and_emails() {
    let text = "Voir https://www.example.org/a?b=1. Écrire à presse@example.fr, ou www.afp.com.";
    let t = toks(text);
    assert!(t.contains(&("https://www.example.org/a?b=1", TokenKind::Url)));
    assert!(t.contains(&("presse@example.fr", TokenKind::Email)));
    assert!(t.contains(&("www.afp.com", TokenKind::Url)));
}

#[test]
fn codes_are_single_words() {
    assert_eq!(
        words("le G7, l'A380 et le M23"),
        ["le", "G7", ",", "l'", "A380", "et", "le", "M23"]
    );
}

#[test]
fn long_runs_of_dotted_capitals_give_the_same_tokens_as_short_ones() {
    // Thirteen dotted capitals: too many for an acronym from the first
    // letter, so it is a word and a period; the last twelve are one.
    let text = format!("{} fin", "A.".repeat(13));
    let got = toks(&text);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], ("A", TokenKind::Word));
    assert_eq!(got[1], (".", TokenKind::Punct));
    assert_eq!(got[2], (&text[2..26], TokenKind::Acronym));
    assert_eq!(got[3], ("fin", TokenKind::Word));
    // A chain followed by a word char is never an acronym, from any letter.
    let text = format!("{}Bc", "A.".repeat(20));
    assert!(toks(&text).iter().all(|t| t.1 != TokenKind::Acronym));
    // Joined by hyphens, as in "J.-C.".
    assert_eq!(
        toks("J.-C. puis"),
        [("J.-C.", TokenKind::Acronym), ("puis", TokenKind::Word)]
    );
}

#[test]
fn e_mail_local_parts_are_bounded_inside_long_dotted_runs() {
    // 40 "a." then "b@exemple.fr": the local part from the first letters is
    // longer than 64 bytes, so they are words; the address starts at the
    // first letter within 64 bytes of the '@' (byte 18).
    let text = format!("{}b@exemple.fr", "a.".repeat(40));
    let got = toks(&text);
    assert_eq!(got.len(), 19, "{got:?}");
    assert!(got[..18]
        .chunks(2)
        .all(|pair| pair == [("a", TokenKind::Word), (".", TokenKind::Punct)]));
    assert_eq!(got[18], (&text[18..], TokenKind::Email));
}
