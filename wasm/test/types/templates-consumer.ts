// Type-checked by package.test.mjs against the declarations of `linkwa/templates` (lint with
// template definitions, preview), resolved as Node resolves the package.
import { lint, lintValue, preview } from 'linkwa/templates';
import * as small from 'linkwa';
import type {
  Diagnostic,
  LintReport,
  Preview,
  PreviewButton,
  PreviewHeader,
  TemplateDefinition,
  Templates,
} from 'linkwa/templates';

const definition: TemplateDefinition = {
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  parameter_format: 'positional',
  components: [
    { type: 'BODY', text: 'Hi {{1}}', example: { body_text: [['Ana']] } },
    { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Track', url: 'https://example.com/{{1}}', example: ['https://example.com/1'] }] },
  ],
};
const all: Templates[] = [definition, JSON.stringify(definition), { data: [definition] }, [definition, '{}']];
const send = '{"messaging_product": "whatsapp", "to": "1", "type": "template", "template": {"name": "order_update", "language": {"code": "en_US"}}}';
const report: LintReport = lint(send, { dialect: 'cloud', templates: all[0] });
const problems: Diagnostic[] = report.templates ?? [];
const fromValue: LintReport = lintValue(JSON.parse(send), { templates: [definition] });
const [message]: Preview[] = preview(send, { templates: definition });
if (message) {
  const header: PreviewHeader | null = message.header;
  const shown = header === null ? '' : header.kind === 'text' ? header.text : `${header.format} ${header.source ?? ''}`;
  const buttons: PreviewButton[] = message.buttons;
  const footer: string | null = message.footer;
  console.log(shown, message.body, footer, buttons.map((b) => `${b.kind} ${b.text} ${b.value ?? ''}`), message.cards.length);
}
console.log(problems.length, fromValue.diagnostics.length);

// @ts-expect-error: preview needs the definitions
preview(send);
// @ts-expect-error: a definition has a name
lint(send, { templates: { language: 'en_US', category: 'UTILITY', components: [] } });
// @ts-expect-error: the module `linkwa` has no templates option
small.lint(send, { templates: definition });
