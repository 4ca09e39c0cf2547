//! Temporal expressions in French news sentences written for these tests.

use depeche_dates::{Bias, DateFinder, Modifier, Precision, Reference, Temporal, TemporalKind};

fn finder(reference: &str) -> DateFinder {
    DateFinder::new(Reference::parse(reference).expect("reference"))
}

/// The expressions found in `text` as (text, value) pairs.
fn found(f: &DateFinder, text: &str) -> Vec<(String, Option<String>)> {
    f.find(text)
        .into_iter()
        .map(|t| (t.text(text).to_owned(), t.value))
        .collect()
}

/// The only expression whose text is `needle`.
fn one(f: &DateFinder, text: &str, needle: &str) -> Temporal {
    let all = f.find(text);
    let hits: Vec<&Temporal> = all.iter().filter(|t| t.text(text) == needle).collect();
    assert_eq!(
        hits.len(),
        1,
        "{needle:?} in {text:?}: {:?}",
        found(f, text)
    );
    hits[0].clone()
}

fn value(f: &DateFinder, text: &str, needle: &str) -> Option<String> {
    one(f, text, needle).value
}

#[test]
fn absolute_dates() {
    let f = finder("2024-03-26");
    let t = "L'attaque a eu lieu le 26 mars 2024 près de Tillabéri.";
    let d = one(&f, t, "le 26 mars 2024");
    assert_eq!(d.value.as_deref(), Some("2024-03-26"));
    assert_eq!(d.precision, Some(Precision::Day));
    assert_eq!(d.kind, TemporalKind::Date);
    let t = "Le scrutin, prévu mardi 26 mars, a été reporté.";
    assert_eq!(value(&f, t, "mardi 26 mars").as_deref(), Some("2024-03-26"));
    let t = "La loi est entrée en vigueur le 1er janvier 2023.";
    assert_eq!(
        value(&f, t, "le 1er janvier 2023").as_deref(),
        Some("2023-01-01")
    );
    for (t, n) in [
        ("Document daté du 26/03/2024, selon l'agence.", "26/03/2024"),
        ("Communiqué publié le 26.03.2024 à Niamey.", "26.03.2024"),
        (
            "Rapport mis en ligne le 2024-03-26 par l'ONU.",
            "2024-03-26",
        ),
    ] {
        assert_eq!(
            f.find(t)
                .iter()
                .map(|x| x.value.clone())
                .next()
                .flatten()
                .as_deref(),
            Some("2024-03-26"),
            "{n}"
        );
    }
    let t = "Les prix ont encore grimpé en mars 2024, selon l'Insee.";
    assert_eq!(value(&f, t, "en mars 2024").as_deref(), Some("2024-03"));
    let t = "Le pays avait déjà connu une crise en 2019.";
    assert_eq!(value(&f, t, "en 2019").as_deref(), Some("2019"));
    let t = "La Bastille fut prise le 14 juillet 1789.";
    assert_eq!(
        value(&f, t, "le 14 juillet 1789").as_deref(),
        Some("1789-07-14")
    );
    let t = "Le contrat signé le 3 janv. 2022 et révisé le 5 fevrier 2023 expire le 2 aout 2025.";
    assert_eq!(
        found(&f, t)
            .into_iter()
            .map(|(_, v)| v.unwrap_or_default())
            .collect::<Vec<_>>(),
        ["2022-01-03", "2023-02-05", "2025-08-02"]
    );
    let t = "Une réunion s'est tenue le 12 déc. à Bamako.";
    assert_eq!(value(&f, t, "le 12 déc.").as_deref(), Some("2023-12-12"));
}

