// The two Snowball stemmers the NLU uses; the packages ship JavaScript without type declarations.
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stem(word: string): string;
  }
}
declare module '@nlpjs/lang-de' {
  export class StemmerDe {
    stem(word: string): string;
  }
}
