//! dates example: written with the facade.
fn main() {}
