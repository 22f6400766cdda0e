import type { RequestEnvelope, services } from 'ask-sdk-model';
import { SettingsApi } from '../../lambda/services/settingsApi';
import { launchRequest } from '../../tools/envelopes';

/** An ApiClient that answers every call with `answer` and records the requests. */
function apiClient(answer: Partial<services.ApiClientResponse>) {
  const requests: services.ApiClientRequest[] = [];
  const client: services.ApiClient = {
    invoke: async (request) => {
      requests.push(request);
      return { statusCode: 200, headers: [{ key: 'content-type', value: 'application/json' }], body: '', ...answer };
    },
  };
  return { client, requests };
}

function envelope(overrides: { deviceId?: string; apiEndpoint?: string; apiAccessToken?: string } = {}): RequestEnvelope {
  const base = launchRequest({
    timestamp: '2026-05-14T15:00:00.000Z',
    apiEndpoint: overrides.apiEndpoint ?? 'https://api.eu.amazonalexa.com',
  });
  const system = base.context.System;
  if (overrides.apiAccessToken !== undefined) system.apiAccessToken = overrides.apiAccessToken;
  if (overrides.deviceId !== undefined) system.device = { ...system.device!, deviceId: overrides.deviceId };
  return base;
}

describe('SettingsApi.timeZone', () => {
  test("asks for the device's System.timeZone with the request's token and reads the JSON string", async () => {
    const { client, requests } = apiClient({ body: '"Europe/Berlin"' });
    const zone = await new SettingsApi(client).timeZone(envelope({ deviceId: 'amzn1.ask.device.A/B+C', apiAccessToken: 'token-1' }));
    expect(zone).toBe('Europe/Berlin');
    expect(requests).toEqual([
      {
        method: 'GET',
        url: 'https://api.eu.amazonalexa.com/v2/devices/amzn1.ask.device.A%2FB%2BC/settings/System.timeZone',
        headers: [{ key: 'Authorization', value: 'Bearer token-1' }],
      },
    ]);
  });

  test('an endpoint with a trailing slash gets no double slash', async () => {
    const { client, requests } = apiClient({ body: '"Asia/Tokyo"' });
    await new SettingsApi(client).timeZone(envelope({ apiEndpoint: 'http://127.0.0.1:4000/' }));
    expect(requests[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:4000\/v2\/devices\//);
  });

  test('an empty answer (204) is no zone; a JSON value that is no string is none either', async () => {
    expect(await new SettingsApi(apiClient({ statusCode: 204, body: '' }).client).timeZone(envelope())).toBeUndefined();
    expect(await new SettingsApi(apiClient({ body: '{"zone":"UTC"}' }).client).timeZone(envelope())).toBeUndefined();
  });

  test.each([401, 403, 429, 500])('status %i is an error naming it', async (statusCode) => {
    const api = new SettingsApi(apiClient({ statusCode, body: '{"message":"nope"}' }).client);
    await expect(api.timeZone(envelope())).rejects.toMatchObject({
      name: 'ServiceError',
      statusCode,
      message: expect.stringContaining(String(statusCode)),
    });
  });

  test('a body that is not JSON is an error, not a zone', async () => {
    await expect(new SettingsApi(apiClient({ body: '<html>busy</html>' }).client).timeZone(envelope())).rejects.toThrow(SyntaxError);
  });

  test('no device: no call and no zone; no endpoint: an error', async () => {
    const { client, requests } = apiClient({ body: '"Europe/Berlin"' });
    const noDevice = envelope();
    delete noDevice.context.System.device;
    expect(await new SettingsApi(client).timeZone(noDevice)).toBeUndefined();
    expect(requests).toEqual([]);
    const noEndpoint = envelope();
    delete (noEndpoint.context.System as { apiEndpoint?: string }).apiEndpoint;
    await expect(new SettingsApi(client).timeZone(noEndpoint)).rejects.toThrow(/endpoint/);
  });
});
