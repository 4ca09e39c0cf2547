//! Entity recognition throughput and the cost of building the embedded
//! recogniser.
//!
//! Reads the reference dispatch from `../shared/articles/` at bench time,
//! repeated to at least 1 MB, normalised once; measures `recognize` (bytes
//! per second, one core), `mentions`, and `EntityRecognizer::embedded()`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use depeche_entities::{Dictionaries, EntityRecognizer};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/articles/niger-tiani-poutine-2024-03.txt"
);

fn corpus() -> Option<String> {
    let one = match std::fs::read_to_string(ARTICLE) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("skipped: cannot read {ARTICLE}: {e}");
            return None;
        }
    };
    let one = depeche_text::normalize(&one).as_str().to_owned();
    let mut text = String::with_capacity((1 << 20) + one.len());
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    Some(text)
}

fn bench(c: &mut Criterion) {
    c.bench_function("entities/build_embedded_recognizer", |b| {
        b.iter(|| black_box(EntityRecognizer::embedded()))
    });
    c.bench_function("entities/parse_embedded_dictionaries", |b| {
        b.iter(|| black_box(Dictionaries::embedded()))
    });
    let Some(text) = corpus() else {
        return;
    };
    let rec = EntityRecognizer::embedded();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("recognize_1MB", |b| {
        b.iter(|| black_box(rec.recognize(&text)))
    });
    g.bench_function("mentions_1MB", |b| {
        b.iter(|| black_box(rec.mentions(&text)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
