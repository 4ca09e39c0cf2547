//! Entity matching: mentions sorted, on char boundaries, text as written.
#![no_main]

use depeche_entities::EntityRecognizer;
use depeche_text::normalize;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn recognizer() -> &'static EntityRecognizer {
    static R: OnceLock<EntityRecognizer> = OnceLock::new();
    R.get_or_init(EntityRecognizer::embedded)
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let norm = normalize(input);
    let text = norm.as_str();
    let mut last = 0;
    for m in recognizer().mentions(text) {
        assert!(m.start >= last, "sorted");
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        last = m.start;
    }
    for e in recognizer().recognize(text) {
        assert!(!e.id.is_empty());
        for m in &e.mentions {
            // A mention is a char-boundary span of the text, and its text
            // is that slice.
            let written = text.get(m.span.range());
            assert!(written.is_some(), "{m:?}");
            assert_eq!(written, Some(m.text(text)));
        }
    }
});