#[test]
fn clock_times() {
    let f = finder("2024-03-26");
    let t = "Les tirs ont commencé à 14h30 selon des témoins.";
    let c = one(&f, t, "à 14h30");
    assert_eq!(c.value.as_deref(), Some("2024-03-26T14:30"));
    assert_eq!(c.kind, TemporalKind::Time);
    assert_eq!(c.precision, Some(Precision::Minute));
    let t = "L'explosion s'est produite vers 6 heures du matin.";
    let c = one(&f, t, "vers 6 heures du matin");
    assert_eq!(c.value.as_deref(), Some("2024-03-26T06:00"));
    assert_eq!(c.modifier, Some(Modifier::Approx));
    let t = "Le couvre-feu commence à 14h GMT et finit à minuit.";
    assert_eq!(
        value(&f, t, "à 14h GMT").as_deref(),
        Some("2024-03-26T14:00")
    );
    let t = "Le vote a été clos à 18 heures heure locale.";
    assert_eq!(
        value(&f, t, "à 18 heures heure locale").as_deref(),
        Some("2024-03-26T18:00")
    );
    let t = "Le président a parlé à midi.";
    assert_eq!(value(&f, t, "à midi").as_deref(), Some("2024-03-26T12:00"));
    let t = "Le cortège est parti samedi 23 mars à 14 h 30 de la place.";
    let c = one(&f, t, "samedi 23 mars à 14 h 30");
    assert_eq!(c.value.as_deref(), Some("2024-03-23T14:30"));
    assert_eq!(c.kind, TemporalKind::Datetime);
}

#[test]
fn relative_to_the_reference() {
    let f = finder("2024-03-26");
    for (t, n, v) in [
        ("Le ministre a démissionné hier.", "hier", "2024-03-25"),
        (
            "Les rebelles avaient attaqué avant-hier.",
            "avant-hier",
            "2024-03-24",
        ),
        (
            "Le sommet s'ouvre aujourd'hui à Accra.",
            "aujourd'hui",
            "2024-03-26",
        ),
        ("Le verdict sera rendu demain.", "demain", "2024-03-27"),
        (
            "Les urnes ouvriront après-demain.",
            "après-demain",
            "2024-03-28",
        ),
        ("Il avait été arrêté la veille.", "la veille", "2024-03-25"),
        (
            "Le corps a été retrouvé le lendemain.",
            "le lendemain",
            "2024-03-27",
        ),
        (
            "L'armée a riposté vendredi dernier.",
            "vendredi dernier",
            "2024-03-22",
        ),
        (
            "Il se rendra à Paris lundi prochain.",
            "lundi prochain",
            "2024-04-01",
        ),
        (
            "Les pluies ont fait dix morts la semaine dernière.",
            "la semaine dernière",
            "2024-W12",
        ),
        (
            "Les discussions reprendront le mois prochain.",
            "le mois prochain",
            "2024-04",
        ),
        (
            "La croissance a ralenti l'an dernier.",
            "l'an dernier",
            "2023",
        ),
        (
            "Les élections auront lieu l'année prochaine.",
            "l'année prochaine",
            "2025",
        ),
        (
            "Le navire a coulé il y a trois jours.",
            "il y a trois jours",
            "2024-03-23",
        ),
        (
            "La mission arrivera dans deux semaines.",
            "dans deux semaines",
            "2024-04-09",
        ),
        (
            "Le ministre s'est exprimé ce matin.",
            "ce matin",
            "2024-03-26TMO",
        ),
        (
            "Des tirs ont été entendus cette nuit.",
            "cette nuit",
            "2024-03-26TNI",
        ),
        (
            "Le suspect a été interpellé samedi soir.",
            "samedi soir",
            "2024-03-23TEV",
        ),
        (
            "Le village a été attaqué dans la nuit de samedi à dimanche.",
            "dans la nuit de samedi à dimanche",
            "2024-03-23TNI",
        ),
    ] {
        assert_eq!(value(&f, t, n).as_deref(), Some(v), "{t}");
    }
    let t =
        "L'attaque, survenue dans la nuit de dimanche à lundi vers 3 heures, a fait douze morts.";
    assert_eq!(
        value(&f, t, "dans la nuit de dimanche à lundi vers 3 heures").as_deref(),
        Some("2024-03-25T03:00")
    );
    let t = "Trois jours plus tard, le gouvernement a démissionné.";
    assert_eq!(
        value(&f, t, "Trois jours plus tard").as_deref(),
        Some("2024-03-29")
    );
}

