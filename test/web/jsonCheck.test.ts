import { readJson } from '../../local/web/client/jsonCheck';

describe("the envelope editor's JSON reading (line and column of the first mistake)", () => {
  test('a valid document is its value', () => {
    expect(readJson('{ "a": [1, 2.5e3, "x\\n", true, null] }')).toEqual({ ok: true, value: { a: [1, 2500, 'x\n', true, null] } });
  });

  const cases: [string, string, number, number, RegExp][] = [
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, /trailing comma/],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ['single quotes', "{\n  'a': 1\n}", 2, 3, /double quotes/],
    ['an unclosed string', '{"a": "xyz', 1, 11, /not closed/],
    ['a line break in a string', '{"a": "x\ny"}', 1, 9, /line break inside a string/],
    ['a bad escape', '{"a": "\\q"}', 1, 8, /unknown escape/],
    ['text after the value', '{} x', 1, 4, /after the JSON value/],
    ['a cut-off document', '{"a": ', 1, 7, /the text ends/],
    ['a list with a trailing comma', '[1,\n 2,\n]', 3, 1, /trailing comma/],
    ['empty', '   ', 1, 1, /empty/],
  ];
  test.each(cases)('%s', (_name, text, line, column, message) => {
    const reading = readJson(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect([reading.line, reading.column]).toEqual([line, column]);
    expect(reading.message).toMatch(message);
  });
});
