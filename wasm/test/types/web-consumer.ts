// Type-checked by package.test.mjs against the package's generated declarations, resolved as a
// bundler resolves `linkwa` (the default condition: the web build, which needs `init()`).
import init, { lint, toMeta, type Report, type Translation } from 'linkwa';

await init();
const report: Report = lint('{"type": "text"}');
console.log(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`));
const translation: Translation = toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001');
console.log(translation.messages.length, translation.diagnostics.map((d) => d.code));
