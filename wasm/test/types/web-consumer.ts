// Type-checked by package.test.mjs against the package's generated declarations, resolved as a
// bundler resolves `linkwa` and `linkwa/meta` (the default condition: the web builds, which need
// `init()`); `linkwa/meta` loaded lazily, as the playground loads it.
import init, { lint, type Report } from 'linkwa';
import type { Translation } from 'linkwa/meta';

await init();
const report: Report = lint('{"type": "text"}');
console.log(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`));
const meta = await import('linkwa/meta');
await meta.default();
const translation: Translation = meta.toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001');
console.log(translation.messages.length, translation.diagnostics.map((d) => d.code));
