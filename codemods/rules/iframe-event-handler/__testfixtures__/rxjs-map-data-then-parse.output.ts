// The stream maps the event to its posted string first, then parses that string: the later stages read the parsed event.
import { fromEvent, filter, map, share } from 'rxjs';

interface NetverifyFrameEvent {
  workflowExecutionId: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

const frameEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.jumio.ai')),
  map((e) => e.data as string),
  map((raw) => JSON.parse(raw) as NetverifyFrameEvent),
  share(),
);

export const verifiedReference$ = frameEvents$.pipe(
  filter((event) => event.payload.value === 'success'),
  map((event) => event.workflowExecutionId),
);
