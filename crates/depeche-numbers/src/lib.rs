//! depeche-numbers (under construction in the initial workspace commit).
#![deny(missing_docs)]
