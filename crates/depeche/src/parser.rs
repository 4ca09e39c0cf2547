//! The [`Parser`]: built once, shared across threads, turns dispatches into
//! [`Article`]s.

use crate::article::{Article, Dateline, Paragraph, Quote, Sentence};
use crate::quotes::{self, QuoteFinder};
use crate::{
    dateline, entity, header, quantity, temporal, Bias, EntityMention, Error, Extractors, IsoDate,
    Number, Record,
};
use depeche_dates::{DateFinder, Reference};
use depeche_entities::{Dictionaries, EntityRecognizer};
use depeche_numbers::NumberFinder;
use depeche_text::{normalize, paragraph_spans, Normalized, SentenceSplitter, Span};

/// Turns French dispatches into [`Article`]s.
///
/// Build it once with [`Parser::builder`] (or [`Parser::new`] for the
/// defaults) and share it: it is `Send + Sync` and parsing takes `&self`.
///
/// ```
/// use depeche::Parser;
/// let parser = Parser::builder().reference("2024-03-26".parse().unwrap()).build();
/// let article = parser.parse("BAMAKO (AFP) - « Nous tiendrons », a déclaré un officier malien.");
/// assert_eq!(article.dateline.unwrap().place, "Bamako");
/// assert_eq!(article.quotes[0].cue.as_deref(), Some("a déclaré"));
/// ```
pub struct Parser {
    reference: Option<IsoDate>,
    extractors: Extractors,
    splitter: SentenceSplitter,
    entities: EntityRecognizer,
    numbers: NumberFinder,
    dates: DateFinder,
}

impl core::fmt::Debug for Parser {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Parser")
            .field("reference", &self.reference)
            .field("bias", &self.dates.bias())
            .field("extractors", &self.extractors)
            .finish_non_exhaustive()
    }
}

/// Options of a [`Parser`].
#[derive(Default)]
#[must_use]
pub struct ParserBuilder {
    reference: Option<IsoDate>,
    extractors: Extractors,
    splitter: Option<SentenceSplitter>,
    entities: Option<EntityRecognizer>,
    bias: Bias,
}

impl core::fmt::Debug for ParserBuilder {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ParserBuilder")
            .field("reference", &self.reference)
            .field("bias", &self.bias)
            .field("extractors", &self.extractors)
            .field("custom_dictionaries", &self.entities.is_some())
            .finish_non_exhaustive()
    }
}

impl ParserBuilder {
    /// The reference date against which temporal expressions are resolved.
    /// It wins over the dates the text gives (dateline, then header).
    pub fn reference(mut self, date: IsoDate) -> ParserBuilder {
        self.reference = Some(date);
        self
    }

    /// Which way dates the text leaves open resolve ("mardi"): by tense,
    /// past when unsure, by default ([`Bias::Auto`]).
    pub fn bias(mut self, bias: Bias) -> ParserBuilder {
        self.bias = bias;
        self
    }

    /// Which extractors run (all by default).
    pub fn extractors(mut self, extractors: Extractors) -> ParserBuilder {
        self.extractors = extractors;
        self
    }

    /// The sentence splitter, e.g. with a custom abbreviation lexicon.
    pub fn sentence_splitter(mut self, splitter: SentenceSplitter) -> ParserBuilder {
        self.splitter = Some(splitter);
        self
    }

    /// The entity dictionaries (the embedded ones by default), e.g. the
    /// embedded ones extended with
    /// [`Dictionaries::builder`](depeche_entities::Dictionaries::builder).
    pub fn dictionaries(mut self, dictionaries: &Dictionaries) -> ParserBuilder {
        self.entities = Some(EntityRecognizer::new(dictionaries));
        self
    }

    /// Builds the parser.
    pub fn build(self) -> Parser {
        Parser {
            reference: self.reference,
            extractors: self.extractors,
            splitter: self.splitter.unwrap_or_default(),
            entities: self.entities.unwrap_or_else(EntityRecognizer::embedded),
            numbers: NumberFinder::new(),
            dates: DateFinder::builder().bias(self.bias).build(),
        }
    }
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

/// A text being parsed: the input, its normalised form, and how to go back.
struct Input<'a> {
    original: &'a str,
    norm: Normalized,
}

