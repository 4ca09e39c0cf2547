//! One mention of an entity, standing alone: the items of `depeche entities`.

use serde::{Deserialize, Serialize};

/// A mention with its entity, as `depeche entities` prints it for a line:
/// `{"start","end","text","id","kind","name","code","form"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntityMention {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The entity's stable identifier (`country:NE`).
    pub id: String,
    /// country, city, region, place, organization, person.
    pub kind: String,
    /// The entity's canonical name.
    pub name: String,
    /// The ISO code where one exists, or `null`.
    pub code: Option<String>,
    /// name, acronym, demonym, surname, metonym.
    pub form: String,
}