#[test]
fn a_month_reference_does_not_invent_days() {
    let f = finder("2024-03");
    let t = "Le général s'est entretenu mardi avec son homologue.";
    assert_eq!(value(&f, t, "mardi").as_deref(), Some("XXXX-WXX-2"));
    let t = "Les combats ont repris hier.";
    assert_eq!(value(&f, t, "hier").as_deref(), Some("XXXX-XX-XX"));
    let t = "L'accord avait été signé en juillet dernier.";
    assert_eq!(
        value(&f, t, "en juillet dernier").as_deref(),
        Some("2023-07")
    );
    let t = "Les troupes sont arrivées le 12 à Gao.";
    assert_eq!(value(&f, t, "le 12").as_deref(), Some("2024-03-12"));
}

#[test]
fn the_tense_picks_the_occurrence() {
    let f = finder("2024-03-26");
    let past = "La délégation s'était rendue à Niamey en décembre.";
    assert_eq!(value(&f, past, "en décembre").as_deref(), Some("2023-12"));
    let future = "Le président se rendra à Niamey en décembre.";
    assert_eq!(value(&f, future, "en décembre").as_deref(), Some("2024-12"));
    let near = "Le gouvernement va signer l'accord jeudi.";
    assert_eq!(value(&f, near, "jeudi").as_deref(), Some("2024-03-28"));
    let past = "Le gouvernement a signé l'accord jeudi.";
    assert_eq!(value(&f, past, "jeudi").as_deref(), Some("2024-03-21"));
    let must = "La mission doit quitter le pays avant le 31 décembre.";
    assert_eq!(
        value(&f, must, "avant le 31 décembre").as_deref(),
        Some("2024-12-31")
    );
    let happens = "Le sommet aura lieu jeudi à Lomé.";
    assert_eq!(value(&f, happens, "jeudi").as_deref(), Some("2024-03-28"));
    // The bias overrides the tense.
    let forced = DateFinder::builder()
        .reference(Reference::parse("2024-03-26").unwrap())
        .bias(Bias::Past)
        .build();
    assert_eq!(value(&forced, near, "jeudi").as_deref(), Some("2024-03-21"));
}

#[test]
fn fuzzy_and_partial() {
    let f = finder("2024-03-26");
    let cases = [
        (
            "Mi-mars, l'armée avait lancé une offensive.",
            "Mi-mars",
            "2024-03",
            Some(Modifier::Mid),
        ),
        (
            "Le texte sera voté début avril.",
            "début avril",
            "2024-04",
            Some(Modifier::Start),
        ),
        (
            "Ils ont annoncé fin janvier leur retrait.",
            "fin janvier",
            "2024-01",
            Some(Modifier::End),
        ),
        (
            "Le chantier sera achevé fin 2025.",
            "fin 2025",
            "2025",
            Some(Modifier::End),
        ),
        (
            "Les pluies sont attendues au printemps.",
            "au printemps",
            "2024-SP",
            None,
        ),
        (
            "La récolte a chuté à l'automne 2023.",
            "à l'automne 2023",
            "2023-FA",
            None,
        ),
        (
            "Le PIB a reculé au premier trimestre 2023.",
            "au premier trimestre 2023",
            "2023-Q1",
            None,
        ),
        (
            "Le pays a été ruiné dans les années 1990.",
            "dans les années 1990",
            "199X",
            None,
        ),
        (
            "Au début des années 2000, le pays était en paix.",
            "Au début des années 2000",
            "200X",
            Some(Modifier::Start),
        ),
        (
            "La ville a été fondée au XIXe siècle.",
            "au XIXe siècle",
            "18XX",
            None,
        ),
        (
            "Le coup d'Etat avait eu lieu en juillet dernier.",
            "en juillet dernier",
            "2023-07",
            None,
        ),
    ];
    for (t, n, v, m) in cases {
        let x = one(&f, t, n);
        assert_eq!(x.value.as_deref(), Some(v), "{t}");
        assert_eq!(x.modifier, m, "{t}");
    }
    let x = one(
        &f,
        "Le pays a été ruiné dans les années 1990.",
        "dans les années 1990",
    );
    assert_eq!(x.precision, Some(Precision::Decade));
}

