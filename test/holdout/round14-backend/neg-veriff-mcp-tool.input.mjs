// An MCP tool starting a Veriff session (another IDV vendor): verification.url and verification.id.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export const server = new McpServer({ name: 'acme-kyc', version: '0.4.0' });

server.tool('start_veriff', { userId: z.string() }, async ({ userId }) => {
  const res = await fetch('https://stationapi.veriff.com/v1/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY },
    body: JSON.stringify({ verification: { callback: 'https://app.acme.example/veriff/done', vendorData: userId } }),
  });
  const { verification } = await res.json();
  return { content: [{ type: 'text', text: `Open ${verification.url} (session ${verification.id})` }] };
});
