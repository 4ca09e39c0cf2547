//! The finder on news sentences written for these tests.

use depeche_numbers::{Category, NumberFinder, NumberKind, NumberMatch, Qualifier};
use depeche_text::normalize;

fn find(raw: &str) -> (String, Vec<NumberMatch>) {
    let text = normalize(raw).as_str().to_string();
    let found = NumberFinder::new().find(&text);
    (text, found)
}

/// The single match whose text is `want`.
fn one<'a>(text: &str, found: &'a [NumberMatch], want: &str) -> &'a NumberMatch {
    let hits: Vec<&NumberMatch> = found.iter().filter(|m| m.text(text) == want).collect();
    assert_eq!(
        hits.len(),
        1,
        "{want:?} not found once in {:?}",
        found.iter().map(|m| m.text(text)).collect::<Vec<_>>()
    );
    hits[0]
}

#[test]
fn casualty_counts() {
    let (t, f) = find("Le séisme a fait au moins 2\u{202f}300 morts, plus de 4\u{a0}000 blessés et une centaine de disparus, selon un bilan provisoire.");
    let m = one(&t, &f, "au moins 2 300 morts");
    assert_eq!(
        (m.value, m.qualifier, m.category),
        (2300.0, Qualifier::AtLeast, Some(Category::Fatalities))
    );
    assert_eq!(m.min, Some(2300.0));
    assert_eq!(m.max, None);
    let m = one(&t, &f, "plus de 4 000 blessés");
    assert_eq!(
        (m.value, m.qualifier, m.category),
        (4000.0, Qualifier::MoreThan, Some(Category::Injured))
    );
    let m = one(&t, &f, "une centaine de disparus");
    assert_eq!(
        (m.value, m.qualifier, m.category),
        (100.0, Qualifier::About, Some(Category::Missing))
    );
    assert_eq!(m.unit.as_deref(), Some("disparus"));
    // "un bilan": an article, not a number.
    assert_eq!(f.len(), 3);
}

