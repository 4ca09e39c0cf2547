//! Corpus for the benchmarks (under construction).
