//! Names of vocabulary values (kinds, qualifiers, categories...) as the JSON
//! contract writes them.
//!
//! The component crates name their values themselves (`as_str`, which the
//! facade calls directly: no allocation beyond the `String` of the
//! article). The contract documents their serde names: the test here checks
//! that each `as_str` is its value's serde name, for every value.

#[cfg(test)]
mod tests {
    use depeche_entities::{EntityKind, MentionForm};
    use depeche_numbers::{Category, NumberKind, Qualifier};
    use serde::Serialize;

    /// The JSON name of a vocabulary value: the string its serde form
    /// gives ("at_least", "part_of_day").
    fn name<T: Serialize>(value: &T) -> String {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(_) => String::new(),
        }
    }

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
        use depeche_dates::{Modifier as M, Precision as P, TemporalKind as T};
        for k in [
            T::Date,
            T::Time,
            T::Datetime,
            T::Duration,
            T::Interval,
            T::Set,
        ] {
            assert_eq!(k.as_str(), name(&k));
        }
        for p in [
            P::Century,
            P::Decade,
            P::Year,
            P::Season,
            P::Quarter,
            P::Month,
            P::Week,
            P::Day,
            P::PartOfDay,
            P::Hour,
            P::Minute,
            P::Second,
        ] {
            assert_eq!(p.as_str(), name(&p));
        }
        for m in [
            M::Start,
            M::Mid,
            M::End,
            M::Approx,
            M::Before,
            M::After,
            M::OnOrAfter,
            M::OnOrBefore,
            M::MoreThan,
            M::LessThan,
        ] {
            assert_eq!(m.as_str(), name(&m));
        }
    }
}
