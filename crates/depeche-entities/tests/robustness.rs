//! Any input: no panic, every span on char boundaries of the text given and
//! equal to the mention's text, mentions sorted and not overlapping.

use depeche_entities::EntityRecognizer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn rec() -> &'static EntityRecognizer {
    static REC: OnceLock<EntityRecognizer> = OnceLock::new();
    REC.get_or_init(EntityRecognizer::embedded)
}

fn check(text: &str) {
    let ms = rec().mentions(text);
    let mut last_end = 0;
    for m in &ms {
        assert!(m.start < m.end, "empty mention {m:?}");
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        assert!(
            m.start >= last_end,
            "overlapping mentions in {text:?}: {ms:?}"
        );
        last_end = m.end;
    }
    for e in rec().recognize(text) {
        assert!(!e.id.is_empty() && !e.mentions.is_empty());
    }
}

/// Words that make the matcher and the person reader work.
const WORDS: &[&str] = &[
    "le",
    "général",
    "président",
    "russe",
    "Tiani",
    "Poutine",
    "Vladimir",
    "M.",
    "Mme",
    ",",
    ".",
    "celui",
    "de",
    "l'Intérieur",
    "Niger",
    "nigérien",
    "Etat",
    "islamique",
    "Al-Qaïda",
    "(AES)",
    "Burkina",
    "Faso",
    "ministre",
    "la",
    "Défense",
    "Premier",
    "Ali",
    "ben",
    "al-Assad",
    "Paris",
    "dos",
    "à",
    "Tiani-Poutine",
    "œuvre",
    "É",
    "\u{301}",
    "\n",
    "Le",
    "Pen",
    "von",
    "der",
];

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn news_like_text_keeps_spans_valid(words in prop::collection::vec(prop::sample::select(WORDS), 0..40)) {
        check(&words.join(" "));
        check(&words.concat());
    }
}

#[test]
fn edge_cases() {
    for t in [
        "",
        " ",
        "M.",
        "le général",
        "le général ",
        "le général Tiani",
        "Tiani-",
        "-Poutine",
        "celui de",
        ", le général X",
        "Niger\u{301}",
        "NIGER nigérien NIGÉRIEN",
    ] {
        check(t);
    }
}
