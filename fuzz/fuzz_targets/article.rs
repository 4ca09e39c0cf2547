//! Full Article parsing: every span slices the original input to its text;
//! paragraphs and sentences in bounds; JSON round-trips through serde.
#![no_main]

use depeche::Article;
use libfuzzer_sys::fuzz_target;

fn check(input: &str, start: usize, end: usize, text: &str) {
    assert!(start <= end);
    assert_eq!(input.get(start..end), Some(text), "span {start}..{end}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let a = depeche::parse(input);
    for q in &a.quantities {
        check(input, q.start, q.end, &q.text);
        assert!(q.value.is_finite());
    }
    for t in &a.temporals {
        check(input, t.start, t.end, &t.text);
    }
    for q in &a.quotes {
        check(input, q.start, q.end, &q.text);
    }
    for e in &a.entities {
        for m in &e.mentions {
            check(input, m.start, m.end, &m.text);
        }
    }
    let mut last = 0;
    for p in &a.paragraphs {
        assert!(p.start >= last && input.get(p.start..p.end).is_some());
        for s in &p.sentences {
            assert!(p.start <= s.start && s.end <= p.end);
        }
        last = p.end;
    }
    let json = serde_json::to_string(&a).expect("serialises");
    let back: Article = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, a);
});
