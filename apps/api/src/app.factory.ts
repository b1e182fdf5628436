import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/http/error-filter';
import { createValidationPipe } from './common/http/validation';
import { securityHeaders } from './common/security/helmet';
import type { AppConfig } from './config/app-config';
import { SESSION_COOKIE } from './auth/session-cookie';

/** The HTTP application: API under /api, its OpenAPI document, and the built web app on the same origin. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(securityHeaders(config.mode === 'production'));
  app.use(cookieParser());
  // What a signed-in person reads is theirs: no shared or browser cache keeps a copy.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/api/') && request.cookies?.[SESSION_COOKIE]) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('Concordia API')
      .setDescription('Citizen consultations on how a local government may use AI. Errors: {statusCode, error, message}.')
      .setVersion('0.1.0')
      .addCookieAuth('concordia_session')
      .build(),
  );
  // A map of every endpoint is for developers: off in production unless API_DOCS=public.
  if (config.mode !== 'production' || process.env.API_DOCS === 'public') {
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', raw: ['json'] });
  }

  serveWebApp(app, config.webDir);
  return app;
}

/** Every path that is not the API gets the Angular app, which routes on the client. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
