/** What a route's main function returns; the middleware turns it into an API Gateway result. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The body is base64 of binary content (an Excel file): API Gateway and the local gateway send the bytes. */
  base64?: boolean;
}

/** A file download of one of a route's `alsoProduces` media. */
export const fileReply = (contentType: string, filename: string, body: string | Buffer): Reply => ({
  status: 200,
  body: typeof body === 'string' ? body : body.toString('base64'),
  base64: typeof body !== 'string',
  headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"` },
});

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, headers });
export const created = (body: unknown, location?: string): Reply => ({
  status: 201,
  body,
  headers: location ? { location } : undefined,
});
export const noContent = (): Reply => ({ status: 204 });
export const accepted = (body: unknown, location?: string): Reply => ({
  status: 202,
  body,
  headers: location ? { location } : undefined,
});

/** A versioned object goes out with an ETag so clients can update it with If-Match. */
export const withEtag = (body: { version: number }, status = 200): Reply => ({
  status,
  body,
  headers: { etag: `"${body.version}"` },
});
