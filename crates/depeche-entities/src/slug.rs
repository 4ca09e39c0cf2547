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
    let push = |c: char, out: &mut String| {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if out.len() > from && !out.ends_with('-') {
            out.push('-');
        }
    };
    if name.is_ascii() {
        // An ASCII char folds to its lower case (nothing to allocate).
        for b in name.bytes() {
            push(char::from(b.to_ascii_lowercase()), out);
        }
    } else {
        for c in fold_str(name).chars() {
            push(c, out);
        }
    }
    while out.len() > from && out.ends_with('-') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    /// The slug through the fold, as before the ASCII path.
    fn by_fold(name: &str) -> String {
        let mut out = String::new();
        for c in crate::fold::fold_str(name).chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        out
    }

    #[test]
    fn ascii_names_slug_as_through_the_fold() {
        for name in [
            "",
            " ",
            "-",
            "Abdourahamane Tiani",
            "Bachar al-Assad",
            "  X`Y'Z  ",
            "A.B. 42 C--",
            "O'Neill",
            "MOHAMED BAZOUM",
            "x\ty\nz",
            "@#$",
            "Jean-Yves Le Drian ",
        ] {
            assert_eq!(super::slug(name), by_fold(name), "{name:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_name(name in "[ -~\t\n]{0,24}") {
            proptest::prop_assert_eq!(super::slug(&name), by_fold(&name));
        }
    }
}
