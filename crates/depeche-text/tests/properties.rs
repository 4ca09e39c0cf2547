//! Properties of normalisation, folding, tokenisation and sentence
//! splitting over arbitrary strings (fixed seed, so CI runs are
//! reproducible).

use depeche_text::{
    fold, normalize, paragraph_spans, paragraphs, tokenize, SentenceSplitter, Span,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Strings mixing French letters, decomposed accents, every space and
/// apostrophe variant, quotes, dashes, control characters, RTL and zero-width
/// marks, digits and punctuation.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[a-zA-Zéèêàçïôœ]{1,8}",
            "[0-9]{1,7}",
            Just(" ".to_string()),
            Just("\u{a0}".to_string()),
            Just("\u{202f}".to_string()),
            Just("\u{2009}".to_string()),
            Just("\t".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just("\n\n\n".to_string()),
            Just("\u{2019}".to_string()),
            Just("'".to_string()),
            Just("\u{301}".to_string()),
            Just("e\u{301}".to_string()),
            Just("\u{200b}".to_string()),
            Just("\u{200f}".to_string()),
            Just("\u{feff}".to_string()),
            Just("\u{ad}".to_string()),
            Just("\u{0}".to_string()),
            Just("«".to_string()),
            Just("»".to_string()),
            Just("\"".to_string()),
            Just("—".to_string()),
            Just("\u{2011}".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just(",".to_string()),
            Just("...".to_string()),
            Just("%".to_string()),
            Just("M.".to_string()),
            Just("h".to_string()),
            Just("l'".to_string()),
            Just("\u{5d0}\u{5d1}".to_string()),
            any::<char>().prop_map(String::from),
        ],
        0..40,
    );
    pieces.prop_map(|v| v.concat())
}

fn runner() -> TestRunner {
    TestRunner::new_with_rng(
        Config {
            cases: 2000,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    )
}

#[test]
fn normalisation_is_idempotent() {
    runner()
        .run(&messy_text(), |s| {
            let once = normalize(&s);
            let twice = normalize(once.as_str());
            prop_assert_eq!(once.as_str(), twice.as_str());
            Ok(())
        })
        .unwrap();
}

#[test]
fn normalised_offsets_map_to_char_boundaries_monotonically() {
    runner()
        .run(&messy_text(), |s| {
            let n = normalize(&s);
            let text = n.as_str();
            let mut last = 0;
            let bounds = text.char_indices().map(|(i, _)| i).chain([text.len()]);
            for i in bounds {
                let start = n.map().to_source_start(i);
                let end = n.map().to_source_end(i);
                prop_assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
                prop_assert!(start >= last);
                prop_assert!(end <= s.len());
                last = start;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn folded_offsets_map_back_to_char_boundaries() {
    runner()
        .run(&messy_text(), |s| {
            let f = fold(&s);
            let text = f.as_str();
            for (i, c) in text.char_indices() {
                let span = f.to_source(Span::new(i, i + c.len_utf8()));
                prop_assert!(s.get(span.range()).is_some());
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn tokens_are_in_order_disjoint_and_on_char_boundaries() {
    runner()
        .run(&messy_text(), |s| {
            let n = normalize(&s);
            let text = n.as_str();
            let mut last_end = 0;
            for t in tokenize(text) {
                prop_assert!(t.span.start >= last_end, "overlap at {:?}", t);
                prop_assert!(t.span.end > t.span.start);
                prop_assert!(text.get(t.span.range()).is_some());
                last_end = t.span.end;
            }
            // Tokenizing raw (unnormalised) input is safe too.
            let mut last_end = 0;
            for t in tokenize(&s) {
                prop_assert!(t.span.start >= last_end);
                prop_assert!(s.get(t.span.range()).is_some());
                last_end = t.span.end;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn sentences_lie_inside_their_paragraphs_in_order() {
    runner()
        .run(&messy_text(), |s| {
            let n = normalize(&s);
            let text = n.as_str();
            let mut last = 0;
            for p in paragraphs(text) {
                prop_assert!(p.span.start >= last);
                for sent in &p.sentences {
                    prop_assert!(p.span.contains(*sent));
                    prop_assert!(text.get(sent.range()).is_some());
                }
                last = p.span.end;
            }
            Ok(())
        })
        .unwrap();
}

/// The sentences found from the marks alone (`sentences_in`, which
/// tokenises only around them) are those of the pass over every token
/// (`split_into`), on raw and normalised text, over the whole text and
/// over each paragraph.
#[test]
fn sentences_from_marks_are_those_from_every_token() {
    let splitter = SentenceSplitter::default();
    let pieces = prop::collection::vec(
        prop_oneof![
            messy_text(),
            Just("A.".to_string()),
            Just("a.".to_string()),
            Just("J.-C. ".to_string()),
            Just("U.E.".to_string()),
            Just("www.x.fr".to_string()),
            Just("a@b.fr".to_string()),
            Just("1.000 ".to_string()),
            Just("14 h 30".to_string()),
            Just(" H. ".to_string()),
            Just("!?".to_string()),
            Just("\u{2026}".to_string()),
            Just(" Le ".to_string()),
        ],
        0..12,
    )
    .prop_map(|v| v.concat());
    runner()
        .run(&pieces, |s| {
            for text in [s.clone(), normalize(&s).as_str().to_owned()] {
                let whole = Span::new(0, text.len());
                let mut spans = vec![whole];
                spans.extend(paragraph_spans(&text));
                for span in spans {
                    let (mut sentences, mut tokens) = (Vec::new(), Vec::new());
                    splitter.split_into(&text, span, &mut sentences, &mut tokens);
                    prop_assert_eq!(splitter.sentences_in(&text, span), sentences);
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn long_inputs_without_spaces_do_not_panic() {
    let long = "é".repeat(500_000) + &"1".repeat(100_000) + &"'".repeat(1000);
    let n = normalize(&long);
    assert_eq!(n.as_str().len(), long.len());
    // One word (digits continue a word) and 1000 apostrophes.
    assert_eq!(tokenize(n.as_str()).count(), 1001);
    assert_eq!(paragraphs(n.as_str()).len(), 1);
}
