//! Tokens example (under construction).
fn main() {}
