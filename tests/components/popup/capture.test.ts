// The popup's check of what the capture script sends back from the page: the contract's shape only.
import { describe, expect, it } from 'vitest';
import { validateManual } from '@/components/popup/AddManually';
import { inlinePhoto, isWebPage, parseCaptureResult, requestedTabId } from '@/components/popup/capture';
import { maya } from './helpers';

describe('parseCaptureResult', () => {
  it('passes a profile with the contract’s fields', () => {
    expect(parseCaptureResult({ ok: true, profile: maya() })).toEqual({ ok: true, profile: maya() });
  });

  it('passes each failure reason and nothing else', () => {
    for (const reason of [
      'unsupported-page',
      'sign-in-wall',
      'not-found',
      'rate-limited',
      'not-rendered',
      'mismatch',
    ])
      expect(parseCaptureResult({ ok: false, reason })).toEqual({ ok: false, reason });
    expect(parseCaptureResult({ ok: false, reason: 'delete-everything' })).toEqual({
      ok: false,
      reason: 'unsupported-page',
    });
  });

  it('drops fields the contract does not have', () => {
    const result = parseCaptureResult({
      ok: true,
      profile: { ...maya(), status: 'mentoring', notes: 'x', experience: [{ title: 'CTO', extra: 1 }] },
      extra: true,
    });
    expect(result.ok && result.profile).not.toHaveProperty('status');
    expect(result.ok && result.profile).not.toHaveProperty('notes');
    expect(result.ok && result.profile.experience).toEqual([{ title: 'CTO' }]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['no name', { ok: true, profile: maya({ fullName: '   ' }) }],
    ['a name of 100 KB', { ok: true, profile: maya({ fullName: 'A'.repeat(100_000) }) }],
    ['an about of 1 MB', { ok: true, profile: maya({ about: 'a'.repeat(1_000_000) }) }],
    ['a javascript: profile URL', { ok: true, profile: maya({ profileUrl: 'javascript:alert(1)' }) }],
    ['a number for a name', { ok: true, profile: { ...maya(), fullName: 42 } }],
    ['an unknown network', { ok: true, profile: { ...maya(), network: 'myspace' } }],
    ['a thousand roles', { ok: true, profile: maya({ experience: Array(1000).fill({ title: 'x' }) }) }],
    ['a getter-laden object', Object.create({ ok: true })],
  ])('treats %s as nothing captured', (_what, value) => {
    expect(parseCaptureResult(value)).toEqual({ ok: false, reason: 'unsupported-page' });
  });
});

describe('the popup’s small checks', () => {
  it('shows only photos inlined as data', () => {
    expect(inlinePhoto('https://media.licdn.com/x.jpg')).toBeUndefined();
    expect(inlinePhoto('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(inlinePhoto(undefined)).toBeUndefined();
  });

  it('reads the tab to capture from ?tab=, and nothing else from the address', () => {
    expect(requestedTabId('?tab=12')).toBe(12);
    expect(requestedTabId('')).toBeUndefined();
    expect(requestedTabId('?tab=-1')).toBeUndefined();
    expect(requestedTabId('?tab=1e3')).toBeUndefined();
    expect(requestedTabId('?tab=12abc')).toBeUndefined();
  });

  it('offers "capture anyway" only on web pages', () => {
    expect(isWebPage('https://maya.example/')).toBe(true);
    expect(isWebPage('chrome://newtab/')).toBe(false);
    expect(isWebPage(undefined)).toBe(false);
  });

  it.each([
    ['', 'https://x.example/', { fullName: 'Enter their name.' }],
    ['Ines', '', { profileUrl: 'Enter the address of their profile.' }],
    ['Ines', 'ines', { profileUrl: 'Enter the full address of their profile, starting with https://' }],
    [
      'Ines',
      'javascript:alert(1)',
      { profileUrl: 'Enter the full address of their profile, starting with https://' },
    ],
    [
      'Ines',
      'https://user:pw@x.example/',
      { profileUrl: 'Enter the full address of their profile, starting with https://' },
    ],
  ])('rejects a hand-added person named %j at %j', (name, url, errors) => {
    expect(validateManual(name, url)).toEqual({ ok: false, errors });
  });

  it('tidies a hand-added name and keeps the address for the store to make canonical', () => {
    expect(validateManual('  Ines   Carvalho ', ' https://linkedin.com/in/ines ')).toEqual({
      ok: true,
      input: { fullName: 'Ines Carvalho', profileUrl: 'https://linkedin.com/in/ines' },
    });
  });
});
