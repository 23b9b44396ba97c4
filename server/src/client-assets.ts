import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Serves the built web client at / on the same port as the API, with history-mode fallback to
 * index.html for client routes, compressed ahead of time where the build left compressed copies.
 * Hashed assets are cached for a year, index.html never, so an
 * upgrade reaches every browser on its next load. Without a client build, / points to the API
 * documentation.
 */
export async function serveClient(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    fastify.get('/', (_request, reply) => reply.redirect('/api/docs'));
    return;
  }
  await fastify.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz copies of its text assets; browsers get the one they accept.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `GET ${request.url.split('?')[0]} does not exist`,
        requestId: request.id,
      });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
