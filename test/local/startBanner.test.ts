import { type BannerFacts, banner, localTimeZone, parsePort } from '../../local/startBanner';

const facts = (overrides: Partial<BannerFacts>): BannerFacts => ({
  url: 'http://127.0.0.1:3000',
  host: '127.0.0.1',
  dataPath: null,
  tableName: 'fortune-cookie-users',
  verifyRequests: false,
  exposed: false,
  dynamo: { endpoint: 'http://127.0.0.1:4567' },
  ...overrides,
});

describe('npm start banner', () => {
  test('on loopback it names the simulator, the fake Settings API and the Host rule', () => {
    const text = banner(facts({}));
    expect(text).toContain('web simulator: http://127.0.0.1:3000/simulator');
    expect(text).toContain('fake Settings API at http://127.0.0.1:3000/v2/devices/');
    expect(text).toMatch(/answers only to 127\.0\.0\.1, localhost and \[::1\]/);
    expect(text).toMatch(/request verification: OFF on loopback/);
  });

  test('off loopback it says the simulator and the fake Settings API are not mounted, and never offers them', () => {
    const text = banner(facts({ host: '0.0.0.0', exposed: true, verifyRequests: true }));
    expect(text).toMatch(/bound to 0\.0\.0\.0, off loopback: only POST \/ and GET \/health/);
    expect(text).toMatch(/web simulator and the fake Settings API are not mounted/);
    expect(text).not.toContain('/simulator ');
    expect(text).not.toContain('/v2/devices/');
    expect(text).toMatch(/request verification: ON/);
  });

  test('PORT must be a port number', () => {
    expect(parsePort(undefined)).toBe(3000);
    expect(parsePort('0')).toBe(0);
    expect(() => parsePort('80a')).toThrow(/PORT must be a port number/);
    expect(() => parsePort('70000')).toThrow(/PORT must be a port number/);
  });

  test('says which zone the fake Settings API answers', () => {
    expect(banner(facts({}), localTimeZone('Asia/Tokyo'))).toContain(
      'time zone: Asia/Tokyo (LOCAL_TIME_ZONE), from the fake Settings API at',
    );
  });
});
