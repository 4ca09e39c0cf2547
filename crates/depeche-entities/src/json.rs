//! Reading the JSON dictionary format: an array of objects whose fields
//! are the TSV columns, each entry checked as it is read.

use serde::de::DeserializeOwned;

use crate::error::{DictionaryError, Problem};
use crate::{Country, FirstName, Organization, Place, Title};

/// An entry with its own checks.
pub(crate) trait Validate {
    fn check(&self) -> Result<(), Problem>;
}

macro_rules! validate {
    ($($t:ty),*) => {$(
        impl Validate for $t {
            fn check(&self) -> Result<(), Problem> {
                self.validate()
            }
        }
    )*};
}
validate!(Country, Place, Organization, Title, FirstName);

/// An entry checked as soon as it is read, so that a JSON error carries the
/// line of the bad entry.
struct Checked<T>(T);

impl<'de, T: DeserializeOwned + Validate> serde::Deserialize<'de> for Checked<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let item = T::deserialize(d)?;
        item.check()
            .map_err(|p| serde::de::Error::custom(format!("{BAD_ENTRY}{p}")))?;
        Ok(Checked(item))
    }
}

/// The entries of a JSON text (`path` names it in errors), or the first
/// error with its line.
pub(crate) fn parse_json<T: DeserializeOwned + Validate>(
    path: &str,
    content: &str,
) -> Result<Vec<T>, DictionaryError> {
    let v: Vec<Checked<T>> = serde_json::from_str(content).map_err(|e| {
        let msg = e.to_string();
        let line = if msg.starts_with(BAD_ENTRY) {
            closing_brace_line(content, e.line(), e.column())
        } else {
            e.line()
        };
        DictionaryError::new(path, line, Problem::Json(msg))
    })?;
    Ok(v.into_iter().map(|c| c.0).collect())
}

/// Marks the errors of entry checks in JSON error messages.
const BAD_ENTRY: &str = "bad entry: ";

/// serde_json reports a bad entry at the token after it: the line of the
/// last `}` before that position is the line where the entry ends.
fn closing_brace_line(content: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in content.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            offset += column.min(l.len());
            break;
        }
        offset += l.len();
    }
    let before = content.get(..offset.min(content.len())).unwrap_or(content);
    match before.rfind('}') {
        Some(b) => before
            .get(..b)
            .map_or(line, |s| s.matches('\n').count() + 1),
        None => line,
    }
}
