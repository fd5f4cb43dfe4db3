import { Component, OnDestroy, OnInit, Renderer2 } from '@angular/core';

@Component({ selector: 'app-kyc', templateUrl: './kyc.component.html' })
export class KycComponent implements OnInit, OnDestroy {
  reference?: string;
  private unlisten?: () => void;

  constructor(private renderer: Renderer2) {}

  ngOnInit(): void {
    this.unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.payload.value === 'loaded') return;
      this.reference = data.workflowExecutionId;
    });
  }

  ngOnDestroy(): void {
    this.unlisten?.();
  }
}
