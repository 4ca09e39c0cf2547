//! The words that attribute a quote: speech verbs, their auxiliaries and the
//! adverbs that may stand between them, as data.
//!
//! Every form is stored folded (lower case, no accents), as
//! [`depeche_text::fold_str`] gives it, so that "précise", "PRECISE" and
//! "precise" all match.

use std::sync::OnceLock;

/// Speech verbs: present 3rd person singular, plural, past participle.
/// "indique" / "indiquent" / "indiqué" (folded: "indique").
const SPEECH_VERBS: &[(&str, &str, &str)] = &[
    ("admet", "admettent", "admis"),
    ("affirme", "affirment", "affirme"),
    ("ajoute", "ajoutent", "ajoute"),
    ("annonce", "annoncent", "annonce"),
    ("assure", "assurent", "assure"),
    ("avertit", "avertissent", "averti"),
    ("commente", "commentent", "commente"),
    ("conclut", "concluent", "conclu"),
    ("confie", "confient", "confie"),
    ("confirme", "confirment", "confirme"),
    ("constate", "constatent", "constate"),
    ("crie", "crient", "crie"),
    ("declare", "declarent", "declare"),
    ("dement", "dementent", "dementi"),
    ("denonce", "denoncent", "denonce"),
    ("deplore", "deplorent", "deplore"),
    ("dit", "disent", "dit"),
    ("ecrit", "ecrivent", "ecrit"),
    ("estime", "estiment", "estime"),
    ("explique", "expliquent", "explique"),
    ("fustige", "fustigent", "fustige"),
    ("indique", "indiquent", "indique"),
    ("insiste", "insistent", "insiste"),
    ("juge", "jugent", "juge"),
    ("lance", "lancent", "lance"),
    ("martele", "martelent", "martele"),
    ("note", "notent", "note"),
    ("observe", "observent", "observe"),
    ("plaide", "plaident", "plaide"),
    ("poursuit", "poursuivent", "poursuivi"),
    ("precise", "precisent", "precise"),
    ("previent", "previennent", "prevenu"),
    ("proclame", "proclament", "proclame"),
    ("promet", "promettent", "promis"),
    ("raconte", "racontent", "raconte"),
    ("rappelle", "rappellent", "rappele"),
    ("reconnait", "reconnaissent", "reconnu"),
    ("regrette", "regrettent", "regrette"),
    ("releve", "relevent", "releve"),
    ("repete", "repetent", "repete"),
    ("repond", "repondent", "repondu"),
    ("reagit", "reagissent", "reagi"),
    ("resume", "resument", "resume"),
    ("revele", "revelent", "revele"),
    ("souligne", "soulignent", "souligne"),
    ("temoigne", "temoignent", "temoigne"),
    ("tranche", "tranchent", "tranche"),
];

/// Participles of reflexive speech verbs, after "s'est" / "se sont"
/// ("s'est félicité", "s'est dit préoccupé", "s'est-il inquiété").
const REFLEXIVE_PARTICIPLES: &[&str] = &[
    "alarme",
    "alarmee",
    "alarmes",
    "dit",
    "dite",
    "dits",
    "emporte",
    "emportee",
    "felicite",
    "felicitee",
    "felicites",
    "indigne",
    "indignee",
    "indignes",
    "inquiete",
    "inquietee",
    "inquietes",
    "interroge",
    "interrogee",
    "rejoui",
    "rejouie",
    "rejouis",
];

/// Auxiliaries of reflexive verbs ("s'est", "se sont").
const REFLEXIVE_AUXILIARIES: &[&str] = &["est", "sont", "etait", "etaient"];

/// Words that open a noun phrase, where a source starts after a complement
/// ("a déclaré à l'AFP un responsable").
const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "plusieurs",
    "deux",
    "trois",
];

/// Prepositions of a complement between a verb and its subject ("à",
/// "au", "aux", folded).
const COMPLEMENT_PREPOSITIONS: &[&str] = &["a", "au", "aux", "devant"];

/// Auxiliaries of the compound past ("a déclaré", "avait indiqué").
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
];

/// Adverbs that may stand between an auxiliary and its participle, or after
/// a verb before its subject ("a encore déclaré", "précise également").
const ADVERBS: &[&str] = &[
    "alors",
    "aussi",
    "deja",
    "egalement",
    "encore",
    "enfin",
    "ensuite",
    "meme",
    "notamment",
    "pourtant",
    "toutefois",
    "cependant",
    "ainsi",
];

