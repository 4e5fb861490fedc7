import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { join } from 'node:path';
import 'reflect-metadata';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { emptyBodyAsEmptyObject } from './common/empty-body.middleware';
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
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  app.useBodyParser('json', { limit: '1mb' });
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

/** Static assets plus the single-page app's index.html for every other non-API GET. */
function serveWebClient(app: NestExpressApplication, dir: string): void {
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
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
