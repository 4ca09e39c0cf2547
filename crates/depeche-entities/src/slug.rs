//! Slugs: the stable, lower-case ASCII part of a person's id.

use crate::fold::fold_str;

/// The slug of a name: folded (lower case, no accents), runs of other chars
/// turned into one `-`. "Abdourahamane Tiani" -> "abdourahamane-tiani".
///
/// ```
/// assert_eq!(depeche_entities::slug("Ali Mahaman Lamine Zeine"), "ali-mahaman-lamine-zeine");
/// assert_eq!(depeche_entities::slug("Bachar al-Assad"), "bachar-al-assad");
/// assert_eq!(depeche_entities::slug("Jean-Noël Barrot"), "jean-noel-barrot");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_slug(name, &mut out);
    out
}

/// Appends the slug of `name` to `out` (what was in `out` stays as it is).
pub(crate) fn push_slug(name: &str, out: &mut String) {
    let from = out.len();
    let folded = fold_str(name);
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if out.len() > from && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.len() > from && out.ends_with('-') {
        out.pop();
    }
}
