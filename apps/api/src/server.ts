import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import 'reflect-metadata';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { emptyBodyAsEmptyObject } from './common/empty-body.middleware';
import { RedisIoAdapter } from './realtime/redis-io-adapter';
import type { DatabaseConnection } from './database/typeorm-options';
import { useSecurityHeaders } from './security-headers';

/** Builds the whole app (REST under /api, Socket.IO, the web client at /), not yet listening. */
export async function createApp(
  config: AppConfig,
  database: DatabaseConnection,
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), {
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  // Before anything else: request.ip and request.secure must read X-Forwarded-* only from trusted proxies.
  app.set('trust proxy', config.trustProxy);
  useSecurityHeaders(app);
  // Brotli or gzip for whatever the client accepts and is worth it (JSON above 1 KB: a 5,000-task board's
  // snapshot is 4.5 MB raw). Streams (CSV) stay streams; what is compressed already (XLSX, the web
  // client's precompressed files) is left alone. Brotli at quality 1: on JSON like a board's, a quarter of
  // the time of the default 4 for a few percent more bytes (bench section 4).
  app.use(compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } } }));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  app.useBodyParser('json', { limit: '1mb' });
  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl, config.redisKeyPrefix);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  app.use(emptyBodyAsEmptyObject);

  const openApi = new DocumentBuilder()
    .setTitle('Duban API')
    .setDescription('Supervision of decided tasks: boards, tasks, comments and their realtime events')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'api/docs-json',
  });

  if (config.webDistDir) serveWebClient(app, config.webDistDir);
  return app;
}

/**
 * Static assets plus the single-page app's index.html for every other non-API GET. The build writes each
 * text asset also as .br and .gz: those are sent as they are to a client that accepts them.
 */
function serveWebClient(app: NestExpressApplication, dir: string): void {
  app.use(
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, maxAge: '1h' },
    }),
  );
  const indexHtml = join(dir, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' && !request.path.startsWith('/api') && !request.path.startsWith('/socket.io');
    if (!isPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
  new Logger('Web').log(`Serving the web client from ${dir}`);
}
