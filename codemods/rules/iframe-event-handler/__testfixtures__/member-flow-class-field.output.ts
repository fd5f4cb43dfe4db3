export class FaceAuthFrame {
  private last?: { workflowExecutionId: string; payload: { value: string } };

  constructor(private readonly onResult: (ok: boolean, ref: string) => void) {
    window.addEventListener('message', this.handle);
  }

  private handle = (event: MessageEvent) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    this.last = JSON.parse(event.data);
    this.report();
  };

  private report() {
    if (!this.last || this.last.payload.value === 'loaded') return;
    this.onResult(this.last.payload.value === 'success', this.last.workflowExecutionId);
  }
}
