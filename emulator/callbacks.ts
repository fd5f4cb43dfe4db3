// Callback delivery: one POST per finished workflow, JSON (kyx) or form-encoded (legacy). No retries: the
// receiver's status (or the delivery error) is returned to the caller of finishWorkflow instead.
import { Agent, request } from 'undici';
import type { FinishResult } from './types.js';

export class CallbackSender {
  private readonly agent: Agent;

  constructor(
    private readonly timeoutMs: number,
    tls?: { ca?: string | Buffer; rejectUnauthorized?: boolean },
  ) {
    this.agent = new Agent({
      connections: 8,
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: tls ? { ca: tls.ca, rejectUnauthorized: tls.rejectUnauthorized ?? true } : undefined,
    });
  }

  async send(url: string, body: object | URLSearchParams): Promise<FinishResult> {
    const isForm = body instanceof URLSearchParams;
    try {
      const res = await request(url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          'content-type': isForm ? 'application/x-www-form-urlencoded' : 'application/json',
          'user-agent': 'netverify-migrate-emulator',
        },
        body: isForm ? body.toString() : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await res.body.dump();
      return { callbackStatus: res.statusCode };
    } catch (err) {
      return { callbackError: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
