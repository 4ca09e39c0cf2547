//! Full `Article` parse throughput, in bytes of input: the reference
//! dispatch repeated to at least 1 MB (read from `../shared/articles/` at
//! bench time, skipped when absent) and the project's sample dispatches.
//!
//! `cargo bench -p depeche-benches --bench parse`, with the system
//! allocator; add `--features mimalloc` for the allocator the `depeche`
//! binary ships with.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use depeche::{Extractors, Parser};
use std::hint::black_box;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const REFERENCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/articles/niger-tiani-poutine-2024-03.txt"
);

const SAMPLES: [&str; 3] = [
    include_str!("../examples/dispatches/mali-convoi-2024-05.txt"),
    include_str!("../examples/dispatches/soudan-famine-2024-02.txt"),
    include_str!("../examples/dispatches/senegal-election-2024-03.txt"),
];

/// Dispatches repeated until they weigh at least `min` bytes, each parsed
/// as one article.
fn corpus(dispatches: &[&str], min: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < min {
        for d in dispatches {
            total += d.len();
            out.push((*d).to_owned());
        }
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    match std::fs::read_to_string(REFERENCE) {
        Ok(reference) => {
            // Distinct dispatches one after the other, as in a feed: each
            // extractor starts cold on each one with `parse`, not with
            // `parse_many`.
            let mut mixed: Vec<&str> = SAMPLES.to_vec();
            mixed.push(reference.as_str());
            let docs = corpus(&mixed, 1 << 20);
            let bytes: usize = docs.iter().map(String::len).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_function("mixed_1MB", |b| {
                b.iter(|| {
                    for d in &docs {
                        black_box(parser.parse(black_box(d)));
                    }
                })
            });
            group.bench_function("mixed_1MB_parse_many", |b| {
                b.iter(|| black_box(parser.parse_many(black_box(&docs))))
            });
            let docs = corpus(&[reference.as_str()], 1 << 20);
            let bytes: usize = docs.iter().map(String::len).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_function("reference_dispatch_1MB", |b| {
                b.iter(|| {
                    for d in &docs {
                        black_box(parser.parse(black_box(d)));
                    }
                })
            });
        }
        Err(e) => eprintln!("skipped reference dispatch: {REFERENCE}: {e}"),
    }
    let docs = corpus(&SAMPLES, 1 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("samples_1MB", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(parser.parse(black_box(d)));
            }
        })
    });
    group.bench_function("samples_1MB_parse_many", |b| {
        b.iter(|| black_box(parser.parse_many(black_box(&docs))))
    });
    // The facade's own work: header, dateline, paragraphs, sentences, quotes.
    let own = Parser::builder()
        .extractors(Extractors::none().with_quotes(true))
        .build();
    group.bench_function("samples_1MB_structure_and_quotes", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(own.parse(black_box(d)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
