import '../tests/loopback.mjs';
// `npm start` (examples/serve.mjs): serves the repository on 127.0.0.1 so the
// example pages can load the built CDN bundle (dist/cdn/) and the chronology
// (dist/data/).
export default {
  rootDir: new URL('..', import.meta.url).pathname,
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  appIndex: undefined,
  plugins: [
    {
      name: 'print-examples-url',
      serverStart({ config }) {
        setTimeout(() => console.log(`\n  chronoline examples: http://${config.hostname}:${config.port}/examples/\n`), 50);
      },
    },
  ],
  middleware: [
    // "/" goes to the examples' index.
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/examples/');
      return next();
    },
  ],
};