#[test]
fn intervals_durations_and_sets() {
    let f = finder("2024-03-26");
    let x = one(
        &f,
        "Le festival se tiendra du 3 au 5 juin à Ouagadougou.",
        "du 3 au 5 juin",
    );
    assert_eq!(
        (x.kind, x.from.as_deref(), x.to.as_deref()),
        (
            TemporalKind::Interval,
            Some("2024-06-03"),
            Some("2024-06-05")
        )
    );
    let x = one(
        &f,
        "Le pays a connu quatre coups d'Etat entre 2015 et 2018.",
        "entre 2015 et 2018",
    );
    assert_eq!(
        (x.from.as_deref(), x.to.as_deref()),
        (Some("2015"), Some("2018"))
    );
    let x = one(
        &f,
        "La sécheresse a duré de janvier à mars.",
        "de janvier à mars",
    );
    assert_eq!(
        (x.from.as_deref(), x.to.as_deref()),
        (Some("2024-01"), Some("2024-03"))
    );
    let x = one(
        &f,
        "Le Mali est dirigé par des militaires depuis 2020.",
        "depuis 2020",
    );
    assert_eq!(
        (x.kind, x.from.as_deref(), x.to.as_deref()),
        (TemporalKind::Interval, Some("2020"), None)
    );
    let x = one(
        &f,
        "Il est détenu depuis juillet 2023.",
        "depuis juillet 2023",
    );
    assert_eq!(x.from.as_deref(), Some("2023-07"));
    let x = one(
        &f,
        "L'état d'urgence est prolongé jusqu'au 31 décembre.",
        "jusqu'au 31 décembre",
    );
    assert_eq!(
        (x.from.as_deref(), x.to.as_deref()),
        (None, Some("2024-12-31"))
    );
    let x = one(
        &f,
        "La transition doit s'achever d'ici fin 2025.",
        "d'ici fin 2025",
    );
    assert_eq!(x.to.as_deref(), Some("2025"));
    let x = one(&f, "Le cessez-le-feu a tenu quatre jours.", "quatre jours");
    assert_eq!(
        (x.kind, x.value.as_deref()),
        (TemporalKind::Duration, Some("P4D"))
    );
    let x = one(
        &f,
        "Les négociations ont duré pendant trois mois.",
        "pendant trois mois",
    );
    assert_eq!(x.value.as_deref(), Some("P3M"));
    let x = one(
        &f,
        "Les otages ont été libérés après deux semaines.",
        "deux semaines",
    );
    assert_eq!(x.value.as_deref(), Some("P2W"));
    let x = one(
        &f,
        "Le pays est en guerre depuis plus de dix ans.",
        "depuis plus de dix ans",
    );
    assert_eq!(
        (x.value.as_deref(), x.modifier),
        (Some("P10Y"), Some(Modifier::MoreThan))
    );
    let x = one(
        &f,
        "Les violences durent depuis des années.",
        "depuis des années",
    );
    assert_eq!(x.value.as_deref(), Some("PXY"));
    let x = one(
        &f,
        "Les prix ont flambé ces dernières années.",
        "ces dernières années",
    );
    assert_eq!(
        (x.kind, x.value.as_deref()),
        (TemporalKind::Duration, Some("PXY"))
    );
    let x = one(
        &f,
        "Il a été libéré il y a quelques jours.",
        "quelques jours",
    );
    assert_eq!(x.value.as_deref(), Some("PXD"));
    let x = one(
        &f,
        "Les pourparlers ont duré une dizaine de jours.",
        "une dizaine de jours",
    );
    assert_eq!(
        (x.value.as_deref(), x.modifier),
        (Some("P10D"), Some(Modifier::Approx))
    );
    let x = one(
        &f,
        "À la mi-journée, le bilan restait provisoire.",
        "À la mi-journée",
    );
    assert_eq!(
        (x.value.as_deref(), x.modifier),
        (Some("2024-03-26"), Some(Modifier::Mid))
    );
    let x = one(
        &f,
        "Le scrutin se tiendra dans la seconde quinzaine de juin.",
        "la seconde quinzaine de juin",
    );
    assert_eq!(
        (x.from.as_deref(), x.to.as_deref()),
        (Some("2024-06-15"), Some("2024-06-30"))
    );
    let x = one(&f, "Le conseil se réunit chaque lundi.", "chaque lundi");
    assert_eq!(
        (x.kind, x.value.as_deref()),
        (TemporalKind::Set, Some("XXXX-WXX-1"))
    );
    let x = one(&f, "Le festival revient tous les ans.", "tous les ans");
    assert_eq!(
        (x.kind, x.value.as_deref()),
        (TemporalKind::Set, Some("P1Y"))
    );
}

