// The small judgements the Experience reader makes on each line, in the languages LinkedIn shows.
import { describe, expect, it } from 'vitest';
import { isCurrentRange, isDateLine } from '@/lib/profiles/linkedin/sections';

describe('date lines and current roles', () => {
  it.each([
    'Feb 2022 - Present',
    '2008 – Present',
    'févr. 2022 - aujourd’hui',
    'jan. 2020–heden',
    'sty 2019 - obecnie',
    'jan de 2020 - o momento',
    '2021年4月 - 現在',
    '2019年3月 - 至今',
    'мар. 2020 г. – настоящее время',
  ])('%s is a current role', (range) => {
    expect(isDateLine(range)).toBe(true);
    expect(isCurrentRange(range)).toBe(true);
  });

  it.each(['Jan 2018 - Feb 2021', '2013 – 2017', '2018年7月 - 2021年3月', 'Jun 2017'])(
    '%s is a past role',
    (range) => {
      expect(isDateLine(range)).toBe(true);
      expect(isCurrentRange(range)).toBe(false);
    },
  );

  it.each([
    'Current Tide Energy · Full-time',
    'Now Wind Cooperative',
    'Present Tense Studio',
    'In 2019 I led the move. We shipped it.',
  ])('%s is not a date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});
