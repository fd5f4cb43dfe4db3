// Loaded with `node --import` into the child process that runs customer code. Every TLS connection to a Jumio
// host (legacy `*.netverify.com`, `core-sgp.jumio.com`, KYX `*.<region>.jumio.ai`) goes to 127.0.0.1:<port>
// instead, where the tests' TLS front (certificate for those names, signed by a throwaway CA that the child trusts
// through NODE_EXTRA_CA_CERTS) hands it to the emulator. The TLS server name stays the real hostname, so the code
// under test still verifies the certificate for the host it asked for, and the Host header is untouched.
// Connections to any other host are refused, so nothing can leak off the machine.
import tls from 'node:tls';
import net from 'node:net';

const port = Number(process.env.NVM_JUMIO_ROUTE_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('NVM_JUMIO_ROUTE_PORT is not set');

const JUMIO_HOST = /(^|\.)(netverify\.com|core-sgp\.jumio\.com|(amer-1|emea-1|apac-1)\.jumio\.ai)$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function routed(options) {
  const host = String(options.servername || options.host || '');
  if (JUMIO_HOST.test(host)) return { ...options, host: '127.0.0.1', port, servername: host };
  if (!LOOPBACK.has(String(options.host))) throw new Error(`test network: refusing TLS connection to ${host}`);
  return options;
}

const originalTlsConnect = tls.connect;
tls.connect = function connect(...args) {
  // Forms: (options[, cb]), (port[, host][, options][, cb]). Clients pass options objects.
  if (args[0] && typeof args[0] === 'object') return originalTlsConnect.call(this, routed(args[0]), ...args.slice(1));
  return originalTlsConnect.apply(this, args);
};

// Plain-TCP connections to Jumio hosts (http://) are a bug in the code under test: fail loudly.
const originalNetConnect = net.connect;
net.connect = net.createConnection = function connect(...args) {
  const o = args[0];
  if (o && typeof o === 'object' && JUMIO_HOST.test(String(o.host ?? ''))) {
    throw new Error(`test network: plain TCP to ${o.host} (Jumio hosts are HTTPS only)`);
  }
  return originalNetConnect.apply(this, args);
};