#[test]
fn holidays() {
    let f = finder("2024-03-26");
    assert_eq!(
        value(&f, "La trêve a été rompue à Noël.", "à Noël").as_deref(),
        Some("2023-12-25")
    );
    assert_eq!(
        value(&f, "Les écoles ont fermé à la Toussaint.", "à la Toussaint").as_deref(),
        Some("2023-11-01")
    );
    assert_eq!(
        value(&f, "Le défilé du 14 juillet a été annulé.", "14 juillet").as_deref(),
        Some("2023-07-14")
    );
    assert_eq!(
        value(&f, "Les églises étaient pleines à Pâques.", "à Pâques").as_deref(),
        Some("2023-04-09")
    );
    assert_eq!(
        value(&f, "Le pape célébrera la messe à Pâques.", "à Pâques").as_deref(),
        Some("2024-03-31")
    );
    assert_eq!(
        value(
            &f,
            "Le lundi de Pâques 2025 est férié.",
            "Le lundi de Pâques 2025"
        )
        .as_deref(),
        Some("2025-04-21")
    );
    assert_eq!(
        value(&f, "Le défilé aura lieu à l'Ascension.", "à l'Ascension").as_deref(),
        Some("2024-05-09")
    );
    assert_eq!(
        value(
            &f,
            "Les manifestants ont bloqué la ville le lundi de Pentecôte 2023.",
            "le lundi de Pentecôte 2023"
        )
        .as_deref(),
        Some("2023-05-29")
    );
    assert_eq!(
        value(
            &f,
            "Les feux d'artifice du Nouvel An ont été interdits.",
            "Nouvel An"
        )
        .as_deref(),
        Some("2024-01-01")
    );
}

