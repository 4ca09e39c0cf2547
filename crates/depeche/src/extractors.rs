//! Which extractors a [`Parser`](crate::Parser) runs.

/// The extractors a parser runs. All run by default; turning one off leaves
/// its part of the [`Article`](crate::Article) empty and saves its time.
///
/// ```
/// use depeche::Extractors;
/// let only_quotes = Extractors::none().with_quotes(true);
/// assert!(only_quotes.quotes() && !only_quotes.entities());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Extractors {
    quantities: bool,
    temporals: bool,
    entities: bool,
    quotes: bool,
}

impl Default for Extractors {
    fn default() -> Extractors {
        Extractors::all()
    }
}

impl Extractors {
    /// Every extractor.
    pub const fn all() -> Extractors {
        Extractors {
            quantities: true,
            temporals: true,
            entities: true,
            quotes: true,
        }
    }

    /// No extractor: title, date, dateline, paragraphs and sentences only.
    pub const fn none() -> Extractors {
        Extractors {
            quantities: false,
            temporals: false,
            entities: false,
            quotes: false,
        }
    }

    /// Turns the quantity extractor on or off.
    pub const fn with_quantities(mut self, on: bool) -> Extractors {
        self.quantities = on;
        self
    }

    /// Turns the temporal extractor on or off.
    pub const fn with_temporals(mut self, on: bool) -> Extractors {
        self.temporals = on;
        self
    }

    /// Turns the entity recogniser on or off.
    pub const fn with_entities(mut self, on: bool) -> Extractors {
        self.entities = on;
        self
    }

    /// Turns the quote extractor on or off.
    pub const fn with_quotes(mut self, on: bool) -> Extractors {
        self.quotes = on;
        self
    }

    /// Whether quantities are extracted.
    pub const fn quantities(&self) -> bool {
        self.quantities
    }

    /// Whether temporal expressions are extracted.
    pub const fn temporals(&self) -> bool {
        self.temporals
    }

    /// Whether entities are recognised.
    pub const fn entities(&self) -> bool {
        self.entities
    }

    /// Whether quotes are extracted.
    pub const fn quotes(&self) -> bool {
        self.quotes
    }
}
