//! Names of vocabulary values (kinds, qualifiers, categories...) as the JSON
//! contract writes them.

use serde::Serialize;

/// The JSON name of a vocabulary value of a component crate: the string its
/// serde form gives ("at_least", "part_of_day"), so that values added later
/// by the component keep their name without a change here.
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
