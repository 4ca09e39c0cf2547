//! Properties: every date from 1900 to 2100 written in each supported form
//! reads back as itself; nothing panics on arbitrary input; spans are
//! sorted, disjoint and on char boundaries.

use chrono::{Datelike, NaiveDate};
use depeche_dates::{Bias, DateFinder, Reference};
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_PLAIN: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
const MONTHS_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid");
    (0u64..73_414).prop_map(move |n| first + chrono::Days::new(n))
}

/// The date written in every supported form.
fn forms(d: NaiveDate) -> Vec<String> {
    let (y, m, day) = (d.year(), d.month() as usize, d.day());
    let dd = if day == 1 {
        "1er".to_owned()
    } else {
        day.to_string()
    };
    let wd = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
    vec![
        format!("le {dd} {} {y}", MONTHS[m - 1]),
        format!("{day} {} {y}", MONTHS[m - 1]),
        format!("le {dd} {} {y}", MONTHS_PLAIN[m - 1]),
        format!("le {day} {} {y}", MONTHS_SHORT[m - 1]),
        format!("{wd} {dd} {} {y}", MONTHS[m - 1]),
        format!("{day:02}/{m:02}/{y}"),
        format!("{day}/{m}/{y}"),
        format!("{day:02}.{m:02}.{y}"),
        format!("{y}-{m:02}-{day:02}"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_form_reads_back(d in date_strategy(), bias in prop_oneof![Just(Bias::Past), Just(Bias::Future), Just(Bias::Auto)]) {
        let f = DateFinder::builder()
            .reference(Reference::parse("2024-03-26").expect("reference"))
            .bias(bias)
            .build();
        let want = d.format("%Y-%m-%d").to_string();
        for text in forms(d) {
            let found = f.find(&text);
            prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
            prop_assert_eq!((found[0].span.start, found[0].span.end), (0, text.len()), "{}", text);
            prop_assert_eq!(found[0].value.as_deref(), Some(want.as_str()), "{}", text);
        }
        // In a sentence too.
        let text = format!("Le texte a été adopté le {} {} {} à l'unanimité.", d.day(), MONTHS[d.month() as usize - 1], d.year());
        let found = f.find(&text);
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].value.as_deref(), Some(want.as_str()));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}", y in 1i32..9999, m in 1u32..=12, day in 1u32..=28) {
        let r = Reference::from_date(NaiveDate::from_ymd_opt(y, m, day).expect("valid"));
        for bias in [Bias::Past, Bias::Future, Bias::Auto] {
            let f = DateFinder::builder().reference(r).bias(bias).build();
            check_spans(&text, &f);
        }
        check_spans(&text, &DateFinder::builder().build());
    }

    #[test]
    fn temporal_word_soup_never_panics(
        words in prop::collection::vec(prop_oneof![
            Just("le"), Just("du"), Just("au"), Just("de"), Just("entre"), Just("et"), Just("à"),
            Just("depuis"), Just("jusqu'au"), Just("d'ici"), Just("il y a"), Just("dans"),
            Just("mardi"), Just("mars"), Just("février"), Just("fin"), Just("mi-mars"), Just("début"),
            Just("dernier"), Just("prochain"), Just("semaine"), Just("jours"), Just("ans"),
            Just("heures"), Just("14h30"), Just("midi"), Just("minuit"), Just("soir"), Just("nuit"),
            Just("31"), Just("29"), Just("0"), Just("99999999999"), Just("2024"), Just("9999"),
            Just("1er"), Just("XXe"), Just("siècle"), Just("années"), Just("/"), Just("-"),
            Just("."), Just("quatre"), Just("vingt"), Just("plus"), Just("tard"), Just("moins"),
            Just("quart"), Just("premier"), Just("week-end"), Just("trimestre"), Just("été"),
            Just("cette"), Just("chaque"), Just("tous les"), Just("26.03.2024"), Just("30/02/2024"),
        ], 0..24),
        y in 1i32..9999,
        m in 1u32..=12,
        precision in 0u8..4,
    ) {
        let text = words.join(" ");
        let r = match precision {
            0 => Reference::year_only(y).expect("valid"),
            1 => Reference::year_month(y, m).expect("valid"),
            2 => Reference::from_date(NaiveDate::from_ymd_opt(y, m, 1).expect("valid")),
            _ => Reference::from_datetime(NaiveDate::from_ymd_opt(y, m, 1).expect("valid").and_hms_opt(23, 59, 59).expect("valid")),
        };
        for bias in [Bias::Past, Bias::Future, Bias::Auto] {
            check_spans(&text, &DateFinder::builder().reference(r).bias(bias).build());
        }
    }
}

fn check_spans(text: &str, f: &DateFinder) {
    let found = f.find(text);
    let mut last_end = 0;
    for t in &found {
        assert!(t.span.start >= last_end, "overlap or disorder in {text:?}");
        assert!(t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        last_end = t.span.end;
        let _ = t.bounds();
    }
}

/// Sentences with temporal expressions, and filler sentences without.
const SENTENCES: &[&str] = &[
    "Le général s'est entretenu mardi au téléphone avec son homologue.",
    "L'accord avait été signé en juillet dernier à Niamey.",
    "Mi-mars, la junte avait dénoncé l'accord de coopération.",
    "Les combats durent depuis plus de dix ans dans la région.",
    "Le festival se tiendra du 3 au 5 juin à Ouagadougou.",
    "Le sommet aura lieu le 14 juillet 2024 à 14 h 30 heure locale.",
    "Au cours des trois derniers mois, les attaques ont doublé.",
    "Le village a été attaqué dans la nuit de samedi à dimanche.",
    "Le président se rendra à Dakar en décembre.",
    "Les pluies ont fait dix morts la semaine dernière, selon la Croix-Rouge.",
    "Il est détenu depuis 2020 et son procès s'ouvre le 12.",
    "Les troupes quitteront le pays d'ici fin 2025, a-t-il assuré hier.",
];
const FILLER: &[&str] = &[
    "Les gouvernements civils ont été renversés par des militaires.",
    "Un communiqué lu à la radio publique précise la position du gouvernement.",
    "Les deux chefs d'Etat ont échangé sur la nécessité de renforcer la coopération sécuritaire, selon la même source.",
    "Plusieurs organisations de défense des droits humains dénoncent une dérive autoritaire et appellent au dialogue.",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Finding in a long text gives what finding in each sentence gives.
    #[test]
    fn a_long_text_reads_like_its_sentences(
        picks in prop::collection::vec((0usize..SENTENCES.len(), 0usize..FILLER.len(), 0usize..4), 1..12),
        reference in prop_oneof![Just("2024-03"), Just("2024-03-26"), Just("2024-03-26T10:00")],
    ) {
        let f = DateFinder::new(Reference::parse(reference).expect("reference"));
        let mut text = String::new();
        let mut expected = Vec::new();
        for (s, filler, n) in picks {
            for _ in 0..n {
                text.push_str(FILLER[filler]);
                text.push(' ');
            }
            let sentence = SENTENCES[s];
            let at = text.len();
            for mut t in f.find(sentence) {
                t.span = depeche_text::Span::new(t.span.start + at, t.span.end + at);
                expected.push(t);
            }
            text.push_str(sentence);
            text.push(' ');
        }
        prop_assert_eq!(f.find(&text), expected);
    }
}
