import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarked, renderHighlights } from './highlights';
import { translateQuery } from './query-translator';

describe('translateQuery', () => {
  it('ANDs plain words, each as an FTS5 string', () => {
    expect(translateQuery('zipper broke')).toEqual({ match: '"zipper" AND "broke"', terms: ['zipper', 'broke'] });
  });

  it('keeps quoted phrases whole', () => {
    expect(translateQuery('"broken zipper" coat').match).toBe('"broken zipper" AND "coat"');
  });

  it('groups OR alternatives and binds them tighter than AND', () => {
    expect(translateQuery('zip OR zipper broke').match).toBe('("zip" OR "zipper") AND "broke"');
    expect(translateQuery('OR zipper OR').match).toBe('"zipper"');
    expect(translateQuery('zipper or coat').match).toBe('"zipper" AND "or" AND "coat"');
  });

  it('turns -word and -"phrase" into one NOT', () => {
    expect(translateQuery('zipper -coat -"too small"').match).toBe('("zipper") NOT ("coat" OR "too small")');
  });

  it('has nothing to search for empty input, punctuation or only exclusions', () => {
    expect(translateQuery('').match).toBeNull();
    expect(translateQuery('   * : ^ ( ) ').match).toBeNull();
    expect(translateQuery('-coat').match).toBeNull();
  });

  it('neutralises FTS5 syntax', () => {
    expect(translateQuery('title:zipper').match).toBe('"title:zipper"');
    expect(translateQuery('zip*').match).toBe('"zip*"');
    expect(translateQuery('NEAR(a b)').match).toBe('"NEAR(a" AND "b)"');
    expect(translateQuery('say "hi').match).toBe('"say" AND "hi"');
  });

  describe('never produces an expression FTS5 rejects', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (title, text) VALUES (?, ?)').run('Zipper broke', 'the zipper broke, NEAR the seam');
    afterAll(() => db.close());
    const hostile = [
      '"',
      '""',
      '"zipper',
      'zipper"',
      'a"b"c',
      '*',
      'zip*',
      '^zipper',
      'title:zipper',
      '{title text}: zipper',
      '-title:zipper',
      'NEAR(zipper broke, 2)',
      'NEAR',
      'AND',
      'NOT',
      'zipper NOT',
      'OR OR OR',
      '((zipper',
      'zipper)',
      '+zipper',
      "don't",
      '-',
      '--zipper',
      '- zipper',
      'zipper -',
      '\u{E000}zipper\u{E001}',
      '💥 zipper',
      'zip\u0000per',
      'a'.repeat(5000),
    ];
    it.each(hostile)('%s', (input) => {
      const { match } = translateQuery(input);
      if (match !== null) expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(match)).not.toThrow();
    });
  });
});

describe('highlights', () => {
  it('turns markers into offsets over the plain text', () => {
    const { text, highlights } = parseMarked('the \u{E000}zipper\u{E001} broke on \u{E000}day\u{E001} two');
    expect(text).toBe('the zipper broke on day two');
    expect(highlights.map((range) => text.slice(range.start, range.end))).toEqual(['zipper', 'day']);
  });

  it('counts offsets in UTF-16 units past astral characters', () => {
    const { text, highlights } = parseMarked('😀 \u{E000}café\u{E001}');
    expect(text.slice(highlights[0]?.start, highlights[0]?.end)).toBe('café');
  });

  it('renders brackets or bold', () => {
    const highlights = [{ start: 4, end: 10 }];
    expect(renderHighlights('the zipper broke', highlights, false)).toBe('the [zipper] broke');
    expect(renderHighlights('the zipper broke', highlights, true)).toBe('the \x1b[1mzipper\x1b[22m broke');
  });
});
