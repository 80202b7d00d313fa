//! `korex eval GOLD.json…`: the figures of `../shared/eval/score.py` for this extractor.

use std::io::Write;

use korex::eval::{Evaluation, GoldArticle};

use crate::args::EvalArgs;
use crate::exit::{Failure, Outcome};

pub fn run(args: EvalArgs) -> Result<Outcome, Failure> {
    let extractor = crate::build(crate::builder(&args.dict))?;
    let mut evaluation = Evaluation::new();
    let mut failed = false;
    for path in &args.gold {
        match GoldArticle::from_file(path) {
            Ok(gold) => evaluation.add(&gold, &extractor.extract_gold(&gold)),
            Err(e) => {
                crate::report(&e.to_string());
                failed = true;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if args.verbose {
        for miss in &evaluation.misses {
            writeln!(out, "{miss}")?;
        }
    }
    if args.json {
        writeln!(out, "{}", evaluation.to_json())?;
    } else {
        write!(out, "{evaluation}")?;
    }
    out.flush()?;
    Ok(Outcome::from_failures(failed))
}
