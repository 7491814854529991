// `npm start`: serves the example portal on http://localhost:${PORT:-8080}/.
import { createPortalServer } from './portal-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const server = createPortalServer();
server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use. Try PORT=8081 npm start.` : error.message);
  process.exit(1);
});
server.listen(port, 'localhost', () => {
  console.log(`Rummelig example portal: http://localhost:${port}/`);
  console.log(`Caseworker, both steps:  http://localhost:${port}/sagsbehandler`);
  console.log(`Compensation schemes:    http://localhost:${port}/ordninger`);
  console.log(`In a React app:          http://localhost:${port}/react`);
  console.log(`In a Vue app:            http://localhost:${port}/vue`);
  console.log('Stop with Ctrl+C.');
});
