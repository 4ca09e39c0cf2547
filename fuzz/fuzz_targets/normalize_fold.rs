//! normalize + fold: idempotence, maps on char boundaries and monotonic.
#![no_main]

use depeche_text::{fold, normalize, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let n = normalize(input);
    let text = n.as_str();
    assert_eq!(
        normalize(text).as_str(),
        text,
        "normalisation is idempotent"
    );
    let mut last = 0;
    for i in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
        let s = n.map().to_source_start(i);
        let e = n.map().to_source_end(i);
        assert!(input.is_char_boundary(s) && input.is_char_boundary(e));
        assert!(s >= last && e <= input.len());
        last = s;
    }
    let f = fold(text);
    for (i, c) in f.as_str().char_indices() {
        let span = f.to_source(Span::new(i, i + c.len_utf8()));
        assert!(text.get(span.range()).is_some());
    }
});
