// The popup in each of its states, with the browser faked and the real store (fake IndexedDB).
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaptureOutcome } from '@/components/popup/capture';
import { PopupApp } from '@/components/popup/PopupApp';
import { findProspectByUrl, listProspects, saveCapturedProfile, setStatus } from '@/lib/db/prospects';
import { addReminder } from '@/lib/db/reminders';
import { addTouch } from '@/lib/db/touches';
import { getSettings, saveSettings } from '@/lib/settings';
import { resetStore } from '../../db/helpers';
import { DAY, fakeServices, maya, NOW } from './helpers';

beforeEach(async () => {
  await resetStore();
  // Most states are shown to someone who finished the setup; the setup has its own tests.
  await saveSettings({
    setupDone: true,
    me: { name: 'Sam Okoro', role: 'backend engineer', company: 'Acme', goal: '' },
  });
});

const captured = (overrides = {}): CaptureOutcome => ({ ok: true, profile: maya(overrides) });
const failed = (reason: Extract<CaptureOutcome, { ok: false }>['reason']): CaptureOutcome => ({
  ok: false,
  reason,
});

const nameHeading = (name = 'Maya Lindqvist') => screen.findByRole('heading', { level: 1, name });

describe('the popup on a profile page', () => {
  it('says it is reading the page until the capture answers', async () => {
    let answer: (o: CaptureOutcome) => void = () => undefined;
    const services = fakeServices(() => new Promise((r) => (answer = r)));
    render(<PopupApp services={services} />);
    expect(await screen.findByText('Reading this page…')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    await act(async () => answer(captured()));
    expect(await nameHeading()).toBeTruthy();
    expect(screen.queryByText('Reading this page…')).toBeNull();
  });

  it('shows a new person with headline, company and place, and offers to save and draft', async () => {
    render(<PopupApp services={fakeServices([captured()])} />);
    expect(await nameHeading()).toBeTruthy();
    expect(screen.getByText('Principal engineer · platform migrations')).toBeTruthy();
    expect(screen.getByText('Fjordline Systems')).toBeTruthy();
    expect(screen.getByText('Gothenburg, Sweden')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save prospect' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Draft request' })).toBeTruthy();
    expect(screen.queryByText('Status')).toBeNull();
  });

  it('saves the person with one click, then shows their status and moves focus to drafting', async () => {
    render(<PopupApp services={fakeServices([captured()])} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save prospect' }));
    expect(await screen.findByText('Saved to your prospects.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save prospect' })).toBeNull();
    const saved = await findProspectByUrl('https://www.linkedin.com/in/maya-lindqvist/');
    expect(saved).toMatchObject({
      fullName: 'Maya Lindqvist',
      company: 'Fjordline Systems',
      status: 'saved',
    });
    expect(screen.getByText('saved')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Draft request' })),
    );
  });

  it('shows a known person’s status, last touch and next follow-up instead of asking to save again', async () => {
    const p = await saveCapturedProfile(maya());
    await addTouch({
      prospectId: p.id!,
      kind: 'request-sent',
      channel: 'connection-note',
      at: NOW - 3 * DAY,
    });
    await setStatus(p.id!, 'requested');
    await addReminder({ prospectId: p.id!, kind: 'follow-up', dueAt: NOW + 4 * DAY });
    render(
      <PopupApp
        services={fakeServices([captured({ profileUrl: 'https://www.linkedin.com/in/Maya-Lindqvist' })])}
      />,
    );
    expect(await nameHeading()).toBeTruthy();
    expect(await screen.findByText('requested')).toBeTruthy();
    const facts = screen.getByText('Last touch').closest('dl') as HTMLElement;
    expect(within(facts).getByText('3 days ago')).toBeTruthy();
    expect(within(facts).getByText('in 4 days')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save prospect' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Draft request' })).toBeTruthy();
  });

  it('updates a known person from the page without touching their status', async () => {
    const p = await saveCapturedProfile(maya({ headline: 'Senior engineer' }));
    await setStatus(p.id!, 'replied');
    render(<PopupApp services={fakeServices([captured()])} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Update details' }));
    expect(await screen.findByText('Updated their saved details from this page.')).toBeTruthy();
    const after = await findProspectByUrl(maya().profileUrl);
    expect(after).toMatchObject({ headline: 'Principal engineer · platform migrations', status: 'replied' });
  });

  it('opens the composer from "Draft request", saving the person first', async () => {
    render(<PopupApp services={fakeServices([captured()])} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Draft request' }));
    expect(await screen.findByRole('textbox', { name: 'Message' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Draft a request' })).toBeTruthy();
    expect(await listProspects()).toHaveLength(1);
    // The person stays on screen above the composer, and Back returns to them.
    expect(screen.getByRole('heading', { level: 1, name: 'Maya Lindqvist' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(await screen.findByText('saved')).toBeTruthy();
  });

  it('renders markup in a captured name as text and never loads a remote photo', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> Zoë “Zed” O’Brien';
    render(
      <PopupApp
        services={fakeServices([
          captured({ fullName: hostile, photoUrl: 'https://media.example.invalid/zoe.jpg' }),
        ])}
      />,
    );
    const heading = await nameHeading(hostile);
    expect(heading.textContent).toBe(hostile);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('img[src^="https:"]')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // Initials stand in for the photo: letters only, so the markup's "<" is not among them.
    expect(document.querySelector('.ui-avatar-initials')?.textContent).toBe('IO');
  });

  it('shows a photo the page inlined as data, which needs no request', async () => {
    const photo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    render(<PopupApp services={fakeServices([captured({ photoUrl: photo })])} />);
    await nameHeading();
    expect(document.querySelector('img.ui-avatar')?.getAttribute('src')).toBe(photo);
  });
});

describe('the popup when the page cannot be captured', () => {
  const cases = [
    ['sign-in-wall', 'Sign in to LinkedIn', /Sign in to LinkedIn and reload the page/],
    ['not-rendered', 'The profile is still loading', /try again/],
    ['mismatch', 'Reload the page', /Reload the page, then click Askwell again/],
    ['not-found', 'Profile not found', /does not exist or is no longer available/],
    ['rate-limited', 'LinkedIn paused this page', /wait a while, reload the profile/],
    ['unsupported-page', 'Not a profile page', /this page is not one/],
    ['cannot-read', 'Askwell cannot read this page', /do not let extensions read/],
  ] as const;
  for (const [reason, title, sentence] of cases)
    it(`explains "${reason}" in one sentence with what to do`, async () => {
      render(<PopupApp services={fakeServices([failed(reason)])} />);
      const heading = await screen.findByRole('heading', { level: 1, name: title });
      const notice = heading.closest('section') as HTMLElement;
      expect(within(notice).getByText(sentence)).toBeTruthy();
      // Everywhere else the popup still offers the list and adding by hand.
      expect(screen.getByRole('button', { name: 'Open prospect list' })).toBeTruthy();
      expect(await screen.findByRole('button', { name: 'Add manually' })).toBeTruthy();
    });

  it('tries again on a page still loading, and shows the person once it has rendered', async () => {
    const services = fakeServices([failed('not-rendered'), captured()]);
    render(<PopupApp services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await nameHeading()).toBeTruthy();
    expect(services.capture).toHaveBeenLastCalledWith(7, 'profile');
  });

  it('offers "Capture this page anyway" on an unsupported web page, and reads a schema.org Person only then', async () => {
    const services = fakeServices(
      async (mode) =>
        mode === 'person'
          ? captured({ network: 'generic', profileUrl: 'https://maya.example/', fullName: 'Maya Lindqvist' })
          : failed('unsupported-page'),
      { url: 'https://maya.example/' },
    );
    render(<PopupApp services={services} />);
    await screen.findByRole('heading', { name: 'Not a profile page' });
    expect(services.capture).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Capture this page anyway' }));
    expect(await nameHeading()).toBeTruthy();
    expect(services.capture).toHaveBeenLastCalledWith(7, 'person');
  });

  it('says so when the page asked for anyway describes no person', async () => {
    render(
      <PopupApp services={fakeServices([failed('unsupported-page')], { url: 'https://news.example/' })} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Capture this page anyway' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not describe a person/);
  });

  it('does not offer "Capture this page anyway" where no script may run', async () => {
    render(<PopupApp services={fakeServices([failed('cannot-read')], { url: 'chrome://newtab/' })} />);
    await screen.findByRole('heading', { name: 'Askwell cannot read this page' });
    expect(screen.queryByRole('button', { name: 'Capture this page anyway' })).toBeNull();
  });
});

describe('the popup on any other page', () => {
  it('lists the follow-ups due today and overdue, and drafts one from the list', async () => {
    const p = await saveCapturedProfile(maya());
    await addReminder({ prospectId: p.id!, kind: 'follow-up', dueAt: NOW - DAY });
    const later = await saveCapturedProfile(
      maya({ profileUrl: 'https://github.com/later', fullName: 'Later Person' }),
    );
    await addReminder({ prospectId: later.id!, kind: 'follow-up', dueAt: NOW + 5 * DAY });
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    const list = await screen.findByRole('list');
    expect(within(list).getByText('Maya Lindqvist')).toBeTruthy();
    expect(within(list).getByText('Follow-up, overdue by 1 day')).toBeTruthy();
    expect(within(list).queryByText('Later Person')).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: 'Write follow-up to Maya Lindqvist' }));
    expect(await screen.findByRole('heading', { name: 'Draft a follow-up' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
  });

  it('says when nothing is due', async () => {
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    expect(await screen.findByText(/Nothing is due today/)).toBeTruthy();
  });

  it('opens the side panel inside the click, in the popup’s window, then closes', async () => {
    const services = fakeServices([failed('unsupported-page')]);
    render(<PopupApp services={services} />);
    const button = await screen.findByRole('button', { name: 'Open prospect list' });
    fireEvent.click(button);
    // Synchronously: no await between the click and the call.
    expect(services.openPanel).toHaveBeenCalledWith(3);
    await waitFor(() => expect(services.close).toHaveBeenCalled());
  });

  it('adds a person by hand after checking the name and the address', async () => {
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    const add = await screen.findByRole('button', { name: 'Add manually' });
    fireEvent.click(add);
    expect(await screen.findByText('Enter their name.')).toBeTruthy();
    expect(screen.getByText('Enter the address of their profile.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Full name' }).getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(screen.getByRole('textbox', { name: 'Full name' }), {
      target: { value: '  Ines  Carvalho ' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Profile URL' }), {
      target: { value: 'linkedin ines' },
    });
    fireEvent.click(add);
    expect(await screen.findByText(/starting with https:\/\//)).toBeTruthy();
    expect(await listProspects()).toHaveLength(0);

    fireEvent.input(screen.getByRole('textbox', { name: 'Profile URL' }), {
      target: { value: 'https://www.linkedin.com/in/ines-carvalho/?trk=x' },
    });
    fireEvent.click(add);
    expect(await screen.findByText('Added Ines Carvalho to your prospects.')).toBeTruthy();
    expect(await findProspectByUrl('https://www.linkedin.com/in/ines-carvalho/')).toMatchObject({
      fullName: 'Ines Carvalho',
      status: 'saved',
    });
    expect(screen.getByRole('button', { name: 'Draft request' })).toBeTruthy();
  });

  it('refuses to add a person who is already saved, and changes nothing', async () => {
    await saveCapturedProfile(maya());
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Full name' }), {
      target: { value: 'Maya L' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Profile URL' }), {
      target: { value: 'https://linkedin.com/in/maya-lindqvist' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add manually' }));
    expect(await screen.findByText('This person is already in your prospect list.')).toBeTruthy();
    expect((await listProspects()).map((p) => p.fullName)).toEqual(['Maya Lindqvist']);
  });
});

describe('the first-run setup', () => {
  beforeEach(async () => {
    await saveSettings({ setupDone: false, me: { name: '', role: '', company: '', goal: '' } });
  });

  it('asks for name, role, company and goal on first run, and saves them', async () => {
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    expect(await screen.findByRole('heading', { name: 'Set up Askwell' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Sam Okoro' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your role' }), {
      target: { value: 'backend engineer' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your company' }), { target: { value: 'Acme' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your goal' }), {
      target: { value: 'lead a platform team' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Set up Askwell' })).toBeNull());
    expect(await getSettings()).toMatchObject({
      setupDone: true,
      me: { name: 'Sam Okoro', role: 'backend engineer', company: 'Acme', goal: 'lead a platform team' },
    });
  });

  it('can be skipped, and does not come back', async () => {
    const { unmount } = render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Set up Askwell' })).toBeNull());
    expect((await getSettings()).setupDone).toBe(true);
    unmount();
    render(<PopupApp services={fakeServices([failed('unsupported-page')])} />);
    await screen.findByRole('heading', { name: 'Follow-ups due today' });
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { name: 'Set up Askwell' })).toBeNull();
  });

  it('never stands between the user and the captured person: it is offered below, on request', async () => {
    render(<PopupApp services={fakeServices([captured()])} />);
    expect(await nameHeading()).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save prospect' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Set up now' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Your name' }), { target: { value: 'Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getSettings()).me.name).toBe('Sam'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Set up now' })).toBeNull());
  });
});
