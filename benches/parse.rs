//! parse bench: written by the parse work.
fn main() {}
