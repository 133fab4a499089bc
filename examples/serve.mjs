// `npm start`: the dev server with examples/dev-server.config.mjs, on
// 127.0.0.1 only (see tests/loopback.mjs). @web/dev-server's own start message
// is off: besides the local URL it prints a "Network:" URL on this machine's
// LAN address, where the server does not listen. The config prints the one
// URL that works.
import { startDevServer } from '@web/dev-server';
import config from './dev-server.config.mjs';

await startDevServer({ config, readFileConfig: false, logStartMessage: false });
