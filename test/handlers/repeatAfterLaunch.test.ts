import { SUPPORTED_LOCALES } from '../../lambda/locale';
import { MemoryUserStore } from '../../lambda/persistence/memoryStore';
import { CLIPS } from '../../lambda/speech/clips';
import { Dialog } from '../support/driver';

// Listener finding: "say that again" right after the launch replayed all of it, the opening chime, the
// greeting ("Hello, and welcome to Fortune Cookie!") and the transition clip a second time in the session.
describe.each(SUPPORTED_LOCALES)('say that again after the launch (%s)', (locale) => {
  test.each([false, true])('repeats the fortune and the offer, not the welcome (returning: %s)', async (returning) => {
    const store = new MemoryUserStore();
    if (returning) {
      const first = new Dialog({ locale, store });
      await first.launch();
      await first.intent('AMAZON.StopIntent');
    }
    const dialog = new Dialog({ locale, store });
    const launch = await dialog.launch();
    const again = await dialog.intent('AMAZON.RepeatIntent');
    expect(again.audio).not.toContain(CLIPS.open);
    expect(again.audio).not.toContain(CLIPS.transition);
    expect(again.audio).toContain(CLIPS.reveal);
    expect(again.card).toEqual(launch.card);
    // the same fortune and the same offer, shorter than the launch
    const offer = launch.text.slice(launch.text.lastIndexOf('.') + 1).trim();
    expect(again.text.endsWith(offer)).toBe(true);
    expect(again.text.length).toBeLessThan(launch.text.length);
    // the offer still stands: yes takes it up
    await dialog.intent('AMAZON.YesIntent');
    expect(dialog.sessionAttributes?.pending).toMatchObject({ kind: 'question' });
  });
});
