import spellingFile from '../../content/en/spelling.json';
import { contentCatalog } from '../../lambda/content/contentCatalog';
import { respellerFor } from '../../lambda/content/localeSpelling';
import { compileRespeller, respellDeep, type SpellingFile, spellingMapFor } from '../../lambda/content/spelling';
import { Prompts } from '../../lambda/i18n/prompts';
import { topicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { SPOKEN_TOPIC } from '../support/spokenTopics';

const file = spellingFile as SpellingFile;

describe('the respeller', () => {
  const respell = compileRespeller({ organization: 'organisation', favor: 'favour', optimize: 'optimise' });

  test('replaces whole words in any case and keeps the case of the text', () => {
    expect(respell('Optimize the organization. ORGANIZATION, in your favor.')).toBe(
      'Optimise the organisation. ORGANISATION, in your favour.',
    );
  });

  test('leaves words that only contain a mapped word alone', () => {
    expect(respell('favorite reorganizations and disfavored optimizers')).toBe('favorite reorganizations and disfavored optimizers');
  });

  test('respells every string of a phrasing value, lists and forms alike', () => {
    expect(respellDeep({ a: ['in your favor', 'x'], b: { c: 'organization' } }, respell)).toEqual({
      a: ['in your favour', 'x'],
      b: { c: 'organisation' },
    });
  });
});

describe('British spelling by locale (content/en/spelling.json)', () => {
  test('en-GB, en-AU and en-IN take every rule; en-CA writes -our and -ll but keeps -ize and judgment; en-US has no map', () => {
    for (const locale of ['en-GB', 'en-AU', 'en-IN']) {
      expect(spellingMapFor(file, locale)).toMatchObject({ organization: 'organisation', favor: 'favour', judgment: 'judgement' });
    }
    const canadian = spellingMapFor(file, 'en-CA');
    expect(canadian).toMatchObject({ favor: 'favour', labeled: 'labelled' });
    expect(canadian).not.toHaveProperty('organization');
    expect(canadian).not.toHaveProperty('judgment');
    expect(spellingMapFor(file, 'en-US')).toEqual({});
    expect(respellerFor('en', 'en-US')).toBeUndefined();
    expect(respellerFor('de', 'de-DE')).toBeUndefined();
  });

  test('an en-GB card and speech say "utilisation" and "favour" where en-US says "utilization" and "favor"', () => {
    const [us, gb, ca] = (['en-US', 'en-GB', 'en-CA'] as const).map((locale) => contentCatalog('en', locale));
    const metrics = 'postmortems-resource-metrics';
    expect(us?.item(metrics)?.speech).toMatch(/\butilization\b/);
    expect(gb?.item(metrics)?.speech).toMatch(/\butilisation\b/);
    expect(gb?.item(metrics)?.card).toMatch(/^Resource metrics: utilisation \(/);
    expect(ca?.item(metrics)?.speech).toMatch(/\butilization\b/);
    const luck = 'fortunes-root-cause';
    expect(us?.item(luck)?.card).toMatch(/in your favor\.$/);
    expect(gb?.item(luck)?.card).toMatch(/in your favour\.$/);
    expect(ca?.item(luck)?.card).toMatch(/in your favour\.$/);
    expect(gb?.item('delivery-colocate-build-and-registry')?.card).toMatch(/^Optimise for build speed/);
    // Ids, links and slot synonyms are not text to respell.
    expect(gb?.item('postmortems-learning-organization')?.quote).toBe('Learn as an organisation, or lose to a rival who does.');
    expect(gb?.question('question-postmortems-anchoring')?.explanation).toMatch(/judgement/);
  });

  test('en-GB phrasings are respelled like the content', () => {
    const respell = respellerFor('en', 'en-GB');
    expect(respell?.('A favor for you.')).toBe('A favour for you.');
    expect(new Prompts('en-GB', {}, () => 0).text('card.tip', { name: 'metrics' })).toBe('A tip about metrics');
  });

  test('in a conversation the en-GB listener hears and reads "utilisation", the en-US listener "utilization"', async () => {
    const heard = async (locale: 'en-US' | 'en-GB'): Promise<string> => {
      const dialog = new Dialog({ locale });
      await dialog.launch();
      const texts: string[] = [];
      let reply = await dialog.intent('GetTipIntent', topicSlot('metrics', SPOKEN_TOPIC[locale].metrics));
      // Walk the metrics series (bounded by its length) until the resource-metrics tip comes up.
      for (let step = 0; step <= dialog.catalog.series('metrics').length; step++) {
        texts.push(`${reply.text} | ${reply.card?.text}`);
        if (/utili[sz]ation/.test(texts.at(-1) as string)) break;
        reply = await dialog.intent('AMAZON.NextIntent');
      }
      return texts.at(-1) as string;
    };
    const [us, gb] = [await heard('en-US'), await heard('en-GB')];
    expect(us).toMatch(/utilization.* \| Resource metrics: utilization/);
    expect(gb).toMatch(/utilisation.* \| Resource metrics: utilisation/);
  });
});
