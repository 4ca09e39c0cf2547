//! numbers bench: written by the numbers work.
fn main() {}
