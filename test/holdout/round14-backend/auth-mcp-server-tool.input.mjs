// An MCP server (stdio) exposing a face-login tool to the operations agent (Singapore data centre).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'acme-identity', version: '1.2.0' });
const JUMIO = 'https://core-sgp.jumio.com';
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

server.tool('start_face_login', { enrollment: z.string(), userId: z.string() }, async ({ enrollment, userId }) => {
  const res = await fetch(`${JUMIO}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${basic}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  if (!res.ok) return { isError: true, content: [{ type: 'text', text: `Jumio answered ${res.status}` }] };
  const { redirectUrl, transactionReference } = await res.json();
  return { content: [{ type: 'text', text: `Open ${redirectUrl} (reference ${transactionReference})` }] };
});

await server.connect(new StdioServerTransport());
