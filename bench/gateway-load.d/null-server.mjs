// The floor of bench/gateway-load: an MCP server that does nothing, so that what a call through it costs is
// the load client's own transport. Every tools/call is answered at once with a fixed text result.
//
//   node null-server.mjs              over stdio, one JSON-RPC message a line
//   node null-server.mjs --http PORT  Streamable HTTP on 127.0.0.1:PORT, a request answered as the Java SDK's
//                                     servlet transport answers it: the SSE response's headers flushed first,
//                                     then one event, then the end of the response, each written on its own
import http from 'node:http';
import readline from 'node:readline';

const RESULT = { content: [{ type: 'text', text: 'Quarterly numbers: 42' }] };

function answer(message) {
  const result =
    message.method === 'initialize'
      ? {
          protocolVersion: message.params.protocolVersion,
          capabilities: { tools: {} },
          serverInfo: { name: 'null-server', version: '1' },
        }
      : message.method === 'tools/call'
        ? RESULT
        : {};
  return JSON.stringify({ jsonrpc: '2.0', id: message.id, result });
}

if (process.argv[2] === '--http') {
  http
    .createServer((request, response) => {
      if (request.method !== 'POST') {
        response.writeHead(405).end();
        return;
      }
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const message = JSON.parse(body);
        if (message.id === undefined) {
          response.writeHead(202).end();
        } else if (message.method === 'initialize') {
          response.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'null-session' });
          response.end(answer(message));
        } else {
          response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          response.flushHeaders();
          setImmediate(() => {
            response.write(`id: 1\nevent: message\ndata: ${answer(message)}\n\n`);
            setImmediate(() => response.end());
          });
        }
      });
    })
    .listen(Number(process.argv[3]), '127.0.0.1');
} else {
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const message = JSON.parse(line);
    if (message.id !== undefined) process.stdout.write(answer(message) + '\n');
  });
}
