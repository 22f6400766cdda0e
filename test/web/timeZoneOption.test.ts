/**
 * The local server's timeZone option (not only LOCAL_TIME_ZONE) is the web page's default time zone: the
 * config the page reads, the turns it sends without a zone, the fake Settings API and the page itself agree.
 */
import { startLocalServer } from '../../local/server';
import { mountWebSimulator } from '../../local/web';
import { describeInBrowser, launchChromium, openSimulator, text } from './browserSupport';
import { getJson, postJson, startTestServer, type TestServer } from './support';

jest.setTimeout(60000);

const OPTION_ZONE = 'Asia/Kolkata';
const ENV_ZONE = 'Europe/Lisbon';

describe("the server's timeZone option reaches the web page", () => {
  let t: TestServer;
  const saved = process.env.LOCAL_TIME_ZONE;

  beforeAll(async () => {
    // LOCAL_TIME_ZONE says otherwise for the whole test: the option must win, as in the fake Settings API.
    process.env.LOCAL_TIME_ZONE = ENV_ZONE;
    t = await startTestServer({ timeZone: OPTION_ZONE });
  });
  afterAll(async () => {
    await t?.close();
    if (saved === undefined) delete process.env.LOCAL_TIME_ZONE;
    else process.env.LOCAL_TIME_ZONE = saved;
  });

  test('the config names it and where it comes from, and the Settings API answers the same zone', async () => {
    const { body: config } = await getJson(`${t.url}/simulator/api/config`);
    expect(config).toMatchObject({ defaultTimeZone: OPTION_ZONE, timeZoneSource: "the server's timeZone option" });
    const { body: settings } = await getJson(`${t.url}/v2/devices/some-device/settings/System.timeZone`);
    expect(settings).toBe(OPTION_ZONE);
  });

  test('a turn without a time zone runs in it', async () => {
    const { body } = await postJson(`${t.url}/simulator/api/turn`, { utterance: 'open fortune cookie', userId: 'tz-option' });
    expect(body.settings.timeZone).toBe(OPTION_ZONE);
    expect(body.session.attributes.timeZone).toBe(OPTION_ZONE);
  });

  test("the simulator's own option still wins over the server's", async () => {
    const server = await startLocalServer({
      port: 0,
      dynamoPath: null,
      timeZone: OPTION_ZONE,
      log: () => {},
      mount: (app, ctx) => mountWebSimulator(app, ctx, { defaultTimeZone: 'Asia/Tokyo' }),
    });
    try {
      const { body } = await getJson(`${server.url}/simulator/api/config`);
      expect(body).toMatchObject({ defaultTimeZone: 'Asia/Tokyo', timeZoneSource: 'the simulator option' });
    } finally {
      await server.close();
    }
  });

  test('a timeZone option that is no time zone is refused when the server starts', async () => {
    await expect(startLocalServer({ port: 0, dynamoPath: null, timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /timeZone option "Mars\/Olympus" is not an IANA time zone/,
    );
  });

  describeInBrowser('timeZoneOption.test')('in headless Chromium', () => {
    test('the page starts with the option and says where it comes from', async () => {
      // One browser for the one test (a second beforeAll here reads as a duplicate hook to the linter).
      const browser = await launchChromium();
      try {
        const { page, problems } = await openSimulator(browser, t.url, { timezoneId: 'America/New_York' });
        expect(await page.getByLabel('Time zone').inputValue()).toBe(OPTION_ZONE);
        expect(await text(page.locator('#tz-default'))).toBe(`Server default: ${OPTION_ZONE} (the server's timeZone option)`);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});
