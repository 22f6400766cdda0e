import { contentCatalog } from '../../lambda/content/contentCatalog';
import { nextRelated } from '../../lambda/domain/offers';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog } from '../support/driver';
import { saysOneOf } from '../support/prompts';
import { en, servedItem, storedContext, topicSlot } from './support/scenario';

/** The item the listener was offered: the first related item the catalog has. */
function firstRelated(itemId: string) {
  const item = en.item(itemId)!;
  return item.related.map((id) => en.item(id)).find((candidate) => candidate !== undefined && candidate.id !== item.id);
}

async function tipInSession(userId: string) {
  const store = new MemoryUserStore();
  const dialog = new Dialog({ store, userId });
  await dialog.launch();
  const tip = await dialog.intent('GetTipIntent', topicSlot('postmortems'));
  return { store, dialog, tip, item: servedItem(tip) };
}

describe('related content in an open session', () => {
  test('after a tip, the skill offers one related item by its topic and keeps the session open', async () => {
    const { tip, item } = await tipInSession('user-related-offer');
    const related = firstRelated(item.id)!;
    expect(related).toBeDefined();
    expect(saysOneOf(tip.text, 'en-US', 'offer.related', { name: 'postmortems' })).toBe(true);
    expect(tip.text).toMatch(/\?$/);
    expect(tip.open).toBe(true);
    // the transition clip played at the launch: once a session
    expect(tip.audio).toEqual([CLIPS.reveal]);
    expect(saysOneOf(tip.repromptText, 'en-US', 'offer.related', { name: 'postmortems' })).toBe(true);
  });

  test('yes serves the related item (which is remembered as heard) and offers again', async () => {
    const { store, dialog, item } = await tipInSession('user-related-yes');
    const related = firstRelated(item.id)!;
    const yes = await dialog.intent('AMAZON.YesIntent');
    expect(servedItem(yes).id).toBe(related.id);
    expect(yes.audio).toContain(CLIPS.reveal);
    expect(yes.open).toBe(true);
    expect(storedContext(store, 'user-related-yes').lastHeard?.itemId).toBe(related.id);
  });

  test('no ends kindly: a short acknowledgement, the goodbye with its clip, and the session ends', async () => {
    const { dialog } = await tipInSession('user-related-no');
    const no = await dialog.intent('AMAZON.NoIntent');
    expect(saysOneOf(no.text, 'en-US', 'no')).toBe(true);
    expect(saysOneOf(no.text, 'en-US', 'goodbye')).toBe(true);
    expect(no.audio).toEqual([CLIPS.goodbye]);
    expect(no.ended).toBe(true);
    expect(no.envelope.response.shouldEndSession).toBe(true);
    expect(no.repromptSsml).toBeUndefined();
    expect(no.card).toBeUndefined();
    expect(dialog.inSession).toBe(false);
  });

  test('a one-shot answers and ends: no offer, no question, no reprompt', async () => {
    const dialog = new Dialog({ store: new MemoryUserStore(), userId: 'user-related-oneshot' });
    const reply = await dialog.oneShot('GetTipIntent', topicSlot('postmortems'));
    expect(reply.ended).toBe(true);
    expect(reply.repromptSsml).toBeUndefined();
    expect(reply.text).not.toMatch(/\?$/);
    expect(saysOneOf(reply.text, 'en-US', 'offer.related')).toBe(false);
    expect(saysOneOf(reply.text, 'en-US', 'offer.tip')).toBe(false);
    expect(reply.audio).not.toContain(CLIPS.transition);
  });

  test('the offer is not carried into a later session: a one-shot yes there is not taken as accepting it', async () => {
    const { dialog, store } = await tipInSession('user-related-stale');
    await dialog.intent('AMAZON.StopIntent');
    const before = storedContext(store, 'user-related-stale').lastHeard?.itemId;
    const yes = await dialog.oneShot('AMAZON.YesIntent');
    expect(yes.card).toBeUndefined();
    expect(storedContext(store, 'user-related-stale').lastHeard?.itemId).toBe(before);
  });
});

describe.each(['en', 'de'] as const)('related chains in the %s content', (language) => {
  const catalog = contentCatalog(language);
  const items = [...catalog.tips, ...catalog.fortunes];

  test('from every item, six yeses along the links alone serve six new items (chains, not pairs)', () => {
    for (const start of items) {
      const heard = new Set([start.id]);
      let current = start;
      for (let step = 0; step < 6; step++) {
        const next = nextRelated(current, catalog, heard);
        if (!next) throw new Error(`the chain from ${start.id} ends after ${step} steps`);
        expect(heard.has(next.id)).toBe(false);
        heard.add(next.id);
        current = next;
      }
    }
  });

  test("every fortune from a talk leads first to a tip in that talk's deck", () => {
    const talkFortunes = catalog.fortunes.filter((fortune) => fortune.source !== 'classic');
    expect(talkFortunes.length).toBeGreaterThan(0);
    for (const fortune of talkFortunes) {
      const first = nextRelated(fortune, catalog, new Set([fortune.id]))!;
      expect(catalog.deckOf(first.id)).not.toBe('fortunes');
      expect(first.source).toBe(fortune.source);
    }
  });
});
