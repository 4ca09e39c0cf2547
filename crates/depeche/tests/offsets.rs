//! Every span of an Article is a byte range of the original input, on char
//! boundaries, whose text is the `text` field: checked on French copy with
//! the typography of the wires, and on arbitrary input.

use depeche::Article;
use proptest::prelude::*;

fn check(input: &str, a: &Article) {
    let slice = |s: usize, e: usize| {
        assert!(
            s <= e && e <= input.len(),
            "span {s}..{e} out of {}",
            input.len()
        );
        input
            .get(s..e)
            .unwrap_or_else(|| panic!("span {s}..{e} not on char boundaries"))
    };
    for p in &a.paragraphs {
        slice(p.start, p.end);
        for s in &p.sentences {
            slice(s.start, s.end);
            assert!(p.start <= s.start && s.end <= p.end);
        }
    }
    for q in &a.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
    }
    for q in &a.quantities {
        assert_eq!(slice(q.start, q.end), q.text);
    }
    for t in &a.temporals {
        assert_eq!(slice(t.start, t.end), t.text);
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    let starts: Vec<usize> = a.quotes.iter().map(|q| q.start).collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "quotes ordered by offset"
    );
}

#[test]
fn wire_typography_maps_back_to_the_original() {
    let input = "date 2024-02 Tchad\u{a0}: le gouvernement \u{ab}\u{a0}d\u{e9}ment\u{a0}\u{bb} tout accord\r\n\r\n\
                 N\u{2019}DJAMENA, 3 f\u{e9}vrier 2024 (AFP) \u{2014} \u{ab}\u{202f}Nous n\u{2019}avons rien sign\u{e9}\u{202f}\u{bb}, a d\u{e9}clar\u{e9} le porte-parole du gouvernement tchadien.\r\n\r\n\
                 Selon l\u{2019}opposition, \u{201c}l\u{2019}accord existe\u{201d}.";
    let a = depeche::parse(input);
    check(input, &a);
    assert_eq!(
        a.dateline.as_ref().map(|d| d.place.as_str()),
        Some("N'Djamena")
    );
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.date.as_deref()),
        Some("2024-02-03")
    );
    assert_eq!(a.paragraphs.len(), 2);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "d\u{e9}ment",
            "Nous n\u{2019}avons rien sign\u{e9}",
            "l\u{2019}accord existe"
        ]
    );
    assert_eq!(a.quotes[1].cue.as_deref(), Some("a déclaré"));
    assert_eq!(
        a.quotes[1].source.as_deref(),
        Some("le porte-parole du gouvernement tchadien")
    );
    assert_eq!(a.quotes[2].cue.as_deref(), Some("Selon"));
    assert_eq!(a.quotes[2].source.as_deref(), Some("l'opposition"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_input_never_panics_and_spans_hold(input in "\\PC{0,200}") {
        let a = depeche::parse(&input);
        check(&input, &a);
    }

    #[test]
    fn french_like_input_spans_hold(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("Le général"), Just(" \u{ab}\u{a0}"), Just("\u{a0}\u{bb}"), Just("\""), Just(", a déclaré "),
                Just("selon "), Just("NIAMEY (AFP) - "), Just("\n\n"), Just("date 2024-03 "), Just("l\u{2019}"),
                Just("1\u{202f}000 soldats"), Just("mardi"), Just(". "), Just("\u{201c}"), Just("\u{201d}"),
                Just("Niger: "), Just("\r\n"), Just("e\u{301}"), Just("-t-il"), Just("a"),
            ],
            0..40,
        )
    ) {
        let input: String = parts.concat();
        let a = depeche::parse(&input);
        check(&input, &a);
    }
}

#[test]
fn articles_round_trip_through_json_exactly() {
    // Found by fuzzing: "4/44" is 0.09090909090909091, which serde_json
    // reads back one ulp off unless its exact float parsing is on.
    let text = "a 4/44 b 4 c";
    let article = depeche::parse(text);
    assert!(!article.quantities.is_empty());
    let json = serde_json::to_string(&article).unwrap();
    let back: depeche::Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, article);
}
