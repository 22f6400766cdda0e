import { speechFragment } from '../../local/simulator/dialogs/record';
import type { TurnResult } from '../../local/simulator/session';
import type { ConversationEntry } from '../../local/web/conversations';
import { MAX_RECORDED_TURNS, prepareRecording, recordingOf, recordTurn } from '../../local/web/recorder';

function fakeEntry(): ConversationEntry {
  return {
    turnCount: 0,
    conversation: { locale: 'en-US', userId: 'amzn1.ask.account.x', timeZone: 'UTC', sessionOpen: false },
  } as unknown as ConversationEntry;
}

function fakeTurn(utterance: string, sessionOpen = true): TurnResult {
  return {
    utterance,
    route: { kind: 'inSession', phrase: utterance },
    sessionOpen,
    newSession: false,
    notes: [],
    exchanges: [],
    ssmlProblems: [],
  } as unknown as TurnResult;
}

describe('the recording behind Save as dialog', () => {
  test(`keeps the first ${MAX_RECORDED_TURNS} turns and says it is full`, () => {
    const entry = fakeEntry();
    for (let i = 0; i < MAX_RECORDED_TURNS + 30; i++) {
      prepareRecording(entry);
      recordTurn(entry, fakeTurn(`turn ${i}`), undefined, false);
    }
    const recording = recordingOf(entry)!;
    expect(recording.turns).toHaveLength(MAX_RECORDED_TURNS);
    expect(recording.turns[0]!.user).toBe('turn 0');
    expect(recording.full).toBe(true);
  });

  test('a new time zone starts it again, saying why', () => {
    const entry = fakeEntry();
    prepareRecording(entry);
    recordTurn(entry, fakeTurn('open fortune cookie'), undefined, true);
    expect(recordingOf(entry)!.startedWithStored).toBe(true);
    (entry.conversation as { timeZone: string }).timeZone = 'Europe/Berlin';
    prepareRecording(entry);
    expect(recordingOf(entry)).toMatchObject({
      turns: [],
      timeZone: 'Europe/Berlin',
      restarted: 'the time zone changed (a dialog file has one)',
    });
  });

  test('picks the first sentence of the speech, cut at a word when long', () => {
    expect(speechFragment('Correct! The answer was fifteen.')).toBe('Correct!');
    const long = speechFragment(`${'word '.repeat(30)}end.`);
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long.endsWith('word')).toBe(true);
    expect(speechFragment('')).toBe('');
  });
});
