// Bridge between the identity frame (our white-label web client, one subdomain per brand) and the wizard shell.
// Every message is validated with valibot before it is dispatched; each status has exactly one reaction, which the
// compiler checks through `satisfies`.
import * as v from 'valibot';

export enum FrameStatus {
  Loaded = 'loaded',
  Success = 'success',
  Error = 'error',
}

const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

const FrameEventSchema = v.object({
  transactionReference: v.string(),
  eventType: v.number(),
  dateTime: v.string(),
  payload: v.object({
    value: v.enum(FrameStatus),
    metainfo: v.optional(v.object({ code: v.number() })),
  }),
});

type FrameEvent = v.InferOutput<typeof FrameEventSchema>;

export interface WizardShell {
  hideSpinner(): void;
  complete(reference: string): void;
  showError(reference: string, code: number | undefined): void;
}

export function attachIdentityBridge(shell: WizardShell): () => void {
  const reactions = {
    loaded: () => shell.hideSpinner(),
    success: (frameEvent) => shell.complete(frameEvent.transactionReference),
    error: (frameEvent) => shell.showError(frameEvent.transactionReference, frameEvent.payload.metainfo?.code),
  } satisfies Record<FrameStatus, (frameEvent: FrameEvent) => void>;

  function onMessage(event: MessageEvent): void {
    if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
    if (typeof event.data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(event.data);
    } catch {
      return;
    }
    const result = v.safeParse(FrameEventSchema, raw);
    if (!result.success) return;
    const frameEvent = result.output;
    reactions[frameEvent.payload.value](frameEvent);
  }

  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
