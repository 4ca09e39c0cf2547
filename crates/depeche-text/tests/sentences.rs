//! Paragraphs and sentences on French news copy written for these tests,
//! and on the reference dispatch of the shared folder.

use depeche_text::{normalize, paragraphs, sentences, Abbreviations, SentenceSplitter};

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| &text[s.range()]).collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let text = "M. Bazoum et Mme Traoré ont reçu le gén. Mody. Le Dr Diallo était là. MM. Zeine et Toumba aussi.";
    assert_eq!(
        split(text),
        [
            "M. Bazoum et Mme Traoré ont reçu le gén. Mody.",
            "Le Dr Diallo était là.",
            "MM. Zeine et Toumba aussi."
        ]
    );
}

#[test]
fn initials_and_numbers_with_dots() {
    let text = "John F. Kennedy est mort en 1963. Plus de 1.000 soldats sont partis. Fin.";
    assert_eq!(
        split(text),
        [
            "John F. Kennedy est mort en 1963.",
            "Plus de 1.000 soldats sont partis.",
            "Fin."
        ]
    );
}

#[test]
fn final_period_inside_or_after_quotes() {
    let text = "Il a dit : « C'est fini. » La foule applaudit. Elle parle de \"souveraineté\". Puis elle part.";
    assert_eq!(
        split(text),
        [
            "Il a dit : « C'est fini. »",
            "La foule applaudit.",
            "Elle parle de \"souveraineté\".",
            "Puis elle part."
        ]
    );
}

#[test]
fn ellipses_and_questions() {
    let text = "Et après... Rien. Pourquoi ? Personne ne sait… Le calme revient ! Fin";
    assert_eq!(
        split(text),
        [
            "Et après...",
            "Rien.",
            "Pourquoi ?",
            "Personne ne sait…",
            "Le calme revient !",
            "Fin"
        ]
    );
}

#[test]
fn lower_case_after_period_does_not_split() {
    let text = "Les armes, les munitions, etc. ont été saisies. Voilà.";
    assert_eq!(
        split(text),
        ["Les armes, les munitions, etc. ont été saisies.", "Voilà."]
    );
}

#[test]
fn dated_abbreviation_jc() {
    let text = "Rome fut fondée en 753 av. J.-C. selon la tradition.";
    assert_eq!(split(text).len(), 1);
}

#[test]
fn custom_abbreviation() {
    let text = "Le Lcl. Dupont est arrivé.";
    assert_eq!(split(text).len(), 2);
    let mut abbr = Abbreviations::default();
    abbr.insert("Lcl");
    let s = SentenceSplitter::with_abbreviations(abbr).sentences(text);
    assert_eq!(s.len(), 1);
}

#[test]
fn paragraphs_from_blank_lines() {
    let n = normalize("Titre\r\n\r\n\r\nPremier paragraphe. Deux phrases.\r\n   \r\nSecond.\n");
    let p = paragraphs(n.as_str());
    assert_eq!(p.len(), 3);
    assert_eq!(p[1].sentences.len(), 2);
    assert_eq!(&n.as_str()[p[2].span.range()], "Second.");
}

fn reference_dispatch() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(e) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "reference dispatch missing in CI: {e}"
            );
            eprintln!("skipped: {path}: {e}");
            None
        }
    }
}

#[test]
fn reference_dispatch_has_header_12_paragraphs_and_14_sentences() {
    let Some(raw) = reference_dispatch() else {
        return;
    };
    let n = normalize(&raw);
    let p = paragraphs(n.as_str());
    assert_eq!(p.len(), 13, "header line + 12 body paragraphs");
    assert!(n.as_str()[p[0].span.range()].starts_with("date 2024-03 Niger:"));
    let body_sentences: usize = p[1..].iter().map(|p| p.sentences.len()).sum();
    assert_eq!(body_sentences, 14);
    // Every sentence maps back to the original text.
    for para in &p {
        for s in &para.sentences {
            let o = n.to_original(*s);
            assert!(raw.get(o.range()).is_some());
        }
    }
}
