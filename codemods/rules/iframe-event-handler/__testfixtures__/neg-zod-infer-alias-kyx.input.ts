import { z } from 'zod';

const FrameEventSchema = z.object({
  workflowExecutionId: z.string(),
  eventType: z.number(),
  payload: z.object({ value: z.enum(['loaded', 'success', 'error']) }),
});

// Already on KYX: the type zod infers from the schema needs nothing (no marker on a rerun).
type FrameEvent = z.output<typeof FrameEventSchema>;

export function listen(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const result = FrameEventSchema.safeParse(JSON.parse(event.data));
    if (!result.success) return;
    const data: FrameEvent = result.data;
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  });
}
