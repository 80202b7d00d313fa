//! `korex explain`: what was found in one text and why each triggered rule did or did not
//! fire, as text or JSON.

use std::io::Write;
use std::path::Path;

use crate::args::ExplainArgs;
use crate::exit::{Failure, Outcome};
use crate::input::Source;

pub fn run(args: ExplainArgs) -> Result<Outcome, Failure> {
    let extractor = crate::build(crate::builder(&args.dict))?;
    let text = match &args.text {
        Some(t) => t.clone(),
        None => {
            let source = Source::from_arg(args.file.as_deref().unwrap_or(Path::new("-")));
            let bytes = match source.read_all() {
                Ok(b) => b,
                Err(message) => {
                    crate::report(&message);
                    return Ok(Outcome::SomeFailed);
                }
            };
            match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    crate::report(&format!(
                        "{}: not valid UTF-8 (at byte {})",
                        source.name(),
                        e.utf8_error().valid_up_to()
                    ));
                    return Ok(Outcome::SomeFailed);
                }
            }
        }
    };
    let explanation = extractor.explanation(&text, args.dict.reference_date);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &explanation).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        write!(out, "{explanation}")?;
    }
    out.flush()?;
    Ok(Outcome::Done)
}