/// Cues that introduce a source without a verb ("selon le document").
const SOURCE_PREPOSITIONS: &[&str] = &["selon"];

/// Prepositions that introduce a source at a clause start only, and only
/// before a determiner ("Pour le ministre, «...»").
const CLAUSE_SOURCE_PREPOSITIONS: &[&str] = &["pour"];

/// Subject pronouns, which name no source by themselves.
const PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci",
];

/// The forms of the speech verbs, sorted for binary search: quote
/// attribution asks for them at every comma near a quote.
struct VerbForms {
    /// Presents, singular and plural.
    present: Vec<&'static str>,
    /// Past participles.
    participle: Vec<&'static str>,
}

fn verb_forms() -> &'static VerbForms {
    static FORMS: OnceLock<VerbForms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut present: Vec<&str> = SPEECH_VERBS.iter().flat_map(|&(s, p, _)| [s, p]).collect();
        let mut participle: Vec<&str> = SPEECH_VERBS.iter().map(|&(_, _, pp)| pp).collect();
        present.sort_unstable();
        participle.sort_unstable();
        VerbForms {
            present,
            participle,
        }
    })
}

/// Whether folded `word` is a speech verb in the present (singular or
/// plural). `O(log v)` for `v` verbs.
pub(crate) fn is_present(word: &str) -> bool {
    verb_forms().present.binary_search(&word).is_ok()
}

/// Whether folded `word` is the past participle of a speech verb.
/// `O(log v)` for `v` verbs.
pub(crate) fn is_participle(word: &str) -> bool {
    verb_forms().participle.binary_search(&word).is_ok()
}

/// Whether folded `word` is an auxiliary of the compound past.
pub(crate) fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

/// Whether folded `word` may stand inside a verb phrase as an adverb.
pub(crate) fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(&word)
}

/// Whether folded `word` introduces a source by itself ("selon").
pub(crate) fn is_source_preposition(word: &str) -> bool {
    SOURCE_PREPOSITIONS.contains(&word)
}

/// Whether folded `word` introduces a source at a clause start ("pour").
pub(crate) fn is_clause_source_preposition(word: &str) -> bool {
    CLAUSE_SOURCE_PREPOSITIONS.contains(&word)
}

/// Whether folded `word` is the participle of a reflexive speech verb.
pub(crate) fn is_reflexive_participle(word: &str) -> bool {
    REFLEXIVE_PARTICIPLES.contains(&word)
}

/// Whether folded `word` is the auxiliary of a reflexive verb.
pub(crate) fn is_reflexive_auxiliary(word: &str) -> bool {
    REFLEXIVE_AUXILIARIES.contains(&word)
}

/// Whether folded `word` opens a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Whether folded `word` opens a complement ("à l'AFP").
pub(crate) fn is_complement_preposition(word: &str) -> bool {
    COMPLEMENT_PREPOSITIONS.contains(&word)
}

/// Whether folded `word` is a subject pronoun.
pub(crate) fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_text::fold_str;

    #[test]
    fn forms_are_stored_folded() {
        for &(s, p, pp) in SPEECH_VERBS {
            for form in [s, p, pp] {
                assert_eq!(fold_str(form), form);
            }
        }
        for list in [
            AUXILIARIES,
            ADVERBS,
            SOURCE_PREPOSITIONS,
            CLAUSE_SOURCE_PREPOSITIONS,
            PRONOUNS,
            REFLEXIVE_PARTICIPLES,
            REFLEXIVE_AUXILIARIES,
            DETERMINERS,
            COMPLEMENT_PREPOSITIONS,
        ] {
            for form in list {
                assert_eq!(&fold_str(form), form);
            }
        }
    }

    #[test]
    fn every_form_of_every_verb_is_found() {
        for &(s, p, pp) in SPEECH_VERBS {
            assert!(is_present(s) && is_present(p) && is_participle(pp), "{s}");
        }
    }

    #[test]
    fn finds_verbs_whatever_their_accents() {
        assert!(is_present(&fold_str("Précise")));
        assert!(is_participle(&fold_str("déclaré")));
        assert!(is_present("indiquent"));
        assert!(!is_present("mange"));
    }
}
