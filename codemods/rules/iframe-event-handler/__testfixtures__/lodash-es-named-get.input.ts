// lodash-es's named `get` reads the parsed event by path (a string, and an array for the nested code).
import { get } from 'lodash-es';

export function listen(onDone: (reference: string | null) => void, onError: (retry: boolean) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message: unknown = JSON.parse(event.data);
    if (get(message, 'payload.value') === 'success') onDone(get(message, 'transactionReference', null));
    const code: number | null = get(message, ['payload', 'metainfo', 'code'], null);
    if (code !== null) onError(code !== 9836);
  });
}
