//! A profiling driver: `recognize` over the reference dispatch repeated to
//! 1 MB, `N` times (first argument, default 10), for instruction counts
//! (`perf stat -e instructions`, `valgrind --tool=callgrind`); run with 0
//! to measure the set-up alone and subtract. `recognize_corpus N mentions`
//! measures `mentions`.

use depeche_entities::EntityRecognizer;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/articles/niger-tiani-poutine-2024-03.txt"
    );
    let Ok(one) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let one = depeche_text::normalize(&one).as_str().to_owned();
    let mut text = String::with_capacity((1 << 20) + one.len());
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    let t0 = std::time::Instant::now();
    let rec = EntityRecognizer::embedded();
    eprintln!(
        "built in {:?}, {} bytes (memory_usage)",
        t0.elapsed(),
        rec.memory_usage()
    );
    // A second argument `mentions` measures `mentions` instead.
    let flat = std::env::args().nth(2).is_some_and(|a| a == "mentions");
    let mut mentions = 0;
    for _ in 0..n {
        mentions += if flat {
            std::hint::black_box(rec.mentions(std::hint::black_box(&text))).len()
        } else {
            std::hint::black_box(rec.recognize(std::hint::black_box(&text)))
                .iter()
                .map(|e| e.mentions.len())
                .sum::<usize>()
        };
    }
    println!("{} bytes, {n} runs, {mentions} mentions", text.len());
}
