import Fastify from 'fastify';

/** A bare Fastify "hello" on the given port: the baseline for the framework-overhead scenario. */
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
