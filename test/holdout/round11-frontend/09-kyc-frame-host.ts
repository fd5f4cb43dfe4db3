import { EmbeddedFrameHost } from '@acme/ui-kit/embedded-frame-host';

/** The identity step: the base class attaches this.onMessage to the window and removes it on dispose(). */
export class KycFrameHost extends EmbeddedFrameHost {
  reference: string | null = null;

  protected override onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.emit('verified', data.transactionReference);
    }
  }
}
