import { Component, OnDestroy } from '@angular/core';
import { fromEvent, Subject } from 'rxjs';
import { filter, takeUntil } from 'rxjs/operators';

@Component({ selector: 'app-verify', template: '<ng-content></ng-content>' })
export class VerifyComponent implements OnDestroy {
  private destroy$ = new Subject<void>();
  done = false;

  constructor() {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(filter((e) => typeof e.data === 'string'), takeUntil(this.destroy$))
      .subscribe((event) => {
        const data = JSON.parse(event.data);
        if (data.payload.value === 'success') this.finish(data.workflowExecutionId, data.dateTime);
      });
  }

  finish(ref: string, at: string) {
    this.done = true;
  }

  ngOnDestroy() {
    this.destroy$.next();
  }
}
