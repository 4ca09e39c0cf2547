//! The `depeche` command-line tool (under construction).
fn main() {}
