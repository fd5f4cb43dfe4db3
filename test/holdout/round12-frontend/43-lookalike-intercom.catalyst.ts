// Support chat launcher (Catalyst). The chat frame posts { eventType, payload: { value } } messages.
import { controller, target } from '@github/catalyst';

@controller
export class SupportChatElement extends HTMLElement {
  @target frame!: HTMLIFrameElement;

  connectedCallback(): void {
    this.frame.setAttribute('allow', 'camera;microphone;fullscreen');
    window.addEventListener('message', this.handle);
  }

  handle = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.intercom.io')) return;
    const data = JSON.parse(event.data);
    if (data.eventType === 'unread') this.dataset.unread = String(data.payload.value);
  };
}
