/**
 * Guards for a server bound to loopback, where a browser on the same machine is the attacker's way in:
 * a page on any site can make the browser send requests to 127.0.0.1 (cross-site POSTs that need no
 * preflight: text/plain, forms), and a DNS name the attacker controls can be pointed at 127.0.0.1 so the
 * browser treats the local server as that site (DNS rebinding). The Host check stops rebinding (the
 * browser sends the attacker's name); the Origin check stops cross-site requests that change state.
 */
import type { RequestHandler } from 'express';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** `127.0.0.1:3000`, `localhost:3000`, `[::1]:3000`: the Host values a loopback server answers to. */
export function loopbackHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

/** Every route: the Host header must name this server by a loopback name and its port. */
export function hostGuard(port: () => number, log: (line: string) => void): RequestHandler {
  return (req, res, next) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (loopbackHosts(port()).includes(host)) return next();
    log(`${req.method} ${req.path} refused: Host ${JSON.stringify(host.slice(0, 80))} is not this loopback server`);
    res.status(403).type('text/plain').send(`403 this server answers only to http://127.0.0.1:${port()} (Host header not allowed)\n`);
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests: a browser's Origin (or Sec-Fetch-Site) must be this server itself. Requests
 * without either (curl, Alexa, other tools) pass: only browsers send them, and browsers always do on
 * cross-site POSTs.
 */
export function originGuard(allowedOrigins: () => string[], log: (line: string) => void): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const foreignOrigin = origin !== undefined && !allowedOrigins().includes(origin.toLowerCase());
    const crossSite = site === 'cross-site' || site === 'same-site';
    if (!foreignOrigin && !crossSite) return next();
    log(`${req.method} ${req.path} refused: cross-site request (Origin ${JSON.stringify(String(origin ?? '').slice(0, 80))})`);
    res.status(403).type('text/plain').send('403 cross-site requests are not accepted\n');
  };
}
