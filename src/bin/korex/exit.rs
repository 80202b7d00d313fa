//! One meaning per exit status, the same for every subcommand.

use std::io;
use std::process::ExitCode;

/// The exit statuses, for `--help` and the README.
pub const EXIT_STATUS_HELP: &str = "\
Exit status (every subcommand):
  0  done (also when standard output was closed early, e.g. by `| head -1`)
  1  done, but something failed: an input or JSONL line that could not be read or extracted
     (each is reported; with `extract --keep-going` bad JSONL lines alone give 0), a pack
     example that did not give what it expects, a gold file that cannot be read
  2  nothing done: a bad command line, dictionary or rule pack
  3  standard output could not be written (other than closed)";

/// Why a run stopped before its end, or how it ended.
#[derive(Debug)]
pub enum Failure {
    /// A dictionary, rule pack or option is wrong: nothing was done (status 2).
    Config(String),
    /// Writing the output failed (status 3; a closed pipe is status 0).
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

impl From<korex::Error> for Failure {
    fn from(e: korex::Error) -> Self {
        Failure::Config(e.to_string())
    }
}

/// How a run that went to its end ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked (status 0).
    Done,
    /// Some input, line, example or gold file failed and was reported (status 1).
    SomeFailed,
}

impl Outcome {
    pub fn from_failures(failed: bool) -> Self {
        if failed {
            Outcome::SomeFailed
        } else {
            Outcome::Done
        }
    }
}

/// The process status for a result, printing the message of a failure.
pub fn status(result: Result<Outcome, Failure>) -> ExitCode {
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            crate::report(&format!("cannot write the output: {e}"));
            ExitCode::from(3)
        }
        Err(Failure::Config(message)) => {
            crate::report(&message);
            ExitCode::from(2)
        }
    }
}
