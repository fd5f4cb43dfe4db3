import { Component } from '@angular/core';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

type FrameEvent = { workflowExecutionId: string; payload: { value: 'loaded' | 'success' | 'error' } };

@Component({
  selector: 'app-identity',
  template: `<iframe [src]="frameUrl | safeUrl" allow="camera;fullscreen"></iframe>
    <p *ngIf="events$ | async as e">{{ e.transactionReference }}</p>`,
})
export class IdentityComponent {
  frameUrl = '';
  // Public: the template reads it, and the code below.
  // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to the public field events$: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
  events$ = fromEvent<MessageEvent>(window, 'message').pipe(
    filter((e) => e.origin.endsWith('.jumio.ai')),
    map((e) => JSON.parse(e.data) as FrameEvent),
  );

  ngOnInit(): void {
    this.events$.subscribe((e) => console.log('frame', e.workflowExecutionId));
  }
}
