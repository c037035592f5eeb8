import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** How long a shutdown may take in all before the process gives up waiting and exits (the bound is 10 s). */
export const SHUTDOWN_DEADLINE_MS = 9000;
/** A connection with no request under way is closed once it has been quiet this long after the drain began. */
const QUIET_MS = 500;

/**
 * Graceful HTTP drain for SIGTERM/SIGINT, before the application closes:
 * - the server stops accepting connections at once (a load balancer sees the port refuse and moves on);
 * - every request under way is answered, and answers carry `Connection: close`;
 * - a connection with no request under way is closed once quiet for QUIET_MS: long enough for a request already
 *   in the socket's buffer (accepted, not yet parsed) to be read and answered rather than cut.
 *   (Node's own `server.close()` closes idle connections at once, cutting such requests; Apollo's drain does the same.)
 * Resolves when every connection is closed, or at `deadline` (the remaining ones are destroyed).
 */
export function trackConnections(server: Server): (deadline: number) => Promise<void> {
  const sockets = new Map<Socket, { active: number; quietSince: number }>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { active: 0, quietSince: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    const s = sockets.get(req.socket);
    if (s) s.active++;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      if (!s) return;
      s.active--;
      s.quietSince = Date.now();
    });
  });

  return async (deadline: number) => {
    draining = true;
    const began = Date.now();
    // stop listening without Node's closeIdleConnections() (see above); the callback's error (not listening) is moot
    NetServer.prototype.close.call(server, () => undefined);
    while (sockets.size && Date.now() < deadline) {
      for (const [socket, s] of sockets) {
        if (s.active === 0 && Date.now() - Math.max(s.quietSince, began) >= QUIET_MS) socket.end();
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const socket of sockets.keys()) socket.destroy();
  };
}
