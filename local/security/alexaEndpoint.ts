/**
 * POST / (and /alexa): the skill's endpoint as Alexa calls it, with the checks a server outside Lambda
 * needs before the skill sees a request. In place of ask-sdk-express-adapter's handler, whose answers to
 * a malformed body are HTTP 500 with the SDK's error text and nothing in the log.
 *   - only `application/json` (415 otherwise: a cross-site `text/plain` POST never reaches the skill);
 *   - a JSON body that looks like a request envelope (400 with a one-line hint otherwise, logged);
 *   - context.System.apiEndpoint, where the skill sends the listener's API access token, must be this
 *     server or an Alexa API endpoint (400 otherwise): the token never goes anywhere else;
 *   - with verification on, Alexa's signature and timestamp (requestVerification.ts);
 * then the skill's answer. Error bodies are our own one-liners: no stack, no path, no SDK message.
 */
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import express, { type RequestHandler } from 'express';
import type { AlexaRequestVerifier } from './requestVerification';

/** The Alexa API endpoints by region (the value Alexa puts in context.System.apiEndpoint). */
export const ALEXA_API_ENDPOINTS = ['https://api.amazonalexa.com', 'https://api.eu.amazonalexa.com', 'https://api.fe.amazonalexa.com'];
/** Alexa's requests are a few KB; this leaves room for large session attributes. */
const MAX_BODY = '256kb';

export interface AlexaEndpointOptions {
  skill: Skill;
  /** Present when requests must be signed by Alexa. */
  verifier?: AlexaRequestVerifier;
  /** Where the skill may call APIs with the request's token: Alexa's, plus this server's own (the fake Settings API). */
  allowedApiEndpoints: () => string[];
  log: (line: string) => void;
}

function refuse(res: express.Response, status: number, message: string): void {
  res.status(status).type('text/plain').send(`${status} ${message}\n`);
}

export function alexaEndpoint(options: AlexaEndpointOptions): RequestHandler[] {
  const contentType: RequestHandler = (req, res, next) => {
    if (req.is('application/json')) return next();
    options.log(`POST ${req.path} 415: Content-Type ${JSON.stringify(String(req.headers['content-type'] ?? '').slice(0, 60))}`);
    refuse(res, 415, 'send the request envelope as Content-Type: application/json');
  };
  const rawBody = express.text({ type: () => true, limit: MAX_BODY });
  const answer: RequestHandler = async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    let envelope: RequestEnvelope;
    try {
      envelope = JSON.parse(body) as RequestEnvelope;
    } catch {
      options.log(`POST ${req.path} 400: body is not JSON (${body.length} bytes)`);
      return refuse(res, 400, 'the body is not JSON: send an Alexa request envelope (see scripts/sample-requests/launch.json)');
    }
    const problem = envelopeProblem(envelope, options.allowedApiEndpoints());
    if (problem) {
      options.log(`POST ${req.path} 400: ${problem}`);
      return refuse(res, 400, problem);
    }
    if (options.verifier) {
      try {
        await options.verifier.verify(body, req.headers, envelope);
      } catch (error) {
        const reason = error instanceof Error && error.name === 'VerificationError' ? error.message : 'verification failed';
        options.log(`POST ${req.path} 400: request verification failed: ${reason}`);
        return refuse(res, 400, `request verification failed: ${reason}`);
      }
    }
    try {
      res.json(await options.skill.invoke(envelope));
    } catch (error) {
      options.log(`POST ${req.path} 500: the skill could not answer (${(error as Error)?.name ?? 'error'})`);
      refuse(res, 500, 'the skill could not answer this request (details in the server log)');
    }
  };
  return [contentType, rawBody, answer];
}

/** Why this is not a request envelope the server will pass on, or undefined when it is. */
export function envelopeProblem(envelope: unknown, allowedApiEndpoints: string[]): string | undefined {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return 'not an Alexa request envelope (expected a JSON object)';
  const { version, request, context } = envelope as {
    version?: unknown;
    request?: { type?: unknown };
    context?: { System?: { apiEndpoint?: unknown } };
  };
  if (typeof version !== 'string') return 'not an Alexa request envelope: "version" is missing';
  if (typeof request !== 'object' || request === null || typeof request.type !== 'string')
    return 'not an Alexa request envelope: "request.type" is missing';
  const apiEndpoint = context?.System?.apiEndpoint;
  if (apiEndpoint !== undefined && !allowedApiEndpoints.includes(String(apiEndpoint).replace(/\/+$/, '').toLowerCase())) {
    return "context.System.apiEndpoint must be this server or an Alexa API endpoint (the request's API token is sent there)";
  }
  return undefined;
}
