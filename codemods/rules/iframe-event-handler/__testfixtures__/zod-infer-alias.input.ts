import { z } from 'zod';

const FrameEventSchema = z.object({
  transactionReference: z.string(),
  eventType: z.number(),
  payload: z.object({ value: z.enum(['loaded', 'success', 'error']) }),
});

// The type is what zod infers from the schema above: renaming the schema's key renames it.
type FrameEvent = z.output<typeof FrameEventSchema>;

export function listen(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const result = FrameEventSchema.safeParse(JSON.parse(event.data));
    if (!result.success) return;
    const data: FrameEvent = result.data;
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });
}
