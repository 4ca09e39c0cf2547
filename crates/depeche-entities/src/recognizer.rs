//! The recogniser: dictionary mentions, people and their roles, gathered
//! into one entity per distinct thing named in a document.

use std::collections::{HashMap, HashSet};

use depeche_text::{fold, fold_into, fold_str, tokenize, Span, Token, TokenKind};

use crate::matcher::{Matcher, RawMatch, What};
use crate::metonymy::is_metonym;
use crate::person::{Finding, PersonFinder};
use crate::slug::slug;
use crate::{Dictionaries, Entity, EntityKind, Mention, MentionForm, MentionMatch};

/// Recognises countries, places, organisations and people in normalised
/// French text.
///
/// Built once (a few milliseconds for the embedded dictionaries), then
/// shared: it is `Send + Sync` and `recognize` takes `&self`.
///
/// ```
/// use depeche_entities::{EntityKind, EntityRecognizer};
/// let rec = EntityRecognizer::embedded();
/// let text = "Le président malien, le colonel Assimi Goïta, a reçu à Bamako une délégation de la Cedeao.";
/// let ents = rec.recognize(text);
/// let goita = ents.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(goita.id, "person:assimi-goita");
/// assert!(goita.roles.contains(&"colonel".to_string()));
/// assert!(ents.iter().any(|e| e.id == "city:bamako" && e.code.as_deref() == Some("ML")));
/// assert!(ents.iter().any(|e| e.id == "org:cedeao"));
/// ```
#[derive(Debug)]
pub struct EntityRecognizer {
    matcher: Matcher,
    first_names: HashSet<String>,
}

impl Default for EntityRecognizer {
    fn default() -> Self {
        EntityRecognizer::embedded()
    }
}

/// A person being gathered.
struct PersonAcc {
    name: String,
    id: String,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    /// Folded surnames ("tiani"; "al-assad" and "assad").
    surnames: Vec<String>,
    multi: bool,
}

impl EntityRecognizer {
    /// A recogniser over the given dictionaries.
    pub fn new(dictionaries: &Dictionaries) -> EntityRecognizer {
        EntityRecognizer {
            matcher: Matcher::new(dictionaries),
            first_names: dictionaries
                .first_names
                .iter()
                .map(|n| fold_str(&n.name))
                .collect(),
        }
    }

    /// A recogniser over the embedded dictionaries.
    pub fn embedded() -> EntityRecognizer {
        EntityRecognizer::new(&Dictionaries::embedded())
    }

    /// Every mention of every entity, flat and sorted by start: what
    /// `depeche entities` prints for a line.
    pub fn mentions(&self, text: &str) -> Vec<MentionMatch> {
        let mut out: Vec<MentionMatch> = self
            .recognize(text)
            .into_iter()
            .flat_map(|e| {
                let Entity {
                    id,
                    kind,
                    name,
                    code,
                    mentions,
                    ..
                } = e;
                mentions.into_iter().map(move |m| MentionMatch {
                    start: m.span.start,
                    end: m.span.end,
                    text: m.text,
                    id: id.clone(),
                    kind,
                    name: name.clone(),
                    code: code.clone(),
                    form: m.form,
                })
            })
            .collect();
        out.sort_by_key(|m| (m.start, m.end));
        out
    }

    /// One entity per distinct thing named in `text` (normalised text: see
    /// `depeche_text::normalize`), with all its mentions; spans are byte
    /// offsets into `text`. Entities are in the order of their first
    /// mention.
    pub fn recognize(&self, text: &str) -> Vec<Entity> {
        let folded = fold(text);
        let mut raw = Vec::new();
        self.matcher.scan(text, &folded, &mut raw);
        let raw = self.resolve_context(raw);
        let toks: Vec<Token> = tokenize(text).collect();
        let findings =
            PersonFinder::new(text, &toks, &self.matcher, &raw, &self.first_names).find();

        let mut entities: Vec<Entity> = Vec::new();
        let mut index: HashMap<u32, usize> = HashMap::new();
        for m in &raw {
            let Some(c) = self.matcher.candidate(m) else {
                continue;
            };
            let What::Entity(e) = c.what else {
                continue;
            };
            if findings.iter().any(|f| f.span.overlaps(m.span)) {
                continue;
            }
            let Some(target) = self.matcher.targets.get(e as usize) else {
                continue;
            };
            let form = if target.metonym
                && c.form == MentionForm::Name
                && is_metonym(text, m.span.start, m.span.end, target.kind)
            {
                MentionForm::Metonym
            } else {
                c.form
            };
            let mention = Mention {
                span: m.span,
                text: m.span.slice(text).unwrap_or("").to_owned(),
                form,
            };
            let slot = *index.entry(e).or_insert_with(|| {
                entities.push(Entity {
                    id: target.id.clone(),
                    kind: target.kind,
                    name: target.name.clone(),
                    code: target.code.clone(),
                    roles: Vec::new(),
                    mentions: Vec::new(),
                });
                entities.len() - 1
            });
            if let Some(ent) = entities.get_mut(slot) {
                ent.mentions.push(mention);
            }
        }
        let persons = self.gather_persons(text, &toks, &findings, &entities);
        entities.extend(persons.into_iter().map(|p| Entity {
            id: p.id,
            kind: EntityKind::Person,
            name: p.name,
            code: None,
            roles: p.roles,
            mentions: p.mentions,
        }));
        entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
        entities
    }

