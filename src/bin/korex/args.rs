//! The command line: subcommands, their flags and their `--help` examples.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use korex::NaiveDate;

use crate::exit::EXIT_STATUS_HELP;

#[derive(Parser)]
#[command(
    name = "korex",
    version,
    long_version = crate::version::long_version(),
    about = "Entities and relations from Korean news text",
    after_help = EXIT_STATUS_HELP,
)]
pub struct Cli {
    /// Worker threads for extraction (default: one per core).
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Extract entities and relations from files (or standard input).
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Run the examples of rule packs; exits 1 when one fails.
    #[command(after_help = TEST_PACK_EXAMPLES)]
    TestPack(TestPackArgs),
    /// Show the entities of a text and, for every rule whose trigger occurs, whether it
    /// fired or which argument was missing.
    #[command(after_help = EXPLAIN_EXAMPLES)]
    Explain(ExplainArgs),
    /// Score korex on annotated articles (gold JSON): precision, recall and F1 per type.
    #[command(after_help = EVAL_EXAMPLES)]
    Eval(EvalArgs),
}

const EXTRACT_EXAMPLES: &str = "\
Examples:
  korex extract article.txt                       # a table on a terminal, JSON in a pipe
  korex extract --input jsonl --format jsonl < news.jsonl > found.jsonl
  korex extract --format html a.txt b.txt > view.html
  korex extract --dict mine.tsv --rules mine.toml --reference-date 2024-11-27 -

Exit status: 0 all done; 1 some input or line could not be read or extracted (each one is
reported; with --keep-going, bad JSONL lines alone give 0); 2 bad command line, dictionary
or rule pack; 3 output could not be written. A closed standard output ends quietly with 0.";

const TEST_PACK_EXAMPLES: &str = "\
Examples:
  korex test-pack                      # the embedded default packs
  korex test-pack mine.toml            # your pack, with the dictionaries its [pack] names
  korex test-pack --dict extra.tsv a.toml b.toml

Exit status: 0 every example passed; 1 an example failed; 2 a pack or dictionary cannot be
loaded.";

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  korex explain --text '오픈AI는 한국산업은행과 MOU를 체결했다.'
  korex explain article.txt --rules mine.toml
  korex explain --json article.txt | jq '.attempts[] | select(.fired | not)'

Exit status: 0 done; 1 the input cannot be read or is not UTF-8; 2 bad command line,
dictionary or rule pack.";

const EVAL_EXAMPLES: &str = "\
Examples:
  korex eval gold/*.json                       # the figures of ../shared/eval/score.py
  korex eval -v --rules mine.toml gold/*.json  # with every miss and false alarm
  korex eval --json gold/*.json

Exit status: 0 scored; 1 a gold file cannot be read; 2 bad command line, dictionary or rule
pack.";

#[derive(clap::Args)]
pub struct TestPackArgs {
    /// Rule pack files (TOML); the embedded default packs when none.
    pub packs: Vec<PathBuf>,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The text to explain; read from FILE or standard input when not given.
    #[arg(long)]
    pub text: Option<String>,
    /// A file holding the text (`-` for standard input).
    pub file: Option<PathBuf>,
    /// Print the explanation as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold files (JSON, the format of ../shared/gold/README.md).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// List every miss and false alarm before the figures.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum Format {
    /// One pretty-printed JSON object per document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// An aligned table for people (the default on a terminal).
    Pretty,
    /// One self-contained HTML page: mentions highlighted by type, relations linked to them.
    Html,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum InputKind {
    /// Each file (or standard input) is one document.
    Text,
    /// Each line is `{"id": ..., "text": ..., "reference_date"?: "YYYY-MM-DD"}`.
    Jsonl,
}

#[derive(clap::Args)]
pub struct DictArgs {
    /// An extra dictionary file (TSV, see dictionaries/README.md); repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// Leave out the embedded default dictionaries.
    #[arg(long)]
    pub no_default_dicts: bool,
    /// Do not discover names by their context (dictionaries only).
    #[arg(long)]
    pub no_discovery: bool,
    /// An extra rule pack (TOML, see rules/README.md); repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Leave out the embedded default rule packs.
    #[arg(long)]
    pub no_default_rules: bool,
    /// The date relative dates resolve against (exactly YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<NaiveDate>,
}

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Input files (`-` for standard input); standard input when none.
    pub files: Vec<PathBuf>,
    /// Output format [default: pretty on a terminal, else json].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Input format.
    #[arg(long, value_enum, default_value = "text")]
    pub input: InputKind,
    /// Exit 0 even when some JSONL lines were bad (each is still reported in place).
    #[arg(long)]
    pub keep_going: bool,
    /// Seconds one document may take before it is reported as over budget and skipped.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
    #[command(flatten)]
    pub dict: DictArgs,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    korex::parse_date(s).map_err(|e| e.to_string())
}
