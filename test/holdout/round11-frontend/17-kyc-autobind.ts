import autobind from 'autobind-decorator';
import { EventEmitter } from 'events';

// Identity step of the onboarding wizard (Netverify web client in #kyc-frame).
export class IdentityStep extends EventEmitter {
  private frame = document.getElementById('kyc-frame') as HTMLIFrameElement;

  start(url: string): void {
    this.frame.src = url;
    window.addEventListener('message', this.handleMessage);
  }

  stop(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  @autobind
  handleMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    switch (data.payload.value) {
      case 'success':
        this.emit('verified', data.transactionReference);
        break;
      case 'error':
        this.emit('failed', data.payload.metainfo.code);
        break;
    }
  }
}
