// The Netverify iFrame event validated with a yup schema of the same file: the schema's key is renamed with the read.
import { object, string } from 'yup';

const FrameEvent = object({
  workflowExecutionId: string().required(),
  payload: object({ value: string().oneOf(['loaded', 'success', 'error']).required() }),
});

window.addEventListener('message', (e: MessageEvent) => {
  if (!e.origin.endsWith('.jumio.ai')) return;
  const data = FrameEvent.validateSync(JSON.parse(e.data));
  if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.workflowExecutionId);
});
