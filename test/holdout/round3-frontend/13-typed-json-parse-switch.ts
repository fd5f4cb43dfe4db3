import { logger } from '@/lib/logger';
import { useKycStore } from '@/stores/kyc';

interface IframeEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

const APPLICATION_STATE_CHANGE = 510;

export function onIframeMessage(event: MessageEvent<string>): void {
  let data: IframeEvent;
  try {
    data = JSON.parse(event.data) as IframeEvent;
  } catch {
    return;
  }

  switch (data.eventType) {
    case APPLICATION_STATE_CHANGE: {
      const store = useKycStore();
      logger.info('idv event', { value: data.payload.value, ref: data.transactionReference, at: data.dateTime });
      if (data.payload.value === 'success') store.markSubmitted(data.transactionReference);
      if (data.payload.value === 'error') store.markFailed(data.payload.metainfo?.code);
      break;
    }
    default:
      logger.debug('ignored iframe event', data.eventType);
  }
}

export function installIframeListener(): void {
  window.addEventListener('message', onIframeMessage);
}
