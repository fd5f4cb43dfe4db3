// OAuth2 access tokens issued by the emulator (opaque random strings, held only in memory).
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';

interface Issued {
  clientId: string;
  expiresAt: number;
}

export class TokenStore {
  private tokens = new Map<string, Issued>();

  constructor(
    private readonly expiresInSeconds: number,
    private readonly clock: Clock,
  ) {}

  issue(clientId: string): { token: string; expiresIn: number } {
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, { clientId, expiresAt: this.clock.now() + this.expiresInSeconds * 1000 });
    return { token, expiresIn: this.expiresInSeconds };
  }

  /** The client a valid, unexpired token was issued to; undefined otherwise. */
  check(token: string): string | undefined {
    const t = this.tokens.get(token);
    if (!t) return undefined;
    if (this.clock.now() >= t.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return t.clientId;
  }

  /** Fault 'token-expiry': every token issued so far stops working. */
  invalidateAll(): void {
    this.tokens.clear();
  }
}
