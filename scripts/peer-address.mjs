// Loaded into the Next server before it starts (node --import ./scripts/peer-address.mjs
// …/next start): writes each request's TCP peer address into the x-hm-peer header before Next
// reads the request, replacing any x-hm-peer a client sent. Next itself fills X-Forwarded-For
// only when a client did not, so without this the app could not tell a client's real address
// from one it claims (lib/auth/client-address.ts).
import http from 'node:http';
import https from 'node:https';

// Tells lib/auth/client-address.ts that x-hm-peer is this module's: without it (a server started
// some other way) the header could only have come from a client, and is ignored.
globalThis[Symbol.for('horses-mouth.peer-address')] = true;

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeer(event, req, ...rest) {
    if (event === 'request' && req && req.headers) {
      req.headers['x-hm-peer'] = req.socket?.remoteAddress || 'unknown';
    }
    return emit.call(this, event, req, ...rest);
  };
}
