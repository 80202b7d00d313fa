//! `korex`: the command-line face of the library. Parse the flags, build the `Extractor`,
//! stream documents through it, print the JSON of SCHEMA.md (or a table for people).

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use korex::{Document, ExtractOptions, Extractor, ExtractorBuilder, RulePack, Value};
use rayon::prelude::*;

#[derive(Parser)]
#[command(
    name = "korex",
    version,
    about = "Entities and relations from Korean news text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and relations from files (or standard input) and print JSON.
    Extract(ExtractArgs),
    /// Run the examples of rule packs; exits non-zero when one fails.
    TestPack(TestPackArgs),
    /// Show the entities of a text and, for every rule whose trigger occurs, whether it
    /// fired or which argument was missing.
    Explain(ExplainArgs),
}

#[derive(clap::Args)]
struct TestPackArgs {
    /// Rule pack files (TOML); the embedded default packs when none.
    packs: Vec<PathBuf>,
    #[command(flatten)]
    dict: DictArgs,
}

#[derive(clap::Args)]
struct ExplainArgs {
    /// The text to explain; read from FILE or standard input when not given.
    #[arg(long)]
    text: Option<String>,
    /// A file holding the text.
    file: Option<PathBuf>,
    #[command(flatten)]
    dict: DictArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// One pretty-printed JSON object per document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A table for people to read.
    Pretty,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum InputKind {
    /// Each file (or stdin) is one document.
    Text,
    /// Each line is `{"id": ..., "text": ..., "reference_date"?: "YYYY-MM-DD"}`.
    Jsonl,
}

#[derive(clap::Args)]
struct DictArgs {
    /// An extra dictionary file (TSV, see dictionaries/README.md); repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    dicts: Vec<PathBuf>,
    /// Leave out the embedded default dictionaries.
    #[arg(long)]
    no_default_dicts: bool,
    /// Do not discover names by their context (dictionaries only).
    #[arg(long)]
    no_discovery: bool,
    /// An extra rule pack (TOML, see rules/README.md); repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Leave out the embedded default rule packs.
    #[arg(long)]
    no_default_rules: bool,
    /// The date relative dates resolve against (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    reference_date: Option<NaiveDate>,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files; standard input when none.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Input format.
    #[arg(long, value_enum, default_value = "text")]
    input: InputKind,
    #[command(flatten)]
    dict: DictArgs,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("`{s}` is not YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::TestPack(args) => run_test_pack(args),
        Command::Explain(args) => run_explain(args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("korex: {message}");
            ExitCode::from(2)
        }
    }
}

fn build_extractor(args: &DictArgs) -> Result<Extractor, String> {
    let mut builder = ExtractorBuilder::new()
        .default_dictionaries(!args.no_default_dicts)
        .discovery(!args.no_discovery)
        .default_rules(!args.no_default_rules);
    for path in &args.dicts {
        builder = builder.dictionary_file(path);
    }
    for path in &args.rules {
        builder = builder.rule_pack_file(path);
    }
    if let Some(date) = args.reference_date {
        builder = builder.reference_date(date);
    }
    builder.build().map_err(|e| e.to_string())
}

fn run_test_pack(args: TestPackArgs) -> Result<ExitCode, String> {
    let extractor = build_extractor(&args.dict)?;
    let packs: Vec<RulePack> = if args.packs.is_empty() {
        extractor.rule_packs().to_vec()
    } else {
        args.packs
            .iter()
            .map(|p| RulePack::from_file(p).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?
    };
    let (mut total, mut failed) = (0usize, 0usize);
    for pack in &packs {
        let failures = extractor.check_pack(pack).map_err(|e| e.to_string())?;
        total += pack.examples().len();
        failed += failures.len();
        for f in &failures {
            println!("FAIL {f}");
        }
        println!(
            "{}: {} examples, {} failed",
            pack.origin(),
            pack.examples().len(),
            failures.len()
        );
    }
    println!("{} passed, {} failed", total - failed, failed);
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_explain(args: ExplainArgs) -> Result<ExitCode, String> {
    let extractor = build_extractor(&args.dict)?;
    let text = match (&args.text, &args.file) {
        (Some(t), _) => t.clone(),
        (None, file) => {
            let files: Vec<PathBuf> = file.iter().cloned().collect();
            let input = read_inputs(&files)?.remove(0);
            let origin = input.name.unwrap_or_else(|| "<stdin>".into());
            String::from_utf8(input.bytes).map_err(|e| {
                format!(
                    "{origin}: not valid UTF-8 (at byte {})",
                    e.utf8_error().valid_up_to()
                )
            })?
        }
    };
    print!("{}", extractor.explain(&text, args.dict.reference_date));
    Ok(ExitCode::SUCCESS)
}

/// A JSONL line that could not be processed: its line number, its id if one was read, and
/// the message.
type LineError = (usize, Option<String>, String);

/// One input: a name for messages and ids, and its bytes.
struct Input {
    name: Option<String>,
    bytes: Vec<u8>,
}

fn read_inputs(files: &[PathBuf]) -> Result<Vec<Input>, String> {
    if files.is_empty() {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        return Ok(vec![Input { name: None, bytes }]);
    }
    files
        .iter()
        .map(|path| {
            let bytes =
                std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            Ok(Input {
                name: Some(path.display().to_string()),
                bytes,
            })
        })
        .collect()
}

fn run_extract(args: ExtractArgs) -> Result<ExitCode, String> {
    let extractor = build_extractor(&args.dict)?;
    let inputs = read_inputs(&args.files)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for input in inputs {
        let origin = input.name.clone().unwrap_or_else(|| "<stdin>".into());
        match args.input {
            InputKind::Text => {
                let text = match std::str::from_utf8(&input.bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!(
                            "korex: {origin}: not valid UTF-8 (at byte {})",
                            e.valid_up_to()
                        );
                        failed = true;
                        continue;
                    }
                };
                let id = input.name.as_deref().map(file_stem);
                let options = ExtractOptions {
                    id,
                    reference_date: args.dict.reference_date,
                };
                let doc = extractor.extract_with(text, &options);
                write_doc(&mut out, &doc, args.format).map_err(|e| e.to_string())?;
            }
            InputKind::Jsonl => {
                // Lines are extracted in parallel, a chunk at a time, and written in order.
                let lines: Vec<(usize, &[u8])> = input
                    .bytes
                    .split(|&b| b == b'\n')
                    .enumerate()
                    .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l)))
                    .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
                    .collect();
                for chunk in lines.chunks(4096) {
                    let rendered: Vec<Result<Vec<u8>, LineError>> = chunk
                        .par_iter()
                        .map(|&(n, line)| {
                            let (text, options) = parse_jsonl_line(line, args.dict.reference_date)
                                .map_err(|(id, message)| (n, id, message))?;
                            let doc = extractor.extract_with(&text, &options);
                            let mut buf = Vec::new();
                            write_doc(&mut buf, &doc, args.format)
                                .map_err(|e| (n, options.id.clone(), e.to_string()))?;
                            Ok(buf)
                        })
                        .collect();
                    for r in rendered {
                        match r {
                            Ok(buf) => out.write_all(&buf).map_err(|e| e.to_string())?,
                            Err((n, id, message)) => {
                                eprintln!("korex: {origin}:{n}: {message}");
                                failed = true;
                                let error =
                                    serde_json::json!({"id": id, "error": message, "line": n});
                                writeln!(out, "{error}").map_err(|e| e.to_string())?;
                            }
                        }
                    }
                }
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn file_stem(name: &str) -> String {
    std::path::Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}

/// Parses one JSONL input line; on error, the id if one could be read, and the message.
fn parse_jsonl_line(
    line: &[u8],
    default_date: Option<NaiveDate>,
) -> Result<(String, ExtractOptions), (Option<String>, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (
            None,
            format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
        )
    })?;
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| (None, format!("not a JSON object: {e}")))?;
    let id = match value.get("id") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let text = match value.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        _ => return Err((id, "missing string field `text`".into())),
    };
    let reference_date = match value.get("reference_date") {
        None | Some(serde_json::Value::Null) => default_date,
        Some(serde_json::Value::String(s)) => Some(parse_date(s).map_err(|e| (id.clone(), e))?),
        Some(_) => return Err((id, "`reference_date` must be a YYYY-MM-DD string".into())),
    };
    Ok((text, ExtractOptions { id, reference_date }))
}

