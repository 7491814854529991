// Starts the built HTTP service on a free loopback port in its own process and prints its address,
// so that the load generator and the service each have a core of their own.
const { start } = await import('../packages/rules/dist/http.js');
const service = await start({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${service.url}\n`);
