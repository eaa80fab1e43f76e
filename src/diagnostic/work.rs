//! A count of the work done by the parts whose cost must grow linearly with the input (locating,
//! positions, the duplicate-key check), read by the growth tests (`tests/growth.rs`) through
//! `crate::work_done`. Counting costs one thread-local addition per call, not per byte, and only
//! with the test-only cargo feature `work-counters`; without it [`add`] does nothing.

#[cfg(feature = "work-counters")]
thread_local! {
    static DONE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds `n` units (bytes looked at, members compared) to this thread's count.
#[inline]
pub(crate) fn add(n: u64) {
    #[cfg(feature = "work-counters")]
    DONE.with(|d| d.set(d.get().saturating_add(n)));
    #[cfg(not(feature = "work-counters"))]
    let _ = n;
}

/// This thread's count since the last call, and resets it.
#[cfg(feature = "work-counters")]
pub(crate) fn take() -> u64 {
    DONE.with(|d| d.replace(0))
}
