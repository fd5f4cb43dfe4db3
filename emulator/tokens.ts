// OAuth2 access tokens issued by the emulator (held only in memory).
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

  /** JWT-shaped like the vendor's tokens (code that reads `exp` from the token keeps working); the signature is
   *  random bytes, and only this store decides validity. */
  issue(clientId: string): { token: string; expiresIn: number } {
    const iat = Math.floor(this.clock.now() / 1000);
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = { sub: clientId, iss: 'netverify-migrate-emulator', iat, exp: iat + this.expiresInSeconds, jti: randomBytes(8).toString('hex') };
    const token = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.${randomBytes(32).toString('base64url')}`;
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
