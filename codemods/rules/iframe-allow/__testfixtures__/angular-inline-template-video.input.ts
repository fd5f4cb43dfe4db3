import { Component, HostListener } from '@angular/core';

@Component({
  selector: 'app-intro',
  template: `<iframe [src]="videoUrl | safe" allow="autoplay; encrypted-media" allowfullscreen></iframe>`,
})
export class IntroComponent {
  videoUrl = '';
  state = '';

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    if (event.origin !== 'https://www.youtube.com') return;
    this.state = JSON.parse(event.data).info;
  }
}
