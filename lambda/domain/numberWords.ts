/**
 * English number words: the units and teens (0 to 19) and the tens, as a listener says them. One list for the
 * skill's quiz judging (spokenNumber.ts) and the offline simulator's AMAZON.NUMBER slot (local/simulator/numbers.ts).
 * Maps, so a word such as "constructor" is not found on an object's prototype.
 */
export const ENGLISH_UNITS: ReadonlyMap<string, number> = entries({
  zero: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const ENGLISH_TENS: ReadonlyMap<string, number> = entries({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

function entries(table: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(table));
}
