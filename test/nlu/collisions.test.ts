import { StaticModels } from '../../local/simulator/model';
import { nluFor } from '../../local/simulator/nlu';
import { builtInCollisions, formatCollision } from '../../local/simulator/nlu/collisions';

describe('collisions with built-in intents', () => {
  test('flags de-DE "weiter" for ContinueIntent against AMAZON.NextIntent, with locale and both intents', () => {
    const found = builtInCollisions(nluFor('de-DE'));
    expect(found).toContainEqual({ locale: 'de-DE', intent: 'ContinueIntent', sample: 'weiter', builtIn: 'AMAZON.NextIntent' });
    expect(formatCollision(found.find((c) => c.sample === 'weiter')!)).toBe(
      'de-DE: ContinueIntent "weiter" is also the usual phrasing of AMAZON.NextIntent',
    );
  });

  test('flags en-US "continue" for ContinueIntent against AMAZON.ResumeIntent', () => {
    expect(builtInCollisions(nluFor('en-US'))).toContainEqual(
      expect.objectContaining({ intent: 'ContinueIntent', sample: 'continue', builtIn: 'AMAZON.ResumeIntent' }),
    );
  });

  test('only built-in intents the model declares count, and an intent does not collide with itself', () => {
    const models = new StaticModels({
      'en-US': {
        invocationName: 'test',
        intents: [
          { name: 'GoIntent', samples: ['next'] },
          { name: 'AMAZON.CancelIntent', samples: ['cancel'] },
        ],
      },
    });
    expect(builtInCollisions(nluFor('en-US', models))).toEqual([]);
  });
});
