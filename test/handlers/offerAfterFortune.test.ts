import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { Dialog, itemByCard, T0 } from '../support/driver';
import { phrasingIndex, topicForms } from '../support/prompts';

const DAY = 86_400_000;

// Listener finding: after "another cookie" the offer of the tip behind the fortune was said with the
// related-tip phrasings, "Another one on voice design?", "Want one more about postmortems?", "Noch ein Tipp zu
// Postmortems?": they promise one more of what was just heard, a fortune, and a yes brought a tip.
describe.each(SUPPORTED_LOCALES)('the offer after an extra fortune (%s)', (locale) => {
  test('a tip behind a fortune is offered as a tip, never as "another one"', async () => {
    let checked = 0;
    for (let day = 0; day < 12; day++) {
      const dialog = new Dialog({ locale, store: new MemoryUserStore(), at: new Date(T0.getTime() + day * DAY) });
      await dialog.launch();
      const extra = await dialog.intent('GetFortuneIntent');
      const pending = dialog.sessionAttributes?.pending as { kind: string; itemId?: string; topic?: string } | undefined;
      if (pending?.kind !== 'item' || !pending.itemId || dialog.catalog.deckOf(pending.itemId) === 'fortunes') continue;
      const forms = topicForms(locale, pending.topic!);
      expect(phrasingIndex(extra.text, locale, 'offer.tip', forms)).toBeGreaterThanOrEqual(0);
      expect(phrasingIndex(extra.text, locale, 'offer.related', forms)).toBe(-1);
      // and the yes brings that tip
      const yes = await dialog.intent('AMAZON.YesIntent');
      expect(itemByCard(dialog.catalog, yes.card?.text)?.id).toBe(pending.itemId);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
