//! Dictionaries: the embedded data parses, the builder adds, removes and
//! replaces entries, user files load from TSV and JSON, and bad entries
//! are reported with their file and line.

use depeche_entities::{
    Country, Dictionaries, DictionaryKind, EntityKind, EntityRecognizer, MentionForm, Organization,
    Problem, Title,
};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn embedded_data_parses() {
    let d = match Dictionaries::try_embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dictionaries: {e}"),
    };
    assert!(d.countries().len() > 200);
    assert!(d.places().len() > 500);
    assert!(d.organizations().len() > 250);
    assert!(d.titles().len() > 150);
    assert!(d.first_names().len() > 2000);
}

#[test]
fn builder_adds_and_removes() {
    let d = Dictionaries::embedded()
        .to_builder()
        .remove(DictionaryKind::Countries, "NE")
        .add_countries([Country::new("XK", "Kosovo").with_demonyms(["kosovar", "kosovare"])])
        .build();
    let rec = EntityRecognizer::new(&d);
    let ms = rec.mentions("Le Niger et le Kosovo ont signé; un diplomate kosovar l'a confirmé.");
    assert!(!ms.iter().any(|m| m.id == "country:NE"));
    let kosovo: Vec<_> = ms.iter().filter(|m| m.id == "country:XK").collect();
    assert_eq!(kosovo.len(), 2);
    assert_eq!(kosovo[1].form, MentionForm::Demonym);
}

#[test]
fn clearing_a_dictionary_and_replacing_it() {
    let d = Dictionaries::embedded()
        .to_builder()
        .clear(DictionaryKind::Titles)
        .add_titles([Title::new("grand chef", "political")])
        .build();
    assert_eq!(d.titles().len(), 1);
    let rec = EntityRecognizer::new(&d);
    let ents = rec.recognize("Le grand chef Kouassi Yao a parlé, pas le général Tchiani.");
    let people: Vec<_> = ents
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "Kouassi Yao");
    assert_eq!(people[0].roles, ["grand chef"]);
}

#[test]
fn later_entries_replace_earlier_ones_with_the_same_id() {
    let d = Dictionaries::embedded()
        .to_builder()
        .add_organizations([Organization::new(
            "cedeao",
            "Communauté des États ouest-africains",
            &["Cedeao"],
        )])
        .build();
    let rec = EntityRecognizer::new(&d);
    let ms = rec.mentions("La Cedeao a levé ses sanctions.");
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].name, "Communauté des États ouest-africains");
}

#[test]
fn loads_json_and_tsv_files() {
    let d = Dictionaries::embedded()
        .to_builder()
        .load(DictionaryKind::Places, fixture("places.json"))
        .and_then(|b| b.load(DictionaryKind::FirstNames, fixture("first_names.tsv")));
    let d = match d {
        Ok(b) => b.build(),
        Err(e) => panic!("{e}"),
    };
    let rec = EntityRecognizer::new(&d);
    let text = "Des renforts sont arrivés à Tassalit, a déclaré Zéphyrin Kaboré.";
    let ms = rec.mentions(text);
    let city = ms.iter().find(|m| m.id == "city:tessalit");
    assert_eq!(
        city.map(|m| (m.text.as_str(), m.code.as_deref())),
        Some(("Tassalit", Some("ML")))
    );
    assert!(ms.iter().any(|m| m.id == "person:zephyrin-kabore"));
}

#[test]
fn bad_tsv_entry_names_file_and_line() {
    let err = Dictionaries::builder()
        .load(
            DictionaryKind::Organizations,
            fixture("bad_organizations.tsv"),
        )
        .err();
    let Some(err) = err else {
        panic!("a bad type should be refused");
    };
    assert!(err.path.ends_with("bad_organizations.tsv"));
    assert_eq!(err.line, 3);
    assert!(matches!(
        err.problem,
        Problem::BadValue { field: "type", .. }
    ));
    assert!(err
        .to_string()
        .contains("bad_organizations.tsv:3: field `type`"));
}

#[test]
fn bad_json_entry_names_line() {
    let json = "[\n  {\"alpha2\": \"NE\", \"name\": \"Niger\"},\n  {\"alpha2\": \"niger\", \"name\": \"X\"}\n]\n";
    let err = Dictionaries::builder()
        .add_json(DictionaryKind::Countries, "pays.json", json)
        .err();
    let Some(err) = err else {
        panic!("a bad code should be refused");
    };
    assert_eq!(err.path, "pays.json");
    assert_eq!(err.line, 3);
    assert!(err.to_string().contains("alpha2"), "{err}");
    let err = Dictionaries::builder()
        .add_json(DictionaryKind::Titles, "t.json", "[{\"title\": 3}]")
        .err();
    assert!(matches!(err.map(|e| e.problem), Some(Problem::Json(_))));
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let err = Dictionaries::builder()
        .load(DictionaryKind::Places, fixture("nowhere.tsv"))
        .err();
    assert!(matches!(
        err.map(|e| (e.line, e.problem)),
        Some((0, Problem::Io(_)))
    ));
}

#[test]
fn wrong_header_is_refused() {
    let err = Dictionaries::builder()
        .add_tsv(
            DictionaryKind::Titles,
            "t.tsv",
            "#title\tforms\ngénéral\t-\n",
        )
        .err();
    assert!(matches!(
        err.map(|e| e.problem),
        Some(Problem::BadHeader { .. })
    ));
}

#[test]
fn embedded_recognizer_is_small() {
    let rec = EntityRecognizer::embedded();
    let bytes = rec.memory_usage();
    println!("embedded recognizer: {:.1} MB", bytes as f64 / 1e6);
    assert!(bytes > 100_000, "the automaton cannot be empty");
    assert!(bytes < 20_000_000, "{bytes} bytes");
}

#[test]
fn recognizer_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<EntityRecognizer>();
    check::<Dictionaries>();
}
