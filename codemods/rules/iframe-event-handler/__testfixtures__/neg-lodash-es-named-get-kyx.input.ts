// Already on KYX: lodash-es's `get` reads workflowExecutionId and accountId, and 9836 is KYX's code here.
import { get } from 'lodash-es';

export function listen(onDone: (reference: string | null, account: string) => void, onError: (retry: boolean) => void) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message: unknown = JSON.parse(event.data);
    if (get(message, 'payload.value') === 'success') onDone(get(message, 'workflowExecutionId', null), get(message, 'accountId', ''));
    const code: number | null = get(message, ['payload', 'metainfo', 'code'], null);
    if (code !== null) onError(code !== 9836);
  });
}