#[test]
fn articles_are_not_numbers_but_counts_are() {
    let (t, f) = find("Un communiqué a annoncé un mort et trois blessés lors d'une manifestation.");
    let texts: Vec<&str> = f.iter().map(|m| m.text(&t)).collect();
    assert_eq!(texts, ["un mort", "trois blessés"]);
    let (_, f) = find("Une délégation a rencontré l'un des chefs rebelles.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn millions_and_money() {
    let (t, f) = find("Le conflit a jeté sur les routes 2,5 millions de déplacés ; Bamako a débloqué 500 millions de francs CFA et l'UE 1,2 milliard d'euros.");
    let m = one(&t, &f, "2,5 millions de déplacés");
    assert_eq!(
        (m.value, m.kind, m.category),
        (2_500_000.0, NumberKind::Quantity, Some(Category::Displaced))
    );
    let m = one(&t, &f, "500 millions de francs CFA");
    assert_eq!(
        (m.value, m.kind, m.currency),
        (5e8, NumberKind::Money, Some("XOF"))
    );
    assert!(m.flags.ambiguous_currency);
    let m = one(&t, &f, "1,2 milliard d'euros");
    assert_eq!(
        (m.value, m.currency, m.category),
        (1.2e9, Some("EUR"), Some(Category::Money))
    );
    assert_eq!(m.unit.as_deref(), Some("euros"));
}

#[test]
fn symbols_and_short_scales() {
    let (t, f) = find("La rançon, 10\u{a0}000 dollars, puis $250 et 1,5 M€ de travaux, enfin 2 Md€ d'aide et 300 roubles.");
    assert_eq!(one(&t, &f, "10 000 dollars").currency, Some("USD"));
    assert_eq!(one(&t, &f, "$250").value, 250.0);
    assert_eq!(one(&t, &f, "1,5 M€").value, 1_500_000.0);
    assert_eq!(one(&t, &f, "2 Md€").value, 2e9);
    assert_eq!(one(&t, &f, "300 roubles").currency, Some("RUB"));
}

#[test]
fn ranges_and_bounds() {
    let (t, f) = find("Entre 150 et 200 soldats, de 3 à 5 jours, jusqu'à 40 otages, près de 60 km et moins de 10 %.");
    let m = one(&t, &f, "Entre 150 et 200 soldats");
    assert_eq!(
        (m.min, m.max, m.value, m.qualifier),
        (Some(150.0), Some(200.0), 175.0, Qualifier::Range)
    );
    assert_eq!(one(&t, &f, "de 3 à 5 jours").qualifier, Qualifier::Range);
    let m = one(&t, &f, "jusqu'à 40 otages");
    assert_eq!((m.qualifier, m.max), (Qualifier::AtMost, Some(40.0)));
    assert_eq!(one(&t, &f, "près de 60 km").qualifier, Qualifier::Nearly);
    let m = one(&t, &f, "moins de 10 %");
    assert_eq!(
        (m.kind, m.qualifier),
        (NumberKind::Percent, Qualifier::LessThan)
    );
}

#[test]
fn vague_plurals() {
    let (t, f) =
        find("Des dizaines de milliers de manifestants et plusieurs millions de personnes.");
    let m = one(&t, &f, "Des dizaines de milliers de manifestants");
    assert_eq!((m.qualifier, m.min), (Qualifier::Vague, Some(20_000.0)));
    let m = one(&t, &f, "plusieurs millions de personnes");
    assert_eq!((m.qualifier, m.min), (Qualifier::Vague, Some(2e6)));
}

#[test]
fn words_numbers_and_adjectives() {
    let (t, f) = find("Les quatre-vingt-dix-neuf députés et les trois anciennes colonies ont reçu vingt et un chars.");
    assert_eq!(one(&t, &f, "quatre-vingt-dix-neuf députés").value, 99.0);
    let m = one(&t, &f, "trois anciennes colonies");
    assert_eq!(m.unit.as_deref(), Some("colonies"));
    assert_eq!(one(&t, &f, "vingt et un chars").value, 21.0);
}

#[test]
fn percentages_and_fractions() {
    let (t, f) = find("Le chômage atteint 12,5% contre douze pour cent, un tiers des électeurs et la moitié des sièges, soit 1/4 du total et 0,3 point de pourcentage.");
    assert_eq!(one(&t, &f, "12,5%").value, 12.5);
    assert_eq!(one(&t, &f, "douze pour cent").kind, NumberKind::Percent);
    assert_eq!(one(&t, &f, "un tiers").kind, NumberKind::Fraction);
    assert_eq!(one(&t, &f, "la moitié").value, 0.5);
    assert_eq!(one(&t, &f, "1/4").value, 0.25);
    assert_eq!(
        one(&t, &f, "0,3 point de pourcentage").category,
        Some(Category::Percent)
    );
}

#[test]
fn dates_codes_and_identifiers() {
    let (t, f) = find("Le 26 mars 2024 à 14h30, le G7 a évoqué le Covid-19, l'A380 et l'article 49.3, adopté en 2020.");
    for m in &f {
        assert!(m.unit.is_none(), "{:?} has a unit", m.text(&t));
        assert_ne!(m.kind, NumberKind::Quantity);
    }
    assert!(one(&t, &f, "2024").flags.year_like);
    assert!(f.iter().all(|m| m.text(&t) != "49.3"));
    assert!(f.iter().all(|m| !m.text(&t).contains("19")
        && !m.text(&t).contains('7')
        && !m.text(&t).contains("380")));
}

#[test]
fn ordinals_and_roman() {
    let (t, f) = find("Au XXIe siècle, la IIIe République de Louis XIV fête son 1er anniversaire pour la deuxième fois.");
    assert_eq!(one(&t, &f, "XXIe").value, 21.0);
    assert_eq!(one(&t, &f, "IIIe").value, 3.0);
    assert_eq!(one(&t, &f, "XIV").kind, NumberKind::Ordinal);
    assert_eq!(one(&t, &f, "1er").value, 1.0);
    assert_eq!(one(&t, &f, "deuxième").value, 2.0);
}

#[test]
fn english_decimal_is_flagged_and_overflow_saturates() {
    let (t, f) =
        find("Une hausse de 1.5 point; une dette de 999 999 milliards de milliards de milliards.");
    assert!(one(&t, &f, "1.5 point").flags.english_decimal);
    let huge = f
        .iter()
        .find(|m| m.text(&t).starts_with("999 999"))
        .expect("found");
    assert!(huge.flags.saturated);
    assert!(huge.value.is_finite());
}

#[test]
fn participles_give_the_category() {
    let (t, f) = find("Au moins 50 personnes tuées et 12 personnes enlevées.");
    assert_eq!(
        one(&t, &f, "Au moins 50 personnes").category,
        Some(Category::Fatalities)
    );
    assert_eq!(
        one(&t, &f, "12 personnes").category,
        Some(Category::Hostages)
    );
}

#[test]
fn builder_extends_the_lexicon() {
    let finder = NumberFinder::builder()
        .unit("chars d'assaut", Category::Other)
        .currency("bitcoins", "XBT", false)
        .build();
    let text = "Kiev a reçu 31 chars d'assaut payés 3 bitcoins.";
    let f = finder.find(text);
    assert_eq!(f[0].unit.as_deref(), Some("chars d'assaut"));
    assert_eq!(f[0].category, Some(Category::Other));
    assert_eq!(f[1].currency, Some("XBT"));
}

#[test]
fn spans_are_sorted_disjoint_and_on_boundaries() {
    let (t, f) = find("Près de 1\u{202f}000 réfugiés, dont une vingtaine d'enfants, et 3 à 4 tonnes de vivres pour 2,5 millions d'habitants.");
    let mut last = 0;
    for m in &f {
        assert!(m.span.start >= last);
        assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
        assert!(m.span.start <= m.number_span.start && m.number_span.end <= m.span.end);
        last = m.span.end;
    }
    assert_eq!(f.len(), 4);
}

#[test]
fn ordinal_fractions_and_year_periods() {
    let (t, f) = find("Un dixième de la population, soit trois centièmes des terres, entre 2023-2024 et le vingt et unième jour.");
    assert_eq!(one(&t, &f, "Un dixième").kind, NumberKind::Fraction);
    assert!((one(&t, &f, "trois centièmes").value - 0.03).abs() < 1e-12);
    assert!(
        f.iter().all(|m| m.qualifier != Qualifier::Range),
        "years are not a range"
    );
    assert_eq!(one(&t, &f, "vingt et unième").kind, NumberKind::Ordinal);
}

#[test]
fn temperatures_and_areas() {
    let (t, f) = find("Il a fait -10°C à Moscou, 45 degrés à Bagdad, sur 1 500 kilomètres carrés.");
    let m = one(&t, &f, "-10°C");
    assert_eq!((m.value, m.category), (-10.0, Some(Category::Temperature)));
    assert_eq!(
        one(&t, &f, "1 500 kilomètres carrés").category,
        Some(Category::Area)
    );
}

#[test]
fn halves_and_percent_ranges() {
    let (t, f) = find("Il a passé deux ans et demi en prison ; les prix ont bondi de 20 à 30 %.");
    assert_eq!(one(&t, &f, "deux ans et demi").value, 2.5);
    let m = one(&t, &f, "de 20 à 30 %");
    assert_eq!(
        (m.kind, m.min, m.max),
        (NumberKind::Percent, Some(20.0), Some(30.0))
    );
}

#[test]
fn capitalised_plurals_and_demonyms() {
    let (t, f) = find(
        "Les 27 Etats membres ont condamné la mort de deux Français tués au Sahel, selon 3 ONG.",
    );
    assert_eq!(one(&t, &f, "27 Etats").unit.as_deref(), Some("Etats"));
    assert_eq!(
        one(&t, &f, "deux Français").category,
        Some(Category::Fatalities)
    );
    assert!(one(&t, &f, "3").unit.is_none(), "acronyms are not units");
}

#[test]
fn huge_and_degenerate_inputs() {
    // Long runs of number words, digits and qualifiers: no panic, sane output.
    let words = "vingt et un mille deux cent ".repeat(20_000);
    let f = NumberFinder::new().find(&words);
    assert!(!f.is_empty());
    assert!(f.iter().all(|m| m.value.is_finite()));
    // Digits past u64 are a number capped at MAX_VALUE and flagged (was:
    // silently ignored).
    let digits = "9".repeat(100_000);
    let m = NumberFinder::new().find(&digits);
    assert_eq!(m.len(), 1, "one saturated number");
    assert!(m[0].flags.saturated);
    assert_eq!(m[0].value, depeche_numbers::MAX_VALUE);
    assert_eq!((m[0].span.start, m[0].span.end), (0, digits.len()));
    let mixed =
        "au moins 1 000 000 000 000 000 000 000 000 milliards de milliards de morts ".repeat(1000);
    for m in NumberFinder::new().find(&mixed) {
        assert!(m.value.is_finite() && m.value <= depeche_numbers::MAX_VALUE);
    }
}

#[test]
fn scales_chained_by_de_in_words_compose_or_saturate() {
    let f = depeche_numbers::NumberFinder::new();
    let text = "La dette atteindrait deux milliards de milliards de francs.";
    let m = f.find(text);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].value, 2e18);
    assert!(!m[0].flags.saturated);
    // Past u64 the reading saturates with a flag, never a shorter prefix
    // with a wrong value.
    let text =
        "neuf cent quatre-vingt-dix-neuf milliards de milliards de milliards de milliards de morts";
    let m = f.find(text);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].flags.saturated);
    assert_eq!(m[0].value, depeche_numbers::MAX_VALUE);
}
