import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawReply {
  status: number;
  text: string;
  headers: IncomingHttpHeaders;
}

/** A raw HTTP request to 127.0.0.1 with exactly these headers (fetch would not let us set Host), bounded to 5 s. */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers, timeout: 5000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text, headers: response.headers }));
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer within 5 s`)));
    request.on('error', reject);
    request.end(body);
  });
}
