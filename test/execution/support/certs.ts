// A throwaway certificate authority and one server certificate for every Jumio host the tests route to the
// emulator, made with the openssl binary at test time. Nothing is checked in; the directory is deleted by the caller.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** DNS names on the server certificate: legacy API hosts and the KYX service hosts of every region. */
export const ROUTED_CERT_NAMES = [
  'netverify.com',
  '*.netverify.com',
  'core-sgp.jumio.com',
  '*.core-sgp.jumio.com',
  '*.amer-1.jumio.ai',
  '*.emea-1.jumio.ai',
  '*.apac-1.jumio.ai',
] as const;

export interface TestCerts {
  dir: string;
  caFile: string;
  certPem: string;
  keyPem: string;
  caPem: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function makeTestCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'nvm-certs-'));
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1',
    '-subj', '/CN=netverify-migrate test CA', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr',
    '-subj', '/CN=netverify.com'], dir);
  writeFileSync(join(dir, 'ext.cnf'), [
    'basicConstraints=CA:FALSE',
    'keyUsage=digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${ROUTED_CERT_NAMES.map((n) => `DNS:${n}`).join(',')}`,
    '',
  ].join('\n'));
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', 'server.pem', '-days', '1', '-extfile', 'ext.cnf'], dir);
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    certPem: readFileSync(join(dir, 'server.pem'), 'utf8'),
    keyPem: readFileSync(join(dir, 'server.key'), 'utf8'),
  };
}
