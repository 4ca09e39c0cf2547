//! Finding and resolving temporal expressions in French news copy.
//!
//! Throughput in bytes over the reference dispatch (read from
//! `../shared/articles/` at bench time), normalised once and repeated to at
//! least 1 MB.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use depeche_dates::{DateFinder, Reference};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/articles/niger-tiani-poutine-2024-03.txt"
);

/// The corpus: the normalised dispatch repeated to at least 1 MB.
fn corpus() -> Option<String> {
    let raw = match std::fs::read_to_string(ARTICLE) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("skipped: {ARTICLE}: {e}");
            return None;
        }
    };
    let one = depeche_text::normalize(&raw).as_str().to_owned();
    let mut text = String::with_capacity((1 << 20) + one.len() + 1);
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push('\n');
    }
    Some(text)
}

fn bench(c: &mut Criterion) {
    let Some(text) = corpus() else {
        return;
    };
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let month = DateFinder::new(Reference::parse("2024-03").expect("reference"));
    group.bench_function("find_resolve_ref_month", |b| {
        b.iter(|| month.find(std::hint::black_box(&text)).len())
    });
    let day = DateFinder::new(Reference::parse("2024-03-26").expect("reference"));
    group.bench_function("find_resolve_ref_day", |b| {
        b.iter(|| day.find(std::hint::black_box(&text)).len())
    });
    // Baseline: the depeche-text tokenizer alone over the same bytes.
    group.bench_function("tokenize_baseline", |b| {
        b.iter(|| depeche_text::tokenize(std::hint::black_box(&text)).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
