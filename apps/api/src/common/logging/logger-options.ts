import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/**
 * JSON logs with a request id, and nothing personal: no cookies, tokens, bodies or query strings
 * (an admin's search may hold an e-mail address), no client address.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (request: IncomingMessage) => {
        const given = request.headers['x-request-id'];
        return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers', '*.password', '*.email', '*.token'], remove: true },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
      transport: undefined,
    },
    exclude: [],
  };
}
