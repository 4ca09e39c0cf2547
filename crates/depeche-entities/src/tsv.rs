//! Reading the TSV dictionary format: one entry a line, TAB-separated
//! fields, a header line starting with `#`, `-` for an empty field, lists
//! separated by `|`.

use crate::error::{DictionaryError, Problem};

/// One data line of a TSV file: its 1-based line number and its fields.
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    pub(crate) fields: Vec<&'a str>,
}

/// Splits a TSV file into rows of exactly `header.len()` fields, checking
/// the header line if there is one. Blank lines and later `#` lines
/// (comments) are skipped.
pub(crate) fn rows<'a>(
    path: &str,
    content: &'a str,
    header: &[&str],
) -> Result<Vec<Row<'a>>, DictionaryError> {
    let mut out = Vec::new();
    let mut seen_data = false;
    for (i, raw) in content.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            continue;
        }
        if let Some(rest) = raw.strip_prefix('#') {
            if !seen_data && out.is_empty() && line_is_header(rest) {
                let names: Vec<&str> = rest.split('\t').map(str::trim).collect();
                if names != header {
                    return Err(DictionaryError::new(
                        path,
                        line,
                        Problem::BadHeader {
                            expected: format!("#{}", header.join("\t")),
                        },
                    ));
                }
            }
            continue;
        }
        seen_data = true;
        let fields: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if fields.len() != header.len() {
            return Err(DictionaryError::new(
                path,
                line,
                Problem::FieldCount {
                    expected: header.len(),
                    found: fields.len(),
                },
            ));
        }
        out.push(Row { line, fields });
    }
    Ok(out)
}

/// A `#` line with TABs is a header; without, a comment.
fn line_is_header(rest: &str) -> bool {
    rest.contains('\t')
}

/// A field: `None` for empty or `-`.
pub(crate) fn opt(field: &str) -> Option<String> {
    let f = field.trim();
    (!f.is_empty() && f != "-").then(|| f.to_owned())
}

/// A `|`-separated list field; `-` or empty is the empty list.
pub(crate) fn list(field: &str) -> Vec<String> {
    let f = field.trim();
    if f.is_empty() || f == "-" {
        return Vec::new();
    }
    f.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
        .map(str::to_owned)
        .collect()
}

/// A required field.
pub(crate) fn required(field: &str, name: &'static str) -> Result<String, Problem> {
    opt(field).ok_or(Problem::EmptyField(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_check_header_and_count() {
        let ok = rows("t.tsv", "#a\tb\nx\t-\n\n# comment\ny\tz|w\n", &["a", "b"]);
        let ok = ok.map_err(|e| e.to_string());
        assert_eq!(ok.as_ref().map(Vec::len), Ok(2));
        let bad = rows("t.tsv", "#a\tc\nx\ty\n", &["a", "b"]);
        assert_eq!(bad.err().map(|e| e.line), Some(1));
        let bad = rows("t.tsv", "#a\tb\nx\ty\nz\n", &["a", "b"]);
        let e = bad.err();
        assert_eq!(e.as_ref().map(|e| e.line), Some(3));
        assert!(e.is_some_and(|e| e.to_string().contains("found 1")));
    }

    #[test]
    fn lists_and_dashes() {
        assert_eq!(list("a| b |-"), ["a", "b"]);
        assert!(list("-").is_empty());
        assert_eq!(opt("-"), None);
        assert_eq!(opt(" NE "), Some("NE".to_owned()));
    }
}