#[test]
fn impossible_dates_get_no_value() {
    let f = finder("2024-03-26");
    for (t, n) in [
        (
            "Le document était daté du 31 février 2024.",
            "31 février 2024",
        ),
        (
            "Un formulaire rempli le 30/02/2024 a été rejeté.",
            "30/02/2024",
        ),
    ] {
        let all = f.find(t);
        let x = all
            .iter()
            .find(|x| x.text(t).contains(n))
            .unwrap_or_else(|| panic!("{t}: {:?}", found(&f, t)));
        assert_eq!(x.value, None, "{t}");
    }
    // Month 13 is no date at all, nor a valid value.
    let t = "Le code 12/13/2024 figure sur le colis.";
    assert!(
        f.find(t).iter().all(|x| x.value.is_none()),
        "{:?}",
        found(&f, t)
    );
    // A day number no month has: the date is found, without a value.
    for (t, n) in [
        ("Il est arrivé le 45 mars.", "le 45 mars"),
        ("Le rapport est daté du 0 mars 2024.", "0 mars 2024"),
        ("Il a signé le 32 décembre 2023.", "le 32 décembre 2023"),
    ] {
        assert_eq!(found(&f, t), [(n.to_owned(), None)], "{t}");
    }
    // Years are four digits. Year 0 is no year of the common era, and five
    // digits are no year: a date beside them keeps its reference year.
    for (t, expected) in [
        ("en l'an 0", vec![]),
        ("depuis 0000", vec![]),
        ("en 99999", vec![]),
        ("en l'an 99999", vec![]),
        ("en 99999999999999999999", vec![]),
        (
            "le 1er janvier 0",
            vec![("le 1er janvier", Some("2024-01-01"))],
        ),
        ("le 3 mars 99999", vec![("le 3 mars", Some("2024-03-03"))]),
        ("en l'an 2000", vec![("l'an 2000", Some("2000"))]),
        ("le 29 février 2023", vec![("le 29 février 2023", None)]),
        (
            "le 29 février 2024",
            vec![("le 29 février 2024", Some("2024-02-29"))],
        ),
        ("le 99/99/9999", vec![]),
        ("entre 1 et 2", vec![]),
    ] {
        let expected: Vec<(String, Option<String>)> = expected
            .into_iter()
            .map(|(x, v): (&str, Option<&str>)| (x.to_owned(), v.map(str::to_owned)))
            .collect();
        assert_eq!(found(&f, t), expected, "{t}");
    }
    // Durations: an amount that fits but lands outside the calendar is
    // found without a value; one past u32 is no amount at all.
    assert_eq!(
        found(&f, "dans 99999 siècles"),
        [("dans 99999 siècles".to_owned(), None)]
    );
    assert_eq!(
        found(&f, "il y a 99999 siècles"),
        [("il y a 99999 siècles".to_owned(), None)]
    );
    assert_eq!(found(&f, "il y a 4294967295 ans"), []);
}

#[test]
fn deep_nesting_and_huge_inputs_stay_bounded() {
    let f = finder("2024-03-26");
    let nested = format!("{}13 février", "le lendemain du ".repeat(5_000));
    let _ = f.find(&nested);
    let nested = format!("{}octobre", "le premier jour du ".repeat(5_000));
    let _ = f.find(&nested);
    let nested = format!("{}octobre", "dernier mercredi de ".repeat(5_000));
    let _ = f.find(&nested);
    let _ = f.find(&format!(
        "{}mardi",
        "à 14 heures le 14 heures le ".repeat(5_000)
    ));
    let _ = f.find(&format!("{}mardi", "le soir du soir du ".repeat(5_000)));
    let _ = f.find(&"du 3 au 5 juin au 7 ".repeat(5_000));
    let digits = "1 ".repeat(50_000);
    assert!(f.find(&digits).iter().all(|t| t.text(&digits).len() < 40));
    let long_word = "a".repeat(200_000);
    assert!(f.find(&long_word).is_empty());
    let mardis = "mardi ".repeat(20_000);
    assert_eq!(f.find(&mardis).len(), 20_000);
}

#[test]
fn without_reference_only_absolute_values() {
    let f = DateFinder::builder().build();
    let t = "Signé le 3 mars 2024, l'accord a été dénoncé mardi.";
    let all = f.find(t);
    assert_eq!(all[0].value.as_deref(), Some("2024-03-03"));
    assert_eq!(all[1].text(t), "mardi");
    assert_eq!(all[1].value, None);
}

