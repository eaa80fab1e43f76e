//! A count of the work done by the parts whose cost must grow linearly with the input (locating,
//! positions, the duplicate-key check), read by the growth tests (`tests/growth.rs`) through
//! [`crate::work_done`]. Counting costs one thread-local addition per call, not per byte.

use std::cell::Cell;

thread_local! {
    static DONE: Cell<u64> = const { Cell::new(0) };
}

/// Adds `n` units (bytes looked at, members compared) to this thread's count.
pub(crate) fn add(n: u64) {
    DONE.with(|d| d.set(d.get().saturating_add(n)));
}

/// This thread's count since the last call, and resets it.
pub(crate) fn take() -> u64 {
    DONE.with(|d| d.replace(0))
}
