//! What the recogniser returns: entities with their mentions, and flat
//! mention matches.

use depeche_text::Span;
use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A country or territory (`country:<alpha-2>`).
    Country,
    /// A city or town (`city:<id>`).
    City,
    /// A region or area (`region:<id>`).
    Region,
    /// A building or named place (`place:<id>`).
    Place,
    /// An organisation (`org:<id>`).
    Organization,
    /// A person (`person:<slug of the full name>`).
    Person,
}

impl EntityKind {
    /// The snake_case name used in JSON ("country", "organization").
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::City => "city",
            EntityKind::Region => "region",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Person => "person",
        }
    }
}

/// How an entity is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionForm {
    /// Its name or a variant ("Niger", "Burkina Faso", "Vladimir Poutine").
    Name,
    /// An acronym ("AES", "Cedeao", "USA").
    Acronym,
    /// A demonym ("nigérien", "russe", "sahélien").
    Demonym,
    /// A person's surname alone ("Tiani").
    Surname,
    /// A place standing for a government ("Paris" in "tourner le dos à
    /// Paris", "le Kremlin").
    Metonym,
}

impl MentionForm {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Acronym => "acronym",
            MentionForm::Demonym => "demonym",
            MentionForm::Surname => "surname",
            MentionForm::Metonym => "metonym",
        }
    }
}

/// One mention of an entity: where it stands and how the entity is
/// mentioned. It holds no copy of its text (a recognition makes no
/// allocation per mention): [`Mention::text`] slices it from the text
/// given to the recogniser.
///
/// Serialised as `{"start","end","form"}`; deserialising ignores unknown
/// fields, so JSON written with the former `"text"` field still reads.
///
/// ```
/// use depeche_entities::{EntityRecognizer, MentionForm};
///
/// let text = "Le général Abdourahamane Tiani a reçu une délégation. Tiani a parlé.";
/// let ents = EntityRecognizer::embedded().recognize(text);
/// let tiani = ents.iter().find(|e| e.id == "person:abdourahamane-tiani").unwrap();
/// let surname = tiani.mentions[1];
/// assert_eq!(surname.text(text), "Tiani");
/// assert_eq!(surname.form, MentionForm::Surname);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "MentionRepr", into = "MentionRepr")]
#[non_exhaustive]
pub struct Mention {
    /// Byte span in the text given to the recogniser.
    pub span: Span,
    /// How the entity is mentioned.
    pub form: MentionForm,
}

impl Mention {
    /// The mention as written: the slice of its span in `text`, the text
    /// given to the recogniser, or `""` if the span does not fit `text`
    /// (another text). O(1).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text).unwrap_or("")
    }
}

#[derive(Serialize, Deserialize)]
struct MentionRepr {
    start: usize,
    end: usize,
    form: MentionForm,
}

impl From<MentionRepr> for Mention {
    fn from(r: MentionRepr) -> Mention {
        Mention {
            span: Span::new(r.start, r.end),
            form: r.form,
        }
    }
}

impl From<Mention> for MentionRepr {
    fn from(m: Mention) -> MentionRepr {
        MentionRepr {
            start: m.span.start,
            end: m.span.end,
            form: m.form,
        }
    }
}

/// One distinct entity of a document with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Stable id: `country:NE`, `city:niamey`, `org:cedeao`,
    /// `person:abdourahamane-tiani`.
    pub id: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Canonical name ("Niger", "État islamique", "Abdourahamane Tiani").
    pub name: String,
    /// ISO alpha-2 code: the country's own, or the country of a city or
    /// place.
    pub code: Option<String>,
    /// Roles of a person, deduplicated, in order of appearance ("général",
    /// "chef du régime militaire").
    pub roles: Vec<String>,
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
}

/// One mention with its entity, flat: what `depeche entities` prints, one
/// object per mention: `{"start","end","text","id","kind","name","code","form"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MentionMatch {
    /// First byte of the mention.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The entity's id.
    pub id: String,
    /// The entity's kind.
    pub kind: EntityKind,
    /// The entity's canonical name.
    pub name: String,
    /// The entity's ISO code, if any.
    pub code: Option<String>,
    /// How the entity is mentioned.
    pub form: MentionForm,
}

impl MentionMatch {
    /// The mention's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_written_without_its_text_and_read_with_or_without_it() {
        let m = Mention {
            span: Span::new(3, 8),
            form: MentionForm::Surname,
        };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"start":3,"end":8,"form":"surname"}"#);
        assert_eq!(serde_json::from_str::<Mention>(&json).unwrap(), m);
        // JSON written before a mention dropped its text still reads.
        let old = r#"{"start":3,"end":8,"text":"Tiani","form":"surname"}"#;
        assert_eq!(serde_json::from_str::<Mention>(old).unwrap(), m);
        assert_eq!(m.text("Le Tiani a dit"), "Tiani");
        assert_eq!(m.text("court"), "");
    }
}
