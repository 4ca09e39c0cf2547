//! Number finding and parsing: spans sorted, disjoint, on char boundaries;
//! values finite; bounds ordered.
#![no_main]

use depeche_numbers::{parse_number, NumberFinder};
use depeche_text::normalize;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn finder() -> &'static NumberFinder {
    static F: OnceLock<NumberFinder> = OnceLock::new();
    F.get_or_init(NumberFinder::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(n) = parse_number(input) {
        assert!(n.value.is_finite());
    }
    let norm = normalize(input);
    let text = norm.as_str();
    let mut last = 0;
    for m in finder().find(text) {
        assert!(m.span.start >= last, "sorted and disjoint");
        assert!(text.get(m.span.range()).is_some(), "char boundaries");
        assert!(m.span.contains(m.number_span));
        assert!(m.value.is_finite());
        if let (Some(lo), Some(hi)) = (m.min, m.max) {
            assert!(lo <= hi, "{lo} <= {hi}");
        }
        let o = norm.to_original(m.span);
        assert!(input.get(o.range()).is_some());
        last = m.span.end;
    }
});
