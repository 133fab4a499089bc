// @web/dev-server-core (used by `npm start` and web-test-runner) listens on
// every interface when its hostname is 127.0.0.1 or localhost: it passes
// `host: undefined` to listen() on purpose. Our servers must stay on loopback,
// so a listen() with a port and no host is pinned to 127.0.0.1 in this process.
import net from 'node:net';

const listen = net.Server.prototype.listen;
if (!listen.__chronolineLoopback) {
  net.Server.prototype.listen = function (...args) {
    const [first] = args;
    if (first && typeof first === 'object' && 'port' in first && first.host === undefined) {
      args[0] = { ...first, host: '127.0.0.1' };
    } else if (typeof first === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
      args.splice(1, 0, '127.0.0.1');
    }
    return listen.apply(this, args);
  };
  net.Server.prototype.listen.__chronolineLoopback = true;
}
