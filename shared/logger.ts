import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger. Requests and jobs log through a child carrying tenant, principal and
 * correlation id (a child, not appendKeys: the local runtime serves many requests in one process).
 * `LOG_LEVEL` (Powertools' own variable) sets the level, POWERTOOLS_SERVICE_NAME (set per function
 * by the construct) the service; tests and `npm start` default to WARN.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gascare', logLevel: (process.env.LOG_LEVEL as 'INFO') ?? 'INFO' });

export const requestLogger = (keys: Record<string, string | undefined>) => logger.createChild({ persistentKeys: keys });
