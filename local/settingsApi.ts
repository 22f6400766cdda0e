import { Router } from 'express';
import { isValidTimeZone } from '../lambda/domain/timeZone';

/**
 * A stand-in for the Alexa Settings API's time-zone endpoint, so the skill's real lookup
 * (lambda/services/settingsApi.ts, which calls `${context.System.apiEndpoint}/v2/devices/...`)
 * works against the local server when envelopes point apiEndpoint at it.
 */
export const DEFAULT_LOCAL_TIME_ZONE = 'America/Los_Angeles';

// Process-wide, so the simulator (or a test) can change a device's zone without a handle on the server.
const deviceZones = new Map<string, string>();

/** Sets the zone the fake Settings API reports for one device; `undefined` goes back to the default. */
export function setDeviceTimeZone(deviceId: string, timeZone: string | undefined): void {
  if (timeZone === undefined) deviceZones.delete(deviceId);
  else deviceZones.set(deviceId, timeZone);
}

export function clearDeviceTimeZones(): void {
  deviceZones.clear();
}

/**
 * The zone for a device: its override, else the server's option, else LOCAL_TIME_ZONE (read per call; a
 * value that is no time zone is ignored, as the web page's default ignores it), else the default.
 */
export function deviceTimeZone(deviceId: string, fallback?: string): string {
  const env = process.env.LOCAL_TIME_ZONE;
  return deviceZones.get(deviceId) ?? fallback ?? (env && isValidTimeZone(env) ? env : DEFAULT_LOCAL_TIME_ZONE);
}

/** GET /v2/devices/:deviceId/settings/System.timeZone -> a JSON string, as the real API answers. */
export function settingsApiRouter(defaultTimeZone?: string): Router {
  const router = Router();
  router.get('/v2/devices/:deviceId/settings/System.timeZone', (req, res) => {
    res.json(deviceTimeZone(req.params.deviceId, defaultTimeZone));
  });
  return router;
}
