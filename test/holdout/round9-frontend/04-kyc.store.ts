import { makeAutoObservable } from 'mobx';

interface NetverifyFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export class KycStore {
  status: 'idle' | 'capturing' | 'done' | 'failed' = 'idle';
  reference: string | null = null;
  errorCode: number | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  start() {
    this.status = 'capturing';
    window.addEventListener('message', this.handleMessage);
  }

  stop() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data) as NetverifyFrameEvent;
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.status = 'done';
    } else if (data.payload.value === 'error') {
      this.errorCode = data.payload.metainfo?.code ?? null;
      this.status = 'failed';
    }
  };
}