impl Input<'_> {
    fn text(&self) -> &str {
        self.norm.as_str()
    }

    /// A normalised span as a span of the original input.
    fn original(&self, span: Span) -> Span {
        self.norm.to_original(span)
    }

    /// The original text of a normalised span.
    fn original_text(&self, span: Span) -> String {
        self.original(span)
            .slice(self.original)
            .unwrap_or_default()
            .to_owned()
    }

    /// The normalised text of a normalised span.
    fn clean(&self, span: Span) -> String {
        span.slice(self.text()).unwrap_or_default().to_owned()
    }
}

/// How much input (bytes) [`Parser::parse_many`] takes through each stage
/// at a time: enough dispatches to keep each extractor's tables warm (the
/// gain grows up to a few hundred kilobytes), few enough to bound the
/// memory of the drafts (about ten bytes per byte of input).
const BATCH_BYTES: usize = 512 << 10;

/// A dispatch between the stages of a parse.
struct Draft<'a> {
    input: Input<'a>,
    /// The publication date given apart from the text.
    date: Option<&'a IsoDate>,
    head: header::Header,
    line: Option<dateline::DatelineMatch>,
    article: Article,
    paragraphs: Vec<depeche_text::Paragraph>,
    /// Where the content read by the extractors starts.
    base: usize,
    /// The quotes, found while the paragraphs were split (their sources
    /// are named once the entities are known).
    quotes: Vec<quotes::QuoteMatch>,
    temporals: Vec<depeche_dates::Temporal>,
    numbers: Vec<depeche_numbers::NumberMatch>,
    entities: Vec<depeche_entities::Entity>,
}

impl Draft<'_> {
    /// The normalised text the extractors read.
    fn content(&self) -> &str {
        self.input.text().get(self.base..).unwrap_or("")
    }
}

impl Parser {
    /// A parser with the default options.
    pub fn new() -> Parser {
        ParserBuilder::default().build()
    }

    /// The options of a parser.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// The reference date set on the parser, if any.
    pub fn reference(&self) -> Option<&IsoDate> {
        self.reference.as_ref()
    }

    /// Which extractors run.
    pub fn extractors(&self) -> Extractors {
        self.extractors
    }

    /// Parses a dispatch: a header line ("date 2024-03 Title"), a title
    /// line or none, then the body, which may open with a dateline.
    pub fn parse(&self, text: &str) -> Article {
        self.parse_with(text, None, None)
    }

    /// Parses a JSON record: its `title`, when given, is the title (and the
    /// text is all body); its `date` is the publication date and the
    /// reference, unless the parser has one.
    pub fn parse_record(&self, record: &Record) -> Article {
        self.parse_with(&record.text, record.title.as_deref(), record.date.as_ref())
    }

    /// Reads a JSON record and parses it.
    pub fn parse_json(&self, json: &str) -> Result<crate::RecordArticle, Error> {
        let record = Record::from_json(json)?;
        let article = self.parse_record(&record);
        Ok(crate::RecordArticle::new(record.id, article))
    }

    /// Parses many dispatches, in order: the same [`Article`]s as
    /// [`Parser::parse`] on each, faster on short dispatches.
    ///
    /// Each extractor runs over a batch of dispatches before the next one
    /// does, so that its tables stay in the processor's caches: on wire
    /// stories of a few kilobytes, running every extractor on one dispatch
    /// after the other spends much of its time reloading them.
    pub fn parse_many<S: AsRef<str>>(&self, texts: &[S]) -> Vec<Article> {
        self.parse_batched(texts, BATCH_BYTES)
    }

    /// Parses many JSON records, in order: the same [`Article`]s as
    /// [`Parser::parse_record`] on each, batched as [`Parser::parse_many`].
    ///
    /// Takes records or references to them (`&[Record]` or `&[&Record]`).
    pub fn parse_records<R: core::borrow::Borrow<Record>>(&self, records: &[R]) -> Vec<Article> {
        self.parse_batched_by(records, BATCH_BYTES, |r| {
            let r = r.borrow();
            (r.text.as_str(), r.title.as_deref(), r.date.as_ref())
        })
    }

    /// [`Parser::parse_many`] by batches of `batch_bytes` of input.
    fn parse_batched<S: AsRef<str>>(&self, texts: &[S], batch_bytes: usize) -> Vec<Article> {
        self.parse_batched_by(texts, batch_bytes, |t| (t.as_ref(), None, None))
    }

