// A TLS terminator in front of the (plain HTTP, loopback) emulator: the server certificate names the Jumio hosts,
// bytes are piped unchanged, so the emulator sees the client's real Host header and request.
import net from 'node:net';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';

export interface TlsFront {
  port: number;
  close(): Promise<void>;
}

export async function startTlsFront(opts: { certPem: string; keyPem: string; targetPort: number }): Promise<TlsFront> {
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: opts.certPem, key: opts.keyPem }, (clear) => {
    const upstream = net.connect({ host: '127.0.0.1', port: opts.targetPort });
    sockets.add(clear);
    sockets.add(upstream);
    clear.pipe(upstream).pipe(clear);
    const done = (): void => {
      clear.destroy();
      upstream.destroy();
      sockets.delete(clear);
      sockets.delete(upstream);
    };
    clear.on('error', done).on('close', done);
    upstream.on('error', done).on('close', done);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
