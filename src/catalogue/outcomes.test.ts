import { describe, expect, test } from 'vitest';
import { addMonths, funnel, liveShare, standing, stateOn, tally } from './outcomes.ts';

const step = (s: string, date: string) => ({ step: s as any, date, source: 'https://example.org' });

describe('standing', () => {
  test('the last step says where a project stands; the last live step when it was last seen running', () => {
    expect(standing([step('prototype', '2020-01'), step('live', '2022-05'), step('selected', '2023')])).toEqual({ step: 'selected', date: '2023', lastLive: '2022-05' });
    expect(standing([step('prototype', '2020-01-26')])).toEqual({ step: 'prototype', date: '2020-01-26' });
  });
});

describe('addMonths', () => {
  test.each([
    ['2020-01-24', 12, '2021-01-24'],
    ['2020-03-31', 1, '2020-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2020-11-15', 24, '2022-11-15'],
  ])('%s + %i months = %s', (d, m, out) => expect(addMonths(d, m)).toBe(out));
});

describe('stateOn', () => {
  const t = [step('prototype', '2020-03-22'), step('live', '2020-05-27'), step('live', '2021-06'), step('discontinued', '2022-06-30')];
  test('live when a source saw it running on or after the day, before any stop', () => {
    expect(stateOn(t, '2021-03-20')).toBe('live');
  });
  test('a month or year step counts for every day it covers', () => {
    expect(stateOn(t, '2021-06-15')).toBe('live');
  });
  test('stopped once a stop is dated on or before the day', () => {
    expect(stateOn(t, '2022-07-01')).toBe('stopped');
  });
  test('unknown when no news reaches that far', () => {
    expect(stateOn([step('prototype', '2020-03-22'), step('live', '2020-05-27')], '2021-03-20')).toBe('unknown');
    expect(stateOn([step('selected', '2020-09')], '2021-01-24')).toBe('unknown');
  });
});

describe('tally and share', () => {
  const today = '2026-11-30';
  const projects = [
    { eventStart: '2020-03-20', timeline: [step('prototype', '2020-03-22'), step('live', '2021-06')] },
    { eventStart: '2020-03-20', timeline: [step('prototype', '2020-03-22'), step('discontinued', '2020-12')] },
    { eventStart: '2020-03-20', timeline: [step('prototype', '2020-03-22')] },
    { eventStart: '2026-06-01', timeline: [step('prototype', '2026-06-02')] },
  ];
  test('one year after: live, stopped, unknown, and too recent to say', () => {
    const t = tally(projects, 12, today);
    expect(t).toEqual({ live: 1, stopped: 1, unknown: 1, tooRecent: 1 });
    expect(liveShare(t)).toBeCloseTo(1 / 3);
  });
  test('two years after, the project last seen in 2021 is no news', () => {
    expect(tally(projects, 24, today)).toEqual({ live: 0, stopped: 1, unknown: 2, tooRecent: 1 });
  });
  test('no project old enough: no share', () => {
    expect(liveShare(tally([projects[3]], 12, today))).toBeUndefined();
  });
});

describe('funnel', () => {
  const today = '2026-11-30';
  test('figures from the sources first, counts of recorded projects otherwise, stages without either left out', () => {
    const projects = [
      { timeline: [step('prototype', '2020-01'), step('selected', '2020-09')] },
      { timeline: [step('prototype', '2020-01'), step('selected', '2020-09'), step('funded', '2020-12'), step('live', '2021-03')] },
      { timeline: [step('prototype', '2020-01')] },
    ];
    expect(funnel({ start: '2020-01-24', figures: { teams: 38, selected: 6 } }, projects, today)).toEqual([
      { stage: 'projects', value: 38, origin: 'figure' },
      { stage: 'selected', value: 6, origin: 'figure' },
      { stage: 'funded', value: 1, origin: 'catalogue' },
      { stage: 'followed', value: 3, origin: 'catalogue' },
      { stage: 'liveAfterYear', value: 1, origin: 'catalogue' },
    ]);
  });
  test('no live-after-a-year stage before a year has passed', () => {
    expect(funnel({ start: '2026-06-01', figures: { ideas: 40 } }, [{ timeline: [step('prototype', '2026-06-02')] }], today)).toEqual([
      { stage: 'ideas', value: 40, origin: 'figure' },
      { stage: 'followed', value: 1, origin: 'catalogue' },
    ]);
  });
});
