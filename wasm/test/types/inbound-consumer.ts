// Type-checked by parse-inbound.test.mjs against the declarations generated for the `inbound`
// build (`parseInbound`), resolved as Node resolves a CommonJS module with its .d.ts.
import { parseInbound, lint } from './inbound/linkwa_inbound.js';
import type {
  CallPermissionReply,
  Diagnostic,
  Inbound,
  InboundResult,
  IncomingMessage,
  MessagesValue,
  ResultCode,
  StatusNotification,
  Webhook,
  WebhookContact,
  WebhookMessage,
  WebhookStatus,
} from './inbound/linkwa_inbound.js';

const result: InboundResult = parseInbound('{"resultCode": 112001, "description": "queued", "messageIds": ["a"]}');
const fromBytes: InboundResult = parseInbound(new Uint8Array([123, 125]));

function handle(r: InboundResult): string {
  switch (r.kind) {
    case 'invalid': {
      const first: Diagnostic | undefined = r.diagnostics[0];
      return first ? `${first.code} ${first.path}` : 'invalid';
    }
    case 'status': {
      const dlr: StatusNotification = r.document;
      const code: ResultCode = dlr.resultCode;
      const details: string | undefined = dlr.customParameters?.['metaErrorDetails'];
      return `${dlr.messageId} ${code} ${details ?? ''} ${dlr.messageIndex + 1}`;
    }
    case 'incoming': {
      const mo: IncomingMessage = r.document;
      const text: string | undefined = mo.content.message.text;
      const row: string | undefined = mo.content.message.interactive?.list_reply?.id;
      const quantity: string | undefined = mo.content.message.order?.product_items[0]?.quantity;
      return `${mo.content.message.contentType} ${text ?? ''} ${row ?? ''} ${quantity ?? ''}`;
    }
    case 'webhook': {
      const hook: Webhook = r.document;
      const statuses: WebhookStatus[] = 'entry' in hook ? [] : hook.statuses ?? [];
      const value: MessagesValue | undefined = 'entry' in hook ? undefined : hook;
      // Issue 21: the members Meta added are typed, and unknown ones are kept as `unknown`.
      const contact: WebhookContact | undefined = value?.contacts?.[0];
      const username: string | undefined = contact?.profile?.username;
      const parent: unknown = contact?.['parent_user_id'];
      const message: WebhookMessage | undefined = value?.messages?.[0];
      const sender: string = message?.from_user_id ?? message?.from ?? '';
      const group: string | undefined = message?.group_id;
      const url: string | undefined = message?.image?.url;
      const edited: string | undefined = message?.edit?.original_message_id;
      const revoked: string | undefined = message?.revoke?.original_message_id;
      const call: CallPermissionReply | undefined = message?.interactive?.call_permission_reply;
      const participant: string | undefined = statuses[0]?.recipient_participant_id;
      const old: string | undefined = statuses[0]?.errors?.[0]?.details;
      const parts = [username, String(parent), sender, group, url, edited, revoked, call?.response, participant, old];
      return statuses.map((s) => `${s.id} ${s.status} ${s.errors?.[0]?.code ?? ''} ${s.recipient_user_id ?? ''}`).join(',') + parts.join(' ');
    }
    case 'messageResponse':
      return r.document.messageIds.join(',');
    case 'errorResponse':
      return `${r.document.resultCode} ${r.document.translatedDescription ?? ''}`;
    case 'alternative':
      return r.document.content.items?.[0]?.url ?? r.document.content.data ?? '';
  }
}

const received: Inbound | null = result.kind === 'invalid' ? null : result;
console.log(handle(result), handle(fromBytes), received?.kind, lint('{}').diagnostics.length);

// @ts-expect-error: parseInbound takes text
parseInbound({ resultCode: 112001 });
// @ts-expect-error: not a kind
const wrong: InboundResult['kind'] = 'dlr';
console.log(wrong);
