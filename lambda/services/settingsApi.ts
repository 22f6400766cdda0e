import { DefaultApiClient } from 'ask-sdk-core';
import type { RequestEnvelope, services } from 'ask-sdk-model';

/**
 * The device's time zone from the Alexa Settings API: GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone
 * with the request's API access token, answered with a JSON string ("Europe/Berlin"). Sent through
 * ask-sdk-core's DefaultApiClient, as ask-sdk-model's UpsServiceClient sends it, and read the same
 * way (a status outside 2xx is an error); written here instead of calling that client because it
 * comes only with all of ask-sdk-model's generated service clients, whose loading was ~15M
 * instructions of the first request of every new container, for this one GET (docs/performance.md).
 */
export class SettingsApi {
  constructor(private readonly apiClient: services.ApiClient = new DefaultApiClient()) {}

  async timeZone(envelope: RequestEnvelope): Promise<string | undefined> {
    const system = envelope.context?.System;
    const deviceId = system?.device?.deviceId;
    if (!deviceId) return undefined;
    if (typeof system.apiEndpoint !== 'string') throw new Error('the request names no Alexa API endpoint');
    const endpoint = system.apiEndpoint.endsWith('/') ? system.apiEndpoint.slice(0, -1) : system.apiEndpoint;
    const response = await this.apiClient.invoke({
      method: 'GET',
      url: `${endpoint}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`,
      headers: [{ key: 'Authorization', value: `Bearer ${system.apiAccessToken}` }],
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw Object.assign(new Error(`the Settings API answered ${response.statusCode}`), {
        name: 'ServiceError',
        statusCode: response.statusCode,
      });
    }
    const zone: unknown = response.body ? JSON.parse(response.body) : undefined;
    return typeof zone === 'string' ? zone : undefined;
  }
}
