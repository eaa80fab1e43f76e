//! What the command line needs on WASI (`wasm32-wasip1`, the `npx linkwa` of the npm package,
//! started by `wasm/launcher/linkwa.cjs` through Node's `node:wasi`).
//!
//! A WASI program starts in the working directory `/` of its own, whatever the host's is: the
//! WASI C library keeps the working directory in the program, and the host only grants
//! directories (preopens). The launcher grants the host's file system at the same paths and
//! passes its working directory as `PWD`; entering it here makes relative paths, the search
//! for the nearest `linkwa.toml` and the paths in reports the same as the native binary's.
//!
//! The rest of the command line is the same code on WASI. Two differences, both of the
//! platform: there are no threads, so `rayon` runs on the calling thread and files are linted
//! one after another; and a panic aborts the program (WASI has no unwinding), so a bug in a rule
//! ends the run with status 2 instead of becoming `LW000 internal-error` for one file.

/// Enters the directory named by the environment variable `PWD` (an absolute path), when it is
/// set and exists; otherwise stays in `/`.
pub fn enter_working_directory() {
    if let Some(dir) = std::env::var_os("PWD") {
        // Nothing to report when it fails: relative paths then resolve against `/`, as any WASI
        // program's do.
        let _ = std::env::set_current_dir(dir);
    }
}
