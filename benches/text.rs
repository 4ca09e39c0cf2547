//! Text bench (under construction).
fn main() {}
