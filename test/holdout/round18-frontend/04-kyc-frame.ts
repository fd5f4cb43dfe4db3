import { bindable, IEventAggregator, IPlatform, resolve } from 'aurelia';

/** What the Netverify web client posts to the embedding page (event.data is a JSON string). */
interface JumioFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** <kyc-frame url.bind="session.redirectUrl"></kyc-frame>: view in kyc-frame.html (Aurelia 2 conventions). */
export class KycFrame {
  @bindable url!: string;
  step: 'loading' | 'loaded' | 'success' | 'error' = 'loading';

  private readonly platform = resolve(IPlatform);
  private readonly events = resolve(IEventAggregator);

  attached(): void {
    this.platform.window.addEventListener('message', this.onMessage);
  }

  detaching(): void {
    this.platform.window.removeEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (!event.origin.includes('netverify.com')) return;
    const data = JSON.parse(event.data) as JumioFrameEvent;
    this.step = data.payload.value;
    if (data.payload.value === 'success') {
      this.events.publish('kyc:verified', data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.events.publish('kyc:failed', { reference: data.transactionReference, code: data.payload.metainfo?.code });
    }
  };
}