    /// Keeps the matches that need context (shared demonyms and acronyms)
    /// only when another mention of one of their entities confirms them,
    /// and switches them to that entity.
    fn resolve_context(&self, mut raw: Vec<RawMatch>) -> Vec<RawMatch> {
        let confirmed: HashSet<u32> = raw
            .iter()
            .filter_map(|m| self.matcher.candidate(m))
            .filter(|c| !c.needs_context)
            .filter_map(|c| match c.what {
                What::Entity(e) => Some(e),
                What::Title(_) => None,
            })
            .collect();
        raw.retain_mut(|m| {
            let Some(c) = self.matcher.candidate(m) else {
                return false;
            };
            if !c.needs_context {
                return true;
            }
            let Some(cands) = self.matcher.candidates.get(m.pattern as usize) else {
                return false;
            };
            let pick = cands.iter().position(|c| {
                c.needs_context && matches!(c.what, What::Entity(e) if confirmed.contains(&e))
            });
            match pick {
                Some(p) => {
                    m.candidate = p as u32;
                    true
                }
                None => false,
            }
        });
        raw
    }

    /// People: full names first, then single names linked to them by
    /// surname, then surnames alone anywhere (even inside "Tiani-Poutine").
    fn gather_persons(
        &self,
        text: &str,
        toks: &[Token],
        findings: &[Finding],
        entities: &[Entity],
    ) -> Vec<PersonAcc> {
        let mut persons: Vec<PersonAcc> = Vec::new();
        let mut buf = String::new();
        let fold_span = |s: Span, buf: &mut String| {
            buf.clear();
            fold_into(s.slice(text).unwrap_or(""), buf);
        };
        let add_roles = |p: &mut PersonAcc, roles: &[String]| {
            for r in roles {
                if !p.roles.contains(r) {
                    p.roles.push(r.clone());
                }
            }
        };
        for f in findings.iter().filter(|f| f.words >= 2) {
            let name = f.span.slice(text).unwrap_or("").to_owned();
            let id = format!("person:{}", slug(&name));
            let i = match persons.iter().position(|p| p.id == id) {
                Some(i) => i,
                None => {
                    fold_span(f.last_word, &mut buf);
                    let mut surnames = vec![buf.clone()];
                    if let Some((_, rest)) = buf.split_once('-') {
                        if buf.starts_with("al-") || buf.starts_with("el-") {
                            surnames.push(rest.to_owned());
                        }
                    }
                    persons.push(PersonAcc {
                        name,
                        id,
                        roles: Vec::new(),
                        mentions: Vec::new(),
                        surnames,
                        multi: true,
                    });
                    persons.len() - 1
                }
            };
            if let Some(p) = persons.get_mut(i) {
                add_roles(p, &f.roles);
                p.mentions.push(Mention {
                    span: f.span,
                    text: f.span.slice(text).unwrap_or("").to_owned(),
                    form: MentionForm::Name,
                });
            }
        }
        for f in findings.iter().filter(|f| f.words < 2) {
            fold_span(f.span, &mut buf);
            let linked = persons
                .iter()
                .position(|p| p.multi && p.surnames.contains(&buf));
            let (i, form) = match linked {
                Some(i) => (i, MentionForm::Surname),
                None => {
                    let name = f.span.slice(text).unwrap_or("").to_owned();
                    let id = format!("person:{}", slug(&name));
                    match persons.iter().position(|p| p.id == id) {
                        Some(i) => (i, MentionForm::Name),
                        None => {
                            persons.push(PersonAcc {
                                name,
                                id,
                                roles: Vec::new(),
                                mentions: Vec::new(),
                                surnames: vec![buf.clone()],
                                multi: false,
                            });
                            (persons.len() - 1, MentionForm::Name)
                        }
                    }
                }
            };
            if let Some(p) = persons.get_mut(i) {
                add_roles(p, &f.roles);
                p.mentions.push(Mention {
                    span: f.span,
                    text: f.span.slice(text).unwrap_or("").to_owned(),
                    form,
                });
            }
        }
        // Surnames alone.
        if persons.iter().any(|p| p.multi) {
            let mut taken: Vec<Span> = entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.span))
                .chain(
                    persons
                        .iter()
                        .flat_map(|p| p.mentions.iter().map(|m| m.span)),
                )
                .collect();
            taken.sort();
            let is_taken = |s: Span| {
                let i = taken.partition_point(|t| t.end <= s.start);
                taken.get(i).is_some_and(|t| t.overlaps(s))
            };
            for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
                if !t.is_capitalized(text) || is_taken(t.span) {
                    continue;
                }
                for part in t.parts(text) {
                    if !part
                        .slice(text)
                        .unwrap_or("")
                        .starts_with(char::is_uppercase)
                    {
                        continue;
                    }
                    fold_span(part, &mut buf);
                    if let Some(p) = persons
                        .iter_mut()
                        .find(|p| p.multi && p.surnames.contains(&buf))
                    {
                        p.mentions.push(Mention {
                            span: part,
                            text: part.slice(text).unwrap_or("").to_owned(),
                            form: MentionForm::Surname,
                        });
                    }
                }
            }
        }
        for p in &mut persons {
            p.mentions.sort_by_key(|m| m.span.start);
        }
        persons
    }
}
