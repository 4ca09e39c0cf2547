//! Prints the numbers found in the text given as argument (or stdin).
use std::io::Read;

fn main() {
    let mut text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        let _ = std::io::stdin().read_to_string(&mut text);
    }
    let norm = depeche_text::normalize(&text);
    let t = norm.as_str();
    for m in depeche_numbers::NumberFinder::new().find(t) {
        println!(
            "{:?} kind={} value={} min={:?} max={:?} q={} unit={:?} cur={:?} cat={:?} flags={:?}",
            m.text(t),
            m.kind.as_str(),
            m.value,
            m.min,
            m.max,
            m.qualifier.as_str(),
            m.unit,
            m.currency,
            m.category.map(|c| c.as_str()),
            m.flags
        );
    }
}
