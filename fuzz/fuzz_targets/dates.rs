//! Date finding and resolution with random references and biases: spans
//! sorted, disjoint, on char boundaries; intervals ordered; JSON serialises.
#![no_main]

use depeche_dates::{Bias, DateFinder, Reference};
use depeche_text::normalize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<4>() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let bias = match head[0] % 3 {
        0 => Bias::Past,
        1 => Bias::Future,
        _ => Bias::Auto,
    };
    let year = 1800 + i32::from(u16::from_le_bytes([head[1], head[2]]) % 400);
    let month = 1 + u32::from(head[3] % 12);
    let day = 1 + u32::from(head[3] / 12 % 28);
    let reference = match head[0] / 3 % 3 {
        0 => format!("{year}"),
        1 => format!("{year}-{month:02}"),
        _ => format!("{year}-{month:02}-{day:02}"),
    };
    let Ok(reference) = Reference::parse(&reference) else {
        return;
    };
    let finder = DateFinder::builder()
        .reference(reference)
        .bias(bias)
        .build();
    let norm = normalize(input);
    let text = norm.as_str();
    let mut last = 0;
    for t in finder.find(text) {
        assert!(t.span.start >= last, "sorted and disjoint");
        assert!(text.get(t.span.range()).is_some(), "char boundaries");
        if let Some(b) = t.bounds() {
            if let (Some(s), Some(e)) = (b.start, b.end) {
                assert!(s <= e, "interval ordered: {t:?}");
            }
        }
        assert!(serde_json::to_string(&t).is_ok());
        last = t.span.end;
    }
});