fn write_doc(out: &mut impl Write, doc: &Document, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, doc)?;
            writeln!(out)
        }
        Format::Pretty => write_table(out, doc),
    }
}

/// A table for people: one line per entity, then one per relation.
fn write_table(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    if let Some(id) = &doc.id {
        writeln!(out, "# {id}")?;
    }
    if let Some(date) = &doc.reference_date {
        writeln!(out, "reference date: {date}")?;
    }
    writeln!(
        out,
        "{:<4} {:<9} {:<28} {:>3}  mentions",
        "id", "type", "canonical", "n"
    )?;
    for e in &doc.entities {
        let value = match &e.value {
            Some(Value::Amount(a)) => format!(" [{} {} {:?}]", a.number, a.currency, a.qualifier),
            Some(Value::Date(d)) => format!(" [{:?}]", d.grain),
            None => String::new(),
        };
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{}@{}", m.text, m.char_start))
            .collect();
        writeln!(
            out,
            "{:<4} {:<9} {:<28} {:>3}  {}{}",
            e.id,
            e.kind.as_str(),
            e.canonical,
            e.mentions.len(),
            mentions.join(", "),
            value
        )?;
    }
    if !doc.relations.is_empty() {
        writeln!(out)?;
        for r in &doc.relations {
            let args: Vec<String> = r
                .args
                .iter()
                .map(|a| {
                    let v = match (&a.entity, &a.text) {
                        (Some(id), _) => doc.entity(id).map_or(id.clone(), |e| e.canonical.clone()),
                        (None, Some(t)) => format!("\"{t}\""),
                        (None, None) => "?".into(),
                    };
                    format!("{}={v}", a.role)
                })
                .collect();
            writeln!(out, "{}({})  [{}]", r.kind, args.join(", "), r.rule)?;
        }
    }
    writeln!(out)
}
