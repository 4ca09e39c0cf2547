//! depeche-entities (under construction in the initial workspace commit).
#![deny(missing_docs)]
