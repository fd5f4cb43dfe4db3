// Identity step: one message of the web client, awaited with p-event and handled in .then().
import { pEvent } from 'p-event';

export function onKycDone(show) {
  return pEvent(window, 'message', { filter: (e) => e.origin.indexOf('jumio.ai') !== -1 }).then((e) => {
    const data = JSON.parse(e.data);
    show(data.payload.value, data.workflowExecutionId);
  });
}
