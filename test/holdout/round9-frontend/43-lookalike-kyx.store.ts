import { makeAutoObservable } from 'mobx';

// Already on the KYX web client (account API v3).
interface KyxFrameEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export class IdentityStore {
  workflowExecutionId: string | null = null;
  authFailed = false;

  constructor() {
    makeAutoObservable(this);
  }

  attach() {
    window.addEventListener('message', this.onMessage);
  }

  onMessage = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data) as KyxFrameEvent;
    if (data.payload.value === 'success') this.workflowExecutionId = data.workflowExecutionId;
    if (data.payload.value === 'error' && data.payload.metainfo?.code === 9836) this.authFailed = true;
  };
}
