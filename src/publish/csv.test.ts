import { describe, expect, test } from 'vitest';
import { BOM, csvField, toCsv } from './csv.ts';

describe('csvField', () => {
  test.each([
    ['plain', 'plain', 'no special character: as is'],
    ['a,b', '"a,b"', 'a comma: quoted'],
    ['say "hi"', '"say ""hi"""', 'a quote: quoted and doubled'],
    ['line\nbreak', '"line\nbreak"', 'a line break: quoted, kept'],
    ['crlf\r\nbreak', '"crlf\r\nbreak"', 'a CRLF: quoted, kept'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`, 'a formula: neutralised, then quoted'],
    ['+33 1 23', "'+33 1 23", 'a leading plus would be a formula'],
    ['@SUM(A1)', "'@SUM(A1)", 'a leading at sign would be a formula'],
    ['مرحبا، العالم', 'مرحبا، العالم', 'an Arabic comma is not a separator'],
  ])('%j -> %j (%s)', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  test('numbers, booleans and missing values', () => {
    expect([csvField(2016), csvField(true), csvField(undefined), csvField(null), csvField(-1)]).toEqual(['2016', 'true', '', '', '-1']);
  });
});

test('toCsv: BOM, header, CRLF after every record', () => {
  expect(toCsv(['id', 'name'], [['a', 'Décidé'], ['b', 'x,y']])).toBe(`${BOM}id,name\r\na,Décidé\r\nb,"x,y"\r\n`);
});
