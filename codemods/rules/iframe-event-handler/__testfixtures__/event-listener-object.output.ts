// EventListener objects: the browser calls handleEvent of what is registered.
export class KycListener implements EventListenerObject {
  reference: string | null = null;

  attach(): void {
    window.addEventListener('message', this);
  }

  handleEvent(event: Event): void {
    const e = event as MessageEvent;
    if (!e.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') this.reference = data.workflowExecutionId;
  }
}

window.addEventListener('message', {
  handleEvent(event: MessageEvent) {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') return;
    console.log('Jumio', data.workflowExecutionId, data.payload.metainfo?.code);
  },
});
