// Makes each generated module of the package recover from a trap. Usage:
//   node scripts/guard.mjs <generated .js> [...]
//
// A panic in Rust is a trap under the release profile's `panic = "abort"` (a bug in linkwa: no
// input is meant to panic). A trap leaves the instance as it was at that point: its stack pointer
// is not restored, so after some hundred traps every call fails, valid input included, until the
// page reloads. This script appends to wasm-bindgen's output (the web target's ES module and the
// nodejs target's CommonJS file, wasm-bindgen 0.2.130 as pinned) a function that re-instantiates
// the module from the compiled `WebAssembly.Module` it already holds, and wraps every exported
// function: on a `WebAssembly.RuntimeError`, the module is re-instantiated; `lint` and `lintValue`
// then return the report of one `LW000 internal-error` diagnostic (as the CLI does for the file),
// the other exports throw an `Error`. Either way the next call runs on a fresh instance.
//
// It relies on names the generated code declares at module level (`wasm`, `wasmInstance`,
// `wasmModule`, the cached memory views `cached…Memory0`, every one of which it resets, and
// `__wbg_get_imports`) and fails the build when one is
// missing, so an upgrade of wasm-bindgen that renames them cannot ship a package without the guard.
import fs from 'node:fs';

const REQUIRED = ['wasm', 'wasmInstance', 'wasmModule', 'cachedDataViewMemory0', 'cachedUint8ArrayMemory0'];
const MARK = '// linkwa: recovery from a trap (scripts/guard.mjs)';

for (const file of process.argv.slice(2)) {
  let code = fs.readFileSync(file, 'utf8');
  if (code.includes(MARK)) continue;
  const esm = /^export function /m.test(code);
  for (const name of REQUIRED) {
    if (!new RegExp(`^(let|const) (.*\\b)?${name}\\b`, 'm').test(code)) {
      throw new Error(`${file}: the generated code no longer declares \`${name}\`; update scripts/guard.mjs`);
    }
  }
  if (!/^function __wbg_get_imports\(/m.test(code)) {
    throw new Error(`${file}: no __wbg_get_imports(); update scripts/guard.mjs`);
  }
  const names = esm
    ? [...code.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1])
    : [...code.matchAll(/^exports\.(\w+) = \1;$/gm)].map((m) => m[1]);
  const exported = names.filter((n) => !n.startsWith('__linkwa'));
  // Every cached view of the old instance's memory (the generated code declares those it uses).
  const views = [...code.matchAll(/^let (cached\w+Memory0) = null;$/gm)].map((m) => m[1]);
  const reassign = (n) => (esm ? `${n} = __linkwaGuard('${n}', ${n});` : `exports.${n} = __linkwaGuard('${n}', ${n});`);
  code += `
${MARK}
function __linkwaReinstantiate() {
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
${views.map((v) => `    ${v} = null;`).join('\n')}
    wasm.__wbindgen_start();
}
function __linkwaGuard(name, f) {
    return function (...args) {
        try {
            return f.apply(this, args);
        } catch (e) {
            if (!(e instanceof WebAssembly.RuntimeError)) throw e;
            __linkwaReinstantiate();
            if (name === 'lint' || name === 'lintValue') return __linkwaInternalErrorReport();
            throw new Error(\`linkwa: internal error in \${name}() (a bug in linkwa; please report it); the module was restarted\`);
        }
    };
}
${exported.map(reassign).join('\n')}
`;
  fs.writeFileSync(file, code);
}
