/**
 * Reads the envelope textarea: the value, or where the JSON breaks as line and column with a plain
 * reason. Browsers word JSON.parse errors differently and some give no position at all, so a small
 * scanner finds the first error itself (it follows RFC 8259, as JSON.parse does).
 */
export type JsonReading = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

class JsonFault extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const describe = () => (i >= text.length ? 'the text ends' : `found ${JSON.stringify(text[i])}`);
  const expect = (what: string): never => {
    throw new JsonFault(`expected ${what}, ${describe()}`, i);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else expect('a value (object, list, string, number, true, false or null)');
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new JsonFault('a \\u escape needs four hex digits', i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else throw new JsonFault(`unknown escape \\${next ?? ''} in a string`, i);
        continue;
      }
      if (c < ' ')
        throw new JsonFault(
          c === '\n' ? 'a line break inside a string (close the quote, or write \\n)' : 'a control character inside a string',
          i,
        );
      i++;
    }
    throw new JsonFault('a string is not closed (missing ")', text.length);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) expect('a number');
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 200) throw new JsonFault('nested too deeply', i);
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          expect(text[i] === '}' ? 'another key after the comma (a trailing comma is not JSON)' : 'a key in double quotes');
        string();
        ws();
        if (text[i] !== ':') expect('":" after the key');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        expect('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') expect('another value after the comma (a trailing comma is not JSON)');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        expect('"," or "]"');
      }
    }
    if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === "'") throw new JsonFault("strings and keys take double quotes in JSON, not '", i);
    else expect('a value (object, list, string, number, true, false or null)');
  };
  value(0);
  ws();
  if (i < text.length) throw new JsonFault(`unexpected text after the JSON value: ${JSON.stringify(text.slice(i, i + 12))}`, i);
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

export function readJson(text: string): JsonReading {
  if (!text.trim()) return { ok: false, line: 1, column: 1, message: 'empty: paste a request envelope' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    try {
      scan(text);
    } catch (fault) {
      if (fault instanceof JsonFault) return { ok: false, ...lineAndColumn(text, fault.at), message: fault.message };
    }
    return { ok: false, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
  }
}
