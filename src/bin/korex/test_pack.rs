//! `korex test-pack`: run rule packs' examples with the dictionaries they name.

use std::io::Write;

use korex::RulePack;

use crate::args::TestPackArgs;
use crate::exit::{Failure, Outcome};

pub fn run(args: TestPackArgs) -> Result<Outcome, Failure> {
    let packs: Vec<RulePack> = args
        .packs
        .iter()
        .map(RulePack::from_file)
        .collect::<Result<_, _>>()?;
    // The examples need the dictionaries their packs name; the packs' rules are run one
    // pack at a time by `check_pack`, so they are not loaded into the extractor.
    let mut builder = crate::builder(&args.dict);
    for path in packs.iter().flat_map(RulePack::dictionaries) {
        builder = builder.dictionary_file(path);
    }
    let extractor = crate::build(builder)?;
    let packs = if packs.is_empty() {
        extractor.rule_packs().to_vec()
    } else {
        packs
    };
    let mut out = std::io::stdout().lock();
    let (mut total, mut failed) = (0usize, 0usize);
    for pack in &packs {
        let failures = extractor.check_pack(pack)?;
        total += pack.examples().len();
        failed += failures.len();
        for f in &failures {
            writeln!(out, "FAIL {f}")?;
        }
        writeln!(
            out,
            "{}: {} examples, {} failed",
            pack.origin(),
            pack.examples().len(),
            failures.len()
        )?;
    }
    writeln!(out, "{} passed, {} failed", total - failed, failed)?;
    out.flush()?;
    Ok(Outcome::from_failures(failed > 0))
}
