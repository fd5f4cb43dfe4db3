// The origin is tested by a method of the handler's class (`this.isJumioOrigin(event.origin)`), as a local predicate
// function is: its regex on the white-label host is translated (hold-out round 19 front end, 07). Left, the migrated
// handler would drop every KYX event.
const JUMIO_FRAME_ORIGIN = /^https:\/\/acme\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/;

export class KycFrame {
  reference?: string;

  constructor() {
    window.addEventListener('message', (event) => this.onMessage(event));
  }

  onMessage(event: MessageEvent): void {
    if (!this.isJumioOrigin(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.reference = data.workflowExecutionId;
  }

  private isJumioOrigin(origin: string): boolean {
    return JUMIO_FRAME_ORIGIN.test(origin);
  }
}
