import { Component, HostListener } from '@angular/core';

@Component({
  selector: 'app-support-chat',
  template: `<iframe src="https://chat.example-support.com/widget" allow="microphone;camera" width="360" height="520"></iframe>`,
})
export class SupportChatComponent {
  unread = 0;

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    if (event.origin !== 'https://chat.example-support.com') return;
    const data = JSON.parse(event.data);
    if (data.payload && data.payload.value === 'unread') this.unread = data.payload.count;
  }
}
