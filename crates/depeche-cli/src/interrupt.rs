//! Ctrl-C (SIGINT) during a batch: the output stops at a whole line.
//!
//! Results are written to standard output in *sections*: the lines of one
//! chunk of input, then a flush. Outside a section nothing is waiting in a
//! buffer, so the handler can end the process at once: the work in
//! progress is dropped, and what was written is whole lines. Inside a
//! section the handler only raises a flag; the section finishes its lines,
//! flushes, and the command stops with [`Fatal::Interrupted`]. Either way
//! the exit status is [`EXIT_INTERRUPTED`] and nothing panics.

use crate::error::Fatal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// The exit status after an interruption: 128 + SIGINT, as shells expect.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Set once Ctrl-C was pressed.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Whether a section is writing; held by the handler while it decides.
static WRITING: Mutex<bool> = Mutex::new(false);

/// The message printed on standard error when the command stops.
pub const MESSAGE: &str = "interrupted; the output holds every result written so far, each whole";

/// Installs the handler. If it cannot be installed, Ctrl-C keeps its
/// default effect (the process ends at once).
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        INTERRUPTED.store(true, Ordering::SeqCst);
        let writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
        if !*writing {
            eprintln!("depeche: {MESSAGE}");
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
        // The section stops the command when its lines are out.
    });
}

/// Runs `write`, which writes some whole lines and flushes them, as one
/// section: Ctrl-C cannot cut it. Fails with [`Fatal::Interrupted`] if
/// Ctrl-C was pressed before (nothing is written) or during it (all of it
/// is written).
pub fn section<T>(write: impl FnOnce() -> Result<T, Fatal>) -> Result<T, Fatal> {
    {
        let mut writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(Fatal::Interrupted);
        }
        *writing = true;
    }
    let result = write();
    let mut writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    *writing = false;
    if INTERRUPTED.load(Ordering::SeqCst) {
        return Err(Fatal::Interrupted);
    }
    result
}
