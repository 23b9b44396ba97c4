import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Serves the built web client at / with history-mode fallback to index.html, on the same port as
 * the API. Without a client build, / points to the API documentation.
 */
export async function serveClient(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    fastify.get('/', (_request, reply) => reply.redirect('/api/docs'));
    return;
  }
  await fastify.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: ['index.html'] });
  fastify.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: `${request.method} ${request.url} does not exist`, requestId: request.id });
  });
}
