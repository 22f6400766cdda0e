import { checkSsml } from '../../tools/ssmlCheck';
import { topicSlot } from '../support/content';
import { Dialog } from '../support/driver';
import { SPOKEN_TOPIC } from '../support/spokenTopics';

describe('English terms in a German conversation', () => {
  test('a tip about containers marks its English terms with <lang>, passes the SSML checker, and its card stays plain', async () => {
    const dialog = new Dialog({ locale: 'de-DE' });
    const item = dialog.catalog.series('containers')[0]!;
    expect(item.speech).toMatch(/\bScheduler\b/);

    const reply = await dialog.oneShot('GetTipIntent', topicSlot('containers', SPOKEN_TOPIC['de-DE'].containers));
    expect(reply.ssml).toContain('<lang xml:lang="en-US">Scheduler</lang>');
    expect(reply.ssml).toContain('<say-as interpret-as="characters">AWS</say-as>');
    expect(checkSsml(reply.ssml!, 'de-DE')).toEqual([]);
    expect(reply.text).toContain(item.speech);
    expect(reply.card?.text).toBe(item.card);
    expect(reply.card?.text).not.toMatch(/[<>]/);
  });

  test('the same tip in English has no language switch', async () => {
    const reply = await new Dialog({ locale: 'en-GB' }).oneShot('GetTipIntent', topicSlot('containers', SPOKEN_TOPIC['en-GB'].containers));
    expect(reply.ssml).toContain('Docker');
    expect(reply.ssml).not.toContain('<lang');
  });
});
