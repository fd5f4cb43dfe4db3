// Video consultation frame (Angular): the frame's allow bound as a string literal.
import { Component, Input } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-call-frame',
  template: `<iframe [src]="url" [attr.allow]="'camera;microphone;fullscreen'" allowfullscreen width="100%" height="480"></iframe>`,
})
export class CallFrameComponent {
  @Input() url!: SafeResourceUrl;
}
