import type { JumioEvent } from './support/jumio-event-union';

export function listen(onFailed: (ref: string, code: number) => void) {
  window.addEventListener('message', (e: MessageEvent<string>) => {
    if (!e.origin.endsWith('.jumio.ai')) return;
    const evt = JSON.parse(e.data) as JumioEvent;
    if (evt.payload.value === 'error') onFailed(evt.workflowExecutionId, evt.payload.metainfo.code);
  });
}
