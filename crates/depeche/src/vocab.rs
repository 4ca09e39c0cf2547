//! Names of vocabulary values (kinds, qualifiers, categories...) as the JSON
//! contract writes them.
//!
//! The component crates name most of their values themselves (`as_str`,
//! which the facade calls directly: no allocation beyond the `String` of the
//! article). Values without such a name (the dates' kinds) go through their
//! serde form, so that values added later by the component keep their name
//! without a change here.

use serde::Serialize;

/// The JSON name of a vocabulary value of a component crate: the string its
/// serde form gives ("at_least", "part_of_day").
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::name;
    use depeche_entities::{EntityKind, MentionForm};
    use depeche_numbers::{Category, NumberKind, Qualifier};

    /// `as_str`, which the facade writes, is the serde name, which the
    /// contract documents: checked for every value.
    #[test]
    fn as_str_is_the_serde_name() {
        use EntityKind as E;
        for k in [
            E::Country,
            E::City,
            E::Region,
            E::Place,
            E::Organization,
            E::Person,
        ] {
            assert_eq!(k.as_str(), name(&k));
        }
        use MentionForm as F;
        for f in [F::Name, F::Acronym, F::Demonym, F::Surname, F::Metonym] {
            assert_eq!(f.as_str(), name(&f));
        }
        use NumberKind as K;
        for k in [
            K::Cardinal,
            K::Decimal,
            K::Ordinal,
            K::Fraction,
            K::Percent,
            K::Money,
            K::Quantity,
        ] {
            assert_eq!(k.as_str(), name(&k));
        }
        use Qualifier as Q;
        for q in [
            Q::Exact,
            Q::About,
            Q::Nearly,
            Q::AtLeast,
            Q::MoreThan,
            Q::AtMost,
            Q::LessThan,
            Q::Range,
            Q::Vague,
        ] {
            assert_eq!(q.as_str(), name(&q));
        }
        use Category as C;
        for c in [
            C::Fatalities,
            C::Injured,
            C::Missing,
            C::Hostages,
            C::Displaced,
            C::Arrested,
            C::Troops,
            C::People,
            C::Money,
            C::Percent,
            C::Distance,
            C::Area,
            C::Weight,
            C::Volume,
            C::Duration,
            C::Temperature,
            C::Other,
        ] {
            assert_eq!(c.as_str(), name(&c));
        }
    }
}
