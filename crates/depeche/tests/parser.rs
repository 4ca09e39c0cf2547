//! The parser as a whole: reference-date precedence, coherence between
//! extractors, options, records, determinism.

use depeche::{Extractors, IsoDate, Parser, Record};

const DISPATCH: &str = "date 2024-03 Burkina: le capitaine Traoré reçoit une délégation russe

OUAGADOUGOU, 21 mars 2024 (AFP) - Le chef de la junte burkinabè, le capitaine Ibrahim Traoré, \
a reçu mardi au palais une délégation russe, quatre jours après la visite d'un émissaire malien, \
a indiqué la présidence. Depuis 2022, le pays est dirigé par des militaires.";

fn value_of<'a>(a: &'a depeche::Article, text: &str) -> Option<&'a str> {
    a.temporals
        .iter()
        .find(|t| t.text == text)
        .and_then(|t| t.value.as_deref())
}

fn date(s: &str) -> IsoDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn reference_precedence_option_then_dateline_then_header() {
    // The dateline (Thursday 21 March 2024) wins over the header's month.
    let a = Parser::new().parse(DISPATCH);
    assert_eq!(a.date.as_deref(), Some("2024-03-21"));
    assert_eq!(value_of(&a, "mardi"), Some("2024-03-19"));
    // An explicit reference wins over both.
    let a = Parser::builder()
        .reference(date("2024-03-28"))
        .build()
        .parse(DISPATCH);
    assert_eq!(value_of(&a, "mardi"), Some("2024-03-26"));
    assert_eq!(
        a.date.as_deref(),
        Some("2024-03-21"),
        "the text's own date stays"
    );
    // Without a dateline the header's month cannot pin a Tuesday down.
    let no_dateline = DISPATCH.replace("OUAGADOUGOU, 21 mars 2024 (AFP) - ", "");
    let a = Parser::new().parse(&no_dateline);
    assert_eq!(a.dateline, None);
    assert_eq!(a.date.as_deref(), Some("2024-03"));
    assert_eq!(value_of(&a, "mardi"), Some("XXXX-WXX-2"));
}

#[test]
fn dates_own_their_numbers_and_durations_are_both() {
    let a = Parser::new().parse(DISPATCH);
    // "quatre jours" is a quantity and a duration.
    assert!(a
        .quantities
        .iter()
        .any(|q| q.text == "quatre jours" && q.value == 4.0));
    assert!(a
        .temporals
        .iter()
        .any(|t| t.text.contains("quatre jours") && t.kind == "duration"));
    // The years and days of dates are not quantities.
    for q in &a.quantities {
        assert!(!["2022", "2024", "21"].contains(&q.text.as_str()), "{q:?}");
    }
    assert!(a
        .temporals
        .iter()
        .any(|t| t.text == "Depuis 2022" && t.kind == "interval"));
}

#[test]
fn entities_with_roles_and_quote_sources() {
    let text =
        "NIAMEY (AFP) - « Nous ne reculerons pas », a déclaré le général Abdourahamane Tiani \
                devant les militaires.";
    let a = Parser::new().parse(text);
    let tiani = a
        .entities
        .iter()
        .find(|e| e.kind == "person" && e.name.contains("Tiani"))
        .expect("Tiani recognised");
    assert!(tiani.roles.iter().any(|r| r == "général"));
    assert_eq!(a.quotes[0].cue.as_deref(), Some("a déclaré"));
    assert_eq!(a.quotes[0].source.as_deref(), Some(tiani.name.as_str()));
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
}

#[test]
fn extractors_can_be_turned_off() {
    let parser = Parser::builder()
        .extractors(Extractors::none().with_quotes(true))
        .build();
    let a = parser.parse(DISPATCH);
    assert!(a.entities.is_empty() && a.quantities.is_empty() && a.temporals.is_empty());
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.topic.as_deref(), Some("Burkina"));
}

#[test]
fn records_carry_their_title_and_date() {
    let record = Record::from_json(
        r#"{"id": "x1", "title": "Mali: la junte dissout les partis", "date": "2024-05-15",
            "text": "Les autorités ont dissous mardi les partis politiques."}"#,
    )
    .expect("a record");
    let a = Parser::new().parse_record(&record);
    assert_eq!(
        a.title.as_deref(),
        Some("Mali: la junte dissout les partis")
    );
    assert_eq!(a.topic.as_deref(), Some("Mali"));
    assert_eq!(a.date.as_deref(), Some("2024-05-15"));
    assert_eq!(value_of(&a, "mardi"), Some("2024-05-14"));
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn output_is_deterministic_across_threads() {
    let parser = std::sync::Arc::new(Parser::new());
    let expected = serde_json::to_string(&parser.parse(DISPATCH)).unwrap_or_default();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let p = std::sync::Arc::clone(&parser);
            std::thread::spawn(move || {
                serde_json::to_string(&p.parse(DISPATCH)).unwrap_or_default()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap_or_default(), expected);
    }
}

