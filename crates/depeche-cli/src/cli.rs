//! The command line: subcommands and options (clap).

use clap::{Args, Parser, Subcommand, ValueEnum};
use depeche::IsoDate;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  depeche parse dispatch.txt --pretty
  depeche parse dispatch.txt --reference 2024-03-26
  depeche parse --jsonl < dispatches.jsonl > articles.jsonl
  depeche parse -j 4 corpus/*.txt > articles.jsonl
  depeche numbers headlines.txt
  depeche dates --reference 2024-03-26 --bias past lines.txt
  echo \"Le Niger et le Mali ont quitté la Cedeao.\" | depeche entities
  depeche normalize dispatch.txt

Exit status: 0 success, 1 bad input (the message names the file and the line or
byte offset; every other input is still processed), 2 usage, 130 interrupted
(Ctrl-C; the output ends on a whole line).";

/// French news dispatches to JSON: articles, numbers, dates, entities.
#[derive(Debug, Parser)]
#[command(name = "depeche", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// One Article JSON per file; with --jsonl, one Article per JSON record line.
    #[command(after_help = "Examples:
  depeche parse dispatch.txt --pretty
  depeche parse a.txt b.txt -j 2 > articles.jsonl
  depeche parse --jsonl < in.jsonl > out.jsonl      # {\"id\",\"text\",\"title\"?,\"date\"?} per line")]
    Parse(ParseArgs),
    /// Per input line: a JSON array of numbers and quantities.
    #[command(after_help = "Example:
  echo \"au moins 139 morts et un peu plus de 1.000 soldats\" | depeche numbers")]
    Numbers(LineArgs),
    /// Per input line: a JSON array of temporal expressions.
    #[command(after_help = "Example:
  echo \"Mi-mars, puis mardi\" | depeche dates --reference 2024-03-26")]
    Dates(DatesArgs),
    /// Per input line: a JSON array of entity mentions.
    #[command(after_help = "Example:
  echo \"Le président russe Vladimir Poutine\" | depeche entities")]
    Entities(LineArgs),
    /// The normalised text (spaces, apostrophes, dashes, line ends, NFC).
    #[command(after_help = "Example:
  depeche normalize dispatch.txt")]
    Normalize(InputArgs),
}

/// Where the input comes from and how to read it.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Input files; "-" or none for standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    #[arg(long)]
    pub lossy: bool,
}

/// Options of `parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The input.
    #[command(flatten)]
    pub input: InputArgs,
    /// Reference date for resolving dates (wins over the dateline and the
    /// header): 2024, 2024-03, 2024-03-26, 2024-03-26T14:30.
    #[arg(long, value_name = "DATE")]
    pub reference: Option<IsoDate>,
    /// Direction for dates the text leaves open ("mardi").
    #[arg(long, value_enum, default_value_t = BiasArg::Auto)]
    pub bias: BiasArg,
    /// Indented JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Read JSON records, one per line, and write one Article (with its "id")
    /// per line, in order, in constant memory.
    #[arg(long)]
    pub jsonl: bool,
    /// Threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar, even on a terminal.
    #[arg(long)]
    pub no_progress: bool,
}

/// Options of the line-mode commands.
#[derive(Debug, Args)]
pub struct LineArgs {
    /// The input.
    #[command(flatten)]
    pub input: InputArgs,
    /// Indented JSON (one array per input line, spread over several lines).
    #[arg(long)]
    pub pretty: bool,
    /// Threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

/// Options of `dates`.
#[derive(Debug, Args)]
pub struct DatesArgs {
    /// The input.
    #[command(flatten)]
    pub lines: LineArgs,
    /// Reference date or date-time: 2024, 2024-03, 2024-03-26, 2024-03-26T14:30.
    #[arg(long, value_name = "DATETIME")]
    pub reference: Option<IsoDate>,
    /// Direction for dates the text leaves open ("mardi").
    #[arg(long, value_enum, default_value_t = BiasArg::Auto)]
    pub bias: BiasArg,
}

/// `--bias`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum BiasArg {
    /// The most recent occurrence (news is about the past).
    Past,
    /// The next occurrence (Duckling's convention).
    Future,
    /// By tense; past when unsure.
    #[default]
    Auto,
}

impl From<BiasArg> for depeche::Bias {
    fn from(b: BiasArg) -> depeche::Bias {
        match b {
            BiasArg::Past => depeche::Bias::Past,
            BiasArg::Future => depeche::Bias::Future,
            BiasArg::Auto => depeche::Bias::Auto,
        }
    }
}
