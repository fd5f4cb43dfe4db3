import { Component } from '@angular/core';

@Component({
  selector: 'app-support-chat',
  host: { '(window:message)': 'onMessage($event)' },
  template: `<iframe src="https://chat.supportdesk.example/widget" allow="camera;microphone;fullscreen"></iframe>`,
})
export class SupportChatComponent {
  unread = 0;

  onMessage(event: MessageEvent) {
    if (event.origin !== 'https://chat.supportdesk.example') return;
    const data = JSON.parse(event.data);
    if (data.eventType === 'unread') this.unread = data.payload.value;
  }
}
