//! The line before the body: a "date 2024-03 Title" header or a plain title
//! line.

use crate::dateline;
use crate::IsoDate;
use depeche_text::Span;

/// Longest line taken for a plain title, in bytes.
const MAX_TITLE_LEN: usize = 300;
/// Longest topic ("Niger" in "Niger: ..."), in bytes and in words.
const MAX_TOPIC_LEN: usize = 48;
const MAX_TOPIC_WORDS: usize = 4;

/// What the first line of a dispatch says about it. Spans refer to the
/// normalised text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Header {
    /// The title, if the first line is a header or a title line.
    pub title: Option<Span>,
    /// The topic inside the title.
    pub topic: Option<Span>,
    /// The date of a "date ..." header.
    pub date: Option<IsoDate>,
    /// Where the body starts: after the header or title line, or 0.
    pub body_start: usize,
    /// Where the title starts: the first byte worth extracting from (the
    /// "date 2024-03 " prefix skipped), or 0.
    pub content_start: usize,
}

/// Reads the header of normalised `text`: either a line "date DATE TITLE"
/// or a plain title line standing alone (followed by a blank line or by a
/// dateline), short and not ending like a sentence.
pub(crate) fn read(text: &str) -> Header {
    // Slicing invariant: offsets come from `trim_start` lengths and from
    // `find` of ASCII chars, so they are char boundaries.
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[..line_len];
    let line_end = start + line_len;

    if let Some(h) = dated_header(line, start) {
        return Header {
            body_start: line_end,
            ..h
        };
    }
    let after = &text[line_end..];
    let stands_alone = after.starts_with("\n\n")
        || after
            .strip_prefix('\n')
            .is_some_and(|next| dateline::read(next, None).is_some());
    let trimmed = line.trim_end();
    let sentence_like = trimmed.ends_with(['.', ',', ';', ':']);
    if stands_alone
        && !trimmed.is_empty()
        && trimmed.len() <= MAX_TITLE_LEN
        && !sentence_like
        && dateline::read(line, None).is_none()
        && !after.trim().is_empty()
    {
        let title = Span::new(start, start + trimmed.len());
        return Header {
            title: Some(title),
            topic: topic(text, title),
            date: None,
            body_start: line_end,
            content_start: start,
        };
    }
    Header::default()
}

/// "date 2024-03 Niger: ..." (the keyword in any case).
fn dated_header(line: &str, start: usize) -> Option<Header> {
    let keyword = line.get(..5)?;
    if !keyword.eq_ignore_ascii_case("date ") {
        return None;
    }
    // The first five bytes are the ASCII "date ": byte 5 is a boundary.
    let after = &line[5..];
    let date_len = after.find(' ').unwrap_or(after.len());
    let date = IsoDate::parse(&after[..date_len]).ok()?;
    let title_rel = 5 + date_len + (after.len() - date_len - after[date_len..].trim_start().len());
    let title_text = line[title_rel..].trim_end();
    let title = (!title_text.is_empty())
        .then(|| Span::new(start + title_rel, start + title_rel + title_text.len()));
    Some(Header {
        title,
        topic: title.and_then(|t| topic_in(line, start, t)),
        date: Some(date),
        body_start: 0,
        content_start: start + title_rel,
    })
}

fn topic_in(line: &str, line_start: usize, title: Span) -> Option<Span> {
    let rel = Span::new(title.start - line_start, title.end - line_start);
    topic(line, rel).map(|t| Span::new(t.start + line_start, t.end + line_start))
}

/// The leading "X:" of a title: a few capitalised words before a colon.
pub(crate) fn topic(text: &str, title: Span) -> Option<Span> {
    let t = title.slice(text)?;
    let colon = t.find(':')?;
    // `colon` is the offset of an ASCII ':' found in `t`.
    let head = t[..colon].trim_end();
    if head.is_empty()
        || head.len() > MAX_TOPIC_LEN
        || head.split(' ').count() > MAX_TOPIC_WORDS
        || !head.chars().next().is_some_and(char::is_uppercase)
        || head.contains(['.', '!', '?', '"', '«', '»', ','])
    {
        return None;
    }
    Some(Span::new(title.start, title.start + head.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, s: Option<Span>) -> Option<&str> {
        s.and_then(|s| s.slice(text))
    }

    #[test]
    fn dated_header_gives_date_title_and_topic() {
        let text = "date 2023-11 Tchad: le Premier ministre démissionne\n\nN'DJAMENA (AFP) - Le chef du gouvernement a quitté ses fonctions.";
        let h = read(text);
        assert_eq!(h.date.as_ref().map(IsoDate::as_str), Some("2023-11"));
        assert_eq!(
            slice(text, h.title),
            Some("Tchad: le Premier ministre démissionne")
        );
        assert_eq!(slice(text, h.topic), Some("Tchad"));
        assert_eq!(&text[h.content_start..h.content_start + 5], "Tchad");
        assert!(text[h.body_start..].trim_start().starts_with("N'DJAMENA"));
    }

    #[test]
    fn plain_title_line_needs_to_stand_alone() {
        let text = "Inondations meurtrières au Nigeria\n\nAu moins 30 personnes sont mortes.";
        let h = read(text);
        assert_eq!(
            slice(text, h.title),
            Some("Inondations meurtrières au Nigeria")
        );
        assert_eq!(h.topic, None);
        let wrapped = "Au moins 30 personnes sont mortes dans des inondations\nau Nigeria, selon les secours.";
        assert_eq!(read(wrapped), Header::default());
        let sentence = "Au moins 30 personnes sont mortes.\n\nLes secours continuent.";
        assert_eq!(read(sentence).title, None);
    }

    #[test]
    fn title_followed_by_a_dateline() {
        let text = "Mali: la junte suspend les partis\nBAMAKO, 10 avril 2024 (AFP) - La junte a suspendu les partis.";
        let h = read(text);
        assert_eq!(slice(text, h.topic), Some("Mali"));
    }

    #[test]
    fn a_lone_dateline_paragraph_is_not_a_title() {
        let text = "DAKAR (AFP) - Le président a parlé";
        assert_eq!(read(text).title, None);
    }
}
