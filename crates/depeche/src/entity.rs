//! Entities of an article: from `depeche-entities` to [`Entity`]s with spans
//! into the original input, one per identifier whatever found it, with all
//! its roles and mentions, ordered by first mention.

use crate::article::{Entity, Mention};
use depeche_text::Span;

/// Converts and merges recognised entities (spans into the normalised text,
/// shifted by `base`), taking their strings over rather than copying them.
///
/// `O(n log n + m log m)` for `n` entities and `m` mentions: the entities
/// are grouped by identifier by sorting (a stable sort, so that roles keep
/// the order in which they were found).
pub(crate) fn convert(
    mut found: Vec<depeche_entities::Entity>,
    base: usize,
    to_original: impl Fn(Span) -> Span,
    original: &str,
) -> Vec<Entity> {
    // By a hash of the id first, so that most comparisons are of two
    // integers; equal hashes compare the ids, so a collision cannot merge
    // two entities. The order of the groups does not matter: the entities
    // are sorted by first mention at the end.
    let mut keyed: Vec<(u64, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, e)| (id_hash(&e.id), i))
        .collect();
    keyed.sort_by(|a, b| {
        let id = |i: usize| found.get(i).map(|e| e.id.as_str());
        a.0.cmp(&b.0).then_with(|| id(a.1).cmp(&id(b.1)))
    });
    let order: Vec<usize> = keyed.iter().map(|&(_, i)| i).collect();
    let mut out: Vec<Entity> = Vec::with_capacity(order.len());
    let mut at = 0;
    while at < order.len() {
        // The group of entities with the id of `order[at]`.
        let mut end = at + 1;
        while end < order.len() && same_id(&found, &keyed, at, end) {
            end += 1;
        }
        let group = order.get(at..end).unwrap_or_default();
        at = end;
        let Some(kind) = group.first().and_then(|&i| found.get(i)).map(|e| e.kind) else {
            continue;
        };
        let code = group
            .iter()
            .find_map(|&i| found.get_mut(i).and_then(|e| e.code.take()));
        let mentions = group
            .iter()
            .filter_map(|&i| found.get(i))
            .map(|e| e.mentions.len())
            .sum();
        let mut entity = Entity {
            id: String::new(),
            kind: kind.as_str().to_owned(),
            name: String::new(),
            code,
            roles: Vec::new(),
            mentions: Vec::with_capacity(mentions),
        };
        for (n, &i) in group.iter().enumerate() {
            let Some(e) = found.get_mut(i) else {
                continue;
            };
            if n == 0 {
                entity.id = core::mem::take(&mut e.id);
                entity.name = core::mem::take(&mut e.name);
                entity.roles = core::mem::take(&mut e.roles);
            } else {
                for role in e.roles.drain(..) {
                    if !entity.roles.contains(&role) {
                        entity.roles.push(role);
                    }
                }
            }
            for m in &e.mentions {
                let span = Span::new(m.span.start + base, m.span.end + base);
                let orig = to_original(span);
                entity.mentions.push(Mention {
                    start: orig.start,
                    end: orig.end,
                    text: orig.slice(original).unwrap_or_default().to_owned(),
                    form: m.form.as_str().to_owned(),
                });
            }
        }
        entity.mentions.sort_by_key(|m| (m.start, m.end));
        entity
            .mentions
            .dedup_by(|a, b| a.start == b.start && a.end == b.end);
        if !entity.mentions.is_empty() {
            out.push(entity);
        }
    }
    by_first_mention(out)
}

/// The entities ordered by their first mention, then by id: the keys are
/// sorted, then each entity is moved once.
fn by_first_mention(entities: Vec<Entity>) -> Vec<Entity> {
    let first = |e: &Entity| e.mentions.first().map_or(usize::MAX, |m| m.start);
    let mut keys: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (first(e), i))
        .collect();
    keys.sort_by(|a, b| {
        let id = |i: usize| entities.get(i).map(|e| e.id.as_str());
        a.0.cmp(&b.0).then_with(|| id(a.1).cmp(&id(b.1)))
    });
    let mut slots: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    keys.iter()
        .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// FNV-1a over the bytes of an id: a sort key that differs for nearly all
/// pairs of distinct ids.
fn id_hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Whether the entities at positions `a` and `b` of `keyed` (id hash,
/// index) have one id: their hashes first, their ids only when those agree.
fn same_id(found: &[depeche_entities::Entity], keyed: &[(u64, usize)], a: usize, b: usize) -> bool {
    let (Some(&(ha, ia)), Some(&(hb, ib))) = (keyed.get(a), keyed.get(b)) else {
        return false;
    };
    ha == hb && found.get(ia).map(|e| &e.id) == found.get(ib).map(|e| &e.id)
}

/// The canonical name of the city, region or place mentioned exactly at
/// `span` (normalised text; entity spans shifted by `base`).
pub(crate) fn place_named_at(
    found: &[depeche_entities::Entity],
    base: usize,
    span: Span,
) -> Option<&str> {
    use depeche_entities::EntityKind;
    found
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityKind::City | EntityKind::Region | EntityKind::Place
            )
        })
        .find(|e| {
            e.mentions
                .iter()
                .any(|m| Span::new(m.span.start + base, m.span.end + base) == span)
        })
        .map(|e| e.name.as_str())
}

/// The people of a text, to name the sources of quotes: every mention of a
/// person (spans of the normalised text), ordered by offset.
pub(crate) struct People<'a> {
    mentions: Vec<(Span, &'a str)>,
}

/// The people among recognised entities (spans shifted by `base`).
pub(crate) fn people(found: &[depeche_entities::Entity], base: usize) -> People<'_> {
    let people = || {
        found
            .iter()
            .filter(|e| e.kind == depeche_entities::EntityKind::Person)
    };
    let mut mentions: Vec<(Span, &str)> =
        Vec::with_capacity(people().map(|e| e.mentions.len()).sum());
    mentions.extend(people().flat_map(|e| {
        e.mentions.iter().map(move |m| {
            (
                Span::new(m.span.start + base, m.span.end + base),
                e.name.as_str(),
            )
        })
    }));
    mentions.sort_by_key(|(s, _)| (s.start, s.end));
    People { mentions }
}

impl<'a> People<'a> {
    /// The person named inside `span` (a source noun phrase), if any.
    /// `O(log m + k)` for `m` mentions, `k` of them starting inside `span`.
    pub(crate) fn named_in(&self, span: Span) -> Option<&'a str> {
        let from = self.mentions.partition_point(|(s, _)| s.start < span.start);
        self.mentions
            .get(from..)?
            .iter()
            .take_while(|(s, _)| s.start < span.end)
            .find(|(s, _)| span.contains(*s))
            .map(|&(_, name)| name)
    }

    /// The last person mentioned before `offset` and at or after `from` (the
    /// start of the paragraph): whom an inverted "a-t-il dit" refers to.
    /// `O(log m + k)` for `k` mentions between `from` and `offset`.
    pub(crate) fn last_before(&self, offset: usize, from: usize) -> Option<&'a str> {
        let upto = self.mentions.partition_point(|(s, _)| s.start < offset);
        self.mentions
            .get(..upto)?
            .iter()
            .rev()
            .take_while(|(s, _)| s.start >= from)
            .find(|(s, _)| s.end <= offset)
            .map(|&(_, name)| name)
    }
}
