import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog } from '../support/driver';
import { saysOneOf } from '../support/prompts';

const topic = { topic: { value: 'docker', resolvedId: 'containers', slotType: 'TopicType' } };

// Listener finding (QA 2026-12-03): "say that again" after words not understood outside a question replayed
// "I didn't catch that…", not the tip the listener had just heard.
describe.each(SUPPORTED_LOCALES)('say that again after a fallback outside a question (%s)', (locale) => {
  test('replays the last real answer, and yes takes up its offer', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topic);
    const offerAfterTip = dialog.sessionAttributes?.pending;
    const fallback = await dialog.intent('AMAZON.FallbackIntent');
    expect(saysOneOf(fallback.text, locale, 'fallback')).toBe(true);
    expect(fallback.open).toBe(true);
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(again.text).toBe(tip.text);
    expect(again.repromptText).toBe(tip.repromptText);
    expect(again.card).toEqual(tip.card);
    expect(again.open).toBe(true);
    // What the replay asks is what a yes takes up.
    expect(dialog.sessionAttributes?.pending).toEqual(offerAfterTip);
  });

  test('two fallbacks in a row still leave the tip to be said again', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topic);
    await dialog.intent('AMAZON.FallbackIntent');
    await dialog.intent('AMAZON.FallbackIntent');
    expect((await dialog.intent('AMAZON.RepeatIntent')).text).toBe(tip.text);
  });

  test('without a fallback, say that again after a tip says the tip, each time', async () => {
    const dialog = new Dialog({ locale, store: new MemoryUserStore() });
    await dialog.launch();
    const tip = await dialog.intent('GetTipIntent', topic);
    expect((await dialog.intent('AMAZON.RepeatIntent')).text).toBe(tip.text);
    expect((await dialog.intent('AMAZON.RepeatIntent')).text).toBe(tip.text);
  });
});
