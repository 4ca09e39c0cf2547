//! tokenize + paragraphs/sentences: in order, disjoint, in bounds, on char
//! boundaries, sentences inside their paragraphs.
#![no_main]

use depeche_text::{normalize, paragraphs, tokenize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let n = normalize(input);
    let text = n.as_str();
    let mut last = 0;
    for t in tokenize(text) {
        assert!(t.span.start >= last && t.span.end > t.span.start);
        assert!(text.get(t.span.range()).is_some());
        let o = n.to_original(t.span);
        assert!(input.get(o.range()).is_some());
        last = t.span.end;
    }
    let mut last = 0;
    for p in paragraphs(text) {
        assert!(p.span.start >= last);
        for s in &p.sentences {
            assert!(p.span.contains(*s) && text.get(s.range()).is_some());
        }
        last = p.span.end;
    }
});