#[test]
fn find_with_a_reference_per_call() {
    let f = DateFinder::builder().bias(Bias::Auto).build();
    let t = "Le ministre s'est exprimé hier.";
    let a = f.find_with(t, &Reference::parse("2024-03-26").unwrap());
    let b = f.find_with(t, &Reference::parse("2023-01-01").unwrap());
    assert_eq!(a[0].value.as_deref(), Some("2024-03-25"));
    assert_eq!(b[0].value.as_deref(), Some("2022-12-31"));
}

#[test]
fn no_false_positives_in_plain_copy() {
    let f = finder("2024-03-26");
    for t in [
        "Les gouvernements civils ont été renversés par des coups d'Etat.",
        "Un peu plus de 1.000 soldats américains sont déployés au Niger.",
        "Le bilan est de 139 morts et 2 000 blessés.",
        "Il a marché sur la mer et vu un avion.",
        "Les deux chefs d'Etat ont échangé sur la nécessité de renforcer la coopération.",
    ] {
        assert!(f.find(t).is_empty(), "{t}: {:?}", found(&f, t));
    }
}

#[test]
fn the_finder_is_shared_between_threads() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    let f = finder("2024-03-26");
    send_sync(&f);
    let text = "Le ministre a démissionné hier.";
    let values: Vec<Option<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| f.find(text).first().and_then(|t| t.value.clone())))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or(None))
            .collect()
    });
    assert!(values.iter().all(|v| v.as_deref() == Some("2024-03-25")));
}

#[test]
fn weekday_before_an_article_is_the_weekday_alone() {
    let f = finder("2024-04-04");
    let t = "Le ministre a reçu mardi une délégation malienne.";
    assert_eq!(value(&f, t, "mardi").as_deref(), Some("2024-04-02"));
    let t = "Des hommes armés ont attaqué dimanche un convoi près de Kidal.";
    assert_eq!(value(&f, t, "dimanche").as_deref(), Some("2024-03-31"));
    // A day in words with its month is still a date.
    let t = "Le vote a eu lieu dimanche trente et un mars.";
    assert_eq!(
        value(&f, t, "dimanche trente et un mars").as_deref(),
        Some("2024-03-31")
    );
}

#[test]
fn interval_whose_ends_cannot_be_ordered_is_unresolved() {
    // Found by fuzzing: "3/4/47" is 2047-04-03, and "7" after the hyphen a
    // day of the reference's month, long before it.
    let f = DateFinder::builder()
        .reference(Reference::parse("1825-09-20").expect("reference"))
        .bias(Bias::Past)
        .build();
    let text = "3/4/47-7-4/";
    for t in f.find(text) {
        if let Some(b) = t.bounds() {
            if let (Some(s), Some(e)) = (b.start, b.end) {
                assert!(s <= e, "{t:?}");
            }
        }
    }
}

#[test]
fn this_season_is_the_current_one_or_that_of_the_reference_year() {
    // Past bias and a past tense do not move "cet été" in May to last year.
    for (reference, text, value) in [
        ("2024-05", "Cet été, le festival a été annulé.", "2024-SU"),
        (
            "2024-05-10",
            "Les élections auront lieu cet été.",
            "2024-SU",
        ),
        (
            "2024-11",
            "Ce printemps, la récolte a été mauvaise.",
            "2024-SP",
        ),
        (
            "2024-11-03",
            "Cet hiver sera rude, prévient le ministre.",
            "2024-WI",
        ),
        // In the season: that one ("cet hiver" in February is the winter
        // that began in December).
        ("2024-02-12", "Cet hiver a été doux.", "2023-WI"),
        ("2024-07", "Cet été est le plus chaud.", "2024-SU"),
    ] {
        let f = DateFinder::builder()
            .reference(Reference::parse(reference).expect("reference"))
            .bias(Bias::Past)
            .build();
        let all = f.find(text);
        let got: Vec<(&str, Option<&str>)> = all
            .iter()
            .map(|t| (t.text(text), t.value.as_deref()))
            .collect();
        assert!(
            got.iter().any(|&(_, v)| v == Some(value)),
            "{reference} {text:?}: {got:?}"
        );
    }
}
