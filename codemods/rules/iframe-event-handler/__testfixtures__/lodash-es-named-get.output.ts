// lodash-es's named `get` reads the parsed event by path (a string, and an array for the nested code).
import { get } from 'lodash-es';

export function listen(onDone: (reference: string | null) => void, onError: (retry: boolean) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message: unknown = JSON.parse(event.data);
    if (get(message, 'payload.value') === 'success') onDone(get(message, 'workflowExecutionId', null));
    const code: number | null = get(message, ['payload', 'metainfo', 'code'], null);
    // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
    if (code !== null) onError(code !== 9836);
  });
}
