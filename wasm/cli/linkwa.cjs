#!/usr/bin/env node
// `npx linkwa`: the linkwa command line (src/bin/linkwa, compiled for wasm32-wasip1 into
// linkwa.wasm next to this file by wasm/build.sh) run by Node's WASI. The same commands, options,
// output and exit statuses as the native binary (wasm/README.md, "The command line").
//
// - The host's file system is granted at the same paths (preopen of `/`; on Windows, the root of
//   the working directory's drive), and the working directory is passed as `PWD`, which the
//   program enters first (src/bin/linkwa/wasi.rs): relative and absolute paths, the search for
//   linkwa.toml and the paths printed are those of the native binary.
// - Standard input, output and error are the process's own (fds 0, 1, 2): pipes, `-` for stdin,
//   `linkwa lsp` over stdio.
// - The exit status is the program's. A trap (a panic: a bug in linkwa; WASI has no unwinding)
//   ends the run with status 2, as the native binary's `LW000 internal-error` does.
// - Node prints an ExperimentalWarning for `node:wasi` when it is loaded; that one warning is
//   not the user's business and is not printed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

function loadWasi() {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    const type = typeof rest[0] === 'string' ? rest[0] : rest[0] && rest[0].type;
    const text = typeof warning === 'string' ? warning : warning && warning.message;
    if (type === 'ExperimentalWarning' && /\bWASI\b/.test(String(text))) return;
    return emitWarning.call(process, warning, ...rest);
  };
  try {
    return require('node:wasi').WASI;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** The directory granted to the program as `/`, and the working directory as the program sees it. */
function fileSystem(cwd) {
  if (process.platform !== 'win32') return { root: '/', pwd: cwd };
  const root = path.parse(cwd).root; // `C:\`
  return { root, pwd: '/' + path.relative(root, cwd).split(path.sep).join('/') };
}

function main() {
  const WASI = loadWasi();
  const { root, pwd } = fileSystem(process.cwd());
  const wasi = new WASI({
    version: 'preview1',
    args: ['linkwa', ...process.argv.slice(2)],
    env: { ...process.env, PWD: pwd },
    preopens: { '/': root },
    returnOnExit: true,
  });
  const module = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'linkwa.wasm')));
  const instance = new WebAssembly.Instance(module, wasi.getImportObject());
  try {
    return wasi.start(instance);
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError) && !(e instanceof RangeError)) throw e;
    // A panic has printed where it happened (the program's panic hook); say that the run ended.
    fs.writeSync(2, `linkwa: stopped by an internal error (${e.message}); please report it to linkwa's issue tracker\n`);
    return 2;
  }
}

process.exitCode = main();