#[test]
fn pronoun_speakers_named_in_the_paragraph_before() {
    let text = "DAKAR (AFP) - Le président sénégalais Bassirou Diomaye Faye a reçu les syndicats mardi.\n\n\
                « Le dialogue est ouvert », a-t-il assuré à l'issue de la rencontre.\n\n\
                Les syndicats ont salué un geste.\n\n\
                « Nous attendons des actes », a ajouté le ministre Ousmane Sonko.\n\n\
                « Rien n'est signé », a-t-on précisé.";
    let a = Parser::new().parse(text);
    assert_eq!(a.quotes[0].cue.as_deref(), Some("a-t-il assuré"));
    assert_eq!(a.quotes[0].source.as_deref(), Some("Bassirou Diomaye Faye"));
    assert_eq!(a.quotes[1].source.as_deref(), Some("Ousmane Sonko"));
    // The impersonal "on" names nobody, even after a person.
    assert_eq!(a.quotes[2].cue.as_deref(), Some("a-t-on précisé"));
    assert_eq!(a.quotes[2].source, None);
}

#[test]
fn a_paragraph_of_many_quotes_is_parsed_in_linear_time() {
    // 20 000 short quotes in one sentence: attribution looks at a bounded
    // window around each quote, so this does not go quadratic.
    let text = "Il a répété « non », ".repeat(20_000) + "a-t-il dit.";
    let article = depeche::parse(&text);
    assert_eq!(article.quotes.len(), 20_000);
    assert!(article.quotes.iter().all(|q| q.text == "non"));
}

#[test]
fn a_header_line_is_no_paragraph_even_without_a_blank_line() {
    let text = "date 2024-03 Niger: la junte reçoit un émissaire\nNIAMEY (AFP) - Le général a reçu mardi un émissaire. Il est reparti.\n\nUn second paragraphe.";
    let a = Parser::new().parse(text);
    let spans: Vec<&str> = a.paragraphs.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(
        spans,
        [
            "NIAMEY (AFP) - Le général a reçu mardi un émissaire. Il est reparti.",
            "Un second paragraphe."
        ]
    );
    let first: Vec<&str> = a.paragraphs[0]
        .sentences
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(
        first,
        [
            "NIAMEY (AFP) - Le général a reçu mardi un émissaire.",
            "Il est reparti."
        ]
    );
    // A header and nothing else: no paragraph.
    let a = Parser::new().parse("date 2024-03 Niger: un titre seul\n");
    assert!(a.paragraphs.is_empty());
}

#[test]
fn parse_many_gives_what_parse_gives() {
    let samples = [
        DISPATCH,
        include_str!("../../../examples/dispatches/mali-convoi-2024-05.txt"),
        include_str!("../../../examples/dispatches/soudan-famine-2024-02.txt"),
        include_str!("../../../examples/dispatches/senegal-election-2024-03.txt"),
        "",
        "Un texte sans date ni titre, « cité », a-t-il dit.",
    ];
    // More dispatches than one batch, in an order that mixes them.
    let texts: Vec<&str> = (0..80).map(|i| samples[(i * 7) % samples.len()]).collect();
    for parser in [
        Parser::new(),
        Parser::builder().reference(date("2024-03-26")).build(),
        Parser::builder()
            .extractors(Extractors::none().with_quotes(true))
            .build(),
    ] {
        let one_by_one: Vec<depeche::Article> = texts.iter().map(|t| parser.parse(t)).collect();
        assert_eq!(parser.parse_many(&texts), one_by_one);
    }
    assert!(Parser::new().parse_many::<&str>(&[]).is_empty());
}

#[test]
fn parse_records_gives_what_parse_record_gives() {
    let lines = [
        r#"{"id":1,"text":"BAMAKO (AFP) - Au moins douze soldats ont été tués mardi, selon l'armée.","date":"2024-05-14"}"#,
        r#"{"id":"b","title":"Niger: la junte reçoit une délégation","text":"Le général Tiani a reçu lundi une délégation russe à Niamey."}"#,
        r#"{"id":null,"text":""}"#,
        r#"{"id":4,"text":"« Nous ne céderons pas », a déclaré M. Diallo.","date":"2024"}"#,
    ];
    let parser = depeche::Parser::new();
    let records: Vec<depeche::Record> = lines
        .iter()
        .map(|l| depeche::Record::from_json(l).unwrap())
        .collect();
    let one_by_one: Vec<depeche::Article> =
        records.iter().map(|r| parser.parse_record(r)).collect();
    assert_eq!(parser.parse_records(&records), one_by_one);
    let refs: Vec<&depeche::Record> = records.iter().collect();
    assert_eq!(parser.parse_records(&refs), one_by_one);
}