    /// Parses `items` by batches of `batch_bytes` of input; `parts` gives
    /// each item's text, title and date.
    fn parse_batched_by<'a, T>(
        &self,
        items: &'a [T],
        batch_bytes: usize,
        parts: impl Fn(&'a T) -> (&'a str, Option<&'a str>, Option<&'a IsoDate>),
    ) -> Vec<Article> {
        let mut out = Vec::with_capacity(items.len());
        let mut start = 0;
        while start < items.len() {
            // At least one dispatch, then up to `batch_bytes` of input.
            let mut end = start + 1;
            let mut bytes = items.get(start).map_or(0, |t| parts(t).0.len());
            while bytes < batch_bytes {
                let Some(t) = items.get(end) else { break };
                bytes += parts(t).0.len();
                end += 1;
            }
            let batch = items.get(start..end).unwrap_or_default();
            start = end;
            let mut drafts: Vec<Draft<'_>> = batch
                .iter()
                .map(|item| {
                    let (text, title, date) = parts(item);
                    self.read(text, title, date)
                })
                .collect();
            for d in &mut drafts {
                self.find_temporals_of(d);
            }
            for d in &mut drafts {
                self.find_numbers_of(d);
            }
            for d in &mut drafts {
                self.find_entities_of(d);
            }
            out.extend(drafts.into_iter().map(|d| self.assemble(d)));
        }
        out
    }

    fn parse_with(&self, text: &str, title: Option<&str>, date: Option<&IsoDate>) -> Article {
        let mut d = self.read(text, title, date);
        self.find_temporals_of(&mut d);
        self.find_numbers_of(&mut d);
        self.find_entities_of(&mut d);
        self.assemble(d)
    }

    /// The first stage of a parse: normalisation, header, dateline,
    /// paragraphs and sentences, and the article's fields they give.
    fn read<'a>(&self, text: &'a str, title: Option<&str>, date: Option<&'a IsoDate>) -> Draft<'a> {
        let input = Input {
            original: text,
            norm: normalize(text),
        };
        let t = input.text();
        let head = if title.is_some() {
            header::Header::default()
        } else {
            header::read(t)
        };
        let year = date
            .or(head.date.as_ref())
            .or(self.reference.as_ref())
            .and_then(IsoDate::year);
        let body = t.get(head.body_start..).unwrap_or("");
        let line = dateline::read(body, year).map(|mut d| {
            d.span = Span::new(d.span.start + head.body_start, d.span.end + head.body_start);
            d.place_span = Span::new(
                d.place_span.start + head.body_start,
                d.place_span.end + head.body_start,
            );
            d
        });

        let mut article = Article {
            title: title
                .map(str::to_owned)
                .or_else(|| head.title.map(|s| input.original_text(s))),
            topic: head.topic.map(|s| input.original_text(s)),
            date: date
                .or(line.as_ref().and_then(|d| d.date.as_ref()))
                .or(head.date.as_ref())
                .map(|d| d.as_str().to_owned()),
            dateline: line.as_ref().map(|d| Dateline {
                place: d.place.clone(),
                agency: d.agency.clone(),
                date: d.date.as_ref().map(|d| d.as_str().to_owned()),
            }),
            ..Article::default()
        };
        if title.is_some() {
            article.topic = title.and_then(topic_of);
        }

        let mut quotes = self.extractors.quotes().then(QuoteFinder::default);
        let paragraphs = self.body_paragraphs(t, head.body_start, head.title, quotes.as_mut());
        // Extractors read from the title on: the "date 2024-03 " prefix of a
        // header is no content.
        let base = head.content_start.min(t.len());
        Draft {
            input,
            date,
            head,
            line,
            article,
            paragraphs,
            base,
            quotes: quotes.map(QuoteFinder::finish).unwrap_or_default(),
            temporals: Vec::new(),
            numbers: Vec::new(),
            entities: Vec::new(),
        }
    }

    /// The temporal expressions of a draft (needed by quantities too).
    fn find_temporals_of(&self, d: &mut Draft<'_>) {
        if !(self.extractors.temporals() || self.extractors.quantities()) {
            return;
        }
        let reference = self
            .reference
            .as_ref()
            .or(d.date)
            .or(d.line.as_ref().and_then(|l| l.date.as_ref()))
            .or(d.head.date.as_ref());
        d.temporals = self.find_temporals(d.content(), reference);
    }

    /// The numbers of a draft.
    fn find_numbers_of(&self, d: &mut Draft<'_>) {
        if self.extractors.quantities() {
            d.numbers = self.numbers.find(d.content());
        }
    }

    /// The entities of a draft.
    fn find_entities_of(&self, d: &mut Draft<'_>) {
        if self.extractors.entities() {
            d.entities = self.entities.recognize(d.content());
        }
    }

    /// The last stage of a parse: quotes, and every finding converted to
    /// the article's spans into the original input.
    fn assemble(&self, d: Draft<'_>) -> Article {
        let Draft {
            input,
            head,
            line,
            mut article,
            paragraphs,
            base,
            quotes: found_quotes,
            temporals: found_temporals,
            numbers,
            entities: found_entities,
            ..
        } = d;
        let text = input.original;
        let to_original = |s: Span| input.original(s);
        if self.extractors.quantities() {
            let dated: Vec<Span> = found_temporals
                .iter()
                .filter(|t| temporal::claims_numbers(t.kind))
                .map(|t| Span::new(t.span.start + base, t.span.end + base))
                .collect();
            article.quantities = quantity::convert(numbers, base, &dated, to_original, text);
        }
        if self.extractors.temporals() {
            article.temporals = temporal::convert(found_temporals, base, to_original, text);
        }
        if self.extractors.quotes() {
            let mut units: Vec<(Span, &[Span])> = Vec::with_capacity(paragraphs.len() + 1);
            let title_span = head.title.map(|s| [s]);
            if let Some(ts) = &title_span {
                // `ts` is an array of one span.
                units.push((ts[0], ts.as_slice()));
            }
            units.extend(paragraphs.iter().map(|p| (p.span, p.sentences.as_slice())));
            let people = entity::people(&found_entities, base);
            // Speakers are looked for in the body, never in the title.
            let body_from = paragraphs.first().map_or(0, |p| p.span.start);
            article.quotes = found_quotes
                .into_iter()
                .map(|q| {
                    let source = match q.source {
                        Some(s) => Some(
                            people
                                .named_in(s)
                                .map_or_else(|| input.clean(s), str::to_owned),
                        ),
                        None if q.pronoun => people
                            .last_before(
                                q.outer.start,
                                paragraph_start(&units, q.outer.start).max(body_from),
                            )
                            .map(str::to_owned),
                        None => None,
                    };
                    let span = input.original(q.span);
                    Quote {
                        start: span.start,
                        end: span.end,
                        text: span.slice(text).unwrap_or_default().to_owned(),
                        source,
                        cue: q.cue.map(|s| input.clean(s)),
                    }
                })
                .collect();
            article
                .quotes
                .sort_by_key(|q| (q.start, core::cmp::Reverse(q.end)));
        }
        // The dateline's place by its canonical name when it is a known place
        // ("GENEVE" is Genève).
        if let (Some(d), Some(l)) = (article.dateline.as_mut(), line.as_ref()) {
            if let Some(name) = entity::place_named_at(&found_entities, base, l.place_span) {
                d.place = name.to_owned();
            }
        }
        article.entities = entity::convert(found_entities, base, to_original, text);
        article.paragraphs = paragraphs
            .iter()
            .map(|p| {
                let span = input.original(p.span);
                Paragraph {
                    start: span.start,
                    end: span.end,
                    sentences: p
                        .sentences
                        .iter()
                        .map(|&s| {
                            let s = input.original(s);
                            Sentence {
                                start: s.start,
                                end: s.end,
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        article
    }

    /// The temporal expressions of normalised `text` against `reference`.
    fn find_temporals(
        &self,
        text: &str,
        reference: Option<&IsoDate>,
    ) -> Vec<depeche_dates::Temporal> {
        match reference.map(|r| Reference::parse(r.as_str())) {
            Some(Ok(r)) => self.dates.find_with(text, &r),
            _ => self.dates.find(text),
        }
    }

    /// Every number and quantity of `text` (one line, any snippet), ordered
    /// by offset, with spans into `text`: what `depeche numbers` prints.
    pub fn numbers(&self, text: &str) -> Vec<Number> {
        let norm = normalize(text);
        self.numbers
            .find(norm.as_str())
            .into_iter()
            .map(|n| {
                let span = norm.to_original(n.span);
                Number {
                    start: span.start,
                    end: span.end,
                    text: span.slice(text).unwrap_or_default().to_owned(),
                    kind: n.kind.as_str().to_owned(),
                    value: n.value,
                    min: n.min,
                    max: n.max,
                    qualifier: n.qualifier.as_str().to_owned(),
                    unit: n.unit,
                    currency: n.currency.map(str::to_owned),
                }
            })
            .collect()
    }

    /// Every temporal expression of `text` (one line, any snippet), resolved
    /// against the parser's reference, ordered by offset, with spans into
    /// `text`: what `depeche dates` prints.
    pub fn temporals(&self, text: &str) -> Vec<crate::Temporal> {
        let norm = normalize(text);
        let found = self.find_temporals(norm.as_str(), self.reference.as_ref());
        temporal::convert(found, 0, |s| norm.to_original(s), text)
    }

    /// Every entity mention of `text` (one line, a headline, any snippet),
    /// flat and ordered by offset, with spans into `text`: what
    /// `depeche entities` prints.
    pub fn entity_mentions(&self, text: &str) -> Vec<EntityMention> {
        let norm = normalize(text);
        let mut out: Vec<EntityMention> = self
            .entities
            .mentions(norm.as_str())
            .into_iter()
            .map(|m| {
                let span = norm.to_original(m.span());
                EntityMention {
                    start: span.start,
                    end: span.end,
                    text: span.slice(text).unwrap_or_default().to_owned(),
                    id: m.id,
                    kind: m.kind.as_str().to_owned(),
                    name: m.name,
                    code: m.code,
                    form: m.form.as_str().to_owned(),
                }
            })
            .collect();
        out.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
        out
    }

    /// The paragraphs of the body: those after the header or title line.
    /// Sentences are split in the body only (the header line is no
    /// paragraph of the article, and a paragraph it shares with the body is
    /// cut first).
    ///
    /// With `quotes`, the quotes of the title, then of each paragraph, are
    /// found as it is split. The splitter reads tokens only around
    /// sentence-final marks, and the quote finder tokenises only the
    /// sentences that hold a quote: most of the text is never tokenised
    /// here.
    fn body_paragraphs(
        &self,
        text: &str,
        body_start: usize,
        title: Option<Span>,
        mut quotes: Option<&mut QuoteFinder>,
    ) -> Vec<depeche_text::Paragraph> {
        let spans: Vec<Span> = paragraph_spans(text)
            .filter(|span| span.end > body_start)
            .map(|span| {
                if span.start < body_start {
                    // The header line and the body share a paragraph: cut it.
                    let rest = text.get(body_start..span.end).unwrap_or("");
                    Span::new(span.end - rest.trim_start().len(), span.end)
                } else {
                    span
                }
            })
            .filter(|span| !span.is_empty())
            .collect();
        if let (Some(finder), Some(title)) = (quotes.as_deref_mut(), title) {
            finder.paragraph(text, title, &[title], spans.first().copied());
        }
        let mut out = Vec::with_capacity(spans.len());
        for (n, &span) in spans.iter().enumerate() {
            let sentences = self.splitter.sentences_in(text, span);
            if let Some(finder) = quotes.as_deref_mut() {
                let next = spans.get(n + 1).copied();
                finder.paragraph(text, span, &sentences, next);
            }
            out.push(depeche_text::Paragraph::new(span, sentences));
        }
        out
    }
}

/// How far back a pronoun speaker ("a-t-il dit") is looked for: the start
/// of the paragraph before the one holding `offset` (wire copy often names
/// the speaker in one paragraph and quotes them in the next).
fn paragraph_start(units: &[(Span, &[Span])], offset: usize) -> usize {
    // Units are in text order: the last one starting at or before `offset`.
    let holding = units
        .partition_point(|(p, _)| p.start <= offset)
        .saturating_sub(1);
    units
        .get(holding.saturating_sub(1))
        .map_or(0, |(p, _)| p.start)
}

/// The topic of a title given apart from the text.
fn topic_of(title: &str) -> Option<String> {
    let norm = normalize(title);
    let whole = Span::new(0, norm.as_str().len());
    header::topic(norm.as_str(), whole)
        .and_then(|s| norm.to_original(s).slice(title))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_of_any_size_give_what_parse_gives() {
        let texts = [
            "date 2024-03 Niger: un titre\n\nNIAMEY (AFP) - « Nous restons », a déclaré mardi le général Tiani.",
            "",
            "BAMAKO, 10 avril 2024 (AFP) - Au moins 12 soldats ont été tués, selon l'armée.",
            "Un paragraphe.\n\nUn autre, le 3 mars, à Dakar.",
        ];
        let parser = Parser::new();
        let one_by_one: Vec<Article> = texts.iter().map(|t| parser.parse(t)).collect();
        for batch_bytes in [0, 1, 60, 100, 200, usize::MAX] {
            assert_eq!(
                parser.parse_batched(&texts, batch_bytes),
                one_by_one,
                "{batch_bytes}"
            );
        }
    }
}
