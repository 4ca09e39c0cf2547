//! Numbers bench: finding all numbers and quantities in French news text,
//! side by side with the `text2num` crate's French `replace_numbers_in_text`
//! (alpha2digit) on the same text.
//!
//! The corpus is the reference dispatch (read from `../shared/articles/` at
//! bench time), normalised once, repeated to at least 1 MB.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use depeche_numbers::NumberFinder;

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/articles/niger-tiani-poutine-2024-03.txt"
);

/// The reference dispatch, normalised, repeated to at least `min_len` bytes.
fn corpus(min_len: usize) -> Option<String> {
    let raw = std::fs::read_to_string(ARTICLE).ok()?;
    let norm = depeche_text::normalize(&raw);
    let one = norm.as_str();
    if one.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(min_len + one.len());
    while text.len() < min_len {
        text.push_str(one);
        text.push_str("\n\n");
    }
    Some(text)
}

fn numbers(c: &mut Criterion) {
    let Some(text) = corpus(1 << 20) else {
        eprintln!("skipped: reference dispatch not found at {ARTICLE}");
        return;
    };
    let finder = NumberFinder::new();
    let french = text2num::Language::french();
    let mut group = c.benchmark_group("numbers");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("depeche_numbers_find", |b| {
        b.iter(|| finder.find(black_box(&text)).len())
    });
    // The floor: tokenizing alone (the finder reads every token once).
    group.bench_function("depeche_text_tokenize_baseline", |b| {
        b.iter(|| depeche_text::tokenize(black_box(&text)).count())
    });
    group.bench_function("text2num_alpha2digit_fr", |b| {
        b.iter(|| text2num::replace_numbers_in_text(black_box(&text), &french, 10.0).len())
    });
    group.finish();
}

criterion_group!(benches, numbers);
criterion_main!(benches);
